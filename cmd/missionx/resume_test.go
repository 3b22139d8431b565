package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// resumeInputs writes a mixed input set: text files, an HTML page, a JSONL
// file, and one bad file (rejected each time, never written).
func resumeInputs(t *testing.T, dir string) []string {
	t.Helper()
	manyDocs(t, dir, 60)
	writeFile(t, dir, "page.html", []byte("<h1>Page</h1><p>"+sentenceA+"</p>"))
	writeFile(t, dir, "lines.jsonl", []byte(jsonlDocs(40)))
	writeFile(t, dir, "docs/0030-empty.txt", nil)
	return []string{"docs", "page.html", "lines.jsonl"}
}

// TestResumeAfterCuts cuts a finished output at many places (inside a
// line, at a line boundary inside a document, at a document boundary, to
// nothing) and checks that --resume completes it to exactly the bytes of
// an uninterrupted run, and skips what was complete.
func TestResumeAfterCuts(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	inputs := resumeInputs(t, dir)
	full := runWith(t, "", append([]string{"extract", "--log-format", "json"}, inputs...)...)
	if full.code != exitRejects {
		t.Fatalf("full run: exit %d", full.code)
	}
	want := full.stdout
	lines := strings.SplitAfter(want, "\n")
	// cut points: a document boundary, a line boundary inside a document,
	// the middle of a line, nothing, everything
	var docStarts []int
	pos := 0
	for _, l := range lines {
		if strings.HasPrefix(l, `{"type":"document"`) {
			docStarts = append(docStarts, pos)
		}
		pos += len(l)
	}
	mid := docStarts[len(docStarts)/2]
	var insideDoc int
	for i, l := range lines {
		p := len(strings.Join(lines[:i], ""))
		if p > mid && !strings.HasPrefix(l, `{"type":"document"`) {
			insideDoc = p // a record line of a document whose document line is written
			break
		}
	}
	if insideDoc == 0 {
		t.Fatal("no document with more than one record in the fixture")
	}
	cuts := map[string]int{
		"document boundary": mid,
		"inside a document": insideDoc,
		"inside a line":     insideDoc + 17,
		"nothing":           0,
		"everything":        len(want),
		"first line cut":    10,
	}
	for name, cut := range cuts {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, "out.jsonl")
			if err := os.WriteFile(out, []byte(want[:cut]), 0o644); err != nil {
				t.Fatal(err)
			}
			res := runWith(t, "", append([]string{"extract", "--log-format", "json", "--resume", "-o", out}, inputs...)...)
			if res.code != exitRejects { // the empty file is rejected again
				t.Fatalf("exit %d: %s", res.code, res.stderr)
			}
			if got := readAllFile(t, out); got != want {
				t.Fatalf("resumed output differs from an uninterrupted run (%d vs %d bytes)", len(got), len(want))
			}
			var skipped float64
			for _, l := range logLines(res.stderr) {
				if l["message"] == "extract finished" {
					skipped = l["skipped"].(float64)
				}
			}
			// every complete document but the last one before the cut is skipped
			complete := 0
			for _, s := range docStarts {
				if s < cut {
					complete++
				}
			}
			// the last document before the cut is redone even when whole:
			// nothing marks the end of a document, and redoing it gives the
			// same bytes
			if wantSkipped := max(complete-1, 0); int(skipped) != wantSkipped {
				t.Errorf("skipped %v documents, want %d", skipped, wantSkipped)
			}
		})
	}
}

// TestResumeChangedAndForeign: a document whose bytes changed is not
// complete; a file that is not missionx output is left alone.
func TestResumeChangedAndForeign(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	writeFile(t, dir, "in/a.txt", []byte(sentenceA))
	writeFile(t, dir, "in/b.txt", []byte(sentenceB))
	writeFile(t, dir, "in/c.txt", []byte(sentenceA+" "+sentenceB))
	if res := runWith(t, "", "extract", "-o", "out.jsonl", "in"); res.code != exitOK {
		t.Fatal(res.stderr)
	}
	writeFile(t, dir, "in/a.txt", []byte(sentenceB+" (revised)"))
	res := runWith(t, "", "extract", "--log-format", "json", "--resume", "-o", "out.jsonl", "in")
	if res.code != exitOK {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	// b was skipped; c (the last block) was redone; the new a appended
	if got := strings.Join(docsOf(checkStream(t, readAllFile(t, "out.jsonl"))), "|"); got != "in/a.txt|in/b.txt|in/a.txt|in/c.txt" {
		t.Errorf("documents after resume: %s", got)
	}

	writeFile(t, dir, "notes.jsonl", []byte(`{"id":"x","text":"an input file, not an output"}`+"\n"))
	res = runWith(t, "", "extract", "--resume", "-o", "notes.jsonl", "in")
	if res.code == exitOK || !strings.Contains(res.stderr, "not missionx output") {
		t.Errorf("resume into a foreign file: exit %d, %s", res.code, res.stderr)
	}
	if got := readAllFile(t, "notes.jsonl"); !strings.HasPrefix(got, `{"id":"x"`) {
		t.Errorf("foreign file changed: %q", got)
	}
}

// TestResumeAfterKill kills a --resume run with SIGKILL in the middle and
// resumes it: the result equals an uninterrupted run.
func TestResumeAfterKill(t *testing.T) {
	bin := missionxBinary(t)
	dir := t.TempDir()
	chdir(t, dir)
	const n = 2000
	writeFile(t, dir, "big.jsonl", []byte(jsonlDocs(n)))
	cmd := exec.Command(bin, "extract", "--progress", "always", "--log-format", "json", "--resume", "-o", "out.jsonl", "big.jsonl")
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	killed := waitProgress(t, &stderr, exited, 200)
	if killed {
		cmd.Process.Signal(syscall.SIGKILL)
	}
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatal("SIGKILL did not end the run")
	}
	cut, _ := os.ReadFile("out.jsonl")
	t.Logf("killed=%v with %d bytes written", killed, len(cut))

	// resume and the reference run use the binary too: under -race the
	// in-process pipeline is ten times slower (TestResumeAfterCuts covers it)
	logs, err := exec.Command(bin, "extract", "--log-format", "json", "--resume", "-o", "out.jsonl", "big.jsonl").CombinedOutput()
	if err != nil {
		t.Fatalf("resume: %v: %s", err, logs)
	}
	completeBefore := len(docsOf(decodeLines(t, string(cut[:lastDocStart(string(cut))]))))
	for _, l := range logLines(string(logs)) {
		// the last whole document line's block is always redone, so one
		// fewer is skipped when the kill cut a document line itself
		if l["message"] != "extract finished" {
			continue
		}
		if skipped := int(l["skipped"].(float64)); skipped != completeBefore && skipped != completeBefore-1 {
			t.Errorf("resume skipped %d documents, want the %d complete ones", skipped, completeBefore)
		}
	}
	got := readAllFile(t, "out.jsonl")
	if !strings.HasPrefix(got, string(cut[:lastDocStart(string(cut))])) {
		t.Errorf("resume rewrote documents that were complete")
	}
	if out, err := exec.Command(bin, "extract", "--log-format", "json", "-o", "want.jsonl", "big.jsonl").CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v: %s", err, out)
	}
	if want := readAllFile(t, "want.jsonl"); got != want {
		t.Errorf("resumed output (%d bytes) differs from an uninterrupted run (%d bytes)", len(got), len(want))
	}
}

func lastDocStart(s string) int {
	i := strings.LastIndex(s, "\n"+`{"type":"document"`)
	if i < 0 {
		return 0
	}
	return i + 1
}
