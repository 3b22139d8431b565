package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// reviewRepoRoot is the directory holding go.mod, found by walking up.
func reviewRepoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// reviewSharedDir is ../shared beside the repository (or $MISSIONX_SHARED),
// or "" when absent, as on CI.
func reviewSharedDir(t *testing.T) string {
	if d := os.Getenv("MISSIONX_SHARED"); d != "" {
		return d
	}
	d := filepath.Join(reviewRepoRoot(t), "..", "shared")
	if _, err := os.Stat(d); err != nil {
		return ""
	}
	return d
}

// runReviewCmd runs the command line in process and returns its exit code and
// output streams.
func runReviewCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// reviewPage is what the structure checks read from a page.
type reviewPage struct {
	rows    int               // summary rows
	ids     []string          // ids shown in the summary, in order
	docs    []reviewPageDoc   // embedded data
	rejects []map[string]any  // embedded rejects
	scripts []string          // type of each <script>
	refs    map[string]string // external-looking attribute -> value
	raw     string
}

type reviewPageDoc struct {
	ID       string           `json:"id"`
	Text     string           `json:"text"`
	Records  []map[string]any `json:"records"`
	Problems []string         `json:"problems"`
}

func parseReviewPage(t *testing.T, path string) reviewPage {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	p := reviewPage{raw: string(raw), refs: map[string]string{}}
	var walk func(n *html.Node, inRow bool)
	text := func(n *html.Node) string {
		var b strings.Builder
		var f func(*html.Node)
		f = func(n *html.Node) {
			if n.Type == html.TextNode {
				b.WriteString(n.Data)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				f(c)
			}
		}
		f(n)
		return b.String()
	}
	get := func(n *html.Node, k string) string {
		for _, a := range n.Attr {
			if a.Key == k {
				return a.Val
			}
		}
		return ""
	}
	walk = func(n *html.Node, inRow bool) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "tr" && n.Parent.Data == "tbody" && get(n.Parent.Parent, "id") == "docs":
				p.rows++
				inRow = true
			case n.Data == "div" && inRow && get(n, "class") == "id":
				p.ids = append(p.ids, text(n))
			case n.Data == "script":
				p.scripts = append(p.scripts, get(n, "type"))
				if get(n, "id") == "review-data" {
					var data struct {
						Docs    []reviewPageDoc  `json:"docs"`
						Rejects []map[string]any `json:"rejects"`
					}
					if err := json.Unmarshal([]byte(text(n)), &data); err != nil {
						t.Fatalf("embedded data does not decode: %v", err)
					}
					p.docs, p.rejects = data.Docs, data.Rejects
				}
			case n.Data == "link" || n.Data == "img" || n.Data == "iframe":
				p.refs["<"+n.Data+">"] = ""
			}
			for _, a := range n.Attr {
				if a.Key == "src" || (a.Key == "href" && !strings.HasPrefix(a.Val, "#")) {
					p.refs[a.Key] = a.Val
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inRow)
		}
	}
	walk(root, false)
	return p
}

// readReviewStream splits an extract stream into document texts and the other
// records, per document id.
func readReviewStream(t *testing.T, stream string) (order []string, texts map[string]string, recs map[string][]map[string]any) {
	t.Helper()
	texts, recs = map[string]string{}, map[string][]map[string]any{}
	sc := bufio.NewScanner(strings.NewReader(stream))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		id := m["doc"].(string)
		if m["type"] == "document" {
			order = append(order, id)
			texts[id] = m["text"].(string)
			recs[id] = []map[string]any{}
			continue
		}
		recs[id] = append(recs[id], m)
	}
	return order, texts, recs
}

// checkReviewOf renders the review of paths on the fly and from extract's
// JSONL, and checks that both pages hold exactly what extract wrote.
func checkReviewOf(t *testing.T, paths ...string) reviewPage {
	t.Helper()
	dir := t.TempDir()
	code, stream, stderr := runReviewCmd(t, append([]string{"extract", "--log-level", "error"}, paths...)...)
	if code != exitOK {
		t.Fatalf("extract exit %d: %s", code, stderr)
	}
	order, texts, recs := readReviewStream(t, stream)
	jsonl := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(jsonl, []byte(stream), 0o644); err != nil {
		t.Fatal(err)
	}
	onTheFly := filepath.Join(dir, "fly.html")
	fromJSONL := filepath.Join(dir, "jsonl.html")
	if code, _, stderr := runReviewCmd(t, append([]string{"review", "-o", onTheFly}, paths...)...); code != exitOK {
		t.Fatalf("review PATH exit %d: %s", code, stderr)
	}
	if code, _, stderr := runReviewCmd(t, "review", "-o", fromJSONL, "--input-jsonl", jsonl); code != exitOK {
		t.Fatalf("review --input-jsonl exit %d: %s", code, stderr)
	}
	fly := parseReviewPage(t, onTheFly)
	for _, path := range []string{onTheFly, fromJSONL} {
		p := parseReviewPage(t, path)
		if p.rows != len(order) {
			t.Errorf("%s: %d summary rows, want one per document (%d)", filepath.Base(path), p.rows, len(order))
		}
		if diff := cmp.Diff(order, p.ids); diff != "" {
			t.Errorf("%s: summary ids differ from the stream (-want +got):\n%s", filepath.Base(path), diff)
		}
		if len(p.docs) != len(order) {
			t.Fatalf("%s: %d embedded documents, want %d", filepath.Base(path), len(p.docs), len(order))
		}
		for i, d := range p.docs {
			if d.ID != order[i] || d.Text != texts[d.ID] {
				t.Errorf("%s: embedded doc %d is %q (text %d chars), want %q", filepath.Base(path), i, d.ID, len(d.Text), order[i])
			}
			if diff := cmp.Diff(recs[d.ID], d.Records); diff != "" {
				t.Errorf("%s: %s: embedded records differ from extract's (-want +got):\n%s", filepath.Base(path), d.ID, diff)
			}
			if len(d.Problems) > 0 {
				t.Errorf("%s: %s: spans that do not match the text: %q", filepath.Base(path), d.ID, d.Problems)
			}
		}
		if len(p.refs) > 0 {
			t.Errorf("%s: external references: %v", filepath.Base(path), p.refs)
		}
		if cmp.Diff([]string{"application/json", ""}, p.scripts) != "" {
			t.Errorf("%s: scripts %q, want the JSON block and the inline code", filepath.Base(path), p.scripts)
		}
	}
	return fly
}

func TestReviewSeed(t *testing.T) {
	root := reviewRepoRoot(t)
	p := checkReviewOf(t, filepath.Join(root, "seeds", "000_148a0b14233a0fa8.txt"))
	if p.rows != 1 {
		t.Errorf("seed page has %d rows, want 1", p.rows)
	}
}

func TestReviewCorpus(t *testing.T) {
	shared := reviewSharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent (as on CI): no corpus to review")
	}
	corpus := filepath.Join(shared, "corpus")
	var paths []string
	for _, pat := range []string{"*.txt", "html/*.html"} {
		m, _ := filepath.Glob(filepath.Join(corpus, pat))
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Skipf("no documents in %s", corpus)
	}
	p := checkReviewOf(t, paths...)
	if p.rows != len(paths) {
		t.Errorf("corpus page has %d rows, want %d", p.rows, len(paths))
	}
}

func TestReviewRejectsNoTextStream(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "notext.jsonl")
	code, stream, stderr := runReviewCmd(t, "extract", "--no-text", "--log-level", "error", filepath.Join(reviewRepoRoot(t), "seeds"))
	if code != exitOK {
		t.Fatalf("extract exit %d: %s", code, stderr)
	}
	if err := os.WriteFile(jsonl, []byte(stream), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "page.html")
	code, _, stderr = runReviewCmd(t, "review", "-o", out, "--input-jsonl", jsonl)
	if code != exitRejects || !strings.Contains(stderr, "--no-text") {
		t.Errorf("exit %d, stderr %q; want 1 and a message naming --no-text", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a page was written for a stream without text")
	}
}

func TestReviewCollectsRejects(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("A short note.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	out := filepath.Join(dir, "page.html")
	code, _, stderr := runReviewCmd(t, "review", "-o", out, good, missing)
	if code != exitRejects {
		t.Errorf("exit %d, want 1 (a document was rejected): %s", code, stderr)
	}
	p := parseReviewPage(t, out)
	if p.rows != 1 || len(p.rejects) != 1 {
		t.Fatalf("rows %d, rejects %d; want 1 and 1", p.rows, len(p.rejects))
	}
	if src := p.rejects[0]["source"]; src != missing {
		t.Errorf("reject source %v, want %s", src, missing)
	}
	if !strings.Contains(p.raw, "does not exist") {
		t.Error("the reject's message is not on the page")
	}
}

func TestReviewUsage(t *testing.T) {
	for _, args := range [][]string{
		{"review"},
		{"review", "--input-jsonl", "x.jsonl", "doc.txt"},
		{"review", "-j", "0", "doc.txt"},
		{"review", "--format", "pdf", "doc.txt"},
	} {
		if code, _, _ := runReviewCmd(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, _, stderr := runReviewCmd(t, "review", "-o", filepath.Join(t.TempDir(), "p.html"), "--input-jsonl", "/nonexistent/x.jsonl"); code != exitRejects || !strings.Contains(stderr, "does not exist") {
		t.Errorf("missing input: exit %d, %q", code, stderr)
	}
}
