package output

import (
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/missionx/missionx/extract"
)

// Field is one key and value of a record. Values are nil, bool, int, string,
// []any, or Record (a nested object).
type Field struct {
	Key string
	Val any
}

// Record is a JSON object with its keys in a fixed order, so the same record
// always encodes to the same bytes.
type Record []Field

// Get returns the value of key, or nil.
func (r Record) Get(key string) any {
	for _, f := range r {
		if f.Key == key {
			return f.Val
		}
	}
	return nil
}

// Type is the record's "type".
func (r Record) Type() string { s, _ := r.Get("type").(string); return s }

// Map converts r (and nested records) into the map[string]any form that JSON
// decoding would give, for the schema validator. It does not encode.
func (r Record) Map() map[string]any {
	m := make(map[string]any, len(r))
	for _, f := range r {
		m[f.Key] = plain(f.Val)
	}
	return m
}

func plain(v any) any {
	switch x := v.(type) {
	case Record:
		return x.Map()
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	}
	return v
}

// offsets converts byte offsets into a text to code-point offsets. It keeps
// only the multi-byte runes (most texts are nearly all ASCII), so it costs
// a scan of the text and a few bytes per non-ASCII rune, not a table of the
// whole text.
type offsets struct {
	starts []int32 // byte offset of each multi-byte rune, ascending
	extra  []int32 // extra[k]: bytes beyond one per rune, summed over runes 0..k

	spanSlab  []any  // room for the next spans (see span)
	fieldSlab Record // room for the next mention records (see mention)
}

func newOffsets(text string) *offsets {
	o := &offsets{}
	var extra int32
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		if w > 1 {
			extra += int32(w - 1)
			o.starts = append(o.starts, int32(i))
			o.extra = append(o.extra, extra)
		}
		i += w
	}
	return o
}

// at is the code-point offset of byte offset b (a byte inside a rune maps
// to the rune's own offset).
func (o *offsets) at(b int) int {
	// k: the number of multi-byte runes starting before b
	lo, hi := 0, len(o.starts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(o.starts[m]) < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	k := lo
	if k == 0 {
		return b
	}
	last := int(o.starts[k-1])
	before := 0
	if k >= 2 {
		before = int(o.extra[k-2])
	}
	width := int(o.extra[k-1]) - before + 1
	if b < last+width {
		return last - before // inside the rune
	}
	return b - int(o.extra[k-1])
}

// span is [start, end) in code points. Spans are cut from a shared slab
// (capacity capped at 2, so appending to one cannot touch another): one
// allocation per 32 spans instead of one per span.
func (o *offsets) span(s extract.Span) []any {
	if len(o.spanSlab) < 2 {
		o.spanSlab = make([]any, 64)
	}
	sp := o.spanSlab[:2:2]
	o.spanSlab = o.spanSlab[2:]
	sp[0], sp[1] = o.at(s.Start), o.at(s.End)
	return sp
}

func (o *offsets) mention(m extract.Mention) Record {
	if len(o.fieldSlab) < 2 {
		o.fieldSlab = make(Record, 64)
	}
	r := o.fieldSlab[:2:2]
	o.fieldSlab = o.fieldSlab[2:]
	r[0], r[1] = Field{"text", m.Text}, Field{"span", o.span(m.Span)}
	return r
}

func (o *offsets) mentions(ms []extract.Mention) []any {
	out := make([]any, len(ms))
	for i, m := range ms {
		out[i] = o.mention(m)
	}
	return out
}

func strOrNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func intOrNull(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// Options shape the records.
type Options struct {
	NoText bool // leave the document's text out of its record
}

// DocumentRecord is the document's own record.
func DocumentRecord(d *extract.Doc, opt Options) Record {
	warnings := make([]any, len(d.Warnings))
	for i, w := range d.Warnings {
		warnings[i] = w
	}
	r := Record{
		{"type", "document"}, {"doc", d.ID}, {"source", d.Source}, {"format", d.Format},
		{"sha256", d.SHA256}, {"title", d.Title},
	}
	if !opt.NoText {
		r = append(r, Field{"text", d.Text})
	}
	r = append(r, Field{"chars", utf8.RuneCountInString(d.Text)}, Field{"warnings", warnings})
	return r
}

// Records converts a document and what was found in it into the contract's
// stream order: document, mentions by first span, deployments.
func Records(d *extract.Doc, res *extract.Result, opt Options) []Record {
	o := newOffsets(d.Text)
	n := len(res.Dates) + len(res.Counts) + len(res.Orgs) + len(res.Roles) + len(res.Places)
	out := make([]Record, 1, 1+n+len(res.Deployments))
	out[0] = DocumentRecord(d, opt)
	docID := any(d.ID) // boxed once, shared by every record
	type keyed struct {
		start, end int
		rank       int
		rec        Record
	}
	ms := make([]keyed, 0, n)
	add := func(s extract.Span, rank int, r Record) {
		ms = append(ms, keyed{s.Start, s.End, rank, r})
	}
	for _, x := range res.Dates {
		var anchor any
		if x.Anchor != nil {
			anchor = o.mention(*x.Anchor)
		}
		iv := x.Interval
		add(x.Span, 0, Record{
			{"type", "date"}, {"doc", docID}, {"text", x.Text}, {"span", o.span(x.Span)},
			{"kind", iv.Kind()}, {"value", iv.Value()}, {"start", strOrNull(iv.Start())}, {"end", strOrNull(iv.End())},
			{"granularity", iv.Granularity().String()}, {"relative", x.Relative}, {"anchor", anchor},
		})
	}
	for _, x := range res.Counts {
		add(x.Span, 1, Record{
			{"type", "count"}, {"doc", docID}, {"text", x.Text}, {"span", o.span(x.Span)},
			{"min", intOrNull(x.Min)}, {"max", intOrNull(x.Max)}, {"approximate", x.Approximate},
			{"aggregate", x.Aggregate}, {"noun", strOrNull(x.Noun)}, {"role", strOrNull(x.Role)},
		})
	}
	for _, x := range res.Orgs {
		add(x.Mentions[0].Span, 2, Record{
			{"type", "organization"}, {"doc", docID}, {"id", x.ID}, {"name", x.Name}, {"acronym", strOrNull(x.Acronym)},
			{"category", x.Category}, {"mentions", o.mentions(x.Mentions)},
		})
	}
	for _, x := range res.Roles {
		add(x.Mentions[0].Span, 3, Record{
			{"type", "role"}, {"doc", docID}, {"name", x.Name}, {"category", x.Category}, {"mentions", o.mentions(x.Mentions)},
		})
	}
	for _, x := range res.Places {
		add(x.Mentions[0].Span, 4, Record{
			{"type", "location"}, {"doc", docID}, {"name", x.Name}, {"kind", x.Kind}, {"country", strOrNull(x.Country)},
			{"mentions", o.mentions(x.Mentions)},
		})
	}
	// order by (start, end, rank); stable so equal keys keep their stage
	// order, which keeps the output deterministic.
	sort.SliceStable(ms, func(i, j int) bool {
		return keyLess(ms[i].start, ms[i].end, ms[i].rank, ms[j].start, ms[j].end, ms[j].rank)
	})
	for _, k := range ms {
		out = append(out, k.rec)
	}
	for _, x := range res.Deployments {
		out = append(out, Record{
			{"type", "deployment"}, {"doc", docID}, {"contributor", strOrNull(x.Contributor)}, {"mission", strOrNull(x.Mission)},
			{"role", strOrNull(x.Role)}, {"min", intOrNull(x.Min)}, {"max", intOrNull(x.Max)},
			{"start", strOrNull(x.Start)}, {"end", strOrNull(x.End)}, {"location", strOrNull(x.Location)},
			{"evidence", o.mention(x.Evidence)},
		})
	}
	return out
}

func keyLess(s1, e1, r1, s2, e2, r2 int) bool {
	if s1 != s2 {
		return s1 < s2
	}
	if e1 != e2 {
		return e1 < e2
	}
	return r1 < r2
}

// ErrorRecord is a reject: the document, where it came from, the stage that
// failed and a message a person can act on.
func ErrorRecord(doc, source, stage, msg string) Record {
	if doc == "" {
		doc = source
	}
	if doc == "" {
		doc = "-"
	}
	return Record{{"type", "error"}, {"doc", doc}, {"source", source}, {"stage", stage}, {"error", msg}}
}

// AppendJSON appends r as one JSON object (no newline) to buf.
func AppendJSON(buf []byte, r Record) []byte {
	buf = append(buf, '{')
	for i, f := range r {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendString(buf, f.Key)
		buf = append(buf, ':')
		buf = appendValue(buf, f.Val)
	}
	return append(buf, '}')
}

func appendValue(buf []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(buf, "null"...)
	case bool:
		return strconv.AppendBool(buf, x)
	case int:
		return strconv.AppendInt(buf, int64(x), 10)
	case string:
		return appendString(buf, x)
	case Record:
		return AppendJSON(buf, x)
	case []any:
		buf = append(buf, '[')
		for i, e := range x {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = appendValue(buf, e)
		}
		return append(buf, ']')
	}
	panic("output: unsupported value type in record")
}

const hexDigits = "0123456789abcdef"

// jsonSafe[c] is true for bytes that go into a JSON string as they are:
// printable ASCII but quote and backslash, and every byte >= 0x80 except
// 0xE2 (which may start U+2028 or U+2029).
var jsonSafe = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\' && c != 0xE2
	}
	return t
}()

// appendString writes s as a JSON string: UTF-8 kept as is, control
// characters, quote and backslash escaped, and U+2028/U+2029 escaped so the
// line is also valid JavaScript.
func appendString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c == 0xE2 {
			// U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				buf = append(buf, s[start:i]...)
				buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xf])
				i += 3
				start = i
				continue
			}
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
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}
