package extract

// openLead is a run of words that opens a range on one side.
type openLead struct {
	words []kw
	kind  exprKind
	shift int // -1: "before X" ends the day/month/year before X; +1: "after X" starts after it
}

// openLeads are tried longest first.
var openLeads = []openLead{
	{[]kw{kwBy, kwNo, kwLater, kwThan}, exOpenTo, 0},
	{[]kw{kwOn, kwOr, kwEarlier, kwThan}, exOpenTo, 0},
	{[]kw{kwLater, kwThan, kwOr, kwAt}, exOpenFrom, 0},
	{[]kw{kwLater, kwThan, kwOr, kwIn}, exOpenFrom, 0},
	{[]kw{kwLater, kwThan, kwOr, kwOn}, exOpenFrom, 0},
	{[]kw{kwEarlier, kwThan, kwOr, kwAt}, exOpenTo, 0},
	{[]kw{kwEarlier, kwThan, kwOr, kwIn}, exOpenTo, 0},
	{[]kw{kwEarlier, kwThan, kwOr, kwOn}, exOpenTo, 0},
	{[]kw{kwAfter, kwOr, kwEqual, kwTo}, exOpenFrom, 0},
	{[]kw{kwBefore, kwOr, kwEqual, kwTo}, exOpenTo, 0},
	{[]kw{kwNo, kwLater, kwThan}, exOpenTo, 0},
	{[]kw{kwNot, kwLater, kwThan}, exOpenTo, 0},
	{[]kw{kwNo, kwEarlier, kwThan}, exOpenFrom, 0},
	{[]kw{kwOn, kwOr, kwBefore}, exOpenTo, 0},
	{[]kw{kwOn, kwOr, kwAfter}, exOpenFrom, 0},
	{[]kw{kwBefore, kwOr, kwOn}, exOpenTo, 0},
	{[]kw{kwBefore, kwOr, kwIn}, exOpenTo, 0},
	{[]kw{kwAfter, kwOr, kwOn}, exOpenFrom, 0},
	{[]kw{kwAfter, kwOr, kwIn}, exOpenFrom, 0},
	{[]kw{kwStarting, kwFrom}, exOpenFrom, 0},
	{[]kw{kwStarting, kwIn}, exOpenFrom, 0},
	{[]kw{kwStarting, kwOn}, exOpenFrom, 0},
	{[]kw{kwBeginning, kwIn}, exOpenFrom, 0},
	{[]kw{kwAs, kwFrom}, exOpenFrom, 0},
	{[]kw{kwEnding, kwWith}, exOpenTo, 0},
	{[]kw{kwUp, kwUntil}, exOpenTo, 0},
	{[]kw{kwUp, kwTill}, exOpenTo, 0},
	{[]kw{kwEarlier, kwThan}, exOpenTo, -1},
	{[]kw{kwLater, kwThan}, exOpenFrom, +1},
	{[]kw{kwPrior, kwTo}, exOpenTo, -1},
	{[]kw{kwSince}, exOpenFrom, 0},
	{[]kw{kwFrom}, exOpenFrom, 0},
	{[]kw{kwUntil}, exOpenTo, 0},
	{[]kw{kwTill}, exOpenTo, 0},
	{[]kw{kwThrough}, exOpenTo, 0},
	{[]kw{kwBefore}, exOpenTo, -1},
	{[]kw{kwAfter}, exOpenFrom, +1},
}

// openTails close an expression from behind: "2012 or later".
var openTails = []openLead{
	{[]kw{kwOr, kwLater}, exOpenFrom, 0},
	{[]kw{kwAnd, kwLater}, exOpenFrom, 0},
	{[]kw{kwOr, kwAfter}, exOpenFrom, 0},
	{[]kw{kwAnd, kwAfter}, exOpenFrom, 0},
	{[]kw{kwOr, kwGreater}, exOpenFrom, 0},
	{[]kw{kwAnd, kwGreater}, exOpenFrom, 0},
	{[]kw{kwAnd, kwOnwards}, exOpenFrom, 0},
	{[]kw{kwOnwards}, exOpenFrom, 0},
	{[]kw{kwOr, kwEarlier}, exOpenTo, 0},
	{[]kw{kwAnd, kwEarlier}, exOpenTo, 0},
	{[]kw{kwOr, kwBefore}, exOpenTo, 0},
	{[]kw{kwAnd, kwBefore}, exOpenTo, 0},
}

// openLeadsByFirst and openTailsByFirst list openLeads and openTails by
// their first keyword, keeping the order of the lists, so that matchOpen
// tries only the runs that can match at a lexeme: the rule runs at most
// lexemes near a number, and most of them start no run.
var (
	openLeadsByFirst = leadsByFirst(openLeads)
	openTailsByFirst = leadsByFirst(openTails)
)

// leadsByFirst groups runs of keywords by their first keyword, in order.
func leadsByFirst(leads []openLead) *[256][]openLead {
	var by [256][]openLead
	for _, ld := range leads {
		by[ld.words[0]] = append(by[ld.words[0]], ld)
	}
	return &by
}

// leadsAt returns the runs of by whose first keyword is lexeme i.
func (p *dateParser) leadsAt(by *[256][]openLead, i int) []openLead {
	if l := p.at(i); l.kind == lxWord {
		return by[l.kw]
	}
	return nil
}

// matchOpen reads a range open on one side:
//
//	since 1994, Since FY1990, from April 2006 (nothing closes it)  -> X/..
//	since last year, until the following year (a year in words)
//	until 30 June 2015, through 2014, no later than March 31, 2010 -> ../X
//	before 2012 -> ../2011 and after 2016 -> 2017/.. (the bound is excluded)
//	year 2012 or later, 1/1/2016 and after -> X/..
func matchOpen(p *dateParser, i int) (dateExpr, bool) {
	for _, ld := range p.leadsAt(openLeadsByFirst, i) {
		j, ok := p.kwSeq(i, ld.words...)
		if !ok {
			continue
		}
		if p.isKw(j, kwHedge) && ld.shift == 0 {
			// "until around January 10", "since about May 2004": the
			// hedge softens the bound but leaves it where it is; "before
			// about" is rare and its exclusive bound would be a guess
			j++
		}
		a, _, ok := p.modAtom(j)
		if !ok {
			// "since last year", "until the following year": a year named in words
			rel, end, relOK := p.relYearAt(j)
			if !relOK || ld.shift != 0 || p.isKw(end, kwOf) {
				continue
			}
			a, ok = part{rel: rel, start: j, end: end}, true
		}
		if !openSideOK(p, a) {
			continue
		}
		e := dateExpr{kind: ld.kind, start: i, end: a.end, shift: ld.shift}
		if ld.kind == exOpenFrom && p.isKw(e.end, kwOnwards) {
			e.end++ // "from 1 April 2013 onwards"
		}
		if c := p.at(e.end); ld.kind == exOpenFrom && c.kind == lxWord && (c.kw == kwUntil || c.kw == kwTill || c.kw == kwTo) {
			if end, ok := p.presentAt(e.end+1, c); ok {
				e.end = end // "since 2003 until now", "since 2010 to date": still open
			}
		}
		e.from = a
		if ld.kind == exOpenTo {
			e.to, e.from = a, part{}
		}
		return e, true
	}
	// trailing forms, with an optional lead: "year 2012 or later", "on 1/1/2016 and after"
	j := i
	for _, lead := range [][]kw{{kwThe, kwYear}, {kwYear}, {kwIn}, {kwOn}, {kwFrom}} {
		if k, ok := p.kwSeq(i, lead...); ok {
			j = k
			break
		}
	}
	a, ok := p.atom(j)
	if !ok || !openSideOK(p, a) {
		return dateExpr{}, false
	}
	for _, t := range p.leadsAt(openTailsByFirst, a.end) {
		k, ok := p.kwSeq(a.end, t.words...)
		if !ok {
			continue
		}
		last := t.words[len(t.words)-1]
		if next := p.at(k); (last == kwAfter || last == kwBefore) && k < len(p.lx) && next.kind != lxPunct {
			continue // "1/1/2016 and after my work is done": "after" opens a clause
		}
		e := dateExpr{kind: t.kind, start: i, end: k}
		if t.kind == exOpenTo {
			e.to = a
		} else {
			e.from = a
		}
		return e, true
	}
	return dateExpr{}, false
}

// openSideOK checks the atom that bounds an open range: a whole date, not a
// lone day; a lone year not followed by a counted noun.
func openSideOK(p *dateParser, a part) bool {
	if a.m == 0 && a.d != 0 {
		return false
	}
	if a.bare && !p.yearContextOK(a.start, a.end) {
		return false
	}
	return true
}
