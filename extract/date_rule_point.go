package extract

// pointLeads are the words that may open a single date. ctx marks the ones
// that make a lone year a date ("in 2002"); "of" does so only before
// punctuation or another date word ("sales of 2007 and 2009").
var pointLeads = []pointLead{
	{[]kw{kwIn, kwThe, kwYear, kwOf}, true},
	{[]kw{kwIn, kwThe, kwYear}, true},
	{[]kw{kwThe, kwYear, kwOf}, true},
	{[]kw{kwThe, kwYear}, true},
	{[]kw{kwYear}, true},
	{[]kw{kwAs, kwOf}, true},
	{[]kw{kwIn}, true},
	{[]kw{kwOn}, true},
	{[]kw{kwBy}, true},
	{[]kw{kwDuring}, true},
	{[]kw{kwThroughout}, true},
	{[]kw{kwAt}, false},
	{[]kw{kwFor}, false}, // "planned for June", "scheduled for 10 May"; "for 2008 people" is no date
	{[]kw{kwOf}, false},
}

// pointLead is a run of words that may open a single date.
type pointLead struct {
	words []kw
	ctx   bool
}

// pointLeadsByFirst lists pointLeads by their first keyword, in order, so
// that matchPoint tries only the leads that can match at a lexeme.
var pointLeadsByFirst = func() *[256][]pointLead {
	var by [256][]pointLead
	for _, ld := range pointLeads {
		by[ld.words[0]] = append(by[ld.words[0]], ld)
	}
	return &by
}()

// matchPoint reads a single date with its lead word, if any:
//
//	in 2002, In April 2006, on March 3, 2010, 12 January 2010, Feb. 1995,
//	on19 January, the end of 2012, by the end of February 2013, (1994),
//	in the year 2008, in August of the same year, in the same year,
//	On January 26 (Fri), 2007 and 2009 (a list of years after a date)
//
// A lone year needs a date context: a lead word, a modifier ("the end
// of"), parentheses, or a list that continues a date.
func matchPoint(p *dateParser, i int) (dateExpr, bool) {
	j, ctx, lead := i, false, false
	var leads []pointLead
	if l := p.at(i); l.kind == lxWord {
		leads = pointLeadsByFirst[l.kw]
	}
	for _, ld := range leads {
		if k, ok := p.kwSeq(i, ld.words...); ok {
			j, ctx, lead = k, ld.ctx, true
			break
		}
	}
	paren := false
	if o := p.at(j); o.kind == lxPunct && o.ch == '(' && !lead {
		paren = true
		j++
	}
	// "in the same year", "during that year", "last year", "the same month"
	if rel, end, ok := p.relYearAt(j); ok && p.standaloneRelOK(i, j, rel, lead && ctx) {
		return dateExpr{kind: exPoint, from: part{rel: rel, start: j, end: end}, start: p.pointStart(i, j, lead), end: end}, true
	}
	if off, end, ok := p.dayOffsetAt(j); ok && (!lead || ctx) {
		return dateExpr{kind: exPoint, from: part{rel: relSameDay, off: off, start: j, end: end}, start: p.pointStart(i, j, lead), end: end}, true
	}
	if rel, end, ok := p.relPeriodAt(j); ok && (!lead || ctx) && (!p.isKw(j, kwThat) || p.isKw(j+1, kwSame) || lead && ctx) {
		return dateExpr{kind: exPoint, from: part{rel: rel, start: j, end: end}, start: p.pointStart(i, j, lead), end: end}, true
	}
	a, mod, ok := p.modAtom(j)
	if !ok || (!lead && !paren && a.start != i) {
		return dateExpr{}, false
	}
	if a.m == 0 && a.d != 0 && (a.y != 0 || !p.listContinuesWithMonth(a.end)) {
		return dateExpr{}, false // a lone day, unless a list gives its month: "19 and 20 January"
	}
	end := a.end
	if paren {
		c := p.at(end)
		if c.kind != lxPunct || c.ch != ')' || !a.bare && a.m == 0 {
			return dateExpr{}, false
		}
		end++
	}
	if a.bare && a.m == 0 {
		switch {
		case !p.yearContextOK(a.start, a.end):
			return dateExpr{}, false
		case paren, mod, ctx:
		case lead && (p.at(a.end).kind != lxWord || p.listOfYears(a.end)):
			// "of 2008." : a weak lead before punctuation or a list of years
		case !lead && p.continuesList(i):
		default:
			return dateExpr{}, false
		}
	}
	if a.m != 0 && a.d == 0 && !a.hasYear() && !lead && !p.listContinuesWithMonth(a.end) {
		return dateExpr{}, false // a month alone needs "in", "by", "during", or a list: "March and April 2003"
	}
	return dateExpr{kind: exPoint, from: a, start: p.pointStart(i, j, lead), end: end}, true
}

// continuesList reports whether lexeme i follows a date through a list
// separator: "in 2007 and 2009", "in 1991, 1992 or 1995".
func (p *dateParser) continuesList(i int) bool {
	if len(p.exprs) == 0 {
		return false
	}
	last := p.exprs[len(p.exprs)-1]
	k := last.end
	if c := p.at(k); c.kind == lxPunct && c.ch == ',' {
		k++
	}
	if p.isKw(k, kwAnd) || p.isKw(k, kwOr) || p.isKw(k, kwBut) {
		k++
		if p.isKw(k, kwNot) {
			k++ // "in 2010 and not 2015", "but not 2008"
		}
	}
	return k == i && k > last.end
}

// listOfYears reports "and 2009", "or 2009" at k.
func (p *dateParser) listOfYears(k int) bool {
	if !p.isKw(k, kwAnd) && !p.isKw(k, kwOr) {
		return false
	}
	y := p.at(k + 1)
	return y.kind == lxNum && y.digits == 4 && plausibleYear(y.val)
}

// standaloneRelOK decides whether a year named in words stands as a date
// of its own at j (lead words from i): "that year" needs a date lead ("in
// that year"); "last year", "this year" and "the same year" do not, but
// not after a determiner ("its last year", "the next year's budget").
func (p *dateParser) standaloneRelOK(i, j int, rel relYear, ctxLead bool) bool {
	if ctxLead {
		return true
	}
	if i != j {
		return false // a lead that gives no date context ("at", "of")
	}
	if p.isKw(j, kwThat) {
		return false
	}
	prev := p.at(j - 1)
	if prev.kind == lxWord && (prev.kw == kwThe || prev.kw == kwDet) {
		return false
	}
	return true
}

// pointStart is where a point's text starts: "for" never, "on", "at" and "of" inside a
// sentence stay out of it; a sentence that opens with "On January 26"
// keeps its "On", as do "in", "by", "during".
func (p *dateParser) pointStart(i, j int, lead bool) int {
	if lead && j == i+1 && !p.at(i).upper && (p.isKw(i, kwOn) || p.isKw(i, kwAt) || p.isKw(i, kwOf)) {
		return j
	}
	if lead && j == i+1 && p.isKw(i, kwFor) {
		return j // "for" says what the date is for, not when
	}
	return i
}

// listSkip skips the separators of a list at k (",", "and", "or", ", and")
// and returns the index after them, or k when there are none.
func (p *dateParser) listSkip(k int) int {
	j := k
	if c := p.at(j); c.kind == lxPunct && c.ch == ',' {
		j++
	}
	if p.isKw(j, kwAnd) || p.isKw(j, kwOr) {
		j++
	}
	return j
}

// listContinuesWithMonth reports a list going on at k with a date that
// names its month: "19 and 20 January 2010", "March and April 2003", "3,
// 4 and 5 May 2011". Answers are kept by position, so a long list of
// numbers costs linear time.
func (p *dateParser) listContinuesWithMonth(k int) bool {
	var path []int // positions whose answer is the one found at the end
	ans := false
	for {
		p.steps++
		if k >= 0 && k < len(p.atoms) && p.atoms[k].list != 0 {
			ans = p.atoms[k].list == 1
			break
		}
		path = append(path, k)
		j := p.listSkip(k)
		if j == k {
			break
		}
		b, ok := p.atom(j)
		if ok && b.m == 0 && b.d != 0 && b.y == 0 {
			k = b.end // a day of its own: the list goes on
			continue
		}
		ans = ok && b.m != 0
		break
	}
	v := int8(2)
	if ans {
		v = 1
	}
	for _, q := range path {
		if q >= 0 && q < len(p.atoms) {
			p.atoms[q].list = v
		}
	}
	return ans
}
