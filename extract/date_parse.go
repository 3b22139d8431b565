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
	relNone          relYear = iota
	relSame                  // "the same year", "that year": the latest year written before
	relNext                  // "the following year": the latest year written before, plus one
	relPrev                  // "the previous year": minus one
	relThis                  // "this year": the document's own year (date line or reference date)
	relDocNext               // "next year"
	relDocLast               // "last year"
	relSameMonth             // "the same month": month and year of the latest date written before
	relSameDay               // "the same day": the latest day written before
	relToday                 // "today": the day of the document's date line
	relNextMonth             // "the following month": the month after the latest month written before
	relNextMonthName         // "the following April": the first April after the latest month written before
	relPrevMonthName         // "the previous March": the last March before it
	relThisMonth             // "the end of this month": the month of the document's date line
)

// part is one date as written: each of y, m, d is 0 when the words leave it
// out. bare marks a lone year number, which is a date only in a date
// context.
type part struct {
	y, m, d    int
	rel        relYear
	bare       bool
	fiscal     bool // "FY1990", "fiscal year 1990": Japan's fiscal year, see fiscalYear
	off        int  // days after the latest day written before, for relSameDay: "four days later" is 4
	start, end int  // lexemes [start, end)
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
	atoms []atomMemo   // atom results by lexeme, filled on demand
	parts []part       // the atoms found, which atoms point into
	res   dateResolver // see newDateResolver
	// analysis receives debug notes; nil in tests. (Not a.Debugf as a func
	// value: binding the method allocates a closure per document.)
	analysis *Analysis
	steps    int // units of work (rule tries, atom parses, list steps): tests check it grows linearly
}

// debugf passes a note on what was left out to the analysis' Debugf.
func (p *dateParser) debugf(format string, args ...any) {
	if p.analysis != nil {
		p.analysis.Debugf(format, args...)
	}
}

// dateRule matches one kind of date expression at lexeme i.
type dateRule struct {
	name  string
	match func(p *dateParser, i int) (dateExpr, bool)
}

// parse runs every rule at each lexeme, keeps the longest match, and moves
// past it.
//
// Most lexemes are far from any number or month and cannot start a date
// expression: the rules run only where a date-like lexeme (a number, an
// ordinal, a month, "year") lies within leadWindow lexemes ahead, which is
// longer than any lead ("by no later than the end of 2012").
func (p *dateParser) parse() {
	const leadWindow = 8
	next := -1 // index of the next date-like lexeme at or after i
	for i := 0; i < len(p.lx); {
		if next < i {
			next = i
			for next < len(p.lx) && !p.lx[next].dateLike() {
				next++
			}
			if next == len(p.lx) {
				return
			}
		}
		if next-i > leadWindow {
			i = next - leadWindow
			continue
		}
		if !p.lx[i].canStart() {
			i++
			continue
		}
		var best dateExpr
		found := false
		for _, r := range dateRules {
			p.steps++
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

// dateLike reports lexemes that every date expression contains at least
// one of.
func (l *lexeme) dateLike() bool {
	switch l.kind {
	case lxNum, lxOrd, lxMonth, lxDotted:
		return true
	case lxWord:
		// "later" and "earlier" end a day counted from the latest date
		// written before: "four days later" (dayOffsetAt)
		return l.kw == kwYear || l.kw == kwMonth || l.kw == kwDay || l.kw == kwToday || l.kw == kwLater || l.kw == kwEarlier
	}
	return false
}

// canStart reports lexemes a rule may start at: date-like ones, the
// keywords of leads and modifiers, and an opening parenthesis. The
// keywords it rejects only ever follow the start of an expression: no
// lead run (openLeads, pointLeads, matchRange's and matchDecade's leads),
// relative year, modifier or atom starts with one; and, or, to, than are
// common words, so this saves many rule tries.
func (l *lexeme) canStart() bool {
	switch l.kind {
	case lxNum, lxOrd, lxMonth, lxDotted:
		return true
	case lxWord:
		if l.words {
			return true // a number in words: "Four days later" (dayOffsetAt)
		}
		if l.kw == kwDet {
			// "a" and "an" start "a week later" (dayOffsetAt); the longer
			// determiners ("its", "every") start nothing
			return l.span.End-l.span.Start <= 2
		}
		switch l.kw {
		case kwNone, kwNoun, kwVerbS, kwBlocker, kwWeekday, kwDet, kwMonth, kwDay, kwPresent, kwDate,
			kwAnd, kwOr, kwTo, kwThan, kwWith, kwBut, kwEqual, kwOnwards, kwGreater, kwThousand, kwHundred,
			kwHalf, kwOrdPart, kwSame, kwFollowing, kwPrevious, kwHedge:
			return false
		}
		return true
	case lxPunct:
		return l.ch == '('
	}
	return false
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

// atom parses the longest date atom at i, by every atom form. Rules ask
// for the same positions again and again, so results are kept.
func (p *dateParser) atom(i int) (part, bool) {
	if i < 0 || i >= len(p.lx) || !p.lx[i].canStartAtom() {
		return part{}, false
	}
	m := &p.atoms[i]
	if m.part == 0 {
		a, ok := p.parseAtom(i)
		m.part = -1
		if ok {
			p.parts = append(p.parts, a)
			m.part = int32(len(p.parts))
		}
	}
	if m.part < 0 {
		return part{}, false
	}
	return p.parts[m.part-1], true
}

// canStartAtom reports lexemes an atom form may start at: a number, an
// ordinal, a month, or "the" ("the 13th of July"), "FY", "fiscal". Rules
// ask for atoms at most lexemes near a number; this answers the others
// without calling every atom form.
func (l *lexeme) canStartAtom() bool {
	switch l.kind {
	case lxNum, lxOrd, lxMonth, lxDotted:
		return true
	case lxWord:
		return l.kw == kwThe || l.kw == kwFY || l.kw == kwFiscal
	}
	return false
}

// atomMemo is what is known at one lexeme. It is small (8 bytes) because
// there is one per lexeme, cleared for every document, while atoms are
// parsed at a few lexemes only (about one in ten).
type atomMemo struct {
	part int32 // the atom here: 0 not parsed yet, -1 none, k > 0 p.parts[k-1]
	list int8  // listContinuesWithMonth at this position: 0 unknown, 1 yes, 2 no
}

func (p *dateParser) parseAtom(i int) (part, bool) {
	p.steps++
	var best part
	for _, f := range atomForms {
		if a, ok := f(p, i); ok && a.end > best.end {
			best = a
		}
	}
	return best, best.ok()
}

// atomForms are the written shapes of one date; each is in its own file.
// Each starts at a lexeme that canStartAtom accepts.
var atomForms = []func(p *dateParser, i int) (part, bool){
	atomCompact,    // date_atom_compact.go: 10/31/1974, 2015-03-03, Dec-2018, 31/Oct/1974
	atomMonthFirst, // date_atom_month.go: March 3, 2010; Sept. 1992; August of the same year
	atomDayFirst,   // date_atom_day.go: 12 January 2010; the 13th of July; 28, 1993
	atomYearFirst,  // date_atom_year.go: 2016; FY1990; 2016 November; two thousand and ten
	atomRelMonth,   // date_atom_month.go: the following April, the previous March
}

// modifiers: "the end of", "the beginning of", "the spring of", "the
// first half of", "early", "mid-", "late" name a part of the period; the value keeps the period's own precision.
// modAtom parses [modifier] atom and reports whether a modifier was seen.
func (p *dateParser) modAtom(i int) (part, bool, bool) {
	// Rules ask at most lexemes near a number; only an atom's first lexeme
	// or a modifier's first word can start [modifier] atom.
	if l := p.at(i); !l.canStartAtom() && !(l.kind == lxWord && l.startsModifier()) {
		return part{}, false, false
	}
	j := i
	mod := false
	k := j
	if p.isKw(k, kwThe) {
		k++
	}
	if l := p.at(k); l.kind == lxWord && (l.kw == kwEnd || l.kw == kwBeginning || l.kw == kwStart || l.kw == kwMiddle || l.kw == kwSeason) && p.isKw(k+1, kwOf) {
		j, mod = k+2, true
	} else if l, h := p.at(k), p.at(k+1); (l.kind == lxOrd && l.words && l.val <= 4 || l.kw == kwOrdPart) && h.kw == kwHalf && p.isKw(k+2, kwOf) && k > i {
		j, mod = k+3, true // "the first half of 2010", "the latter half of"
	} else if l := p.at(j); l.kind == lxWord && (l.kw == kwEarly || l.kw == kwMid || l.kw == kwLate || l.kw == kwEnd) {
		n := j + 1
		if p.at(n).isDash() && p.at(n).glued() {
			n++
		}
		j, mod = n, true
	}
	a, ok := p.atom(j)
	if !ok && mod && j > i {
		// "the end of that year", "the end of the same month": a period
		// named in words relative to the one in focus; the modifier makes
		// it a date as a lead word does ("in that year")
		a, ok = p.relAfterModifier(j)
	}
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

// relAfterModifier reads a year or month named relative to the date in
// focus after "the end of", "the beginning of": "that year", "the same
// year", "the following year", "that month", "the same month".
func (p *dateParser) relAfterModifier(j int) (part, bool) {
	if rel, end, ok := p.relYearAt(j); ok && rel != relDocNext && rel != relDocLast && rel != relThis {
		return part{rel: rel, start: j, end: end}, true
	}
	if p.isKw(j, kwThe) && p.isKw(j+1, kwYear) && p.at(j+2).kind != lxNum {
		// "by the end of the year": after a modifier "the year" can only
		// be the year the text is speaking of, as "that year" is ("the
		// year 2005" names its own)
		return part{rel: relSame, start: j, end: j + 2}, true
	}
	if p.isKw(j, kwThis) && p.isKw(j+1, kwMonth) {
		// "by the end of this month": a release speaks from its own date
		return part{rel: relThisMonth, start: j, end: j + 2}, true
	}
	if p.isKw(j, kwThat) && p.isKw(j+1, kwMonth) {
		return part{rel: relSameMonth, start: j, end: j + 2}, true
	}
	if rel, end, ok := p.relPeriodAt(j); ok && (rel == relSameMonth || rel == relNextMonth) {
		return part{rel: rel, start: j, end: end}, true
	}
	return part{}, false
}

// startsModifier reports the keywords a modifier without "the" starts
// with: "end of", "beginning of", "start of", "middle of", "spring of",
// "early", "mid", "late", "end" (see modAtom).
func (l *lexeme) startsModifier() bool {
	switch l.kw {
	case kwEnd, kwBeginning, kwStart, kwMiddle, kwSeason, kwEarly, kwMid, kwLate:
		return true
	}
	return false
}

// yearContextOK checks the words around a lone year number at lexemes
// [i, end): not an identifier ("Resolution 1590", "No. 2052") before it,
// not a count of things ("2000 troops", "1999 %") after it.
func (p *dateParser) yearContextOK(i, end int) bool {
	prev := p.at(i - 1)
	if prev.kind == lxWord && prev.kw == kwBlocker {
		return false
	}
	if prev.kind == lxPunct && prev.ch == '.' && p.at(i-2).kw == kwNo {
		return false
	}
	if prev.kind == lxPunct && (prev.ch == '$' || prev.ch == '€' || prev.ch == '£' || prev.ch == '¥' || prev.ch == '#') {
		return false
	}
	next := p.at(end)
	if next.kind == lxPunct && next.ch == '%' {
		return false
	}
	if next.kind == lxPunct && (next.ch == '\'' || next.ch == '’') && next.glued() {
		if s := p.at(end + 1); s.glued() && s.kind == lxWord && (p.str(s) == "s" || p.str(s) == "S") {
			return false // "the 1990's": a decade
		}
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
