package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/missionx/missionx/output"
)

// runResult is what one in-process run of the command produced.
type runResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command through the run seam with stdin from in.
func runWith(t *testing.T, in string, args ...string) runResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(in), &stdout, &stderr)
	return runResult{code, stdout.String(), stderr.String()}
}

// writeFile writes data under dir, creating parent directories.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// chdir moves into dir for the test, so document ids are short relative
// paths.
func chdir(t *testing.T, dir string) {
	t.Helper()
	t.Chdir(dir)
}

// decodeLines parses a JSONL stream; every line must be a whole JSON object.
func decodeLines(t *testing.T, stream string) []map[string]any {
	t.Helper()
	if stream == "" {
		return nil
	}
	if !strings.HasSuffix(stream, "\n") {
		t.Fatalf("stream does not end with a newline (partial record): ...%q", tail(stream, 80))
	}
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(stream, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v: %q", i+1, err, tail(line, 120))
		}
		out = append(out, m)
	}
	return out
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// checkStream asserts the contract on a main stream: every line validates
// against the schema, no error records, each document's records follow
// its document record, mentions are ordered by the start of their first
// span and come before deployments, and every span satisfies
// text[start:end] == mention text in code points (when the text is there).
func checkStream(t *testing.T, stream string) []map[string]any {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(stream))
	sc.Buffer(nil, 1<<30)
	n := 0
	for sc.Scan() {
		n++
		if err := output.ValidateJSON(sc.Bytes()); err != nil {
			t.Fatalf("line %d does not validate: %v", n, err)
		}
	}
	recs := decodeLines(t, stream)
	var (
		doc       string
		text      []rune
		haveText  bool
		lastStart = -1
		inDeploy  bool
	)
	for i, r := range recs {
		typ, _ := r["type"].(string)
		id, _ := r["doc"].(string)
		switch typ {
		case "error":
			t.Fatalf("line %d: error record on the main stream", i+1)
		case "document":
			doc, lastStart, inDeploy = id, -1, false
			s, ok := r["text"].(string)
			text, haveText = []rune(s), ok
			if ok && int(r["chars"].(float64)) != len(text) {
				t.Fatalf("line %d: chars %v but text has %d code points", i+1, r["chars"], len(text))
			}
			continue
		}
		if id != doc {
			t.Fatalf("line %d: %s record of %q inside the block of %q", i+1, typ, id, doc)
		}
		if typ == "deployment" {
			inDeploy = true
		} else if inDeploy {
			t.Fatalf("line %d: %s record after a deployment", i+1, typ)
		}
		if typ != "deployment" {
			first := firstSpan(r)
			if first < lastStart {
				t.Fatalf("line %d: %s record starts at %d, before the previous record's %d", i+1, typ, first, lastStart)
			}
			lastStart = first
		}
		if haveText {
			checkSpans(t, i+1, text, r)
		}
	}
	return recs
}

// firstSpan is the start of a mention record's first span.
func firstSpan(r map[string]any) int {
	if sp, ok := r["span"].([]any); ok {
		return int(sp[0].(float64))
	}
	if ms, ok := r["mentions"].([]any); ok && len(ms) > 0 {
		return int(ms[0].(map[string]any)["span"].([]any)[0].(float64))
	}
	return -1
}

// checkSpans walks a record and checks every {text, span} pair in it.
func checkSpans(t *testing.T, line int, text []rune, v any) {
	t.Helper()
	switch x := v.(type) {
	case map[string]any:
		if sp, ok := x["span"].([]any); ok {
			s, e := int(sp[0].(float64)), int(sp[1].(float64))
			if s < 0 || e > len(text) || s > e {
				t.Fatalf("line %d: span [%d,%d) outside the text (%d code points)", line, s, e, len(text))
			}
			if want, _ := x["text"].(string); string(text[s:e]) != want {
				t.Fatalf("line %d: text[%d:%d] = %q, record says %q", line, s, e, string(text[s:e]), want)
			}
		}
		for k, e := range x {
			if k != "span" {
				checkSpans(t, line, text, e)
			}
		}
	case []any:
		for _, e := range x {
			checkSpans(t, line, text, e)
		}
	}
}

// byType groups records by document id for records of one type.
func docsOf(recs []map[string]any) []string {
	var ids []string
	for _, r := range recs {
		if r["type"] == "document" {
			ids = append(ids, r["doc"].(string))
		}
	}
	return ids
}

// logLines parses JSON log lines from stderr (non-JSON lines are ignored:
// the progress line).
func logLines(stderr string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(stderr, "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

// readAllFile reads a file the test expects to exist.
func readAllFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func validateLine(line string) error { return output.ValidateJSON([]byte(line)) }
