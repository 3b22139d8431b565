package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// The fixture (testdata/review, see its README) has a document with non-BMP
// characters before its mentions and nested mentions, a document whose text
// and names hold markup, and a document with no records.
const reviewFixtureDir = "../testdata/review"

func loadReviewFixture(t *testing.T) (*Review, []map[string]any) {
	t.Helper()
	rv := &Review{Title: "fixture"}
	for _, name := range []string{"fixture.jsonl", "rejects.jsonl"} {
		f, err := os.Open(filepath.Join(reviewFixtureDir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		add := rv.AddJSONL
		if name == "rejects.jsonl" {
			add = rv.AddRejects
		}
		if err := add(name, f); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(filepath.Join(reviewFixtureDir, "fixture.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, m)
	}
	return rv, recs
}

// reviewHTML is a parsed review page.
type reviewHTML struct {
	root *html.Node
	raw  string
}

func renderReviewPage(t *testing.T, rv *Review) reviewHTML {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteReview(&buf, rv); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return reviewHTML{root, buf.String()}
}

func reviewAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func reviewEach(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		reviewEach(c, fn)
	}
}

func reviewByID(root *html.Node, id string) *html.Node {
	var found *html.Node
	reviewEach(root, func(n *html.Node) {
		if v, ok := reviewAttr(n, "id"); ok && v == id && found == nil {
			found = n
		}
	})
	return found
}

func reviewText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// reviewSummaryRows returns the rows of the summary table's body.
func reviewSummaryRows(t *testing.T, p reviewHTML) []*html.Node {
	t.Helper()
	table := reviewByID(p.root, "docs")
	if table == nil {
		t.Fatal("no summary table #docs")
	}
	var rows []*html.Node
	reviewEach(table, func(n *html.Node) {
		if n.Data == "tr" && n.Parent != nil && n.Parent.Data == "tbody" {
			rows = append(rows, n)
		}
	})
	return rows
}

// reviewEmbedded decodes the page's JSON data block.
func reviewEmbedded(t *testing.T, p reviewHTML) (docs []map[string]any, rejects []map[string]any) {
	t.Helper()
	n := reviewByID(p.root, "review-data")
	if n == nil || n.Data != "script" {
		t.Fatal("no <script id=review-data>")
	}
	if typ, _ := reviewAttr(n, "type"); typ != "application/json" {
		t.Fatalf("data block type %q, want application/json", typ)
	}
	var data struct {
		Docs    []map[string]any `json:"docs"`
		Rejects []map[string]any `json:"rejects"`
	}
	if err := json.Unmarshal([]byte(reviewText(n)), &data); err != nil {
		t.Fatalf("embedded data does not decode: %v", err)
	}
	return data.Docs, data.Rejects
}

// checkReviewSelfContained fails on anything that would make the browser fetch:
// external src/href, <link>, <img>, <iframe>, CSS url() or @import.
func checkReviewSelfContained(t *testing.T, p reviewHTML) {
	t.Helper()
	scripts := 0
	reviewEach(p.root, func(n *html.Node) {
		switch n.Data {
		case "link", "img", "iframe", "object", "embed", "base", "video", "audio", "source", "frame":
			t.Errorf("page has a <%s> element", n.Data)
		case "script":
			scripts++
		case "style":
			css := reviewText(n)
			if strings.Contains(css, "url(") || strings.Contains(css, "@import") {
				t.Error("inline CSS loads a resource (url() or @import)")
			}
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "src", "srcset", "action", "formaction", "poster", "data", "xlink:href":
				t.Errorf("<%s %s=%q>: external resource attribute", n.Data, a.Key, a.Val)
			case "href":
				if !strings.HasPrefix(a.Val, "#") {
					t.Errorf("<%s href=%q>: links must stay inside the page", n.Data, a.Val)
				}
			}
		}
	})
	if scripts != 2 {
		t.Errorf("page has %d <script> elements, want 2 (data and code): document text became markup?", scripts)
	}
}

func TestReviewFixturePage(t *testing.T) {
	rv, recs := loadReviewFixture(t)
	p := renderReviewPage(t, rv)
	checkReviewSelfContained(t, p)

	rows := reviewSummaryRows(t, p)
	if len(rows) != 3 {
		t.Fatalf("summary has %d rows, want one per document (3)", len(rows))
	}
	docs, rejects := reviewEmbedded(t, p)
	if len(docs) != 3 || len(rejects) != 1 {
		t.Fatalf("embedded %d docs and %d rejects, want 3 and 1", len(docs), len(rejects))
	}

	// the embedded data holds every record as read, under its document
	var want, got []map[string]any
	wantText := map[string]string{}
	for _, r := range recs {
		if r["type"] == "document" {
			wantText[r["doc"].(string)] = r["text"].(string)
			continue
		}
		want = append(want, r)
	}
	for i, d := range docs {
		id := d["id"].(string)
		if d["text"] != wantText[id] {
			t.Errorf("doc %d (%s): embedded text differs from the record's", i, id)
		}
		for _, r := range d["records"].([]any) {
			got = append(got, r.(map[string]any))
		}
		if probs := d["problems"].([]any); len(probs) > 0 {
			t.Errorf("doc %s: fixture spans reported as problems: %v", id, probs)
		}
		// the row shows the id as text and links to the document view
		if cell := reviewText(rows[i]); !strings.Contains(cell, id) {
			t.Errorf("row %d does not show id %q: %q", i, id, cell)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded records differ from the stream (-want +got):\n%s", diff)
	}

	// counts per type in the first row: date 3, count 2, organization 1, role 2, location 2, deployment 2
	var cells []string
	reviewEach(rows[0], func(n *html.Node) {
		if n.Data == "td" {
			cells = append(cells, strings.TrimSpace(reviewText(n)))
		}
	})
	if got, want := strings.Join(cells[3:], " "), "3 2 1 2 2 2 0"; got != want {
		t.Errorf("first row counts %q, want %q (types then problems)", got, want)
	}
}

// TestReviewEscapesMarkup: a document's text, title, id and names, and a
// reject's message, hold <script> and </script>; the page must show them as
// text and keep them inert inside the JSON block.
func TestReviewEscapesMarkup(t *testing.T) {
	rv, _ := loadReviewFixture(t)
	evil := "x </script><script>alert(1)</script> <!-- <img src=x onerror=alert(2)> \u2028 ]]> y"
	rv.Docs = append(rv.Docs, &ReviewDoc{ID: evil, Title: evil, Text: evil, Chars: len([]rune(evil)), Source: evil})
	p := renderReviewPage(t, rv)
	checkReviewSelfContained(t, p)

	if strings.Count(strings.ToLower(p.raw), "<script") != 2 {
		t.Errorf("raw page has %d '<script', want 2", strings.Count(strings.ToLower(p.raw), "<script"))
	}
	if strings.Contains(p.raw, "alert(1)</script>") || strings.Contains(p.raw, "<img") {
		t.Error("markup from a document reached the page unescaped")
	}
	data := reviewText(reviewByID(p.root, "review-data"))
	if strings.ContainsAny(data, "<>") || strings.Contains(data, "\u2028") {
		t.Error("JSON block holds a raw <, > or U+2028")
	}
	docs, rejects := reviewEmbedded(t, p)
	if last := docs[len(docs)-1]; last["text"] != evil || last["id"] != evil {
		t.Errorf("hostile text did not round-trip through the JSON block: %q", last["text"])
	}
	if msg := rejects[0]["error"].(string); !strings.Contains(msg, "<script>alert(3)</script>") {
		t.Errorf("reject message lost its text: %q", msg)
	}
	rows := reviewSummaryRows(t, p)
	if cell := reviewText(rows[len(rows)-1]); !strings.Contains(cell, "</script><script>alert(1)</script>") {
		t.Errorf("summary row does not show the hostile title as text: %q", cell)
	}
	// the hostile fixture document's title shows as text in its row too
	if cell := reviewText(rows[1]); !strings.Contains(cell, "<script>alert(1)</script>") {
		t.Errorf("fixture row 1 does not show its markup as text: %q", cell)
	}
}

func TestReviewRejectsNoTextStream(t *testing.T) {
	rv := &Review{}
	in := `{"type":"document","doc":"a.txt","source":"a.txt","format":"text","sha256":"00","title":"A","chars":3,"warnings":[]}` + "\n"
	err := rv.AddJSONL("in.jsonl", strings.NewReader(in))
	if !errors.Is(err, ErrNoText) {
		t.Fatalf("got %v, want ErrNoText", err)
	}
	if !strings.Contains(err.Error(), "--no-text") || !strings.Contains(err.Error(), "in.jsonl:1") {
		t.Errorf("message does not say where and why: %v", err)
	}
}

func TestReviewInputErrors(t *testing.T) {
	doc := `{"type":"document","doc":"a","text":"abc","chars":3}`
	for _, tc := range []struct{ name, in, want string }{
		{"record before its document", `{"type":"date","doc":"a","text":"x","span":[0,1]}`, "before any document record"},
		{"not JSON", doc + "\n{oops", "in.jsonl:2: not a JSON record"},
		{"no doc", `{"type":"date"}`, "no \"doc\""},
		{"no type", `{"doc":"a"}`, "no \"type\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := (&Review{}).AddJSONL("in.jsonl", strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if err := (&Review{}).AddRejects("rej.jsonl", strings.NewReader(doc)); err == nil {
		t.Error("a document record in a rejects file was accepted")
	}
}

// TestReviewFlagsBadSpans: spans that do not hold against the text are
// listed per document (code points, with a non-BMP character first).
func TestReviewFlagsBadSpans(t *testing.T) {
	in := strings.Join([]string{
		`{"type":"document","doc":"d","text":"😀 In May 2010 we left.","chars":22}`,
		`{"type":"date","doc":"d","text":"May 2010","span":[5,13]}`,  // right: code points
		`{"type":"date","doc":"d","text":"May 2010","span":[8,16]}`,  // byte offsets: wrong
		`{"type":"date","doc":"d","text":"May 2010","span":[20,40]}`, // out of range
		`{"type":"role","doc":"d","name":"x","mentions":[{"text":"we","span":[14,16]},{"text":"we","span":[0,2]}]}`,
		`{"type":"deployment","doc":"d","evidence":{"text":"In May 2010 we left.","span":[2,22]}}`,
	}, "\n")
	rv := &Review{}
	if err := rv.AddJSONL("in", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteReview(&buf, rv); err != nil {
		t.Fatal(err)
	}
	probs := rv.Docs[0].Problems
	want := []string{"record 2 (date) span", "record 3 (date) span", "record 4 (role) mention 2"}
	if len(probs) != len(want) {
		t.Fatalf("problems %q, want %d", probs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(probs[i], w) {
			t.Errorf("problem %d = %q, want prefix %q", i, probs[i], w)
		}
	}
	if rv.Docs[0].Counts != (ReviewCounts{Date: 3, Role: 1, Deployment: 1}) {
		t.Errorf("counts %+v", rv.Docs[0].Counts)
	}
}

// TestReviewThousandDocs: the page for 1,000 documents has one summary row
// each and stays small enough to open (the text is embedded once).
func TestReviewThousandDocs(t *testing.T) {
	rv := thousandReviewDocs(t)
	p := renderReviewPage(t, rv)
	if n := len(reviewSummaryRows(t, p)); n != 1000 {
		t.Fatalf("%d rows, want 1000", n)
	}
	if len(p.raw) > 4<<20 {
		t.Errorf("page is %d bytes for 1,000 short documents; the text should be embedded once", len(p.raw))
	}
}

// thousandReviewDocs builds a review of 1,000 copies of the fixture's first
// document under different ids.
func thousandReviewDocs(t *testing.T) *Review {
	rv, _ := loadReviewFixture(t)
	first := rv.Docs[0]
	out := &Review{Title: "thousand"}
	for i := 0; i < 1000; i++ {
		d := *first
		d.ID = fmt.Sprintf("bulk/%04d.txt", i)
		d.Title = fmt.Sprintf("Bulk document %d", i)
		out.Docs = append(out.Docs, &d)
	}
	return out
}
