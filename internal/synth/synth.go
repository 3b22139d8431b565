// Package synth generates synthetic mission documents for benchmarks and
// tests: press releases, fact sheets and history pages about peace
// operations, in plain text or HTML, 1-3 KB each, with dates, counts of
// personnel, roles, missions and their acronyms, agencies and places.
//
// Generation is deterministic: document i of seed s is always the same
// bytes, whatever else is generated, so a corpus of N documents is a prefix
// of a corpus of 2N, and workers may generate documents in any order.
// Sentence frames are written for this package (none is taken from a real
// page); the facts in vocab.go are public.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Options shape a corpus.
type Options struct {
	Seed      uint64
	MinBytes  int     // smallest document, in bytes of the raw file (default 1024)
	MaxBytes  int     // largest document (default 3072)
	HTMLShare float64 // share of documents written as HTML (0..1)
	CRLFShare float64 // share of text documents with CRLF line ends (0..1)
}

func (o Options) withDefaults() Options {
	if o.MinBytes <= 0 {
		o.MinBytes = 1024
	}
	if o.MaxBytes < o.MinBytes {
		o.MaxBytes = o.MinBytes + 2048
	}
	return o
}

// Doc is one generated document.
type Doc struct {
	Name   string // file name stem, unique in a corpus: doc0001234
	Format string // "text" or "html"
	Body   []byte // the raw file
	Ref    string // a plausible reference date (YYYY-MM-DD), the date line's
}

// Ext is the file extension for the document's format.
func (d Doc) Ext() string {
	if d.Format == "html" {
		return ".html"
	}
	return ".txt"
}

// Generate makes document i of the corpus described by o.
func Generate(o Options, i int) Doc {
	o = o.withDefaults()
	r := rand.New(rand.NewPCG(o.Seed, uint64(i)*0x9E3779B97F4A7C15+1))
	g := &gen{r: r}
	g.pick()
	target := o.MinBytes + r.IntN(o.MaxBytes-o.MinBytes+1)
	isHTML := r.Float64() < o.HTMLShare
	page := g.page(target, isHTML)
	d := Doc{Name: fmt.Sprintf("doc%07d", i), Format: "text", Ref: g.ref}
	if isHTML {
		d.Format = "html"
		d.Body = []byte(page.html(g))
	} else {
		s := page.text()
		if r.Float64() < o.CRLFShare {
			s = strings.ReplaceAll(s, "\n", "\r\n")
		}
		d.Body = []byte(s)
	}
	return d
}

// gen holds the facts one document is about, so its sentences agree.
type gen struct {
	r       *rand.Rand
	m       mission
	country string // the contributor the page is written for
	role    role
	unit    string
	year    int // the year the story starts
	ref     string
	sb      strings.Builder
}

func (g *gen) pick() {
	g.m = missions[g.r.IntN(len(missions))]
	g.country = contributors[g.r.IntN(len(contributors))]
	if g.r.IntN(3) > 0 {
		g.country = "Japan" // most pages of this kind are Japanese government pages
	}
	g.role = roles[g.r.IntN(len(roles))]
	g.unit = units[g.r.IntN(len(units))]
	span := g.m.to - g.m.from
	g.year = g.m.from
	if span > 0 {
		g.year += g.r.IntN(span + 1)
	}
}

func (g *gen) n(k int) int             { return g.r.IntN(k) }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) of(list []string) string { return list[g.r.IntN(len(list))] }
func (g *gen) place() string           { return g.of(g.m.places) }
func (g *gen) other() mission          { return missions[g.r.IntN(len(missions))] }

// block is one unit of a page: a heading, a paragraph, a list item, a
// date line or a table row.
type block struct {
	kind string // h1, h2, p, li, date, row, small
	text string
	cell []string // row cells
}

type page struct {
	blocks []block
}

func (p *page) add(kind, text string) { p.blocks = append(p.blocks, block{kind: kind, text: text}) }

// size estimates the raw size of the page as it stands.
func (p *page) size(isHTML bool) int {
	n := 0
	for _, b := range p.blocks {
		n += len(b.text) + 2
		for _, c := range b.cell {
			n += len(c) + 1
		}
		if isHTML {
			n += 10 + 8*len(b.cell)
		}
	}
	if isHTML {
		n += 420 // head, nav, footer
	}
	return n
}

func (p *page) text() string {
	var b strings.Builder
	for i, bl := range p.blocks {
		if i > 0 {
			b.WriteByte('\n')
			if bl.kind == "h2" || (bl.kind == "p" && i%3 == 0) {
				b.WriteByte('\n')
			}
		}
		switch bl.kind {
		case "li":
			b.WriteString("- ")
			b.WriteString(bl.text)
		case "row":
			b.WriteString(strings.Join(bl.cell, "\t"))
		default:
			b.WriteString(bl.text)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;")

func (p *page) html(g *gen) string {
	var b strings.Builder
	title := p.blocks[0].text
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
	b.WriteString(htmlEscaper.Replace(title))
	b.WriteString(" | Peace Cooperation Archive</title>\n")
	b.WriteString("<style>body{font-family:serif} .note{color:#555}</style>\n")
	fmt.Fprintf(&b, "<script>var hits = %d; track(\"%s\", %d);</script>\n</head><body>\n", g.n(90000), g.m.acr, g.year)
	fmt.Fprintf(&b, "<header><a href=\"/\">Home</a> | Updated %s %d, %d</header>\n", g.of(monthNames), 1+g.n(28), g.year+1+g.n(3))
	b.WriteString("<nav><ul><li><a href=\"/missions\">Missions (12 current)</a></li><li><a href=\"/archive\">Archive 1992-2014</a></li></ul></nav>\n<main><article>\n")
	inList, inTable := false, false
	for _, bl := range p.blocks {
		if inList && bl.kind != "li" {
			b.WriteString("</ul>\n")
			inList = false
		}
		if inTable && bl.kind != "row" {
			b.WriteString("</table>\n")
			inTable = false
		}
		t := htmlEscaper.Replace(bl.text)
		switch bl.kind {
		case "h1", "h2":
			fmt.Fprintf(&b, "<%s>%s</%s>\n", bl.kind, t, bl.kind)
		case "li":
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			fmt.Fprintf(&b, "<li>%s</li>\n", t)
		case "row":
			if !inTable {
				b.WriteString("<table class=\"outline\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range bl.cell {
				fmt.Fprintf(&b, "<td>%s</td>", htmlEscaper.Replace(c))
			}
			b.WriteString("</tr>\n")
		case "date":
			fmt.Fprintf(&b, "<p class=\"date\">%s</p>\n", t)
		case "small":
			fmt.Fprintf(&b, "<p class=\"note\"><small>%s</small><br>(IMG)</p>\n", t)
		default:
			// some paragraphs carry inline markup, as real pages do
			if g.chance(0.3) {
				t = strings.Replace(t, g.m.acr, "<strong>"+g.m.acr+"</strong>", 1)
			}
			fmt.Fprintf(&b, "<p>%s</p>\n", t)
		}
	}
	if inList {
		b.WriteString("</ul>\n")
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</article></main>\n<footer>Copyright &copy; Peace Cooperation Archive. <a href=\"/policy\">Site policy</a></footer>\n</body></html>\n")
	return b.String()
}

// page builds a page of about target bytes.
func (g *gen) page(target int, isHTML bool) *page {
	p := &page{}
	switch g.n(3) {
	case 0:
		g.pressRelease(p, target, isHTML)
	case 1:
		g.factSheet(p, target, isHTML)
	default:
		g.history(p, target, isHTML)
	}
	return p
}

// fill adds blocks from next until the page reaches target bytes; a block
// that would overshoot the target by far is skipped (tried again later
// with another draw).
func (g *gen) fill(p *page, target int, isHTML bool, next func() block) {
	for tries := 0; p.size(isHTML) < target && tries < 60; tries++ {
		b := next()
		if p.size(isHTML)+len(b.text)+2 > target+target/8 && p.size(isHTML) > target*3/4 {
			continue
		}
		p.blocks = append(p.blocks, b)
	}
}

// Corpus returns documents 0..n-1 of the corpus o describes.
func Corpus(o Options, n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = Generate(o, i)
	}
	return docs
}

// BenchOptions is the corpus the benchmarks use: seed 1, 1-3 KB, a quarter
// HTML, as bench/run.sh generates it.
var BenchOptions = Options{Seed: 1, MinBytes: 1024, MaxBytes: 3072, HTMLShare: 0.25, CRLFShare: 0.05}
