package output

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/normalize"
)

// fixture builds a document whose text has non-ASCII (and non-BMP)
// characters before its mentions, so byte and code-point offsets differ.
func fixture() (*extract.Doc, *extract.Result) {
	text := "Café 🇯🇵 report — Japan sent two officers to UNMIT in April 2006."
	d := &extract.Doc{ID: "t.txt", Source: "t.txt", Format: "text", SHA256: strings.Repeat("a", 64), Title: "Café", Text: text, Warnings: []string{}}
	span := func(s string) extract.Mention {
		i := strings.Index(text, s)
		return extract.Mention{Text: s, Span: extract.Span{Start: i, End: i + len(s)}}
	}
	res := &extract.Result{
		Dates:  []extract.Date{{Mention: span("April 2006"), Interval: normalize.PointOf(normalize.YearMonth(2006, 4))}},
		Counts: []extract.Count{{Mention: span("two officers"), Min: extract.IntPtr(2), Max: extract.IntPtr(2), Noun: "officers"}},
		Orgs:   []extract.Org{{ID: "un.unmit", Name: "United Nations Integrated Mission in Timor-Leste", Acronym: "UNMIT", Category: "un-mission", Mentions: []extract.Mention{span("UNMIT")}}},
		Places: []extract.Place{{Name: "Japan", Kind: "country", Country: "JPN", Mentions: []extract.Mention{span("Japan")}}},
		Deployments: []extract.Deployment{{Contributor: "Japan", Mission: "un.unmit", Min: extract.IntPtr(2), Max: extract.IntPtr(2),
			Start: "2006-04-01", End: "2006-04-30", Evidence: span("Japan sent two officers to UNMIT in April 2006.")}},
	}
	return d, res
}

func TestRecordsSpansAreCodePoints(t *testing.T) {
	d, res := fixture()
	recs := Records(d, res, Options{})
	runes := []rune(d.Text)
	checked := 0
	var check func(v any)
	check = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if sp, ok := x["span"].([]any); ok {
				s, e := sp[0].(float64), sp[1].(float64)
				if got := string(runes[int(s):int(e)]); got != x["text"] {
					t.Errorf("span %v covers %q, record says %q", sp, got, x["text"])
				}
				checked++
			}
			for _, e := range x {
				check(e)
			}
		case []any:
			for _, e := range x {
				check(e)
			}
		}
	}
	for _, r := range recs {
		line := AppendJSON(nil, r)
		var v map[string]any
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatalf("record does not decode: %v\n%s", err, line)
		}
		check(v)
	}
	if checked != 5 {
		t.Errorf("checked %d spans, want 5", checked)
	}
}

func TestRecordsOrderAndValidate(t *testing.T) {
	d, res := fixture()
	recs := Records(d, res, Options{})
	var types []string
	for _, r := range recs {
		types = append(types, r.Type())
		if err := Validate(r); err != nil {
			t.Errorf("%s record invalid: %v", r.Type(), err)
		}
	}
	want := "document location count organization date deployment"
	if got := strings.Join(types, " "); got != want {
		t.Errorf("record order %q, want %q", got, want)
	}
	if recs[0].Get("chars") != len([]rune(d.Text)) {
		t.Errorf("chars = %v, want %d", recs[0].Get("chars"), len([]rune(d.Text)))
	}
	if noText := Records(d, res, Options{NoText: true}); noText[0].Get("text") != nil {
		t.Error("--no-text record still has text")
	}
}

func TestAppendJSONEscapes(t *testing.T) {
	r := Record{{"s", "quote\" back\\ nl\n tab\t ctl\x01 sep\u2028 é 🇯🇵"}, {"n", nil}, {"b", true}, {"i", -3}, {"a", []any{1, "x"}}}
	line := AppendJSON(nil, r)
	var v map[string]any
	if err := json.Unmarshal(line, &v); err != nil {
		t.Fatalf("not JSON: %v: %s", err, line)
	}
	if v["s"] != "quote\" back\\ nl\n tab\t ctl\x01 sep\u2028 é 🇯🇵" {
		t.Errorf("string round trip: %q", v["s"])
	}
	if strings.ContainsAny(string(line), "\n\u2028") {
		t.Errorf("encoded line contains a raw line separator: %q", line)
	}
}

func TestSchemaRejects(t *testing.T) {
	d, res := fixture()
	recs := Records(d, res, Options{})
	mutate := func(r Record, key string, val any) Record {
		out := append(Record(nil), r...)
		for i := range out {
			if out[i].Key == key {
				out[i].Val = val
				return out
			}
		}
		return append(out, Field{key, val})
	}
	var date, count Record
	for _, r := range recs {
		switch r.Type() {
		case "date":
			date = r
		case "count":
			count = r
		}
	}
	bad := map[string]Record{
		"unknown kind":         mutate(date, "kind", "someday"),
		"value not ISO":        mutate(date, "value", "April 2006"),
		"start not a day":      mutate(date, "start", "2006-04"),
		"min not integer":      mutate(count, "min", "2"),
		"extra field":          mutate(count, "colour", "red"),
		"missing role":         count[:len(count)-1],
		"negative span":        mutate(count, "span", []any{-1, 3}),
		"unknown type":         Record{{"type", "mystery"}, {"doc", "x"}},
		"bad org category":     mutate(recs[3], "category", "club"),
		"error without stage":  ErrorRecord("d", "s", "", "boom")[:4],
		"error with bad stage": ErrorRecord("d", "s", "dance", "boom"),
	}
	for name, r := range bad {
		if err := Validate(r); err == nil {
			t.Errorf("%s: schema accepted %v", name, r)
		}
	}
	if err := Validate(ErrorRecord("d", "s", "decode", "not text")); err != nil {
		t.Errorf("good error record rejected: %v", err)
	}
}
