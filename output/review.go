package output

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"unicode/utf8"
)

// The review page is one self-contained HTML file: the summary table is
// rendered here (it works without JavaScript), while each document's
// highlighted text is drawn by the embedded script from the JSON data block,
// one document at a time, so a page of a thousand documents stays light.

//go:embed review/page.html.tmpl review/review.css review/review.js
var reviewFiles embed.FS

var reviewPage = template.Must(template.New("page.html.tmpl").ParseFS(reviewFiles, "review/page.html.tmpl"))

func reviewAsset(name string) string {
	b, err := reviewFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

var (
	reviewCSS = template.CSS(reviewAsset("review/review.css"))
	reviewJS  = template.JS(reviewAsset("review/review.js"))
)

// ReviewTypes are the record types counted per document, in display order.
var ReviewTypes = []string{"date", "count", "organization", "role", "location", "deployment"}

// Review is what a review page shows: documents with their records, and the
// rejected inputs.
type Review struct {
	Title   string            `json:"title"`
	Docs    []*ReviewDoc      `json:"docs"`
	Rejects []json.RawMessage `json:"rejects"`

	byID map[string]*ReviewDoc // latest document record seen for each id
}

// ReviewDoc is one document: its own record's fields, its text, the records
// found in it (as read, in stream order) and per-type counts.
type ReviewDoc struct {
	ID       string            `json:"id"`
	Title    string            `json:"title"`
	Source   string            `json:"source"`
	Format   string            `json:"format"`
	SHA256   string            `json:"sha256"`
	Chars    int               `json:"chars"`
	Warnings []string          `json:"warnings"`
	Text     string            `json:"text"`
	Records  []json.RawMessage `json:"records"`
	Counts   ReviewCounts      `json:"counts"`
	// Problems are spans that do not hold against the text (out of range,
	// or text[start:end] differs from the mention's text): extraction bugs
	// an auditor wants to see first.
	Problems []string `json:"problems"`
}

// ReviewCounts are the number of records of each type in a document.
type ReviewCounts struct {
	Date         int `json:"date"`
	Count        int `json:"count"`
	Organization int `json:"organization"`
	Role         int `json:"role"`
	Location     int `json:"location"`
	Deployment   int `json:"deployment"`
}

// Of returns the count for a record type.
func (c ReviewCounts) Of(typ string) int {
	switch typ {
	case "date":
		return c.Date
	case "count":
		return c.Count
	case "organization":
		return c.Organization
	case "role":
		return c.Role
	case "location":
		return c.Location
	case "deployment":
		return c.Deployment
	}
	return 0
}

func (c *ReviewCounts) add(typ string) {
	switch typ {
	case "date":
		c.Date++
	case "count":
		c.Count++
	case "organization":
		c.Organization++
	case "role":
		c.Role++
	case "location":
		c.Location++
	case "deployment":
		c.Deployment++
	}
}

// ErrNoText is returned for a document record without its text: the stream
// was written by `extract --no-text`, and there is nothing to highlight.
var ErrNoText = errors.New("document record has no \"text\" (the stream was made with --no-text): run extract again without --no-text, or give review the documents' paths to extract them on the fly")

// reviewLine is the part of a record the reader needs to place it.
type reviewLine struct {
	Type     string   `json:"type"`
	Doc      *string  `json:"doc"`
	Title    string   `json:"title"`
	Source   string   `json:"source"`
	Format   string   `json:"format"`
	SHA256   string   `json:"sha256"`
	Chars    int      `json:"chars"`
	Warnings []string `json:"warnings"`
	Text     *string  `json:"text"`
}

// AddJSONL reads a record stream written by `missionx extract` (name is used
// in error messages). Every record is attached to the latest document record
// with the same doc id; an error record is taken as a reject.
func (rv *Review) AddJSONL(name string, r io.Reader) error {
	return reviewLines(name, r, func(n int, line []byte) error {
		var l reviewLine
		if err := json.Unmarshal(line, &l); err != nil {
			return fmt.Errorf("%s:%d: not a JSON record: %v", name, n, err)
		}
		if l.Doc == nil {
			return fmt.Errorf("%s:%d: record has no \"doc\"; is this a missionx extract stream?", name, n)
		}
		switch l.Type {
		case "document":
			if l.Text == nil {
				return fmt.Errorf("%s:%d: document %q: %w", name, n, *l.Doc, ErrNoText)
			}
			d := &ReviewDoc{
				ID: *l.Doc, Title: l.Title, Source: l.Source, Format: l.Format, SHA256: l.SHA256,
				Chars: l.Chars, Warnings: l.Warnings, Text: *l.Text,
				Records: []json.RawMessage{}, Problems: []string{},
			}
			if d.Warnings == nil {
				d.Warnings = []string{}
			}
			rv.Docs = append(rv.Docs, d)
			if rv.byID == nil {
				rv.byID = map[string]*ReviewDoc{}
			}
			rv.byID[d.ID] = d
		case "error":
			rv.Rejects = append(rv.Rejects, json.RawMessage(bytes.Clone(line)))
		case "":
			return fmt.Errorf("%s:%d: record has no \"type\"", name, n)
		default:
			d := rv.byID[*l.Doc]
			if d == nil {
				return fmt.Errorf("%s:%d: %s record for %q comes before any document record for it; review needs the document record (and its text) first, as extract writes it", name, n, l.Type, *l.Doc)
			}
			d.Records = append(d.Records, json.RawMessage(bytes.Clone(line)))
			d.Counts.add(l.Type)
		}
		return nil
	})
}

// AddRejects reads a rejects stream (`extract --rejects FILE`).
func (rv *Review) AddRejects(name string, r io.Reader) error {
	return reviewLines(name, r, func(n int, line []byte) error {
		var l reviewLine
		if err := json.Unmarshal(line, &l); err != nil {
			return fmt.Errorf("%s:%d: not a JSON record: %v", name, n, err)
		}
		if l.Type != "error" {
			return fmt.Errorf("%s:%d: a rejects file holds error records, not %q", name, n, l.Type)
		}
		rv.Rejects = append(rv.Rejects, json.RawMessage(bytes.Clone(line)))
		return nil
	})
}

// AddReject adds one error record.
func (rv *Review) AddReject(r Record) {
	rv.Rejects = append(rv.Rejects, json.RawMessage(AppendJSON(nil, r)))
}

func reviewLines(name string, r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if ferr := fn(n, t); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
	}
}

// reviewSpanned is the part of a record that points into the text.
type reviewSpanned struct {
	Type     string          `json:"type"`
	Text     string          `json:"text"`
	Span     []int           `json:"span"`
	Mentions []reviewMention `json:"mentions"`
	Anchor   *reviewMention  `json:"anchor"`
	Evidence *reviewMention  `json:"evidence"`
}

type reviewMention struct {
	Text string `json:"text"`
	Span []int  `json:"span"`
}

// check lists the spans of d's records that do not hold against its text.
func (d *ReviewDoc) check() {
	d.Problems = d.Problems[:0]
	var cps []int // byte offset of each code point, plus len(text)
	for i := range d.Text {
		cps = append(cps, i)
	}
	cps = append(cps, len(d.Text))
	n := len(cps) - 1
	if d.Chars != n {
		d.Problems = append(d.Problems, fmt.Sprintf("document record says %d chars, its text has %d", d.Chars, n))
	}
	test := func(i int, typ, what string, m reviewMention) {
		if len(m.Span) != 2 {
			d.Problems = append(d.Problems, fmt.Sprintf("record %d (%s) %s: span %v is not [start, end]", i+1, typ, what, m.Span))
			return
		}
		s, e := m.Span[0], m.Span[1]
		if s < 0 || e < s || e > n {
			d.Problems = append(d.Problems, fmt.Sprintf("record %d (%s) %s: span [%d, %d) is outside the text (%d chars)", i+1, typ, what, s, e, n))
			return
		}
		if got := d.Text[cps[s]:cps[e]]; got != m.Text {
			d.Problems = append(d.Problems, fmt.Sprintf("record %d (%s) %s: text[%d:%d] is %q, the record says %q", i+1, typ, what, s, e, reviewClip(got), reviewClip(m.Text)))
		}
	}
	for i, raw := range d.Records {
		var r reviewSpanned
		if err := json.Unmarshal(raw, &r); err != nil {
			d.Problems = append(d.Problems, fmt.Sprintf("record %d: %v", i+1, err))
			continue
		}
		if r.Span != nil {
			test(i, r.Type, "span", reviewMention{r.Text, r.Span})
		}
		for j, m := range r.Mentions {
			test(i, r.Type, fmt.Sprintf("mention %d", j+1), m)
		}
		if r.Anchor != nil {
			test(i, r.Type, "anchor", *r.Anchor)
		}
		if r.Evidence != nil {
			test(i, r.Type, "evidence", *r.Evidence)
		}
	}
}

func reviewClip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "..."
}

// reviewPageData is what the template sees.
type reviewPageData struct {
	Title    string
	Review   *Review
	Types    []string
	Mentions int
	Rejects  []reviewRejectRow
	Data     template.JS
	CSS      template.CSS
	JS       template.JS
}

// WriteReview writes rv as one self-contained HTML page: inline CSS and
// script, the records embedded as JSON, no external resource of any kind.
// All text is escaped: the documents are untrusted input.
func WriteReview(w io.Writer, rv *Review) error {
	if rv.Docs == nil {
		rv.Docs = []*ReviewDoc{}
	}
	if rv.Rejects == nil {
		rv.Rejects = []json.RawMessage{}
	}
	total := 0
	for _, d := range rv.Docs {
		d.check()
		total += len(d.Records)
	}
	data, err := reviewJSON(rv)
	if err != nil {
		return err
	}
	title := rv.Title
	if title == "" {
		title = "missionx review"
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := reviewPage.Execute(bw, reviewPageData{
		Title: title, Review: rv, Types: ReviewTypes, Mentions: total, Rejects: reviewRejectRows(rv.Rejects),
		Data: data, CSS: reviewCSS, JS: reviewJS,
	}); err != nil {
		return fmt.Errorf("render review page: %w", err)
	}
	return bw.Flush()
}

// reviewJSON encodes rv for the <script type="application/json"> block.
// encoding/json escapes <, > and & as \u003c, \u003e and \u0026 (also
// inside the raw records it compacts), and U+2028/U+2029, so no document
// text can close the script element or open a comment in it. The check
// below keeps that promise even if the encoder ever changes.
func reviewJSON(rv *Review) (template.JS, error) {
	b, err := json.Marshal(rv)
	if err != nil {
		return "", fmt.Errorf("encode review data: %w", err)
	}
	if bytes.ContainsAny(b, "<>") {
		return "", errors.New("encode review data: markup characters survived JSON escaping")
	}
	return template.JS(b), nil
}

// reviewRejectRow is an error record's fields, for the summary table.
type reviewRejectRow struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	Stage  string `json:"stage"`
	Error  string `json:"error"`
}

func reviewRejectRows(raws []json.RawMessage) []reviewRejectRow {
	rows := make([]reviewRejectRow, 0, len(raws))
	for _, raw := range raws {
		var r reviewRejectRow
		if err := json.Unmarshal(raw, &r); err != nil {
			r.Error = "unreadable error record: " + err.Error()
		}
		rows = append(rows, r)
	}
	return rows
}
