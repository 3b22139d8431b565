package extract

import "github.com/missionx/missionx/normalize"

// dateResolver fills in what date expressions leave out, in text order.
//
//   - Within a range, each end lends the other what it lacks: "from May 23
//     to 28, 1993" (the month and the year), "Nov-Feb 2017" (the year; a
//     start month after the end month is in the year before).
//   - A missing year, or "the same year", comes from the latest date
//     written before the expression that states its year: the anchor.
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
	lastM      int     // month of that mention's (latest) date, 0 when not stated
	lastD      int     // its day, 0 when not stated

	docYear   int      // the date line's year, 0 when none
	docAnchor *Mention // the date line
}

// dateLineWindow is how far into the text a date line may stand.
const dateLineWindow = 600

func newDateResolver(a *Analysis, p *dateParser) *dateResolver {
	r := &dateResolver{a: a, p: p}
	for _, e := range p.exprs {
		if p.lx[e.start].span.Start > dateLineWindow {
			break
		}
		f := e.from
		if e.kind == exPoint && f.y != 0 && f.m != 0 && f.d != 0 && p.aloneOnLine(e.start, e.end) {
			m := p.mention(f.start, f.end)
			r.docYear, r.docAnchor = f.y, &m
			break
		}
	}
	return r
}

// aloneOnLine reports whether lexemes [start, end) fill their line.
func (p *dateParser) aloneOnLine(start, end int) bool {
	return (start == 0 || p.lx[start].nl) && (end >= len(p.lx) || p.lx[end].nl)
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
			if r.lastYear == 0 || r.lastM == 0 || x.rel == relSameDay && r.lastD == 0 {
				r.a.Debugf("date %q at byte %d: no %s written before it; left out", m.Text, m.Span.Start, "month or day")
				return false
			}
			x.y, x.m, anchor = r.lastYear, r.lastM, r.anchor()
			if x.rel == relSameDay {
				x.d = r.lastD
			}
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
	if !fill(&from) || !fill(&to) {
		return Date{}, false
	}
	if e.kind == exRange && normalize.Compare(dateOf(from), dateOf(to)) > 0 && relative && from.rel == relNone && to.rel == relNone && from.y == to.y {
		to.y++ // "from November to February" with the year from context
	}
	iv := toInterval(e.kind, dateOf(from), dateOf(to), e.shift)
	if !iv.Valid() {
		r.a.Debugf("date %q at byte %d: %s is not a valid interval; left out", m.Text, m.Span.Start, iv.Value())
		return Date{}, false
	}
	d := Date{Mention: m, Interval: iv, Relative: relative, Anchor: anchor}
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
	r.lastAnchor = m
}

// anchor returns a copy of the latest stated mention for a Date to keep.
func (r *dateResolver) anchor() *Mention {
	m := r.lastAnchor
	return &m
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
	case relNext, relPrev, relThis, relDocNext, relDocLast:
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
