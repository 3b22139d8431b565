package output

// Golden comparison: a document's records as extracted now against the
// records kept in a golden JSONL file. Both sides are decoded from JSON and
// compared value by value (never byte by byte), so a golden file edited by
// hand with other spacing or key order still compares equal.
//
// Records are paired by type and identity:
//
//	document                   one per document
//	date, count                span
//	organization               id
//	role, location             name
//	deployment                 evidence span, role, min and max; deployments
//	                           left over that share an evidence span are then
//	                           paired by fewest differing fields, so a changed
//	                           role reads as a change, not as missing + extra
//	anything else              the whole record
//
// Paired records are compared field by field; unpaired golden records are
// missing, unpaired current records are extra.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Object is one decoded JSON record: its fields, and its top-level keys in
// the order they were written (so a report lists fields as a person reads
// them in the file). Values are nil, bool, string, json.Number, []any or
// map[string]any.
type Object struct {
	Keys   []string
	Fields map[string]any
}

// Type is the record's "type" ("" when absent or not a string).
func (o Object) Type() string { s, _ := o.Fields["type"].(string); return s }

// DecodeObject decodes one JSON object, keeping its key order. Numbers stay
// json.Number so large integers survive exactly.
func DecodeObject(line []byte) (Object, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return Object{}, fmt.Errorf("not JSON: %v", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return Object{}, errors.New("not a JSON object")
	}
	o := Object{Fields: map[string]any{}}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return Object{}, fmt.Errorf("not JSON: %v", err)
		}
		key, _ := tok.(string)
		var v any
		if err := dec.Decode(&v); err != nil {
			return Object{}, fmt.Errorf("not JSON: field %q: %v", key, err)
		}
		if _, dup := o.Fields[key]; !dup {
			o.Keys = append(o.Keys, key)
		}
		o.Fields[key] = v
	}
	if _, err := dec.Token(); err != nil {
		return Object{}, fmt.Errorf("not JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Object{}, errors.New("more than one JSON value on the line")
	}
	return o, nil
}

// ReadJSONL decodes a JSON Lines stream, one object per line. Blank lines
// are skipped (a hand-edited golden file may end with one); a line that is
// not a JSON object is an error naming its line number.
func ReadJSONL(r io.Reader) ([]Object, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var out []Object
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			o, derr := DecodeObject(line)
			if derr != nil {
				return out, fmt.Errorf("line %d: %v", n, derr)
			}
			out = append(out, o)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("line %d: %w", n, err)
		}
	}
}

// identity is the key two records must share to be paired.
func identity(o Object) string {
	t := o.Type()
	f := o.Fields
	switch t {
	case "document":
		return t
	case "date", "count":
		return t + "\x00" + canonical(f["span"])
	case "organization":
		return t + "\x00" + canonical(f["id"])
	case "role", "location":
		return t + "\x00" + canonical(f["name"])
	case "deployment":
		return t + "\x00" + canonical(evidenceSpan(o)) + "\x00" + canonical(f["role"]) +
			"\x00" + canonical(f["min"]) + "\x00" + canonical(f["max"])
	}
	return t + "\x00" + canonical(f)
}

// looseIdentity groups records that may still be paired after the exact
// pass; "" means none. Two deployments read from the same evidence are the
// same statement read differently.
func looseIdentity(o Object) string {
	if o.Type() == "deployment" {
		return "deployment\x00" + canonical(evidenceSpan(o))
	}
	return ""
}

func evidenceSpan(o Object) any {
	if ev, ok := o.Fields["evidence"].(map[string]any); ok {
		return ev["span"]
	}
	return nil
}

// canonical encodes a decoded value with sorted keys, for use in map keys.
func canonical(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%#v", v)
	}
	return string(b)
}

// Label names a record for a person: its type and identity, e.g.
// `date "April 2006" [312,322)` or `organization un.unmit`.
func Label(o Object) string {
	t := o.Type()
	f := o.Fields
	switch t {
	case "document":
		return t
	case "date", "count":
		return t + " " + mentionText(f["text"], f["span"])
	case "organization":
		return t + " " + plainText(f["id"])
	case "role", "location":
		return t + " " + strconv.Quote(plainText(f["name"]))
	case "deployment":
		var text any
		if ev, ok := f["evidence"].(map[string]any); ok {
			text = ev["text"]
		}
		return fmt.Sprintf("%s %s role=%s min=%s max=%s", t,
			mentionText(truncate(plainText(text), 60), evidenceSpan(o)),
			render(f["role"]), render(f["min"]), render(f["max"]))
	}
	if t == "" {
		t = "record"
	}
	return t + " " + truncate(canonical(f), 80)
}

// mentionText renders a text and its span as `"text" [start,end)`.
func mentionText(text, span any) string {
	return strconv.Quote(plainText(text)) + " " + renderSpan(span)
}

func renderSpan(span any) string {
	if s, ok := span.([]any); ok && len(s) == 2 {
		return "[" + render(s[0]) + "," + render(s[1]) + ")"
	}
	return render(span)
}

func plainText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return render(v)
}

// truncate shortens s to at most n runes, marking the cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// Change is one field that differs between a golden record and the record
// extracted now. Field is a path ("value", "anchor.span", "mentions").
// Absent is "golden" or "now" when the field is missing on that side (its
// value is then null). For a list of mentions, Golden and Now hold only the
// mentions that are on one side and not the other; for a document's text,
// they hold a short summary around the first difference.
type Change struct {
	Field  string `json:"field"`
	Golden any    `json:"golden"`
	Now    any    `json:"now"`
	Absent string `json:"absent,omitempty"`
	Note   string `json:"note,omitempty"`
}

// RecordRef names a missing or extra record, with its fields (a document
// record's text is left out).
type RecordRef struct {
	Type   string         `json:"type"`
	Record string         `json:"record"`
	Fields map[string]any `json:"fields"`
}

// ChangedRecord is a paired record with at least one differing field.
type ChangedRecord struct {
	Type    string   `json:"type"`
	Record  string   `json:"record"`
	Changes []Change `json:"changes"`
}

// DocStatus is the outcome for one document.
type DocStatus string

// Document outcomes. Only OK and, with --update, Created, Rewritten and
// Unchanged count as passing.
const (
	StatusOK            DocStatus = "ok"
	StatusDiffers       DocStatus = "differs"
	StatusNoGolden      DocStatus = "no-golden"      // the golden file does not exist
	StatusBadGolden     DocStatus = "bad-golden"     // the golden file cannot be read or decoded
	StatusRejected      DocStatus = "rejected"       // the input could not be extracted
	StatusDuplicateName DocStatus = "duplicate-name" // another document maps to the same golden file
	StatusCreated       DocStatus = "created"        // --update wrote a new golden file
	StatusRewritten     DocStatus = "rewritten"      // --update replaced a golden file that differed
	StatusUnchanged     DocStatus = "unchanged"      // --update found the golden file already current
)

// Passing reports whether s needs no attention.
func (s DocStatus) Passing() bool {
	switch s {
	case StatusOK, StatusCreated, StatusRewritten, StatusUnchanged:
		return true
	}
	return false
}

// DocReport is the comparison of one document with its golden file.
type DocReport struct {
	Doc     string          `json:"doc"`
	Golden  string          `json:"golden"` // path of the golden file
	Status  DocStatus       `json:"status"`
	Error   string          `json:"error,omitempty"` // why the document is rejected, or the golden unreadable
	Missing []RecordRef     `json:"missing"`
	Extra   []RecordRef     `json:"extra"`
	Changed []ChangedRecord `json:"changed"`

	stats map[string]*TypeStats // per record type, folded into the report's totals
}

// TypeStats counts one record type. Matched records were paired by
// identity; Changed ones among them differ in some field. Precision and
// recall count only identical records as correct: precision =
// (matched-changed)/now, recall = (matched-changed)/golden, each 1 when its
// denominator is 0.
type TypeStats struct {
	Type      string  `json:"type"`
	Golden    int     `json:"golden"`
	Now       int     `json:"now"`
	Matched   int     `json:"matched"`
	Missing   int     `json:"missing"`
	Extra     int     `json:"extra"`
	Changed   int     `json:"changed"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *TypeStats) add(o *TypeStats) {
	s.Golden += o.Golden
	s.Now += o.Now
	s.Matched += o.Matched
	s.Missing += o.Missing
	s.Extra += o.Extra
	s.Changed += o.Changed
}

func (s *TypeStats) score() {
	correct := float64(s.Matched - s.Changed)
	s.Precision, s.Recall = 1, 1
	if s.Now > 0 {
		s.Precision = correct / float64(s.Now)
	}
	if s.Golden > 0 {
		s.Recall = correct / float64(s.Golden)
	}
	s.F1 = 0
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// CompareDoc pairs and compares one document's golden records with the
// records extracted now. The status is StatusOK or StatusDiffers; callers
// may set another (a rejected input compares its golden against nothing).
func CompareDoc(doc, goldenPath string, golden, now []Object) DocReport {
	rep := DocReport{Doc: doc, Golden: goldenPath, Status: StatusOK,
		Missing: []RecordRef{}, Extra: []RecordRef{}, Changed: []ChangedRecord{},
		stats: map[string]*TypeStats{}}
	st := func(t string) *TypeStats {
		s := rep.stats[t]
		if s == nil {
			s = &TypeStats{Type: t}
			rep.stats[t] = s
		}
		return s
	}
	for _, o := range golden {
		st(o.Type()).Golden++
	}
	for _, o := range now {
		st(o.Type()).Now++
	}
	ids := docIDs{golden: documentID(golden), now: documentID(now)}
	pairs, missing, extra := pairRecords(golden, now, ids)
	for _, p := range pairs {
		g, n := golden[p[0]], now[p[1]]
		s := st(g.Type())
		s.Matched++
		if ch := diffRecord(g, n, ids); len(ch) > 0 {
			s.Changed++
			rep.Changed = append(rep.Changed, ChangedRecord{Type: g.Type(), Record: Label(g), Changes: ch})
		}
	}
	for _, i := range missing {
		st(golden[i].Type()).Missing++
		rep.Missing = append(rep.Missing, ref(golden[i]))
	}
	for _, i := range extra {
		st(now[i].Type()).Extra++
		rep.Extra = append(rep.Extra, ref(now[i]))
	}
	if len(rep.Missing)+len(rep.Extra)+len(rep.Changed) > 0 {
		rep.Status = StatusDiffers
	}
	return rep
}

func ref(o Object) RecordRef {
	fields := o.Fields
	if o.Type() == "document" {
		if _, ok := fields["text"]; ok {
			fields = make(map[string]any, len(o.Fields))
			for k, v := range o.Fields {
				if k != "text" {
					fields[k] = v
				}
			}
		}
	}
	return RecordRef{Type: o.Type(), Record: Label(o), Fields: fields}
}

// pairRecords pairs golden and current records by identity. Records with
// the same identity on one side pair in order. Pairs come in golden order;
// missing (golden indexes) and extra (current indexes) in stream order.
func pairRecords(golden, now []Object, ids docIDs) (pairs [][2]int, missing, extra []int) {
	byKey := map[string][]int{}
	for j, o := range now {
		k := identity(o)
		byKey[k] = append(byKey[k], j)
	}
	usedNow := make([]bool, len(now))
	pairedGolden := make([]bool, len(golden))
	for i, o := range golden {
		k := identity(o)
		if q := byKey[k]; len(q) > 0 {
			pairs = append(pairs, [2]int{i, q[0]})
			byKey[k] = q[1:]
			usedNow[q[0]] = true
			pairedGolden[i] = true
		}
	}
	// second pass: leftovers that share a loose identity pair by fewest
	// differing fields (earliest on a tie)
	for i, g := range golden {
		lk := looseIdentity(g)
		if pairedGolden[i] || lk == "" {
			continue
		}
		best, bestDiff := -1, math.MaxInt
		for j, n := range now {
			if usedNow[j] || looseIdentity(n) != lk {
				continue
			}
			if d := len(diffRecord(g, n, ids)); d < bestDiff {
				best, bestDiff = j, d
			}
		}
		if best >= 0 {
			pairs = append(pairs, [2]int{i, best})
			usedNow[best] = true
			pairedGolden[i] = true
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a][0] < pairs[b][0] })
	for i := range golden {
		if !pairedGolden[i] {
			missing = append(missing, i)
		}
	}
	for j := range now {
		if !usedNow[j] {
			extra = append(extra, j)
		}
	}
	return pairs, missing, extra
}

// docIDs are the "doc" values of the golden and the current document
// records. Every record of a document repeats its id, so a changed id
// (inputs checked from another directory) is reported once, on the
// document record, not on each of its records.
type docIDs struct{ golden, now any }

func documentID(objs []Object) any {
	for _, o := range objs {
		if o.Type() == "document" {
			return o.Fields["doc"]
		}
	}
	return nil
}

// diffRecord lists the fields that differ, in the golden record's key order
// followed by fields only the current record has.
func diffRecord(g, n Object, ids docIDs) []Change {
	var out []Change
	isDoc := g.Type() == "document"
	seen := make(map[string]bool, len(g.Keys))
	visit := func(k string) {
		if seen[k] {
			return
		}
		seen[k] = true
		gv, gok := g.Fields[k]
		nv, nok := n.Fields[k]
		switch {
		case !gok && !nok:
		case k == "doc" && !isDoc && gok && nok && equalValue(gv, ids.golden) && equalValue(nv, ids.now):
			// each side agrees with its own document record
		case !gok:
			out = append(out, Change{Field: k, Now: summarizeIfText(isDoc, k, nv), Absent: "golden", Note: noTextNote(isDoc, k)})
		case !nok:
			out = append(out, Change{Field: k, Golden: summarizeIfText(isDoc, k, gv), Absent: "now", Note: noTextNote(isDoc, k)})
		case isDoc && k == "text":
			if gs, ok1 := gv.(string); ok1 {
				if ns, ok2 := nv.(string); ok2 {
					if gs != ns {
						out = append(out, textChange(gs, ns))
					}
					return
				}
			}
			diffValue(k, gv, nv, &out)
		default:
			diffValue(k, gv, nv, &out)
		}
	}
	for _, k := range g.Keys {
		visit(k)
	}
	for _, k := range n.Keys {
		visit(k)
	}
	return out
}

func summarizeIfText(isDoc bool, key string, v any) any {
	if s, ok := v.(string); ok && isDoc && key == "text" {
		return TextSummary{Chars: utf8.RuneCountInString(s), Excerpt: truncate(s, 40)}
	}
	return v
}

func noTextNote(isDoc bool, key string) string {
	if isDoc && key == "text" {
		return "one side was made with --no-text: check with the setting the golden files were written with"
	}
	return ""
}

// TextSummary stands for a document's text in a report: its length in
// code points and an excerpt (around the first difference, for a change).
type TextSummary struct {
	Chars   int    `json:"chars"`
	Excerpt string `json:"excerpt"`
}

// diffValue appends the differences between two values at path.
func diffValue(path string, g, n any, out *[]Change) {
	if equalValue(g, n) {
		return
	}
	gm, ok1 := g.(map[string]any)
	nm, ok2 := n.(map[string]any)
	if ok1 && ok2 {
		keys := make([]string, 0, len(gm)+len(nm))
		for k := range gm {
			keys = append(keys, k)
		}
		for k := range nm {
			if _, ok := gm[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			gv, gok := gm[k]
			nv, nok := nm[k]
			p := path + "." + k
			switch {
			case !gok:
				*out = append(*out, Change{Field: p, Now: nv, Absent: "golden"})
			case !nok:
				*out = append(*out, Change{Field: p, Golden: gv, Absent: "now"})
			default:
				diffValue(p, gv, nv, out)
			}
		}
		return
	}
	ga, ok1 := g.([]any)
	na, ok2 := n.([]any)
	if ok1 && ok2 && isMentionList(ga) && isMentionList(na) {
		onlyG, onlyN := multisetDiff(ga, na)
		c := Change{Field: path, Golden: onlyG, Now: onlyN}
		if len(onlyG)+len(onlyN) == 0 {
			c = Change{Field: path, Golden: ga, Now: na, Note: "same mentions in another order"}
		}
		*out = append(*out, c)
		return
	}
	*out = append(*out, Change{Field: path, Golden: g, Now: n})
}

// isMentionList reports whether every element is an object with a span.
func isMentionList(a []any) bool {
	for _, e := range a {
		m, ok := e.(map[string]any)
		if !ok {
			return false
		}
		if _, ok := m["span"]; !ok {
			return false
		}
	}
	return true
}

// multisetDiff returns the elements of a not in b and of b not in a.
func multisetDiff(a, b []any) (onlyA, onlyB []any) {
	used := make([]bool, len(b))
	onlyA, onlyB = []any{}, []any{}
outer:
	for _, x := range a {
		for j, y := range b {
			if !used[j] && equalValue(x, y) {
				used[j] = true
				continue outer
			}
		}
		onlyA = append(onlyA, x)
	}
	for j, y := range b {
		if !used[j] {
			onlyB = append(onlyB, y)
		}
	}
	return onlyA, onlyB
}

// textChange summarizes a changed document text: lengths and a short
// excerpt of each side from just before the first difference.
func textChange(g, n string) Change {
	gr, nr := []rune(g), []rune(n)
	at := 0
	for at < len(gr) && at < len(nr) && gr[at] == nr[at] {
		at++
	}
	excerpt := func(r []rune) TextSummary {
		from := max(at-20, 0)
		to := min(at+40, len(r))
		s := string(r[from:to])
		if from > 0 {
			s = "…" + s
		}
		if to < len(r) {
			s += "…"
		}
		return TextSummary{Chars: len(r), Excerpt: s}
	}
	return Change{Field: "text", Golden: excerpt(gr), Now: excerpt(nr),
		Note: fmt.Sprintf("first difference at char %d", at)}
}

// equalValue compares decoded JSON values; numbers compare by value, so
// 2 and 2.0 are equal.
func equalValue(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case json.Number:
		y, ok := b.(json.Number)
		if !ok {
			return false
		}
		if x == y {
			return true
		}
		if xi, err1 := x.Int64(); err1 == nil {
			if yi, err2 := y.Int64(); err2 == nil {
				return xi == yi
			}
		}
		xf, err1 := x.Float64()
		yf, err2 := y.Float64()
		return err1 == nil && err2 == nil && xf == yf
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalValue(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !equalValue(xv, yv) {
				return false
			}
		}
		return true
	}
	return false
}

// render writes a value compactly for the text report: a mention as
// `"text" [start,end)`, a list of mentions joined by commas ("(none)" when
// empty), anything else as JSON.
func render(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case json.Number:
		return x.String()
	case TextSummary:
		return fmt.Sprintf("%d chars %s", x.Chars, strconv.Quote(x.Excerpt))
	case map[string]any:
		if len(x) == 2 {
			if t, ok := x["text"].(string); ok {
				if _, ok := x["span"]; ok {
					return mentionText(t, x["span"])
				}
			}
		}
	case []any:
		if len(x) == 0 {
			return "(none)"
		}
		if isMentionList(x) {
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = render(e)
			}
			return strings.Join(parts, ", ")
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprintf("%v", v)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// recordTypeOrder is the contract's order of record types, for the totals.
var recordTypeOrder = map[string]int{
	"document": 0, "date": 1, "count": 2, "organization": 3, "role": 4, "location": 5, "deployment": 6,
}

// Report is the outcome of a check (or an update) over many documents.
type Report struct {
	OK        bool        `json:"ok"`
	Update    bool        `json:"update"`
	GoldenDir string      `json:"golden_dir"`
	Summary   Summary     `json:"summary"`
	Documents []DocReport `json:"documents"`
	Totals    []TypeStats `json:"totals"` // per record type, then "all"
	Notes     []string    `json:"notes"`  // run-wide problems (no inputs, interrupted)
}

// Summary counts documents by outcome.
type Summary struct {
	Documents int `json:"documents"`
	Passing   int `json:"passing"`
	Differs   int `json:"differs"`
	NoGolden  int `json:"no_golden"`
	Rejected  int `json:"rejected"`
	Other     int `json:"other"` // unreadable golden files, golden name clashes
}

// NewReport starts an empty report.
func NewReport(goldenDir string, update bool) *Report {
	return &Report{GoldenDir: goldenDir, Update: update, Documents: []DocReport{}, Totals: []TypeStats{}, Notes: []string{}}
}

// Add appends one document's outcome.
func (r *Report) Add(d DocReport) {
	if d.Missing == nil {
		d.Missing = []RecordRef{}
	}
	if d.Extra == nil {
		d.Extra = []RecordRef{}
	}
	if d.Changed == nil {
		d.Changed = []ChangedRecord{}
	}
	r.Documents = append(r.Documents, d)
}

// Note records a run-wide problem; it makes the report fail.
func (r *Report) Note(format string, args ...any) {
	r.Notes = append(r.Notes, fmt.Sprintf(format, args...))
}

// Finish computes the summary, the totals and OK.
func (r *Report) Finish() {
	r.Summary = Summary{Documents: len(r.Documents)}
	totals := map[string]*TypeStats{}
	for _, d := range r.Documents {
		switch {
		case d.Status.Passing():
			r.Summary.Passing++
		case d.Status == StatusDiffers:
			r.Summary.Differs++
		case d.Status == StatusNoGolden:
			r.Summary.NoGolden++
		case d.Status == StatusRejected:
			r.Summary.Rejected++
		default:
			r.Summary.Other++
		}
		for t, s := range d.stats {
			if totals[t] == nil {
				totals[t] = &TypeStats{Type: t}
			}
			totals[t].add(s)
		}
	}
	r.Totals = r.Totals[:0]
	all := TypeStats{Type: "all"}
	for _, s := range totals {
		s.score()
		r.Totals = append(r.Totals, *s)
		all.add(s)
	}
	sort.Slice(r.Totals, func(i, j int) bool {
		oi, ki := recordTypeOrder[r.Totals[i].Type]
		oj, kj := recordTypeOrder[r.Totals[j].Type]
		if ki != kj {
			return ki // known types first
		}
		if oi != oj {
			return oi < oj
		}
		return r.Totals[i].Type < r.Totals[j].Type
	})
	all.score()
	if len(r.Totals) > 0 {
		r.Totals = append(r.Totals, all)
	}
	r.OK = len(r.Notes) == 0 && r.Summary.Passing == r.Summary.Documents
}

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteText writes the report for a person: a summary line, each document
// that needs attention with its missing, extra and changed records (each
// changed field as golden -> now), and a table per record type.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	s := r.Summary
	if r.Update {
		fmt.Fprintf(bw, "missionx check --update: %s, golden files in %s\n", plural(s.Documents, "document"), r.GoldenDir)
	} else {
		fmt.Fprintf(bw, "missionx check: %s against %s: %d match, %d differ, %d without golden file, %d rejected",
			plural(s.Documents, "document"), r.GoldenDir, s.Passing, s.Differs, s.NoGolden, s.Rejected)
		if s.Other > 0 {
			fmt.Fprintf(bw, ", %d other problems", s.Other)
		}
		fmt.Fprintln(bw)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(bw, "\n%s\n", n)
	}
	for _, d := range r.Documents {
		writeDocText(bw, d)
	}
	if len(r.Totals) > 0 && !r.Update {
		fmt.Fprintln(bw)
		fmt.Fprintf(bw, "%-14s %7s %7s %7s %7s %7s %7s %9s %7s %7s\n",
			"type", "golden", "now", "matched", "missing", "extra", "changed", "precision", "recall", "f1")
		for _, t := range r.Totals {
			fmt.Fprintf(bw, "%-14s %7d %7d %7d %7d %7d %7d %9.3f %7.3f %7.3f\n",
				t.Type, t.Golden, t.Now, t.Matched, t.Missing, t.Extra, t.Changed, t.Precision, t.Recall, t.F1)
		}
	}
	if r.OK && !r.Update {
		fmt.Fprintln(bw, "\nall documents match their golden files")
	}
	return bw.Flush()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func writeDocText(w io.Writer, d DocReport) {
	switch d.Status {
	case StatusOK:
		return
	case StatusCreated, StatusRewritten, StatusUnchanged:
		fmt.Fprintf(w, "%-9s %s (%s)\n", d.Status, d.Golden, d.Doc)
		return
	}
	fmt.Fprintln(w)
	switch d.Status {
	case StatusDiffers:
		fmt.Fprintf(w, "%s (golden %s): %d missing, %d extra, %d changed\n",
			d.Doc, d.Golden, len(d.Missing), len(d.Extra), len(d.Changed))
	case StatusNoGolden:
		fmt.Fprintf(w, "%s: no golden file %s (run with --update to create it)\n", d.Doc, d.Golden)
	case StatusRejected:
		fmt.Fprintf(w, "%s: rejected: %s", d.Doc, d.Error)
		if n := len(d.Missing); n > 0 {
			fmt.Fprintf(w, " (%d golden records missing)", n)
		}
		fmt.Fprintln(w)
	default:
		fmt.Fprintf(w, "%s (golden %s): %s\n", d.Doc, d.Golden, d.Error)
	}
	if d.Status == StatusRejected {
		return // the missing records are the golden file; listing them adds nothing
	}
	for _, m := range d.Missing {
		fmt.Fprintf(w, "  missing  %s\n", m.Record)
	}
	for _, e := range d.Extra {
		fmt.Fprintf(w, "  extra    %s\n", e.Record)
	}
	for _, c := range d.Changed {
		fmt.Fprintf(w, "  changed  %s\n", c.Record)
		for _, ch := range c.Changes {
			fmt.Fprintf(w, "             %s\n", changeText(ch))
		}
	}
}

func changeText(c Change) string {
	g, n := renderChangeValue(c.Golden), renderChangeValue(c.Now)
	switch c.Absent {
	case "golden":
		g = "(absent)"
	case "now":
		n = "(absent)"
	}
	s := fmt.Sprintf("%s: %s -> %s", c.Field, g, n)
	if c.Note != "" {
		s += " (" + c.Note + ")"
	}
	return s
}

// renderChangeValue renders a changed value, shortening long strings (the
// JSON report keeps them whole).
func renderChangeValue(v any) string {
	if s, ok := v.(string); ok && utf8.RuneCountInString(s) > 160 {
		return strconv.Quote(truncate(s, 120)) + fmt.Sprintf(" (%d chars)", utf8.RuneCountInString(s))
	}
	return render(v)
}
