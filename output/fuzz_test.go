package output

import (
	"testing"
	"unicode/utf8"

	"github.com/missionx/missionx/extract"
)

// checkContract runs the whole extraction on text and asserts the
// contract's invariants on the records: each validates against the schema,
// every span lies inside the text and text[start:end] (in code points) is
// the mention's text, and mention records are ordered by their first span.
// It is the body of the date and count fuzz targets: the grammars are
// reached through Extract, as the command reaches them.
func checkContract(t *testing.T, s string) {
	raw := []byte(s)
	text, warns, err := extract.DecodeText(raw)
	if err != nil {
		return // not text: rejected before extraction
	}
	doc := &extract.Doc{ID: "fuzz.txt", Source: "fuzz.txt", Format: "text", SHA256: extract.Hash(raw),
		Title: extract.Title(text), Text: text, Warnings: warns}
	if doc.Warnings == nil {
		doc.Warnings = []string{}
	}
	res, err := extract.Extract(doc, extract.Options{Ref: "2010-06-15"})
	if err != nil {
		t.Fatalf("Extract: %v", err) // a stage panicked
	}
	for _, d := range res.Dates {
		checkByteSpan(t, text, d.Mention)
	}
	for _, c := range res.Counts {
		checkByteSpan(t, text, c.Mention)
	}
	recs := Records(doc, res, Options{})
	runes := []rune(text)
	last := -1
	for i, r := range recs {
		if err := Validate(r); err != nil {
			t.Fatalf("record %d (%s) does not validate: %v\n%s", i, r.Type(), err, AppendJSON(nil, r))
		}
		if err := ValidateJSON(AppendJSON(nil, r)); err != nil {
			t.Fatalf("record %d (%s) does not validate once encoded: %v", i, r.Type(), err)
		}
		checkRecordSpans(t, runes, r)
		switch r.Type() {
		case "document", "deployment":
		default:
			first := firstStart(r)
			if first < last {
				t.Fatalf("record %d (%s) starts at %d, before %d", i, r.Type(), first, last)
			}
			last = first
		}
	}
}

func checkByteSpan(t *testing.T, text string, m extract.Mention) {
	t.Helper()
	if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start > m.Span.End {
		t.Fatalf("byte span %v outside the text (%d bytes) for %q", m.Span, len(text), m.Text)
	}
	if text[m.Span.Start:m.Span.End] != m.Text {
		t.Fatalf("text[%d:%d] = %q, mention says %q", m.Span.Start, m.Span.End, text[m.Span.Start:m.Span.End], m.Text)
	}
	if !utf8.ValidString(m.Text) {
		t.Fatalf("mention splits a character: %q", m.Text)
	}
}

func firstStart(r Record) int {
	if sp, ok := r.Get("span").([]any); ok {
		return sp[0].(int)
	}
	if ms, ok := r.Get("mentions").([]any); ok && len(ms) > 0 {
		return ms[0].(Record).Get("span").([]any)[0].(int)
	}
	return -1
}

// checkRecordSpans checks every {text, span} pair in a record, nested ones
// (mentions, anchor, evidence) included.
func checkRecordSpans(t *testing.T, runes []rune, v any) {
	t.Helper()
	switch x := v.(type) {
	case Record:
		if sp, ok := x.Get("span").([]any); ok {
			s, e := sp[0].(int), sp[1].(int)
			if s < 0 || e > len(runes) || s > e {
				t.Fatalf("span [%d,%d) outside the text (%d code points)", s, e, len(runes))
			}
			if want, _ := x.Get("text").(string); string(runes[s:e]) != want {
				t.Fatalf("text[%d:%d] = %q, record says %q", s, e, string(runes[s:e]), want)
			}
		}
		for _, f := range x {
			if f.Key != "span" {
				checkRecordSpans(t, runes, f.Val)
			}
		}
	case []any:
		for _, e := range x {
			checkRecordSpans(t, runes, e)
		}
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"The mission ran between January 2007 and February 2008.",
		"From January through August 2007 the team served; in August of the same year it left.",
		"Troops served from 1996 until 2012, before 2012, after 2016 and since 1974.",
		"On 15 January 2007 (2007-01-15) and on Jan. 20, 2007, then mid-2005 and the 1990s.",
		"It was extended to 31 March 2012 and then for six months, until the end of the year.",
		"平成19年1月から2008年2月まで",
		"2015/2018-02 and 1992-93 and May–June 1993 and 29 February 2011",
		"in 1999\r\nin 20000 and 0000-00-00 on 31/02/2007",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkContract(t, s) })
}

func FuzzCounts(f *testing.F) {
	for _, s := range []string{
		"Japan sent two or three coordination and liaison personnel and a total of four officers.",
		"More than 30 observers and up to 350 troops, about 1,500 personnel and 2.000 police.",
		"Three groups of 5-member teams; a pair of monitors; a dozen engineers; Eight were sent.",
		"some 40 staff officers, 24 personnel in total, 10-15 civilian police officers",
		"one hundred and twenty-five military observers, 1 500 troops, 12,000,000,000,000,000,000 people",
		"two to three hundred, 0 troops, -5 officers, 3.5 observers",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkContract(t, s) })
}
