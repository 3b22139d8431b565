package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runCLI runs the command as main would and returns its exit code and
// output.
func runArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// checkInputs writes a small input set to a temporary directory: two text
// files, an HTML page, and a JSONL file with two documents.
func checkInputs(t *testing.T) (dir string) {
	t.Helper()
	dir = t.TempDir()
	files := map[string]string{
		"alpha.txt": "Monitors in the Hills\n\nIn March 2004 a team of four unarmed monitors arrived in the hill district.\n",
		"beta.txt":  "Relief Convoy\n\nThe convoy left the port on 2 May 2011 with 30 drivers.\n",
		"gamma.html": "<html><head><title>Camp</title></head><body><h1>Camp Report</h1>" +
			"<p>About 200 engineers built a bridge near the camp in 2009.</p></body></html>",
		"lines.jsonl": `{"id":"notes/one","text":"One observer stayed until June 2012."}` + "\n" +
			`{"id":"two","text":"Two medics joined later that year.","ref":"2013-01-01"}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// updated writes goldens for in into a new directory and returns it.
func updated(t *testing.T, in string, extra ...string) string {
	t.Helper()
	g := filepath.Join(t.TempDir(), "golden")
	args := append([]string{"check", "--golden", g, "--update"}, extra...)
	if code, out, errs := runArgs(t, append(args, in)...); code != exitOK {
		t.Fatalf("check --update: exit %d\n%s%s", code, out, errs)
	}
	return g
}

func TestCheckUpdateRoundTrip(t *testing.T) {
	in := checkInputs(t)
	g := filepath.Join(t.TempDir(), "golden")
	code, out, errs := runArgs(t, "check", "--golden", g, "--update", in)
	if code != exitOK {
		t.Fatalf("update: exit %d\n%s%s", code, out, errs)
	}
	for _, name := range []string{"alpha.jsonl", "beta.jsonl", "gamma.jsonl", "notes_one.jsonl", "two.jsonl"} {
		if _, err := os.Stat(filepath.Join(g, name)); err != nil {
			t.Errorf("golden file %s not written: %v", name, err)
		}
		if !strings.Contains(out, "created   "+filepath.ToSlash(filepath.Join(g, name))) {
			t.Errorf("update report does not name %s as created:\n%s", name, out)
		}
	}
	// each golden file holds exactly what extract writes for that document
	var want bytes.Buffer
	if code := run([]string{"extract", "--log-level", "error", filepath.Join(in, "alpha.txt")}, nil, &want, &bytes.Buffer{}); code != exitOK {
		t.Fatalf("extract: exit %d", code)
	}
	got, err := os.ReadFile(filepath.Join(g, "alpha.jsonl"))
	if err != nil || !bytes.Equal(got, want.Bytes()) {
		t.Errorf("alpha.jsonl differs from extract's output (err %v)\ngot  %s\nwant %s", err, got, want.Bytes())
	}

	code, out, errs = runArgs(t, "check", "--golden", g, in)
	if code != exitOK {
		t.Fatalf("check after update: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "5 match") || !strings.Contains(out, "all documents match") {
		t.Errorf("report does not say all 5 match:\n%s", out)
	}

	// a second update leaves the files alone
	code, out, _ = runArgs(t, "check", "--golden", g, "--update", in)
	if code != exitOK || strings.Count(out, "unchanged ") != 5 {
		t.Errorf("second update: exit %d, want 5 unchanged:\n%s", code, out)
	}
}

// editGolden rewrites one golden file through edit.
func editGolden(t *testing.T, path string, edit func(lines []string) []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	lines = edit(lines)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCheckChangedValue(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	editGolden(t, filepath.Join(g, "beta.jsonl"), func(lines []string) []string {
		if !strings.Contains(lines[0], `"title":"Relief Convoy"`) {
			t.Fatalf("unexpected document record: %s", lines[0])
		}
		lines[0] = strings.Replace(lines[0], `"title":"Relief Convoy"`, `"title":"Relief Column"`, 1)
		return lines
	})
	code, out, _ := runArgs(t, "check", "--golden", g, in)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d\n%s", code, exitRejects, out)
	}
	beta := filepath.ToSlash(filepath.Join(in, "beta.txt"))
	for _, want := range []string{beta + " (golden ", "0 missing, 0 extra, 1 changed", "changed  document",
		`title: "Relief Column" -> "Relief Convoy"`, "4 match, 1 differ"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckMissingRecord(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	// a golden date the extraction does not produce (span within the text)
	editGolden(t, filepath.Join(g, "alpha.jsonl"), func(lines []string) []string {
		doc := filepath.ToSlash(filepath.Join(in, "alpha.txt"))
		return append(lines, `{"type":"date","doc":"`+doc+`","text":"March 2004","span":[26,36],"kind":"point","value":"2004-03",`+
			`"start":"2004-03-01","end":"2004-03-31","granularity":"month","relative":false,"anchor":null,"invented":true}`)
	})
	code, out, _ := runArgs(t, "check", "--golden", g, in)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d\n%s", code, exitRejects, out)
	}
	if !strings.Contains(out, `missing  date "March 2004" [26,36)`) {
		t.Errorf("report does not name the missing date:\n%s", out)
	}
}

func TestCheckExtraRecord(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	// drop the last record of a golden file: whatever it is, it is now extra
	var dropped string
	editGolden(t, filepath.Join(g, "gamma.jsonl"), func(lines []string) []string {
		dropped = lines[len(lines)-1]
		return lines[:len(lines)-1]
	})
	code, out, _ := runArgs(t, "check", "--golden", g, "--format", "json", in)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d\n%s", code, exitRejects, out)
	}
	var rep struct {
		Documents []struct {
			Doc, Status string
			Extra       []struct{ Type, Record string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out)
	}
	var dtype struct{ Type string }
	if err := json.Unmarshal([]byte(dropped), &dtype); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range rep.Documents {
		if strings.HasSuffix(d.Doc, "gamma.html") {
			found = d.Status == "differs" && len(d.Extra) == 1 && d.Extra[0].Type == dtype.Type
		}
	}
	if !found {
		t.Errorf("gamma.html is not reported with one extra %s record:\n%s", dtype.Type, out)
	}
}

func TestCheckMissingGoldenFile(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	if err := os.Remove(filepath.Join(g, "two.jsonl")); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runArgs(t, "check", "--golden", g, in)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d\n%s", code, exitRejects, out)
	}
	want := "two: no golden file " + filepath.ToSlash(filepath.Join(g, "two.jsonl"))
	if !strings.Contains(out, want) || !strings.Contains(out, "1 without golden file") {
		t.Errorf("report lacks %q:\n%s", want, out)
	}
}

func TestCheckGoldenDirMissing(t *testing.T) {
	in := checkInputs(t)
	code, out, _ := runArgs(t, "check", "--golden", filepath.Join(t.TempDir(), "nowhere"), in)
	if code != exitRejects || !strings.Contains(out, "create the golden files with --update") || !strings.Contains(out, "5 without golden file") {
		t.Errorf("exit %d, want %d and a note on the missing directory:\n%s", code, exitRejects, out)
	}
}

func TestCheckNoTextMismatchIsExplained(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in, "--no-text")
	if code, _, _ := runArgs(t, "check", "--golden", g, "--no-text", in); code != exitOK {
		t.Fatalf("check --no-text against --no-text goldens: exit %d", code)
	}
	code, out, _ := runArgs(t, "check", "--golden", g, in)
	if code != exitRejects || !strings.Contains(out, "text: (absent) -> ") || !strings.Contains(out, "--no-text") {
		t.Errorf("exit %d, want %d and the text change explained:\n%s", code, exitRejects, out)
	}
}

func TestCheckRejectedInputIsADifference(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	gone := filepath.Join(in, "alpha.txt")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runArgs(t, "check", "--golden", g, in, gone)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d\n%s", code, exitRejects, out)
	}
	if !strings.Contains(out, filepath.ToSlash(gone)+": rejected: ") || !strings.Contains(out, "1 rejected") {
		t.Errorf("report does not name the rejected input:\n%s", out)
	}
	// its golden records count as missing in the totals
	if !regexp.MustCompile(`\([1-9][0-9]* golden records missing\)`).MatchString(out) {
		t.Errorf("report does not count the rejected input's golden records:\n%s", out)
	}
}

func TestCheckDuplicateGoldenName(t *testing.T) {
	in := t.TempDir()
	for _, d := range []string{"a", "b"} {
		if err := os.MkdirAll(filepath.Join(in, d), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, d, "same.txt"), []byte("Same name, "+d+".\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g := filepath.Join(t.TempDir(), "golden")
	code, out, _ := runArgs(t, "check", "--golden", g, "--update", in)
	if code != exitRejects || !strings.Contains(out, "same.jsonl is also the golden file of "+filepath.ToSlash(filepath.Join(in, "a", "same.txt"))) {
		t.Errorf("exit %d, want %d and the clash named:\n%s", code, exitRejects, out)
	}
}

func TestCheckUsageErrors(t *testing.T) {
	in := checkInputs(t)
	file := filepath.Join(in, "alpha.txt")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no golden", []string{"check", in}, "--golden DIR is required"},
		{"no inputs", []string{"check", "--golden", t.TempDir()}, "name at least one file"},
		{"bad format", []string{"check", "--golden", t.TempDir(), "--format", "xml", in}, "--format must be text or json"},
		{"unknown flag", []string{"check", "--golden", t.TempDir(), "--nope", in}, "unknown flag"},
		{"golden is a file", []string{"check", "--golden", file, in}, "is a file, not a directory"},
		{"bad ref", []string{"check", "--golden", t.TempDir(), "--ref", "May", in}, "--ref"},
		{"bad jobs", []string{"check", "--golden", t.TempDir(), "-j", "0", in}, "-j must be at least 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runArgs(t, tc.args...)
			if code != exitUsage || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, exitUsage, tc.want)
			}
		})
	}
}

func TestCheckNoDocumentsFails(t *testing.T) {
	code, out, _ := runArgs(t, "check", "--golden", t.TempDir(), t.TempDir())
	if code != exitRejects || !strings.Contains(out, "nothing was checked") {
		t.Errorf("exit %d, want %d and a note:\n%s", code, exitRejects, out)
	}
}

func TestCheckJSONReportShape(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	if err := os.Remove(filepath.Join(g, "alpha.jsonl")); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runArgs(t, "check", "--golden", g, "--format", "json", in)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d", code, exitRejects)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"ok", "update", "golden_dir", "summary", "documents", "totals", "notes"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("report lacks %q", k)
		}
	}
	if rep["ok"] != false {
		t.Errorf("ok = %v, want false", rep["ok"])
	}
	sum := rep["summary"].(map[string]any)
	if sum["documents"] != 5.0 || sum["passing"] != 4.0 || sum["no_golden"] != 1.0 {
		t.Errorf("summary = %v", sum)
	}
	docs := rep["documents"].([]any)
	if len(docs) != 5 {
		t.Fatalf("%d documents, want 5", len(docs))
	}
	first := docs[0].(map[string]any)
	for _, k := range []string{"doc", "golden", "status", "missing", "extra", "changed"} {
		if _, ok := first[k]; !ok {
			t.Errorf("document entry lacks %q: %v", k, first)
		}
	}
	if first["status"] != "no-golden" || !strings.HasSuffix(first["doc"].(string), "alpha.txt") {
		t.Errorf("first document = %v, want alpha.txt with no-golden", first)
	}
	totals := rep["totals"].([]any)
	last := totals[len(totals)-1].(map[string]any)
	for _, k := range []string{"type", "golden", "now", "matched", "missing", "extra", "changed", "precision", "recall", "f1"} {
		if _, ok := last[k]; !ok {
			t.Errorf("totals row lacks %q: %v", k, last)
		}
	}
	if last["type"] != "all" {
		t.Errorf("last totals row is %v, want all", last["type"])
	}
}

func TestCheckSameReportForAnyWorkerCount(t *testing.T) {
	in := checkInputs(t)
	g := updated(t, in)
	editGolden(t, filepath.Join(g, "beta.jsonl"), func(lines []string) []string { return lines[:0] })
	_, one, _ := runArgs(t, "check", "--golden", g, "-j", "1", in)
	_, four, _ := runArgs(t, "check", "--golden", g, "-j", "4", in)
	if one != four {
		t.Errorf("reports differ between -j 1 and -j 4:\n%s\n---\n%s", one, four)
	}
}

func TestGoldenName(t *testing.T) {
	for _, tc := range []struct {
		id        string
		fromJSONL bool
		want      string
	}{
		{"seeds/000_148a0b14233a0fa8.txt", false, "000_148a0b14233a0fa8.jsonl"},
		{"corpus/page.v2.html", false, "page.v2.jsonl"},
		{"noext", false, "noext.jsonl"},
		{"-", false, "stdin.jsonl"},
		{"un/unmit 2007", true, "un_unmit_2007.jsonl"},
		{"../../etc/passwd", true, "_._.._etc_passwd.jsonl"},
		{"doc.txt", true, "doc.txt.jsonl"},
		{"東ティモール", true, "東ティモール.jsonl"},
	} {
		if got := goldenName(tc.id, tc.fromJSONL); got != tc.want {
			t.Errorf("goldenName(%q, %v) = %q, want %q", tc.id, tc.fromJSONL, got, tc.want)
		}
	}
}

func TestCheckStdin(t *testing.T) {
	g := t.TempDir()
	body := "Observers\n\nThree observers left in June 2015.\n"
	for _, args := range [][]string{{"check", "--golden", g, "--update", "-"}, {"check", "--golden", g, "-"}} {
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(body), &out, &errb); code != exitOK {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out.String(), errb.String())
		}
	}
	if _, err := os.Stat(filepath.Join(g, "stdin.jsonl")); err != nil {
		t.Errorf("stdin's golden file: %v", err)
	}
}
