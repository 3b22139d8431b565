package extract

import (
	"time"

	"github.com/missionx/missionx/normalize"
)

// dateResolver fills in what date expressions leave out, in text order.
//
//   - Within a range, each end lends the other what it lacks: "from May 23
//     to 28, 1993" (the month and the year), "Nov-Feb 2017" (the year; a
//     start month after the end month is in the year before).
//   - A missing year of a day or month ("on January 23", "in June")
//     comes from the document's date line when it has one (a press
//     release speaks from its own date): the occurrence of that day or
//     month nearest to the date line, so "January 23" in a release of
//     March 27, 2007 is 2007-01-23, "in June" is 2007-06 and "December
//     20" in a release of January 10, 2008 is 2007-12-20. Without a
//     date line it comes from the latest date written before it that
//     states its year ("from May 29 to June 1" after "from May 23 to 28,
//     1993"). The anchor is the mention that supplied the year.
//   - "the same year" (and "the following year", "that month") always
//     refers back to the latest year written before it.
//   - "this year", "next year", "last year" come from the document's date
//     line (a full date alone on a line near the top, as press releases
//     have), else from the reference date.
//   - With no such date in the text, the reference date's year is used;
//     with none at all the expression is left out.
type dateResolver struct {
	a *Analysis
	p *dateParser

	lastYear   int     // latest year stated in the text so far
	lastAnchor Mention // the mention that stated it
	// lastAnchorRef is a copy of lastAnchor that Dates keep, made on first
	// use and shared by every Date it anchors (as docAnchor is), not one
	// allocation per Date
	lastAnchorRef *Mention
	lastM         int // month of that mention's (latest) date, 0 when not stated
	lastD         int // its day, 0 when not stated

	// the latest date that names its month, whether its year is stated or
	// filled in ("on April 19" in a dated release): "the same month" and
	// "the same day" refer to it
	monY, monM, monD int
	// the start day of that date when it is a range ("from November 13 to
	// December 9"), else monY, monM, monD: a day counted back from a
	// period ("a week earlier") counts from its start
	monStartY, monStartM, monStartD int
	monMention                      Mention
	monRef                          *Mention // a copy of monMention that Dates keep, made on first use

	docYear   int      // the date line's year, 0 when none
	docMonth  int      // its month
	docDay    int      // its day
	docAnchor *Mention // the date line
	// docIssue says that the date line is a magazine's issue date (see
	// issueDate): it anchors "last year" and "this year", but a day or
	// month without its year takes the latest year written before it, as
	// a feature tells a story through the years
	docIssue bool
}

// dateLineWindow is how far into the text a date line may stand.
const dateLineWindow = 600

// newDateResolver sets up the resolver of p's expressions. It lives in the
// pooled parser (p.res), so that it is not allocated for every document.
func newDateResolver(a *Analysis, p *dateParser) *dateResolver {
	p.res = dateResolver{a: a, p: p}
	r := &p.res
	issue := -1 // the first issue date, see issueDate
	for k, e := range p.exprs {
		if p.lx[e.start].span.Start > dateLineWindow {
			break
		}
		f := e.from
		if e.kind == exPoint && f.y != 0 && f.m != 0 && f.d != 0 && p.aloneOnLine(e.start, e.end) {
			m := p.mention(f.start, f.end)
			r.docYear, r.docMonth, r.docDay, r.docAnchor = f.y, f.m, f.d, &m
			return r
		}
		if issue < 0 && p.issueDate(e) {
			issue = k
		}
	}
	if issue >= 0 {
		// a magazine's issue: its month is the page's "now" ("last year"),
		// but it names no day ("today" stays unresolved)
		f := p.exprs[issue].from
		m := p.mention(f.start, f.end)
		r.docYear, r.docMonth, r.docAnchor, r.docIssue = f.y, f.m, &m, true
	}
	return r
}

// issueDateWindow is how far into the text a magazine's issue date may stand.
const issueDateWindow = 300

// issueDate reports a month and year in parentheses at the end of a header
// line near the top, as a magazine page dates its issue: "JDF No. 88 (June
// 2017)", "No.138 (June 2021) ACTIVITIES".
func (p *dateParser) issueDate(e dateExpr) bool {
	f := e.from
	if e.kind != exPoint || f.y == 0 || f.m == 0 || f.d != 0 || f.rel != relNone || f.fiscal || p.lx[e.start].span.Start > issueDateWindow {
		return false
	}
	o, c := p.at(f.start-1), p.at(f.end)
	if o.kind != lxPunct || o.ch != '(' || c.kind != lxPunct || c.ch != ')' {
		return false
	}
	// a short line: no full stop between the line's start and the date
	for k := f.start - 2; k >= 0; k-- {
		l := p.at(k)
		if l.kind == lxPunct && l.ch == '.' && p.at(k+1).space && p.at(k+1).upper {
			return false // a sentence ended before it on the same line
		}
		if l.nl {
			return f.start-k < 24
		}
	}
	return f.start < 24
}

// aloneOnLine reports whether lexemes [start, end) fill their line.
func (p *dateParser) aloneOnLine(start, end int) bool {
	return (start == 0 || p.lx[start].nl) && (end >= len(p.lx) || p.lx[end].nl)
}

// monthAnchor is the mention of the month in focus, as the anchor of a
// date resolved against it (made once per month in focus).
func (r *dateResolver) monthAnchor() *Mention {
	if r.monRef == nil {
		mm := r.monMention
		r.monRef = &mm
	}
	return r.monRef
}

// resolve turns expression k into a Date, or reports why it cannot.
func (r *dateResolver) resolve(k int) (Date, bool) {
	p := r.p
	e := p.exprs[k]
	m := p.mention(e.start, e.end)
	from, to := e.from, e.to
	if e.kind == exRange {
		crossFill(&from, &to)
	}
	var anchor *Mention
	relative := false
	fill := func(x *part) bool {
		if x.y != 0 || !x.ok() {
			return true
		}
		relative = true
		switch x.rel {
		case relSame, relNext, relPrev:
			if r.lastYear == 0 {
				r.a.Debugf("date %q at byte %d: %s names no year written before it; left out", m.Text, m.Span.Start, "the expression")
				return false
			}
			x.y, anchor = r.lastYear, r.anchor()
			if x.rel == relNext {
				x.y++
			} else if x.rel == relPrev {
				x.y--
			}
			return true
		case relSameMonth, relSameDay:
			if r.monM == 0 || x.rel == relSameDay && r.monD == 0 {
				r.a.Debugf("date %q at byte %d: no %s written before it; left out", m.Text, m.Span.Start, "month or day")
				return false
			}
			x.y, x.m, anchor = r.monY, r.monM, r.monthAnchor()
			if x.rel == relSameDay {
				x.d = r.monD
				if x.off < 0 {
					x.y, x.m, x.d = r.monStartY, r.monStartM, r.monStartD
				}
				if x.off != 0 {
					t := time.Date(x.y, time.Month(x.m), x.d+x.off, 12, 0, 0, 0, time.UTC)
					x.y, x.m, x.d = t.Year(), int(t.Month()), t.Day()
				}
			}
			return true
		case relNextMonth:
			if r.monM == 0 {
				r.a.Debugf("date %q at byte %d: no %s written before it; left out", m.Text, m.Span.Start, "month")
				return false
			}
			x.y, x.m, anchor = r.monY, r.monM+1, r.monthAnchor()
			if x.m > 12 {
				x.y, x.m = x.y+1, 1
			}
			return true
		case relNextMonthName, relPrevMonthName:
			if r.monM == 0 {
				r.a.Debugf("date %q at byte %d: no %s written before it; left out", m.Text, m.Span.Start, "month")
				return false
			}
			x.y, anchor = r.monY, r.monthAnchor()
			if x.rel == relNextMonthName && x.m <= r.monM {
				x.y++
			} else if x.rel == relPrevMonthName && x.m >= r.monM {
				x.y--
			}
			return true
		case relToday:
			// a day only a date line gives: without one "today" is the
			// day of writing, which the text does not state
			if r.docDay == 0 {
				r.a.Debugf("date %q at byte %d: no date line to resolve it against; left out", m.Text, m.Span.Start)
				return false
			}
			x.y, x.m, x.d, anchor = r.docYear, r.docMonth, r.docDay, r.docAnchor
			return true
		case relThisMonth:
			// only a date line names the month a release speaks from
			if r.docMonth == 0 {
				r.a.Debugf("date %q at byte %d: no date line to resolve it against; left out", m.Text, m.Span.Start)
				return false
			}
			x.y, x.m, anchor = r.docYear, r.docMonth, r.docAnchor
			return true
		case relThis, relDocNext, relDocLast:
			switch {
			case r.docYear != 0:
				x.y, anchor = r.docYear, r.docAnchor
			case !r.a.Ref.IsZero():
				x.y = r.a.Ref.Y
			default:
				r.a.Debugf("date %q at byte %d: no date line and no reference date to resolve it against; left out", m.Text, m.Span.Start)
				return false
			}
			if x.rel == relDocNext {
				x.y++
			} else if x.rel == relDocLast {
				x.y--
			}
			return true
		}
		switch {
		case r.docYear != 0 && (!r.docIssue || r.lastYear == 0):
			x.y, anchor = r.nearDocDate(*x, p.tenseBefore(e.start)), r.docAnchor
		case r.lastYear != 0:
			x.y, anchor = r.lastYear, r.anchor()
		case !r.a.Ref.IsZero():
			x.y = r.a.Ref.Y
		default:
			r.a.Debugf("date %q at byte %d: no year in the text before it and no reference date; left out", m.Text, m.Span.Start)
			return false
		}
		return true
	}
	if !fill(&from) {
		c := p.at(from.end)
		if e.kind != exRange || e.from.rel == relNone || c.kind != lxWord || (c.kw != kwUntil && c.kw != kwTill && c.kw != kwThrough) {
			return Date{}, false
		}
		// "From the same day until the end of March 1990" with no day
		// before it: the start is lost, the end the text states still
		// holds, as "until the end of March 1990" alone
		e = dateExpr{kind: exOpenTo, to: e.to, start: from.end, end: e.end, rule: e.rule}
		m = p.mention(e.start, e.end)
		from, to, relative, anchor = part{}, e.to, false, nil
	}
	if e.kind == exRange && to.ok() && to.y == 0 && to.rel == relNone && from.y != 0 && from.rel == relNone {
		to.y = from.y // both ends lacked the year: one year for both, wrapped below
	}
	if !fill(&to) {
		return Date{}, false
	}
	if e.kind == exRange && normalize.Compare(dateOf(from), dateOf(to)) > 0 && relative && from.rel == relNone && to.rel == relNone && from.y == to.y {
		to.y++ // "from November to February" with the year from context
	}
	kind := e.kind
	if from.fiscal || to.fiscal {
		kind, from, to = fiscalYears(kind, from, to, e.shift)
	}
	iv := toInterval(kind, dateOf(from), dateOf(to), e.shift)
	if !iv.Valid() {
		r.a.Debugf("date %q at byte %d: %s is not a valid interval; left out", m.Text, m.Span.Start, iv.Value())
		return Date{}, false
	}
	d := Date{Mention: m, Interval: iv, Relative: relative, Anchor: anchor}
	if side := to; !e.from.fiscal && !e.to.fiscal { // a fiscal year names no month of its own
		if !side.ok() || side.y == 0 {
			side = from
		}
		if side.m != 0 && side.y != 0 && side.rel != relSameMonth && side.rel != relSameDay {
			r.monY, r.monM, r.monD, r.monMention, r.monRef = side.y, side.m, side.d, m, nil
			r.monStartY, r.monStartM, r.monStartD = side.y, side.m, side.d
			if e.kind == exRange && from.ok() && from.y != 0 && from.m != 0 && from.d != 0 {
				r.monStartY, r.monStartM, r.monStartD = from.y, from.m, from.d
			}
			if e.kind != exRange && side.ok() {
				r.monMention = p.mention(side.start, side.end) // the date without its lead word, as remember keeps it
			}
		}
	}
	if !relative || namesNewYear(from.rel) {
		// a date that states its year, or names one in words ("last
		// year", "the following year"), is what later ellipses refer to
		r.remember(e, from, to)
	}
	return d, true
}

// remember makes an expression whose years are all stated the anchor for
// the ones that follow.
func (r *dateResolver) remember(e dateExpr, from, to part) {
	p := r.p
	switch {
	case to.ok() && to.y != 0:
		r.lastYear, r.lastM, r.lastD = to.y, to.m, to.d
	case from.ok() && from.y != 0:
		r.lastYear, r.lastM, r.lastD = from.y, from.m, from.d
	default:
		return
	}
	var m Mention
	if e.kind == exRange {
		m = p.mention(e.start, e.end)
	} else {
		side := from
		if !side.ok() {
			side = to
		}
		m = p.mention(side.start, side.end)
	}
	r.lastAnchor, r.lastAnchorRef = m, nil
}

// anchor returns a copy of the latest stated mention for a Date to keep.
func (r *dateResolver) anchor() *Mention {
	if r.lastAnchorRef == nil {
		m := r.lastAnchor
		r.lastAnchorRef = &m
	}
	return r.lastAnchorRef
}

// crossFill lends each end of a range what the other states.
func crossFill(from, to *part) {
	if from.m == 0 && from.d != 0 {
		from.m = to.m
	}
	if to.m == 0 && to.d != 0 {
		to.m = from.m
	}
	if from.y == 0 && from.rel == relNone && to.y != 0 {
		from.y = to.y
		if from.m != 0 && to.m != 0 && (from.m > to.m || from.m == to.m && from.d > to.d && to.d != 0) {
			from.y-- // "Nov-Feb 2017": November 2016
		}
	}
	if to.y == 0 && to.rel == relNone && from.y != 0 {
		to.y = from.y
		if from.m != 0 && to.m != 0 && (to.m < from.m || to.m == from.m && to.d < from.d && to.d != 0) {
			to.y++
		}
	}
}

// dateOf converts a resolved part into a date at the precision written.
func dateOf(x part) normalize.Date {
	switch {
	case !x.ok():
		return normalize.Date{}
	case x.d != 0 && x.m != 0:
		return normalize.FullDay(x.y, x.m, x.d)
	case x.m != 0:
		return normalize.YearMonth(x.y, x.m)
	}
	return normalize.YearOnly(x.y)
}

// namesNewYear reports year words that name a year of their own rather
// than repeat the latest one.
func namesNewYear(rel relYear) bool {
	switch rel {
	case relNext, relPrev, relThis, relDocNext, relDocLast, relNextMonth, relNextMonthName, relPrevMonthName:
		return true
	}
	return false
}

// borrowFromLists lends each list item what the next item of the same
// list states: "19 and 20 January 2010" (month and year), "March and April
// 2003" (year), "3, 4 and 5 May 2011". It runs from the last expression
// back, so the parts travel along the whole list. The words state these
// parts, so the dates are not relative.
func (p *dateParser) borrowFromLists() {
	for k := len(p.exprs) - 2; k >= 0; k-- {
		e, next := &p.exprs[k], p.exprs[k+1]
		x := &e.from
		if e.kind != exPoint || x.rel != relNone || x.y != 0 && x.m != 0 {
			continue
		}
		if j := p.listSkip(e.end); j == e.end || next.start != j {
			continue
		}
		n := next.from
		if next.kind == exOpenTo {
			n = next.to
		}
		if x.m == 0 && x.d != 0 {
			if n.m == 0 {
				continue
			}
			x.m = n.m
		}
		if x.y == 0 && n.y != 0 {
			x.y = n.y
		}
	}
}

// fiscalYearStart is the month a fiscal year starts in. The documents are
// about Japan's peace operations, and Japan's government fiscal year runs
// from April to March: "fiscal year 2015" (FY2015) is April 2015 to March
// 2016. A fiscal year is therefore written as that span of months, not as
// the calendar year its number names: "In fiscal year 2015" is the range
// 2015-04/2016-03, "Since FY1990" is 1990-04/.., "until FY2012" is
// ../2013-03, "before FY2012" is ../2012-03, "FY2010-FY2012" (or
// "FY2010-2012") is 2010-04/2013-03.
const fiscalYearStart = 4

// fiscalYear returns the first and last months of fiscal year y.
func fiscalYear(y int) (first, last part) {
	return part{y: y, m: fiscalYearStart}, part{y: y + 1, m: fiscalYearStart - 1}
}

// fiscalYears turns the fiscal-year sides of an expression into their
// months (see fiscalYearStart). A point becomes a range; an excluded bound
// ("before FY2012", "after FY2012") keeps the side the shift steps away
// from.
func fiscalYears(kind exprKind, from, to part, shift int) (exprKind, part, part) {
	span := func(x part) (part, part) {
		lo, hi := fiscalYear(x.y)
		lo.start, lo.end, hi.start, hi.end = x.start, x.end, x.start, x.end
		return lo, hi
	}
	switch kind {
	case exPoint:
		if from.fiscal {
			from, to = span(from)
			kind = exRange
		}
	case exOpenFrom:
		if from.fiscal {
			lo, hi := span(from)
			from = lo
			if shift > 0 {
				from = hi // "after FY2012": from the month after March 2013
			}
		}
	case exOpenTo:
		if to.fiscal {
			lo, hi := span(to)
			to = hi
			if shift < 0 {
				to = lo // "before FY2012": to the month before April 2012
			}
		}
	case exRange:
		// "FY2010-2012": a year-only side of a fiscal range is a fiscal year too
		fiscalTo := to.fiscal || from.fiscal && to.m == 0 && to.d == 0
		fiscalFrom := from.fiscal || to.fiscal && from.m == 0 && from.d == 0
		if fiscalTo {
			_, to = span(to)
		}
		if fiscalFrom {
			from, _ = span(from)
		}
	}
	return kind, from, to
}

// nearDocDate returns the year of a year-less day or month seen from the
// date line: after a past-tense verb the latest occurrence on or before
// the date line ("was established on January 23"), after a word of plan
// the first on or after it ("planned for June"), otherwise the nearest
// one (a tie keeps the date line's year).
func (r *dateResolver) nearDocDate(x part, tense int) int {
	if x.m == 0 {
		return r.docYear
	}
	at := func(y, m, d int) int { return (y*12+m-1)*32 + d }
	d, docD := x.d, r.docDay
	if d == 0 {
		d = docD // a month alone is measured in months
	}
	ref := at(r.docYear, r.docMonth, docD)
	switch {
	case tense < 0 && at(r.docYear, x.m, d) > ref:
		return r.docYear - 1
	case tense > 0 && at(r.docYear, x.m, d) < ref:
		return r.docYear + 1
	case tense != 0:
		return r.docYear
	}
	best, bestDist := r.docYear, abs(at(r.docYear, x.m, d)-ref)
	for _, y := range [2]int{r.docYear - 1, r.docYear + 1} {
		if dist := abs(at(y, x.m, d) - ref); dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// tenseWindow is how many lexemes before a date tenseBefore reads.
const tenseWindow = 8

// planWords and pastWords mark the time a clause speaks of. Plan words
// win: "is expected to be held on 5 May" looks ahead.
var (
	planWords = map[string]bool{
		"will": true, "shall": true, "planned": true, "plans": true, "plan": true, "scheduled": true,
		"expected": true, "due": true, "upcoming": true, "intends": true, "intended": true, "forthcoming": true,
	}
	pastWords = map[string]bool{"was": true, "were": true, "had": true, "did": true}
)

// tenseBefore reads the clause before lexeme i, back to the start of its
// sentence or tenseWindow lexemes: +1 when it speaks of a plan, -1 when
// its verb is in the past ("was", "were", "had", or a word in -ed right
// before the date's lead or the date), 0 when it does not say.
func (p *dateParser) tenseBefore(i int) int {
	past := false
	var buf [24]byte
	for k := i - 1; k >= 0 && k >= i-tenseWindow; k-- {
		l := p.at(k)
		if l.kind == lxPunct && (l.ch == '.' || l.ch == ';' || l.ch == ':') {
			break
		}
		if l.kind == lxWord {
			low, ok := lowerASCII(p.str(l), buf[:0])
			if ok && planWords[string(low)] {
				return 1
			}
			if ok && (pastWords[string(low)] || k >= i-2 && len(low) > 3 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd') {
				past = true
			}
		}
		if l.nl {
			break
		}
	}
	if past {
		return -1
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
