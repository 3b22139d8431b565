package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
)

// objs decodes JSONL test input, failing the test on a bad line.
func objs(t *testing.T, lines ...string) []Object {
	t.Helper()
	out, err := ReadJSONL(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatalf("ReadJSONL: %v", err)
	}
	return out
}

const (
	docLine   = `{"type":"document","doc":"d.txt","source":"d.txt","format":"text","sha256":"aa","title":"T","text":"In April 2006 two observers went.","chars":33,"warnings":[]}`
	dateLine  = `{"type":"date","doc":"d.txt","text":"April 2006","span":[3,13],"kind":"point","value":"2006-04","start":"2006-04-01","end":"2006-04-30","granularity":"month","relative":false,"anchor":null}`
	countLine = `{"type":"count","doc":"d.txt","text":"two observers","span":[14,27],"min":2,"max":2,"approximate":false,"aggregate":false,"noun":"observers","role":"military observer"}`
	orgLine   = `{"type":"organization","doc":"d.txt","id":"un.unmit","name":"United Nations Integrated Mission in Timor-Leste","acronym":"UNMIT","category":"un-mission","mentions":[{"text":"UNMIT","span":[40,45]},{"text":"UNMIT","span":[60,65]}]}`
)

func TestDecodeObjectKeepsKeyOrderAndNumbers(t *testing.T) {
	o, err := DecodeObject([]byte(`{"b":1,"a":12345678901234567890,"c":{"x":null}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(o.Keys, ","); got != "b,a,c" {
		t.Errorf("keys = %s, want b,a,c", got)
	}
	if n, ok := o.Fields["a"].(json.Number); !ok || n.String() != "12345678901234567890" {
		t.Errorf("a = %#v, want the exact json.Number", o.Fields["a"])
	}
	for _, bad := range []string{`[1,2]`, `{"a":1`, `{"a":1} {"b":2}`, `nope`} {
		if _, err := DecodeObject([]byte(bad)); err == nil {
			t.Errorf("DecodeObject(%s): no error", bad)
		}
	}
}

func TestReadJSONLNamesBadLineAndSkipsBlank(t *testing.T) {
	got, err := ReadJSONL(strings.NewReader(docLine + "\n\n" + dateLine + "\n"))
	if err != nil || len(got) != 2 {
		t.Fatalf("got %d records, err %v; want 2, nil", len(got), err)
	}
	_, err = ReadJSONL(strings.NewReader(docLine + "\n" + `{"type":` + "\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want one naming line 2", err)
	}
}

func TestCompareDocIgnoresKeyOrderSpacingAndNumberForm(t *testing.T) {
	golden := objs(t, docLine, dateLine, countLine)
	reordered := `{ "doc":"d.txt", "type":"count","text":"two observers","span":[14, 27],"min":2.0,"max":2,"approximate":false,"aggregate":false,"noun":"observers","role":"military observer"}`
	now := objs(t, docLine, dateLine, reordered)
	d := CompareDoc("d.txt", "g/d.jsonl", golden, now)
	if d.Status != StatusOK {
		t.Fatalf("status %s, want ok; report %+v", d.Status, d)
	}
}

func TestCompareDocChangedValue(t *testing.T) {
	golden := objs(t, docLine, dateLine)
	now := objs(t, docLine, strings.Replace(strings.Replace(dateLine, `"2006-04"`, `"2006-05"`, 1), `"2006-04-30"`, `"2006-05-31"`, 1))
	d := CompareDoc("d.txt", "g/d.jsonl", golden, now)
	if d.Status != StatusDiffers || len(d.Changed) != 1 || len(d.Missing)+len(d.Extra) != 0 {
		t.Fatalf("got status %s, %d changed, %d missing, %d extra; want 1 changed", d.Status, len(d.Changed), len(d.Missing), len(d.Extra))
	}
	c := d.Changed[0]
	if c.Record != `date "April 2006" [3,13)` {
		t.Errorf("record = %s", c.Record)
	}
	if len(c.Changes) != 2 || c.Changes[0].Field != "value" || c.Changes[0].Golden != "2006-04" || c.Changes[0].Now != "2006-05" ||
		c.Changes[1].Field != "end" {
		t.Errorf("changes = %+v, want value then end", c.Changes)
	}
	var buf bytes.Buffer
	r := NewReport("g", false)
	r.Add(d)
	r.Finish()
	if err := r.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"d.txt (golden g/d.jsonl)", `changed  date "April 2006" [3,13)`, `value: "2006-04" -> "2006-05"`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestCompareDocMissingAndExtra(t *testing.T) {
	golden := objs(t, docLine, dateLine)
	now := objs(t, docLine, countLine)
	d := CompareDoc("d.txt", "g/d.jsonl", golden, now)
	if len(d.Missing) != 1 || d.Missing[0].Record != `date "April 2006" [3,13)` {
		t.Errorf("missing = %+v", d.Missing)
	}
	if len(d.Extra) != 1 || d.Extra[0].Record != `count "two observers" [14,27)` {
		t.Errorf("extra = %+v", d.Extra)
	}
	// a date whose span moved is another mention: missing + extra
	moved := strings.Replace(dateLine, `[3,13]`, `[0,13]`, 1)
	d = CompareDoc("d.txt", "g/d.jsonl", objs(t, dateLine), objs(t, moved))
	if len(d.Missing) != 1 || len(d.Extra) != 1 || len(d.Changed) != 0 {
		t.Errorf("moved span: %d missing %d extra %d changed, want 1 1 0", len(d.Missing), len(d.Extra), len(d.Changed))
	}
}

func TestCompareDocMentionListAndNestedFields(t *testing.T) {
	now := strings.Replace(orgLine, `{"text":"UNMIT","span":[60,65]}`, `{"text":"the Mission","span":[70,81]}`, 1)
	now = strings.Replace(now, `"acronym":"UNMIT"`, `"acronym":null`, 1)
	d := CompareDoc("d.txt", "g", objs(t, orgLine), objs(t, now))
	if len(d.Changed) != 1 {
		t.Fatalf("changed = %+v", d.Changed)
	}
	c := d.Changed[0]
	if c.Record != "organization un.unmit" {
		t.Errorf("record = %s", c.Record)
	}
	if len(c.Changes) != 2 || c.Changes[0].Field != "acronym" || c.Changes[1].Field != "mentions" {
		t.Fatalf("changes = %+v", c.Changes)
	}
	if got := changeText(c.Changes[1]); got != `mentions: "UNMIT" [60,65) -> "the Mission" [70,81)` {
		t.Errorf("mentions change = %s", got)
	}

	g := `{"type":"date","doc":"d","text":"May","span":[50,53],"kind":"point","value":"2006-05","anchor":{"text":"April 2006","span":[3,13]}}`
	n := strings.Replace(g, `"span":[3,13]`, `"span":[4,13]`, 1)
	d = CompareDoc("d", "g", objs(t, g), objs(t, n))
	if len(d.Changed) != 1 || d.Changed[0].Changes[0].Field != "anchor.span" {
		t.Errorf("nested change = %+v, want field anchor.span", d.Changed)
	}
}

func TestCompareDocReportsAChangedDocIDOnce(t *testing.T) {
	moved := func(line string) string { return strings.ReplaceAll(line, `"d.txt"`, `"../d.txt"`) }
	golden := objs(t, docLine, dateLine, countLine)
	d := CompareDoc("../d.txt", "g", golden, objs(t, moved(docLine), moved(dateLine), moved(countLine)))
	if len(d.Changed) != 1 || d.Changed[0].Type != "document" || len(d.Changed[0].Changes) != 2 ||
		d.Changed[0].Changes[0].Field != "doc" || d.Changed[0].Changes[1].Field != "source" {
		t.Errorf("changed = %+v, want doc and source on the document record only", d.Changed)
	}
	// a record whose doc disagrees with its own document is still reported
	d = CompareDoc("d.txt", "g", golden, objs(t, docLine, moved(dateLine), countLine))
	if len(d.Changed) != 1 || d.Changed[0].Type != "date" || d.Changed[0].Changes[0].Field != "doc" {
		t.Errorf("changed = %+v, want the date's doc", d.Changed)
	}
}

func TestCompareDocDocumentTextIsSummarized(t *testing.T) {
	long := strings.Repeat("word ", 400)
	g := `{"type":"document","doc":"d","sha256":"aa","text":"` + long + `April 2006"}`
	n := `{"type":"document","doc":"d","sha256":"bb","text":"` + long + `May 2006"}`
	d := CompareDoc("d", "g", objs(t, g), objs(t, n))
	if len(d.Changed) != 1 || len(d.Changed[0].Changes) != 2 {
		t.Fatalf("changed = %+v", d.Changed)
	}
	tc := d.Changed[0].Changes[1]
	gs, ok := tc.Golden.(TextSummary)
	if tc.Field != "text" || !ok || gs.Chars != 2010 || len(gs.Excerpt) > 100 || !strings.Contains(gs.Excerpt, "April") {
		t.Errorf("text change = %+v, want a short summary around the difference", tc)
	}
	// with --no-text on one side only, text is absent, not printed whole
	d = CompareDoc("d", "g", objs(t, g), objs(t, `{"type":"document","doc":"d","sha256":"aa"}`))
	tc = d.Changed[0].Changes[0]
	if tc.Absent != "now" || len(changeText(tc)) > 250 || tc.Note == "" {
		t.Errorf("absent text change = %s", changeText(tc))
	}
}

func TestCompareDocDeploymentTieBreak(t *testing.T) {
	dep := func(role string, min int) string {
		return fmt.Sprintf(`{"type":"deployment","doc":"d","contributor":"Japan","mission":"un.unmit","role":%q,"min":%d,"max":%d,`+
			`"start":null,"end":null,"location":null,"evidence":{"text":"Japan sent two police officers and three liaison staff.","span":[100,156]}}`,
			role, min, min)
	}
	golden := objs(t, dep("civilian police officer", 2), dep("liaison and coordination personnel", 3))
	// the liaison deployment now reads 4 people; the police one is unchanged
	now := objs(t, dep("liaison and coordination personnel", 4), dep("civilian police officer", 2))
	d := CompareDoc("d", "g", golden, now)
	if len(d.Missing)+len(d.Extra) != 0 || len(d.Changed) != 1 {
		t.Fatalf("got %d missing %d extra %d changed, want one change", len(d.Missing), len(d.Extra), len(d.Changed))
	}
	c := d.Changed[0]
	if !strings.Contains(c.Record, `role="liaison and coordination personnel" min=3 max=3`) || len(c.Changes) != 2 ||
		c.Changes[0].Field != "min" || c.Changes[1].Field != "max" {
		t.Errorf("changed = %+v, want the liaison deployment's min and max", c)
	}
	// a changed role pairs with the deployment of the same evidence
	now = objs(t, dep("civilian police officer", 2), dep("staff officer", 3))
	d = CompareDoc("d", "g", golden, now)
	if len(d.Changed) != 1 || d.Changed[0].Changes[0].Field != "role" {
		t.Errorf("changed = %+v, want the role change", d.Changed)
	}
	// a deployment from other evidence is not paired with it
	other := strings.Replace(dep("staff officer", 3), "[100,156]", "[200,256]", 1)
	d = CompareDoc("d", "g", golden, objs(t, dep("civilian police officer", 2), other))
	if len(d.Missing) != 1 || len(d.Extra) != 1 {
		t.Errorf("got %d missing %d extra, want 1 1", len(d.Missing), len(d.Extra))
	}
}

func TestCompareDocDuplicateIdentitiesPairInOrder(t *testing.T) {
	a := `{"type":"role","doc":"d","name":"staff officer","category":"staff-officer","mentions":[]}`
	b := strings.Replace(a, `"staff-officer"`, `"troops"`, 1)
	d := CompareDoc("d", "g", objs(t, a, b), objs(t, a))
	if len(d.Missing) != 1 || d.Missing[0].Fields["category"] != "troops" || len(d.Changed) != 0 {
		t.Errorf("missing = %+v changed = %+v, want the second golden role missing", d.Missing, d.Changed)
	}
}

func TestReportTotals(t *testing.T) {
	r := NewReport("g", false)
	// doc 1: date changed, count matches; doc 2: date missing, count extra
	r.Add(CompareDoc("a", "g/a.jsonl", objs(t, dateLine, countLine),
		objs(t, strings.Replace(dateLine, `"2006-04"`, `"2006"`, 1), countLine)))
	r.Add(CompareDoc("b", "g/b.jsonl", objs(t, dateLine), objs(t, countLine)))
	r.Add(DocReport{Doc: "c", Golden: "g/c.jsonl", Status: StatusNoGolden})
	r.Finish()
	if r.OK {
		t.Error("report OK with differences")
	}
	want := Summary{Documents: 3, Passing: 0, Differs: 2, NoGolden: 1}
	if r.Summary != want {
		t.Errorf("summary = %+v, want %+v", r.Summary, want)
	}
	if len(r.Totals) != 3 || r.Totals[0].Type != "date" || r.Totals[1].Type != "count" || r.Totals[2].Type != "all" {
		t.Fatalf("totals = %+v, want date, count, all", r.Totals)
	}
	date, count, all := r.Totals[0], r.Totals[1], r.Totals[2]
	if date.Golden != 2 || date.Now != 1 || date.Matched != 1 || date.Missing != 1 || date.Changed != 1 || date.Precision != 0 || date.Recall != 0 {
		t.Errorf("date = %+v", date)
	}
	if count.Golden != 1 || count.Now != 2 || count.Matched != 1 || count.Extra != 1 || count.Precision != 0.5 || count.Recall != 1 ||
		math.Abs(count.F1-2.0/3) > 1e-9 {
		t.Errorf("count = %+v", count)
	}
	if all.Golden != 3 || all.Now != 3 || all.Matched != 2 || all.Changed != 1 || math.Abs(all.Precision-1.0/3) > 1e-9 {
		t.Errorf("all = %+v", all)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"c: no golden file g/c.jsonl", `missing  date "April 2006" [3,13)`, `extra    count "two observers" [14,27)`,
		"count                1       2       1       0       1       0     0.500   1.000   0.667"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestReportOKAndEmptyArraysInJSON(t *testing.T) {
	r := NewReport("g", false)
	r.Add(CompareDoc("a", "g/a.jsonl", objs(t, docLine), objs(t, docLine)))
	r.Finish()
	if !r.OK {
		t.Fatalf("report not OK: %+v", r)
	}
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	doc := m["documents"].([]any)[0].(map[string]any)
	for _, k := range []string{"missing", "extra", "changed"} {
		if a, ok := doc[k].([]any); !ok || len(a) != 0 {
			t.Errorf("documents[0].%s = %#v, want []", k, doc[k])
		}
	}
	if m["ok"] != true {
		t.Errorf("ok = %v", m["ok"])
	}
	r.Note("no documents")
	r.Finish()
	if r.OK {
		t.Error("a note must make the report fail")
	}
}
