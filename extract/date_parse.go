package extract

// The date grammar has two levels. Atoms are the written forms of one date,
// possibly partial: "12 January 2010", "May 23", "28, 1993", "Sept. 1992",
// "2016", "August of the same year". Rules (date_rule_*.go, listed in
// dateRules) build expressions from atoms and the words around them: a
// range, an open range, a point. The parser tries every rule at each
// lexeme and keeps the longest match; resolution (date_resolve.go) then
// fills the parts the words left out from the ends of the same range, the
// latest date written before, the document's date line or the reference
// date.

// relYear says where an atom's year comes from when the words name it
// without digits.
type relYear uint8

const (
	relNone    relYear = iota
	relSame            // "the same year", "that year": the latest year written before
	relNext            // "the following year": the latest year written before, plus one
	relPrev            // "the previous year": minus one
	relThis            // "this year": the document's own year (date line or reference date)
	relDocNext         // "next year"
	relDocLast         // "last year"
)

// part is one date as written: each of y, m, d is 0 when the words leave it
// out. bare marks a lone year number, which is a date only in a date
// context.
type part struct {
	y, m, d    int
	rel        relYear
	bare       bool
	start, end int // lexemes [start, end)
}

func (p part) ok() bool { return p.end > p.start }

// hasYear reports whether the year is stated (in digits, words or relative words).
func (p part) hasYear() bool { return p.y != 0 || p.rel != relNone }

// exprKind is the shape of a date expression.
type exprKind uint8

const (
	exPoint    exprKind = iota + 1
	exRange             // from .. to
	exOpenFrom          // from/since X, X or later: X/..
	exOpenTo            // until/through X: ../X
)

// dateExpr is one date expression found by a rule.
type dateExpr struct {
	kind       exprKind
	from, to   part // a point or an open range uses the side it names
	start, end int  // lexemes [start, end) of the whole expression
	shift      int  // exclusive bound: -1 for "before X", +1 for "after X"
	rule       string
}

// dateParser holds one document's lexemes and the expressions found so far.
type dateParser struct {
	text  string
	lx    []lexeme
	exprs []dateExpr
}

// dateRule matches one kind of date expression at lexeme i.
type dateRule struct {
	name  string
	match func(p *dateParser, i int) (dateExpr, bool)
}

// parse runs every rule at each lexeme, keeps the longest match, and moves
// past it.
func (p *dateParser) parse() {
	for i := 0; i < len(p.lx); {
		var best dateExpr
		found := false
		for _, r := range dateRules {
			e, ok := r.match(p, i)
			if !ok || e.end <= i {
				continue
			}
			if !found || e.end > best.end {
				best, found = e, true
				best.rule = r.name
			}
		}
		if !found {
			i++
			continue
		}
		p.exprs = append(p.exprs, best)
		i = best.end
	}
}

// at returns lexeme i, or a blank lexeme past either end, so rules can look
// around without bounds checks.
func (p *dateParser) at(i int) *lexeme {
	if i < 0 || i >= len(p.lx) {
		return &blankLexeme
	}
	return &p.lx[i]
}

var blankLexeme = lexeme{space: true, nl: true}

// isKw reports whether lexeme i is the keyword k.
func (p *dateParser) isKw(i int, k kw) bool {
	l := p.at(i)
	return l.kind == lxWord && l.kw == k
}

// kwSeq matches a run of keywords at i and returns the index after it.
func (p *dateParser) kwSeq(i int, seq ...kw) (int, bool) {
	for _, k := range seq {
		if !p.isKw(i, k) {
			return i, false
		}
		i++
	}
	return i, true
}

// atom parses the longest date atom at i, by every atom form.
func (p *dateParser) atom(i int) (part, bool) {
	var best part
	for _, f := range atomForms {
		if a, ok := f(p, i); ok && a.end > best.end {
			best = a
		}
	}
	return best, best.ok()
}

// atomForms are the written shapes of one date; each is in its own file.
var atomForms = []func(p *dateParser, i int) (part, bool){
	atomCompact,    // date_atom_compact.go: 10/31/1974, 2015-03-03, Dec-2018, 31/Oct/1974
	atomMonthFirst, // date_atom_month.go: March 3, 2010; Sept. 1992; August of the same year
	atomDayFirst,   // date_atom_day.go: 12 January 2010; the 13th of July; 28, 1993
	atomYearFirst,  // date_atom_year.go: 2016; FY1990; 2016 November; two thousand and ten
}

// modifiers: "the end of", "the beginning of", "early", "mid-", "late"
// name a part of the period; the value keeps the period's own precision.
// modAtom parses [modifier] atom and reports whether a modifier was seen.
func (p *dateParser) modAtom(i int) (part, bool, bool) {
	j := i
	mod := false
	k := j
	if p.isKw(k, kwThe) {
		k++
	}
	if l := p.at(k); l.kind == lxWord && (l.kw == kwEnd || l.kw == kwBeginning || l.kw == kwStart || l.kw == kwMiddle) && p.isKw(k+1, kwOf) {
		j, mod = k+2, true
	} else if l := p.at(j); l.kind == lxWord && (l.kw == kwEarly || l.kw == kwMid || l.kw == kwLate || l.kw == kwEnd) {
		n := j + 1
		if p.at(n).isDash() && p.at(n).glued() {
			n++
		}
		j, mod = n, true
	}
	a, ok := p.atom(j)
	if !ok {
		return part{}, false, false
	}
	if mod && a.y == 0 && a.rel == relNone && a.m == 0 {
		return part{}, false, false
	}
	a.start = i
	if !mod {
		a.start = j
	}
	return a, mod, true
}

// yearContextOK checks the words around a lone year number at lexemes
// [i, end): not an identifier ("Resolution 1590", "No. 2052") before it,
// not a count of things ("2000 troops", "1999 %") after it.
func (p *dateParser) yearContextOK(i, end int) bool {
	prev := p.at(i - 1)
	if prev.kind == lxWord && prev.kw == kwBlocker {
		return false
	}
	if prev.kind == lxPunct && prev.text == "." && p.at(i-2).kw == kwNo {
		return false
	}
	if prev.kind == lxPunct && (prev.ch == '$' || prev.text == "€" || prev.text == "£" || prev.text == "¥" || prev.ch == '#') {
		return false
	}
	next := p.at(end)
	if next.kind == lxPunct && next.ch == '%' {
		return false
	}
	if next.kind == lxWord && next.kw == kwNoun && !next.upper {
		return false
	}
	if next.kind == lxWord && (next.kw == kwThousand || next.kw == kwHundred) {
		return false
	}
	if (next.kind == lxNum || next.kind == lxDotted) && next.glued() {
		return false
	}
	return true
}

// plausibleYear bounds years written alone: mission documents speak of the
// twentieth and twenty-first centuries; a lone "1500" is a count.
func plausibleYear(y int) bool { return y >= 1800 && y <= 2199 }

// anyYear bounds years written with a month or day.
func anyYear(y int) bool { return y >= 1000 && y <= 2999 }
