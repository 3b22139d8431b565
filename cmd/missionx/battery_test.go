package main

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// fixture sentences written for these tests
const (
	sentenceA = "In March 2009 the government sent three staff officers to the mission headquarters."
	sentenceB = "About forty engineers served with the unit from 2003 until 2005."
)

func utf16Bytes(s string, big bool, bom bool) []byte {
	var b bytes.Buffer
	order := binary.ByteOrder(binary.LittleEndian)
	if big {
		order = binary.BigEndian
	}
	if bom {
		_ = binary.Write(&b, order, uint16(0xFEFF))
	}
	for _, u := range utf16.Encode([]rune(s)) {
		_ = binary.Write(&b, order, u)
	}
	return b.Bytes()
}

// randomText returns n random bytes with no NUL, seeded for repeatability.
func randomBytes(n int, noNUL bool) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
		if noNUL && b[i] == 0 {
			b[i] = 1
		}
	}
	return b
}

// TestBadInputBattery runs one batch holding every kind of bad input next
// to good ones: each bad input gets exactly one error record and one log
// line, each good one all of its records, and the exit status is 1.
func TestBadInputBattery(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	const maxBytes = 2_000_000
	w := func(name string, data []byte) { writeFile(t, dir, filepath.Join("in", name), data) }
	link := func(name, target string) {
		if err := os.Symlink(target, filepath.Join(dir, "in", name)); err != nil {
			t.Fatal(err)
		}
	}

	// good inputs (some with warnings)
	w("01-good.txt", []byte(sentenceA+"\n\n"+sentenceB+"\n"))
	w("02-bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, sentenceA...))
	w("03-crlf.txt", []byte("Title line\r\n\r\n"+sentenceA+"\r\n"))
	w("04-cr.txt", []byte("Title line\r\r"+sentenceB+"\r"))
	w("05-utf16le-bom.txt", utf16Bytes("Mission report\n"+sentenceA, false, true))
	w("06-utf16be-bom.txt", utf16Bytes("Mission report\n"+sentenceB, true, true))
	w("07 name with spaces.txt", []byte(sentenceA))
	w("08-日本語 ファイル.txt", []byte("国連PKO: "+sentenceB))
	w("09-utf16le-nobom.txt", utf16Bytes("No mark here\n"+sentenceA, false, false))
	w("10-utf16be-nobom.txt", utf16Bytes("No mark here\n"+sentenceB, true, false))
	w("11-latin1.txt", []byte("Caf\xe9 r\xe9sum\xe9: "+sentenceA))
	w("12-mostly-utf8.txt", []byte("Caf\xc3\xa9 and one bad byte \xff: "+sentenceB))
	w("13-page.html", []byte(`<html><head><title>T</title><style>p{}</style><script>var x = "2001";</script></head>
<body><nav>Home | 1999 archive</nav><header>Site header 1998</header><h1>Dispatch</h1><p>`+sentenceA+`</p>
<aside>Related: 1997</aside><footer>Copyright 1996</footer></body></html>`))
	w("14-unclosed.html", []byte("<html><body><div><p>"+sentenceA+"<p>"+sentenceB+"<div><span><b><i>"))
	w("15-huge-attr.html", []byte(`<p title="`+strings.Repeat("x", 1_000_000)+`">`+sentenceA+`</p>`))
	w("16-deep.html", []byte(strings.Repeat("<div>", 100_000)+sentenceB+strings.Repeat("</div>", 100_000)))
	w("17-docs.jsonl", []byte(strings.Join([]string{
		`{"id":"j1","text":"` + sentenceA + `"}`,
		`{"id":"j2","text":`,
		`{"id":"j3","html":"<p>` + sentenceB + `</p>"}`,
		`{"text":"no id here"}`,
		``,
		`{"id":"j6","text":"bad ref","ref":"2007-13"}`,
		`{"id":"j7","text":"` + sentenceB + `","ref":"2007-05-01"}`,
	}, "\n")+"\n"))
	w("18-notes.md", []byte("# Notes\n\n"+sentenceB))
	w("19-skipped.pdf", []byte("%PDF-1.4 not read: unsupported extension under a directory"))

	// bad inputs
	w("30-empty.txt", nil)
	w("31-blank.txt", []byte(" \n\t\r\n"))
	w("32-nul.txt", append([]byte("text then "), 0, 1, 2, 3))
	w("33-random.txt", randomBytes(4096, true))
	w("34-random-nul.txt", randomBytes(4096, false))
	w("35-too-big.txt", bytes.Repeat([]byte("a line of text\n"), maxBytes/15+10))
	w("36-scripts-only.html", []byte("<html><head><script>render()</script></head><body><nav>menu</nav></body></html>"))
	w("37-bom-empty.txt", []byte{0xEF, 0xBB, 0xBF})
	link("40-dangling.txt", "no-such-target.txt")
	link("41-loop-a.txt", "41-loop-b.txt")
	link("41-loop-b.txt", "41-loop-a.txt")
	w("sub/50-ok.txt", []byte(sentenceB))
	if err := os.Symlink("..", filepath.Join(dir, "in", "sub", "51-up")); err != nil {
		t.Fatal(err)
	}

	wantDocs := []string{
		"in/01-good.txt", "in/02-bom.txt", "in/03-crlf.txt", "in/04-cr.txt", "in/05-utf16le-bom.txt",
		"in/06-utf16be-bom.txt", "in/07 name with spaces.txt", "in/08-日本語 ファイル.txt",
		"in/09-utf16le-nobom.txt", "in/10-utf16be-nobom.txt", "in/11-latin1.txt", "in/12-mostly-utf8.txt",
		"in/13-page.html", "in/14-unclosed.html", "in/15-huge-attr.html", "in/16-deep.html",
		"j1", "j3", "j7", "in/18-notes.md", "in/sub/50-ok.txt",
		"in/01-good.txt", // named again on the command line: read again, in argument order
	}
	// reject id -> stage and a piece of the message
	wantRejects := map[string][2]string{
		"in/17-docs.jsonl:2":      {"parse", "line 2 is not a JSON object"},
		"in/17-docs.jsonl:4":      {"parse", `line 4 has no "id"`},
		"j6":                      {"parse", `line 6: "ref"`},
		"in/30-empty.txt":         {"decode", "empty"},
		"in/31-blank.txt":         {"decode", "white space"},
		"in/32-nul.txt":           {"decode", "NUL byte at offset 10"},
		"in/33-random.txt":        {"decode", "control characters"},
		"in/34-random-nul.txt":    {"decode", "NUL byte"},
		"in/35-too-big.txt":       {"read", "--max-bytes"},
		"in/36-scripts-only.html": {"decode", "no visible text"},
		"in/37-bom-empty.txt":     {"decode", "white space"},
		"in/40-dangling.txt":      {"read", "symbolic link"},
		"in/41-loop-a.txt":        {"read", "symbolic link"},
		"in/41-loop-b.txt":        {"read", "symbolic link"},
		"in/sub/51-up":            {"read", "symbolic link loop"},
		"missing.txt":             {"read", "does not exist"},
		"in/19-skipped.pdf":       {"read", "unsupported file type"},
	}

	res := runWith(t, "", "extract", "--log-format", "json", "--max-bytes", "2000000",
		"--rejects", "rejects.jsonl", "-j", "3", "in", "missing.txt", "in/19-skipped.pdf", "in/01-good.txt")
	if res.code != exitRejects {
		t.Fatalf("exit %d, want %d; stderr:\n%s", res.code, exitRejects, res.stderr)
	}
	recs := checkStream(t, res.stdout)
	if got := docsOf(recs); strings.Join(got, "|") != strings.Join(wantDocs, "|") {
		t.Errorf("documents:\n got %q\nwant %q", got, wantDocs)
	}

	rejStream := readAllFile(t, "rejects.jsonl")
	rejects := decodeLines(t, rejStream)
	seen := map[string]int{}
	for _, r := range rejects {
		id, _ := r["doc"].(string)
		seen[id]++
		want, ok := wantRejects[id]
		if !ok {
			t.Errorf("unexpected reject %v", r)
			continue
		}
		if r["type"] != "error" || r["stage"] != want[0] || !strings.Contains(r["error"].(string), want[1]) {
			t.Errorf("reject of %s = %v, want stage %s and a message with %q", id, r, want[0], want[1])
		}
		if src, _ := r["source"].(string); src == "" {
			t.Errorf("reject of %s has no source", id)
		}
	}
	for id := range wantRejects {
		if seen[id] != 1 {
			t.Errorf("%s has %d error records, want 1", id, seen[id])
		}
	}
	// the rejects stream meets the schema too
	for i, line := range strings.Split(strings.TrimSuffix(rejStream, "\n"), "\n") {
		if err := validateLine(line); err != nil {
			t.Errorf("rejects line %d: %v", i+1, err)
		}
	}
	// one error log line per reject, naming the document
	logged := map[string]int{}
	for _, l := range logLines(res.stderr) {
		if l["level"] == "error" {
			id, _ := l["doc"].(string)
			logged[id]++
		}
	}
	for id := range wantRejects {
		if logged[id] != 1 {
			t.Errorf("%s has %d error log lines, want 1", id, logged[id])
		}
	}
	if len(logged) != len(wantRejects) {
		t.Errorf("error log lines for %d documents, want %d: %v", len(logged), len(wantRejects), logged)
	}

	// what the good documents read
	byDoc := map[string]map[string]any{}
	for _, r := range recs {
		if r["type"] == "document" {
			byDoc[r["doc"].(string)] = r
		}
	}
	text := func(id string) string { s, _ := byDoc[id]["text"].(string); return s }
	warns := func(id string) string {
		var ws []string
		for _, w := range byDoc[id]["warnings"].([]any) {
			ws = append(ws, w.(string))
		}
		return strings.Join(ws, "; ")
	}
	checks := []struct{ id, text, warning string }{
		{"in/01-good.txt", sentenceA + "\n\n" + sentenceB + "\n", ""},
		{"in/02-bom.txt", sentenceA, ""},
		{"in/03-crlf.txt", "Title line\n\n" + sentenceA + "\n", ""},
		{"in/04-cr.txt", "Title line\n\n" + sentenceB + "\n", ""},
		{"in/05-utf16le-bom.txt", "Mission report\n" + sentenceA, ""},
		{"in/06-utf16be-bom.txt", "Mission report\n" + sentenceB, ""},
		{"in/08-日本語 ファイル.txt", "国連PKO: " + sentenceB, ""},
		{"in/09-utf16le-nobom.txt", "No mark here\n" + sentenceA, "UTF-16 (little-endian)"},
		{"in/10-utf16be-nobom.txt", "No mark here\n" + sentenceB, "UTF-16 (big-endian)"},
		{"in/11-latin1.txt", "Café résumé: " + sentenceA, "Windows-1252"},
		{"in/12-mostly-utf8.txt", "Café and one bad byte \uFFFD: " + sentenceB, "1 bad byte(s), the first at offset 23"},
		{"in/13-page.html", "Dispatch\n\n" + sentenceA, ""},
		{"in/14-unclosed.html", sentenceA + "\n\n" + sentenceB, ""},
		{"in/15-huge-attr.html", sentenceA, ""},
		{"in/16-deep.html", sentenceB, "read tag by tag"},
		{"j1", sentenceA, ""},
		{"j3", sentenceB, ""},
		{"in/sub/50-ok.txt", sentenceB, ""},
	}
	for _, c := range checks {
		if got := text(c.id); got != c.text {
			t.Errorf("%s: text %q, want %q", c.id, got, c.text)
		}
		got := warns(c.id)
		if (c.warning == "") != (got == "") || !strings.Contains(got, c.warning) {
			t.Errorf("%s: warnings %q, want one with %q", c.id, got, c.warning)
		}
	}
	if f := byDoc["in/13-page.html"]; f["format"] != "html" || f["title"] != "Dispatch" {
		t.Errorf("HTML document record: %v", f)
	}
	if f := byDoc["j3"]; f["format"] != "html" || f["source"] != "in/17-docs.jsonl:3" {
		t.Errorf("JSONL html line: %v", f)
	}
}
