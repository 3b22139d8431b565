package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/missionx/missionx/extract"
)

// manyDocs writes n small text documents under dir/docs and returns the
// directory.
func manyDocs(t *testing.T, dir string, n int) string {
	t.Helper()
	d := filepath.Join(dir, "docs")
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("Report %d\n\n%s\n%s\nIn %d about %d observers were sent.\n", i, sentenceA, sentenceB, 1990+i%30, 2+i%40)
		writeFile(t, d, fmt.Sprintf("%04d.txt", i), []byte(body))
	}
	return d
}

func TestFormatsAndStdin(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	writeFile(t, dir, "a.txt", []byte(sentenceA))
	writeFile(t, dir, "b.htm", []byte("<p>"+sentenceB+"</p>"))
	writeFile(t, dir, "c.ndjson", []byte(`{"id":"c1","text":"`+sentenceA+`"}`+"\n"))
	writeFile(t, dir, "noext", []byte(sentenceB))

	res := runWith(t, "<h2>From stdin</h2><p>"+sentenceB+"</p>", "extract", "--format", "html", "--id", "web/page", "a.txt", "-", "b.htm", "c.ndjson")
	if res.code != exitOK {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	recs := checkStream(t, res.stdout)
	if got := strings.Join(docsOf(recs), "|"); got != "a.txt|web/page|b.htm|c1" {
		t.Errorf("documents in order %q", got)
	}
	for _, r := range recs {
		if r["doc"] == "web/page" && r["type"] == "document" && (r["format"] != "html" || r["title"] != "From stdin" || r["source"] != "-") {
			t.Errorf("stdin document record: %v", r)
		}
	}
	// stdin as JSONL, and an extension-less file with --format
	res = runWith(t, `{"id":"x","text":"`+sentenceA+`"}`+"\n"+`{"id":"y","html":"<p>`+sentenceB+`</p>"}`, "extract", "--format", "jsonl", "-")
	if res.code != exitOK {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	if got := strings.Join(docsOf(checkStream(t, res.stdout)), "|"); got != "x|y" {
		t.Errorf("JSONL stdin documents %q", got)
	}
	res = runWith(t, "", "extract", "--format", "text", "noext")
	if res.code != exitOK || !strings.Contains(res.stdout, `"doc":"noext"`) {
		t.Errorf("--format text on an extension-less file: exit %d, %s", res.code, res.stderr)
	}
	// --no-text leaves the text out and keeps chars
	res = runWith(t, "", "extract", "--no-text", "a.txt")
	doc := decodeLines(t, res.stdout)[0]
	if _, ok := doc["text"]; ok || doc["chars"] != float64(len(sentenceA)) {
		t.Errorf("--no-text: %v", doc)
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nosuchcommand"},
		{"extract"},
		{"extract", "--nosuchflag", "x.txt"},
		{"extract", "--format", "pdf", "-"},
		{"extract", "-j", "0", "x.txt"},
		{"extract", "--max-bytes", "-1", "x.txt"},
		{"extract", "--ref", "2007-13", "x.txt"},
		{"extract", "--resume", "x.txt"},
		{"extract", "--log-level", "loud", "x.txt"},
		{"extract", "--log-format", "xml", "x.txt"},
		{"validate"},
		{"schema", "extra"},
	} {
		if res := runWith(t, "", args...); res.code != exitUsage || res.stderr == "" {
			t.Errorf("%q: exit %d (want %d), stderr %q", args, res.code, exitUsage, res.stderr)
		}
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: root can read a mode-000 file, so the permission reject cannot be provoked")
	}
	dir := t.TempDir()
	chdir(t, dir)
	p := writeFile(t, dir, "secret.txt", []byte(sentenceA))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "ok.txt", []byte(sentenceB))
	res := runWith(t, "", "extract", "--log-format", "json", "--rejects", "r.jsonl", "secret.txt", "ok.txt")
	if res.code != exitRejects || !strings.Contains(readAllFile(t, "r.jsonl"), "permission denied") {
		t.Fatalf("exit %d, rejects %s", res.code, readAllFile(t, "r.jsonl"))
	}
	if got := docsOf(checkStream(t, res.stdout)); len(got) != 1 || got[0] != "ok.txt" {
		t.Errorf("documents %q", got)
	}
}

// TestVanishedFile removes a file between the directory walk and the read.
func TestVanishedFile(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	writeFile(t, dir, "in/a.txt", []byte(sentenceA))
	writeFile(t, dir, "in/b.txt", []byte(sentenceB))
	writeFile(t, dir, "in/c.jsonl", []byte(`{"id":"c","text":"x"}`+"\n"))
	orig := openFile
	t.Cleanup(func() { openFile = orig })
	openFile = func(p string) (*os.File, error) {
		if strings.HasSuffix(p, "b.txt") || strings.HasSuffix(p, "c.jsonl") {
			if err := os.Remove(p); err != nil {
				return nil, err
			}
		}
		return orig(p)
	}
	res := runWith(t, "", "extract", "--log-format", "json", "--rejects", "r.jsonl", "in")
	if res.code != exitRejects {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	rej := decodeLines(t, readAllFile(t, "r.jsonl"))
	if len(rej) != 2 || !strings.Contains(rej[0]["error"].(string), "vanished") || rej[0]["doc"] != "in/b.txt" || rej[1]["doc"] != "in/c.jsonl" {
		t.Errorf("rejects %v", rej)
	}
	if got := docsOf(checkStream(t, res.stdout)); len(got) != 1 || got[0] != "in/a.txt" {
		t.Errorf("documents %q", got)
	}
}

// TestPanicInStage swaps in a stage that panics on one document: that
// document is rejected at stage extract with the stack in the debug log;
// the others go through.
func TestPanicInStage(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	writeFile(t, dir, "in/1.txt", []byte(sentenceA))
	writeFile(t, dir, "in/2.txt", []byte("BOOM "+sentenceB))
	writeFile(t, dir, "in/3.txt", []byte(sentenceB))
	orig := extract.All
	t.Cleanup(func() { extract.All = orig })
	extract.All = append(append([]extract.Stage{}, orig...), extract.Stage{Name: "bomb", Run: func(a *extract.Analysis) {
		if strings.HasPrefix(a.Doc.Text, "BOOM") {
			var m map[string]int
			m["x"]++ // nil map write: a real runtime panic
		}
	}})
	res := runWith(t, "", "extract", "--log-format", "json", "--log-level", "debug", "--rejects", "r.jsonl", "-j", "2", "in")
	if res.code != exitRejects {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	rej := decodeLines(t, readAllFile(t, "r.jsonl"))
	if len(rej) != 1 || rej[0]["doc"] != "in/2.txt" || rej[0]["stage"] != "extract" || !strings.Contains(rej[0]["error"].(string), "bomb stage panicked") {
		t.Fatalf("rejects %v", rej)
	}
	if got := strings.Join(docsOf(checkStream(t, res.stdout)), "|"); got != "in/1.txt|in/3.txt" {
		t.Errorf("documents %q", got)
	}
	var stack bool
	for _, l := range logLines(res.stderr) {
		if l["level"] == "debug" && strings.Contains(fmt.Sprint(l["message"]), "goroutine") && strings.Contains(fmt.Sprint(l["message"]), "TestPanicInStage") {
			stack = true
		}
	}
	if !stack {
		t.Errorf("no stack trace in the debug log:\n%s", res.stderr)
	}
	// without --log-level debug, no stack on stderr
	res = runWith(t, "", "extract", "--log-format", "json", "in")
	if strings.Contains(res.stderr, "goroutine ") {
		t.Errorf("stack printed at info level")
	}
}

func TestMaxBytesJSONLLine(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	long := `{"id":"long","text":"` + strings.Repeat("word ", 400) + `"}`
	writeFile(t, dir, "in.jsonl", []byte(`{"id":"a","text":"`+sentenceA+`"}`+"\n"+long+"\n"+`{"id":"b","text":"`+sentenceB+`"}`+"\n"))
	res := runWith(t, "", "extract", "--log-format", "json", "--max-bytes", "1000", "--rejects", "r.jsonl", "in.jsonl")
	if res.code != exitRejects {
		t.Fatalf("exit %d", res.code)
	}
	rej := decodeLines(t, readAllFile(t, "r.jsonl"))
	if len(rej) != 1 || rej[0]["doc"] != "in.jsonl:2" || !strings.Contains(rej[0]["error"].(string), "line 2 is longer than --max-bytes") {
		t.Errorf("rejects %v", rej)
	}
	if got := strings.Join(docsOf(checkStream(t, res.stdout)), "|"); got != "a|b" {
		t.Errorf("documents %q", got)
	}
}

func TestJobsDeterminism(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, 120)
	seeds := filepath.Join(moduleRoot(t), "seeds")
	writeFile(t, dir, "x.jsonl", []byte(`{"id":"x1","text":"`+sentenceA+`"}`+"\n"+`{"id":"x2","html":"<p>`+sentenceB+`</p>"}`+"\n"))
	var first string
	for _, j := range []string{"1", "2", "8"} {
		res := runWith(t, "", "extract", "-j", j, seeds, "docs", "x.jsonl")
		if res.code != exitOK {
			t.Fatalf("-j %s: exit %d: %s", j, res.code, res.stderr)
		}
		if first == "" {
			first = res.stdout
			checkStream(t, first)
			continue
		}
		if res.stdout != first {
			t.Fatalf("-j %s output differs from -j 1", j)
		}
	}
}

// moduleRoot walks up from the package directory to the one holding go.mod
// (tests may have changed directory).
func moduleRoot(t *testing.T) string {
	t.Helper()
	for d := pkgDir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatal("go.mod not found above " + pkgDir)
		}
	}
}

// pkgDir is the package directory, recorded before any test changes directory.
var pkgDir, _ = os.Getwd()

func TestOutputFileAtomic(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, 30)
	writeFile(t, dir, "out.jsonl", []byte("old content\n"))
	want := runWith(t, "", "extract", "docs").stdout
	res := runWith(t, "", "extract", "-o", "out.jsonl", "docs")
	if res.code != exitOK || res.stdout != "" {
		t.Fatalf("exit %d, stdout %q", res.code, res.stdout)
	}
	if got := readAllFile(t, "out.jsonl"); got != want {
		t.Errorf("-o content differs from stdout")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "out.jsonl" && e.Name() != "docs" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	// a run whose output cannot be written leaves the old file alone
	writeFile(t, dir, "out.jsonl", []byte("old content\n"))
	res = runWith(t, "", "extract", "-o", filepath.Join("nodir", "out.jsonl"), "docs")
	if res.code != exitRejects || !strings.Contains(res.stderr, "cannot create output file") {
		t.Errorf("unwritable -o: exit %d, %s", res.code, res.stderr)
	}
}

// errWriter fails after n bytes with err.
type errWriter struct {
	n   int
	err error
	got atomic.Int64
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.got.Add(int64(len(p))) > int64(w.n) {
		return 0, w.err
	}
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, 400)
	for _, c := range []struct {
		name     string
		err      error
		code     int
		quiet    bool
		inStderr string
	}{
		{"closed pipe", syscall.EPIPE, exitOK, true, ""},
		{"disk full", syscall.ENOSPC, exitRejects, false, "no space left on device"},
		{"other", errors.New("device on fire"), exitRejects, false, "device on fire"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, j := range []string{"1", "4"} {
				w := &errWriter{n: 100 << 10, err: c.err}
				var stderr strings.Builder
				done := make(chan int)
				go func() {
					done <- run([]string{"extract", "--log-format", "json", "-j", j, "docs"}, strings.NewReader(""), w, &stderr)
				}()
				var code int
				select {
				case code = <-done:
				case <-time.After(30 * time.Second):
					t.Fatalf("-j %s: run did not stop after a write error (deadlock?)", j)
				}
				if code != c.code {
					t.Errorf("-j %s: exit %d, want %d; %s", j, code, c.code, stderr.String())
				}
				if c.quiet && strings.Contains(stderr.String(), `"level":"error"`) {
					t.Errorf("-j %s: closed pipe logged an error: %s", j, stderr.String())
				}
				if !c.quiet && (!strings.Contains(stderr.String(), "run stopped: cannot write the output") || !strings.Contains(stderr.String(), c.inStderr)) {
					t.Errorf("-j %s: stderr lacks a clear message: %s", j, stderr.String())
				}
				if strings.Contains(stderr.String(), "panic") {
					t.Errorf("-j %s: panic: %s", j, stderr.String())
				}
			}
		})
	}
	t.Run("/dev/full", func(t *testing.T) {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip("no /dev/full here")
		}
		defer full.Close()
		var stderr strings.Builder
		code := run([]string{"extract", "--log-format", "json", "docs"}, strings.NewReader(""), full, &stderr)
		if code != exitRejects || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("exit %d: %s", code, stderr.String())
		}
	})
}

func TestFailFast(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, 200)
	writeFile(t, dir, "docs/0050.txt", nil) // empty: rejected
	res := runWith(t, "", "extract", "--log-format", "json", "--fail-fast", "-j", "4", "docs")
	if res.code != exitRejects {
		t.Fatalf("exit %d", res.code)
	}
	ids := docsOf(checkStream(t, res.stdout))
	if len(ids) != 50 || ids[49] != "docs/0049.txt" {
		t.Errorf("fail-fast wrote %d documents, want the 50 before the reject", len(ids))
	}
}

func TestValidateCommand(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	writeFile(t, dir, "a.txt", []byte(sentenceA))
	good := runWith(t, "", "extract", "a.txt").stdout
	writeFile(t, dir, "good.jsonl", []byte(good))
	if res := runWith(t, "", "validate", "good.jsonl"); res.code != exitOK {
		t.Fatalf("valid stream rejected: %s %s", res.stdout, res.stderr)
	}
	bad := good +
		`{"type":"date","doc":"a.txt","text":"2009","span":[3,7]}` + "\n" + // missing fields
		`{"type":"count","doc":"a.txt","text":"three","span":["x",1],"min":3,"max":3,"approximate":false,"aggregate":false,"noun":"x","role":null}` + "\n" +
		"\n" +
		`{"type":"nonsense"}` + "\n" +
		`not json` + "\n" +
		`{"type":"document"` // partial last line
	writeFile(t, dir, "bad.jsonl", []byte(bad))
	res := runWith(t, "", "validate", "bad.jsonl")
	if res.code != exitRejects {
		t.Fatalf("invalid stream accepted")
	}
	n := strings.Count(good, "\n")
	for i, want := range []string{":", ":", ": blank line", ":", ": not JSON", ": last line has no newline"} {
		want = fmt.Sprintf("bad.jsonl:%d%s", n+1+i, want)
		if !strings.Contains(res.stdout, want) {
			t.Errorf("validate output lacks %q:\n%s", want, res.stdout)
		}
	}
	for i := 1; i <= n; i++ {
		if strings.Contains(res.stdout, fmt.Sprintf("bad.jsonl:%d:", i)) {
			t.Errorf("good line %d reported:\n%s", i, res.stdout)
		}
	}
	// schema prints the embedded schema
	if res := runWith(t, "", "schema"); res.code != exitOK || !strings.Contains(res.stdout, "2020-12") {
		t.Errorf("schema: exit %d", res.code)
	}
}
