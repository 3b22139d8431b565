package output

import (
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

// offsets converts byte offsets into a text to code-point offsets.
type offsets struct {
	text  string
	ascii bool
	cp    []int32 // cp[byteOffset] = code-point offset, for non-ASCII text
}

func newOffsets(text string) *offsets {
	o := &offsets{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			o.ascii = false
			break
		}
	}
	if !o.ascii {
		o.cp = make([]int32, len(text)+1)
		n := int32(0)
		for i := range text {
			o.cp[i] = n
			n++
		}
		// fill the continuation bytes and the end
		last := int32(0)
		for i := 0; i <= len(text); i++ {
			if i == len(text) {
				o.cp[i] = n
				break
			}
			if utf8.RuneStart(text[i]) {
				last = o.cp[i]
			} else {
				o.cp[i] = last
			}
		}
	}
	return o
}

func (o *offsets) at(b int) int {
	if o.ascii {
		return b
	}
	return int(o.cp[b])
}

func (o *offsets) span(s extract.Span) []any { return []any{o.at(s.Start), o.at(s.End)} }

func (o *offsets) mention(m extract.Mention) Record {
	return Record{{"text", m.Text}, {"span", o.span(m.Span)}}
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
	out := []Record{DocumentRecord(d, opt)}
	type keyed struct {
		start, end int
		rank       int
		rec        Record
	}
	var ms []keyed
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
			{"type", "date"}, {"doc", d.ID}, {"text", x.Text}, {"span", o.span(x.Span)},
			{"kind", iv.Kind()}, {"value", iv.Value()}, {"start", strOrNull(iv.Start())}, {"end", strOrNull(iv.End())},
			{"granularity", iv.Granularity().String()}, {"relative", x.Relative}, {"anchor", anchor},
		})
	}
	for _, x := range res.Counts {
		add(x.Span, 1, Record{
			{"type", "count"}, {"doc", d.ID}, {"text", x.Text}, {"span", o.span(x.Span)},
			{"min", intOrNull(x.Min)}, {"max", intOrNull(x.Max)}, {"approximate", x.Approximate},
			{"aggregate", x.Aggregate}, {"noun", strOrNull(x.Noun)}, {"role", strOrNull(x.Role)},
		})
	}
	for _, x := range res.Orgs {
		add(x.Mentions[0].Span, 2, Record{
			{"type", "organization"}, {"doc", d.ID}, {"id", x.ID}, {"name", x.Name}, {"acronym", strOrNull(x.Acronym)},
			{"category", x.Category}, {"mentions", o.mentions(x.Mentions)},
		})
	}
	for _, x := range res.Roles {
		add(x.Mentions[0].Span, 3, Record{
			{"type", "role"}, {"doc", d.ID}, {"name", x.Name}, {"category", x.Category}, {"mentions", o.mentions(x.Mentions)},
		})
	}
	for _, x := range res.Places {
		add(x.Mentions[0].Span, 4, Record{
			{"type", "location"}, {"doc", d.ID}, {"name", x.Name}, {"kind", x.Kind}, {"country", strOrNull(x.Country)},
			{"mentions", o.mentions(x.Mentions)},
		})
	}
	// stable merge by (start, end, rank): insertion sort is fine for the
	// few dozen mentions a document has, and keeps the order deterministic.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && keyLess(ms[j].start, ms[j].end, ms[j].rank, ms[j-1].start, ms[j-1].end, ms[j-1].rank); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	for _, k := range ms {
		out = append(out, k.rec)
	}
	for _, x := range res.Deployments {
		out = append(out, Record{
			{"type", "deployment"}, {"doc", d.ID}, {"contributor", strOrNull(x.Contributor)}, {"mission", strOrNull(x.Mission)},
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

// appendString writes s as a JSON string: UTF-8 kept as is, control
// characters, quote and backslash escaped, and U+2028/U+2029 escaped so the
// line is also valid JavaScript.
func appendString(buf []byte, s string) []byte {
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
