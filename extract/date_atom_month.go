package extract

import "strings"

// atomMonthFirst reads a date that starts with its month:
//
//	March 3, 2010    march 3rd 2015    January first 2000    Dec. 31 , 1994
//	Sept. 1992       Jan, 2001         june of 1992          january 12 of 2016
//	June the 28th 2020                 April in 2016         May 23 (year from context)
//	August of the same year            March this year       January 26 (Fri)
//
// A lone month ("March", "from May to ...") is an atom too; the rules
// decide where one may stand. Lower-case "may" and "march" are verbs
// unless a day or a year follows.
func atomMonthFirst(p *dateParser, i int) (part, bool) {
	l := p.at(i)
	if l.kind != lxMonth {
		return part{}, false
	}
	a := part{m: l.val, start: i, end: i + 1}
	j := i + 1
	if d := p.at(j); d.kind == lxPunct && d.ch == '.' && d.glued() && !l.full {
		j++ // "Sept.", "Feb."; kept only when the date goes on
	}
	// day: "3", "3rd", "third", "the 28th"
	k := j
	if p.isKw(k, kwThe) && p.at(k+1).kind == lxOrd {
		k++
	}
	if d, ok := dayLexeme(p.at(k)); ok && !p.followedByMonthOrNumberDash(k) {
		a.d = d
		a.end = k + 1
		j = k + 1
	}
	// year: ", 2010", " 1992", " of 1992", " in 2016"
	y, end, ok := p.yearAfter(j, a.d != 0)
	if ok {
		a.y = y
		a.end = end
	} else if rel, end, ok := p.relYearAfter(j); ok {
		a.rel = rel
		a.end = end
	}
	if (l.val == 5 || l.val == 3) && !l.upper && a.y == 0 {
		return part{}, false // "may 5", "march 3 km": verbs unless a year follows
	}
	if a.d == 0 && !a.hasYear() {
		if !l.full && !l.upper && l.val != 5 {
			// "sep", "dec" alone in lower case: too weak to be a month
			return part{}, false
		}
		if (l.val == 5 || l.val == 3) && !l.upper {
			return part{}, false // "may", "march" as verbs
		}
	}
	if a.d != 0 {
		a.end = p.weekdayAfter(a.end)
	}
	return a, true
}

// atomRelMonth reads a month named relative to the date in focus: "the
// following April", "the next March", "the previous December". Narratives
// write it when the year is the one after (or before) the month they speak
// of ("arrived in October 2008 and stayed until the following April":
// April 2009); resolution picks the first such month after (the last
// before) the latest month written. Lower-case "may" and "march" after
// these words are verbs ("the next may follow").
func atomRelMonth(p *dateParser, i int) (part, bool) {
	if !p.isKw(i, kwThe) {
		return part{}, false
	}
	rel := relNone
	switch {
	case p.isKw(i+1, kwFollowing) || p.isKw(i+1, kwNext):
		rel = relNextMonthName
	case p.isKw(i+1, kwPrevious):
		rel = relPrevMonthName
	default:
		return part{}, false
	}
	l := p.at(i + 2)
	if l.kind != lxMonth || !l.upper || !l.full {
		return part{}, false
	}
	if n := p.at(i + 3); n.kind == lxNum || n.kind == lxOrd {
		return part{}, false // "the following March 3, 2010": the month's own atom reads a day or year
	}
	return part{m: l.val, rel: rel, start: i, end: i + 3}, true
}

// dayLexeme reads a day of the month: 1..31 in one or two digits, or an
// ordinal ("3rd", "third", "twenty-second").
func dayLexeme(l *lexeme) (int, bool) {
	switch {
	case l.kind == lxNum && l.digits <= 2 && l.val >= 1 && l.val <= 31:
		return l.val, true
	case l.kind == lxOrd && l.val >= 1 && l.val <= 31:
		return l.val, true
	}
	return 0, false
}

// followedByMonthOrNumberDash reports a day number that is really part of
// a compact form such as "18-Dec" or "3/2015"; those are read elsewhere.
func (p *dateParser) followedByMonthOrNumberDash(k int) bool {
	s, v := p.at(k+1), p.at(k+2)
	if s.kind == lxPunct && s.glued() && (s.ch == '/' || s.ch == '.') && v.glued() && (v.kind == lxNum || v.kind == lxMonth) {
		return true
	}
	return false
}

// yearAfter reads the year that closes a month or day-month atom at j:
// "2010", ", 2010", "of 2016", "in 2016", "two thousand and eighteen". A
// comma before the year is taken only when a year follows it.
func (p *dateParser) yearAfter(j int, hasDay bool) (y, end int, ok bool) {
	k := j
	if c := p.at(k); c.kind == lxPunct && c.ch == ',' {
		k++
	}
	if k == j && (p.isKw(k, kwOf) || p.isKw(k, kwIn)) {
		k++
	}
	l := p.at(k)
	if l.kind != lxNum || l.digits != 4 || !anyYear(l.val) {
		return 0, j, false
	}
	// "May 2016-11": the year is the start of a compact date; "2010 12 15"
	if n := p.at(k + 1); n.glued() && (n.kind == lxNum || n.kind == lxDotted) {
		return 0, j, false
	}
	if n := p.at(k + 1); !l.words && n.kind == lxPunct && n.glued() && (n.ch == '/' || n.ch == '.') && p.at(k+2).kind == lxNum && p.at(k+2).glued() {
		return 0, j, false
	}
	return l.val, k + 1, true
}

// relYearAfter reads a year named in words relative to another date:
// "of the same year", "in that year", "this year", "of the following year".
func (p *dateParser) relYearAfter(j int) (relYear, int, bool) {
	k := j
	if p.isKw(k, kwOf) || p.isKw(k, kwIn) {
		k++
	}
	return p.relYearAt(k)
}

// relYearAt reads "the same year", "that year", "the following year",
// "the previous year", "this year", "next year", "last year" at k.
func (p *dateParser) relYearAt(k int) (relYear, int, bool) {
	switch {
	case p.isKw(k, kwThe) && p.isKw(k+1, kwSame) && p.isKw(k+2, kwYear):
		return relSame, k + 3, true
	case p.isKw(k, kwThat) && p.isKw(k+1, kwYear):
		return relSame, k + 2, true
	case p.isKw(k, kwThe) && (p.isKw(k+1, kwFollowing) || p.isKw(k+1, kwNext)) && p.isKw(k+2, kwYear):
		return relNext, k + 3, true
	case p.isKw(k, kwThe) && p.isKw(k+1, kwPrevious) && p.isKw(k+2, kwYear):
		return relPrev, k + 3, true
	case p.isKw(k, kwThis) && p.isKw(k+1, kwYear):
		return relThis, k + 2, true
	case p.isKw(k, kwNext) && p.isKw(k+1, kwYear):
		return relDocNext, k + 2, true
	case p.isKw(k, kwLast) && p.isKw(k+1, kwYear):
		return relDocLast, k + 2, true
	}
	return relNone, k, false
}

// relPeriodAt reads "the same month", "that same month", "that month",
// "the same day" at k: the month or day of the latest date written before;
// "the following month", the month after it; and "today",
// the day a dated release speaks from (not after a word that makes it the
// open end of a span, "until today", which only a range with a start
// reads).
func (p *dateParser) relPeriodAt(k int) (relYear, int, bool) {
	if p.isKw(k, kwToday) {
		if b := p.at(k - 1); b.kind == lxWord && (b.kw == kwUntil || b.kw == kwTill || b.kw == kwThrough || b.kw == kwTo ||
			b.kw == kwSince || b.kw == kwFrom || b.kw == kwThan || b.kw == kwBefore || b.kw == kwAfter) {
			return relNone, k, false
		}
		return relToday, k + 1, true
	}
	j := k
	switch {
	case p.isKw(j, kwThe) && p.isKw(j+1, kwSame):
		j += 2
	case p.isKw(j, kwThat) && p.isKw(j+1, kwSame):
		j += 2
	case p.isKw(j, kwThat) && p.isKw(j+1, kwMonth):
		// "in that month": only after a lead word that makes it a date
		// (matchPoint checks), as "that year"
		return relSameMonth, j + 2, true
	case p.isKw(j, kwThe) && (p.isKw(j+1, kwFollowing) || p.isKw(j+1, kwNext)) && p.isKw(j+2, kwMonth):
		// "the following month": the month after the one in focus
		return relNextMonth, j + 3, true
	default:
		return relNone, k, false
	}
	switch {
	case p.isKw(j, kwMonth):
		return relSameMonth, j + 1, true
	case p.isKw(j, kwDay):
		return relSameDay, j + 1, true
	}
	return relNone, k, false
}

// dayOffsetAt reads a day counted from the latest day written before:
// "four days later", "2 weeks later", "a week earlier", "the next day",
// "the following day". Reports of events tell their sequence this way
// ("The earthquake struck on April 25. Four days later the team left"), and
// the count of days fixes the day as firmly as a written date. Months and
// years ("two years later") are left out: they name a period whose
// precision the writer rarely means ("some time two years on"). "later
// than" is a bound ("no later than"), not a count of days.
func (p *dateParser) dayOffsetAt(k int) (off, end int, ok bool) {
	if p.isKw(k, kwThe) && (p.isKw(k+1, kwNext) || p.isKw(k+1, kwFollowing)) && p.isKw(k+2, kwDay) {
		return 1, k + 3, true
	}
	n := p.at(k)
	var count int
	switch {
	case n.kind == lxNum && n.digits <= 2 || n.kind == lxWord && n.words:
		count = n.val
	case n.kind == lxWord && n.kw == kwDet && n.span.End-n.span.Start <= 2: // "a", "an"
		count = 1
	default:
		return 0, k, false
	}
	unit := 0
	switch strings.ToLower(p.text[p.at(k+1).span.Start:p.at(k+1).span.End]) {
	case "day", "days":
		unit = 1
	case "week", "weeks":
		unit = 7
	default:
		return 0, k, false
	}
	if count < 1 || count*unit > 90 {
		return 0, k, false
	}
	dir := p.at(k + 2)
	if dir.kind != lxWord || dir.kw != kwLater && dir.kw != kwEarlier || p.isKw(k+3, kwThan) {
		return 0, k, false
	}
	off = count * unit
	if dir.kw == kwEarlier {
		off = -off
	}
	return off, k + 3, true
}

// weekdayAfter takes a weekday in parentheses after a day: "January 26
// (Fri)". It returns the new end.
func (p *dateParser) weekdayAfter(end int) int {
	o, w, c := p.at(end), p.at(end+1), p.at(end+2)
	if o.kind == lxPunct && o.ch == '(' && w.kind == lxWord && w.kw == kwWeekday {
		if c.kind == lxPunct && c.ch == '.' {
			c = p.at(end + 3)
			if c.kind == lxPunct && c.ch == ')' {
				return end + 4
			}
		}
		if c.kind == lxPunct && c.ch == ')' {
			return end + 3
		}
	}
	return end
}
