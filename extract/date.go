package extract

import (
	"slices"
	"sync"

	"github.com/missionx/missionx/normalize"
)

// parsers keeps parsers between documents so their lexeme and atom buffers
// are reused; a parser is used by one goroutine at a time.
var parsers = sync.Pool{New: func() any { return new(dateParser) }}

// maxPooledLexemes bounds the buffers a pooled parser keeps.
const maxPooledLexemes = 1 << 16

// FindDates finds every date expression in the document: one Date per
// expression (a range is one Date), with its value at the precision the
// words state and inclusive ends.
//
// It lexes the tokens into date lexemes (date_lex.go), runs the rules in
// dateRules over them (date_rule_*.go, built from the atom forms in
// date_atom_*.go), then resolves what the words leave out
// (date_resolve.go): items of a list share the month and year of its last
// item ("19 and 20 January 2010"); the ends of a range lend each other what
// they lack; the missing year of "May 29" or "in June" comes from the
// document's date line when it has one (the occurrence the clause's tense
// points to, else the nearest), otherwise from the latest date written
// before it; "August of the same year" always from the latest year
// written before it, "this year" from the date line, and failing all of
// these from a.Ref. Fiscal years are Japan's, April to March
// (fiscalYearStart). An expression that
// cannot be resolved is left out, with a note to a.Debugf. The clock is
// never read.
func FindDates(a *Analysis) {
	p := parsers.Get().(*dateParser)
	defer func() {
		p.text, p.exprs, p.parts, p.analysis, p.steps = "", p.exprs[:0], p.parts[:0], nil, 0
		p.res = dateResolver{} // drop the pointers to this document's analysis
		if cap(p.lx) > maxPooledLexemes {
			p.lx, p.atoms, p.parts = nil, nil, nil // do not keep a huge document's buffers
		}
		parsers.Put(p)
	}()
	p.text = a.Doc.Text
	p.analysis = a
	p.lx = dateLex(a.Tokens, p.lx)
	if cap(p.atoms) < len(p.lx) {
		p.atoms = make([]atomMemo, len(p.lx))
	}
	p.atoms = p.atoms[:len(p.lx)]
	clear(p.atoms)
	p.parse()
	p.borrowFromLists()
	r := newDateResolver(a, p)
	// most expressions resolve: one allocation for the results, not one per doubling
	a.Res.Dates = slices.Grow(a.Res.Dates, len(p.exprs))
	for k := range p.exprs {
		if d, ok := r.resolve(k); ok {
			a.Res.Dates = append(a.Res.Dates, d)
		}
	}
}

// mention returns the text and span of lexemes [start, end).
func (p *dateParser) mention(start, end int) Mention {
	s := Span{p.lx[start].span.Start, p.lx[end-1].span.End}
	return Mention{Text: p.text[s.Start:s.End], Span: s}
}

// toInterval builds the interval of a resolved expression.
func toInterval(kind exprKind, from, to normalize.Date, shift int) normalize.Interval {
	switch kind {
	case exPoint:
		return normalize.PointOf(from)
	case exOpenFrom:
		return normalize.Interval{From: from.Shift(shift)}
	case exOpenTo:
		return normalize.Interval{To: to.Shift(shift)}
	}
	return normalize.Interval{From: from, To: to}
}
