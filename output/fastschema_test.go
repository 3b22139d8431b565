package output

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/internal/synth"
)

// decodeDoc decodes raw bytes as the command does (text or HTML).
func decodeDoc(t testing.TB, id, format string, raw []byte) *extract.Doc {
	t.Helper()
	d := &extract.Doc{ID: id, Source: id, Format: format, SHA256: extract.Hash(raw)}
	var err error
	if format == "html" {
		d.Text, d.Title, d.Warnings, err = extract.DecodeHTML(raw)
	} else {
		d.Format = "text"
		d.Text, d.Warnings, err = extract.DecodeText(raw)
		d.Title = extract.Title(d.Text)
	}
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
	return d
}

// sharedDir finds ../shared beside the module root (or $MISSIONX_SHARED).
func sharedDir() string {
	if d := os.Getenv("MISSIONX_SHARED"); d != "" {
		return d
	}
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// testRecords gathers records to validate: the fixture, the synthetic
// corpus, and the real corpus when ../shared is there.
func testRecords(t *testing.T) []Record {
	t.Helper()
	d, res := fixture()
	recs := Records(d, res, Options{})
	add := func(doc *extract.Doc) {
		res, err := extract.Extract(doc, extract.Options{Ref: "2010-06-01"})
		if err != nil {
			t.Fatalf("%s: %v", doc.ID, err)
		}
		recs = append(recs, Records(doc, res, Options{})...)
		recs = append(recs, Records(doc, res, Options{NoText: true})[0])
	}
	for _, g := range synth.Corpus(synth.BenchOptions, 150) {
		add(decodeDoc(t, "synth/"+g.Name+g.Ext(), g.Format, g.Body))
	}
	shared := sharedDir()
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.txt"))
	html, _ := filepath.Glob(filepath.Join(shared, "corpus", "html", "*.html"))
	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	if len(files) == 0 {
		t.Logf("no corpus under %q: checking the synthetic corpus only", shared)
	}
	for _, f := range append(append(files, html...), seeds...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		format := "text"
		if strings.HasSuffix(f, ".html") {
			format = "html"
		}
		add(decodeDoc(t, filepath.Base(f), format, raw))
	}
	recs = append(recs, ErrorRecord("a.txt", "a.txt", "read", "a.txt vanished"),
		Record{{"type", "role"}, {"doc", "t.txt"}, {"name", "civilian police officer"}, {"category", "police"},
			{"mentions", []any{Record{{"text", "civilian police officers"}, {"span", []any{3, 27}}}}}})
	return recs
}

func TestFastSchemaCompiles(t *testing.T) {
	f, err := compileFast(SchemaJSON)
	if err != nil {
		t.Fatalf("the fast validator cannot compile the schema, so every record goes through the slow one: %v", err)
	}
	if f.switchThen == nil || len(f.switchThen) < 8 {
		t.Errorf("the record-type switch was not recognized (%d types)", len(f.switchThen))
	}
	// every pattern of the schema should take the flat path
	var walk func(n *fnode, seen map[*fnode]bool)
	walk = func(n *fnode, seen map[*fnode]bool) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		if n.pattern != nil {
			if _, ok := n.pattern.(*flatPattern); !ok {
				t.Errorf("pattern %v falls back to regexp", n.pattern)
			}
		}
		for _, p := range n.propList {
			walk(p.node, seen)
		}
		for _, l := range [][]*fnode{n.prefix, n.allOf, n.oneOf, n.anyOf, n.switchAll} {
			for _, c := range l {
				walk(c, seen)
			}
		}
		for _, c := range []*fnode{n.addl, n.items, n.ref, n.ifN, n.thenN, n.elseN} {
			walk(c, seen)
		}
	}
	walk(f, map[*fnode]bool{})
}

// palette holds values of every JSON type, including near misses of the
// schema's patterns and shapes.
var palette = []any{
	nil, true, false, 0, -1, 1, 7, 2007, "", "x", "X", "ABC", "abc", "JPN", "jp", "Japan",
	"2007", "2007-01", "2007-01-15", "2007-1-15", "07-01-15", "2007-01-15T00:00", "2007/..", "../2012", "../..",
	"2007-01/2008-02", "2015/2018-02", "2007-01/..", "2007-01-", "2007--01", "２００７",
	strings.Repeat("0123456789abcdef", 4), strings.Repeat("0123456789ABCDEF", 4), strings.Repeat("a", 63),
	"un.unmit", "un-mission", ".unmit", "Un.unmit", "civilian police officer", "Civilian police officer", "café",
	"point", "range", "open", "year", "month", "day", "text", "html", "country", "police", "read",
	[]any{}, []any{0}, []any{0, 1}, []any{1, 0}, []any{0, 1, 2}, []any{-1, 1}, []any{0, 0}, []any{"a", 1},
	Record{}, Record{{"text", "x"}, {"span", []any{0, 1}}}, Record{{"text", ""}, {"span", []any{0, 1}}},
	Record{{"text", "x"}, {"span", []any{0, 1}}, {"extra", 1}}, Record{{"span", []any{0, 1}}},
	[]any{Record{{"text", "x"}, {"span", []any{0, 1}}}}, []any{Record{{"text", "x"}}}, []any{"x"},
}

var recordTypes = []string{"document", "date", "count", "organization", "role", "location", "deployment", "error", "other", ""}

// mutants returns variants of v: each field dropped, each value replaced by
// every palette value and mutated recursively, an extra field added, and
// (at the top) every record type.
func mutants(v any, depth int) []any {
	var out []any
	switch x := v.(type) {
	case Record:
		for i := range x {
			drop := append(append(Record{}, x[:i]...), x[i+1:]...)
			out = append(out, drop)
			for _, p := range palette {
				c := append(Record{}, x...)
				c[i].Val = p
				out = append(out, c)
			}
			if depth > 0 {
				for _, m := range mutants(x[i].Val, depth-1) {
					c := append(Record{}, x...)
					c[i].Val = m
					out = append(out, c)
				}
			}
		}
		out = append(out, append(append(Record{}, x...), Field{"extra", 1}))
	case []any:
		out = append(out, x[:0:0])
		if len(x) > 0 {
			out = append(out, append(append([]any{}, x...), x[0]))
			out = append(out, x[1:])
			if depth > 0 {
				for _, m := range mutants(x[0], depth-1) {
					c := append([]any{}, x...)
					c[0] = m
					out = append(out, c)
				}
			}
		}
	case string:
		if x != "" {
			out = append(out, strings.ToUpper(x), x+"x", "-"+x, x[:len(x)-1], x+"\n")
		}
	case int:
		out = append(out, x-1, x+1, -x-1)
	}
	return out
}

// TestFastSchemaAgrees: the fast validator and the general one give the
// same verdict on every record and on many broken variants of them.
func TestFastSchemaAgrees(t *testing.T) {
	fast, err := compileFast(SchemaJSON)
	if err != nil {
		t.Fatal(err)
	}
	slow, err := Schema()
	if err != nil {
		t.Fatal(err)
	}
	check := func(r Record, what string) bool {
		got := fast.valid(r)
		want := slow.Validate(r.Map()) == nil
		if got != want {
			t.Errorf("%s: fast validator says valid=%v, schema says %v: %s", what, got, want, AppendJSON(nil, r))
			return false
		}
		return true
	}
	recs := testRecords(t)
	perType := map[string]int{}
	checked, invalid := 0, 0
	for _, r := range recs {
		if !check(r, "record") {
			continue
		}
		// mutate a few records of each type deeply, the rest lightly
		typ := r.Type()
		perType[typ]++
		depth := 0
		if perType[typ] <= 3 {
			depth = 2
		}
		if perType[typ] > 12 {
			continue // the record itself was checked; its shape is covered
		}
		variants := mutants(r, depth)
		for _, typ := range recordTypes {
			c := append(Record{}, r...)
			c[0].Val = typ
			variants = append(variants, c)
		}
		for _, m := range variants {
			mr := m.(Record)
			if !fast.valid(mr) {
				invalid++
			}
			checked++
			if !check(mr, fmt.Sprintf("variant of a %s record", typ)) && t.Failed() && checked > 50 {
				return
			}
		}
	}
	t.Logf("%d records (%v), %d variants of which %d invalid", len(recs), perType, checked, invalid)
	if invalid == 0 || invalid == checked {
		t.Errorf("the variants are all valid or all invalid (%d of %d): the test checks nothing", invalid, checked)
	}
}

// Validate still reports the general validator's message, and catches a
// repeated key, which the map form would hide.
func TestValidateMessages(t *testing.T) {
	d, res := fixture()
	recs := Records(d, res, Options{})
	bad := append(Record{}, recs[1]...)
	for i := range bad {
		if bad[i].Key == "kind" {
			bad[i].Val = "sometimes"
		}
	}
	err := Validate(bad)
	if err == nil || !strings.Contains(err.Error(), "/kind") {
		t.Errorf("Validate(bad kind) = %v, want a message naming /kind", err)
	}
	dup := append(append(Record{}, recs[1]...), Field{"text", "again"})
	if err := Validate(dup); err == nil {
		t.Error("a record with a repeated key passed")
	}
	for _, r := range recs {
		if err := Validate(r); err != nil {
			t.Errorf("%s record: %v", r.Type(), err)
		}
	}
}

// TestFlatPatternAgrees: the flat matcher and package regexp agree on the
// schema's patterns and a few more, over structured and random strings.
func TestFlatPatternAgrees(t *testing.T) {
	patterns := []string{
		"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
		"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
		"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|\\.\\.)/([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|\\.\\.))$",
		"^[0-9a-f]{64}$",
		"^[a-z0-9][a-z0-9._-]*$",
		"^[^A-Z]+$",
		"^[A-Z]{3}$",
		"^a*a*b$", "^(ab|a)(bc|c)?$", "^[a-c]{2,4}x?$", "^x{2,}$", "^[-a]+$", "^[\\]a]$",
	}
	alphabet := []string{"0", "1", "9", "a", "b", "c", "f", "x", "z", "A", "Z", "-", ".", "/", "_", "]", " ", "é", "\n", "\xff"}
	var inputs []string
	// every string of up to 3 symbols, then longer random ones
	var grow func(s string, n int)
	grow = func(s string, n int) {
		inputs = append(inputs, s)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			grow(s+a, n-1)
		}
	}
	grow("", 3)
	seed := uint64(1)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := int(next() % 24); k > 0; k-- {
			b.WriteString(alphabet[next()%uint64(len(alphabet))])
		}
		inputs = append(inputs, b.String())
	}
	inputs = append(inputs, "2007", "2007-01", "2007-01-15", "2007-01/2008-02", "../2012", "2015/2018-02", "2007/..", "../..",
		strings.Repeat("ab12", 16), "un.unmit", "liaison and coordination personnel", "JPN", "abcx", "aaab", "abc")
	for _, p := range patterns {
		fp, err := compileFlat(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		re := mustRegexp(t, p)
		for _, s := range inputs {
			if got, want := fp.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%s on %q: flat %v, regexp %v", p, s, got, want)
			}
		}
	}
	for _, p := range []string{"a+", "^a+", "^.+$", "^\\d+$", "^(a)+$", "^a+?$", "^(?i)a$", "^é$"} {
		if _, err := compileFlat(p); err == nil {
			t.Errorf("%s compiled, but it is outside the flat subset", p)
		}
	}
}

func mustRegexp(t *testing.T, p string) *regexp.Regexp {
	t.Helper()
	re, err := regexp.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	return re
}

// The sparse code-point table agrees with counting runes, at every byte.
func TestOffsetsAt(t *testing.T) {
	for _, text := range []string{"", "plain ascii", "Café 🇯🇵 report — Léogâne, Bouaké", "ééé", "a\u2028b", "日本の PKO 2007年"} {
		o := newOffsets(text)
		for b := 0; b <= len(text); b++ {
			// the rune holding b starts at rs
			rs := b
			for rs > 0 && rs < len(text) && !utf8.RuneStart(text[rs]) {
				rs--
			}
			want := utf8.RuneCountInString(text[:rs])
			if got := o.at(b); got != want {
				t.Errorf("%q: at(%d) = %d, want %d", text, b, got, want)
			}
		}
	}
}

// appendStringRef is the byte-at-a-time appendString that the table-driven
// one replaced; both must give the same bytes.
func appendStringRef(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			buf = append(buf, s[start:i]...)
			switch c {
			case '"', '\\':
				buf = append(buf, '\\', c)
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\u2028' || r == '\u2029' {
			buf = append(buf, s[start:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += w
			start = i
			continue
		}
		i += w
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

func TestAppendStringSameBytes(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\x00", "\x1f", "\x7f", "é", "—", "\u2028", "\u2029", "\u2027", "\u202a", "\xe2", "\xe2\x80", "\xff", "🇯🇵", "日本"}
	seed := uint64(7)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := int(next() % 12); k > 0; k-- {
			b.WriteString(pieces[next()%uint64(len(pieces))])
		}
		s := b.String()
		if got, want := appendString(nil, s), appendStringRef(nil, s); string(got) != string(want) {
			t.Fatalf("appendString(%q) = %s, was %s", s, got, want)
		}
	}
}
