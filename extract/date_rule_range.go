package extract

// matchRange reads a closed range, one expression from its first word to
// its last:
//
//	from January through August 2007     between January 2007 and February 2008
//	October to December 1994             from May 23 to 28, 1993
//	June—August 2001                     1960 - 1961        from 13 to 15 July
//	Nov-Feb 2017 (November of the year before)
//	Feb 1996 - present, from 2008 to date, 2012 until now (open: 1996-02/..)
//	September 12 and 13, in March and April (two days or months in a row)
//
// Each side may leave out parts that the other side states; resolution
// fills them in.
func matchRange(p *dateParser, i int) (dateExpr, bool) {
	j := i
	lead := kwNone
	if l := p.at(j); l.kind == lxWord {
		switch l.kw {
		case kwFrom, kwBetween, kwIn, kwOn, kwAt, kwDuring, kwFor:
			// "in 2014 through 2018", "on 26 June to 28 June": the
			// preposition belongs to the whole range
			lead = l.kw
			j++
		}
	}
	a, modA, ok := p.modAtom(j)
	if !ok && lead == kwFrom {
		// "from that day until February 1991": the start is the day
		// named just before; only "from" makes it a range's start
		a, ok = p.relDayStart(j)
	}
	if !ok {
		return dateExpr{}, false
	}
	k := a.end
	c := p.at(k)
	if c.kind == lxPunct && c.ch == '/' {
		// "2012/13": a range of years (a month would be 1..12)
		return p.shortYearRange(i, j, a, c, lead)
	}
	coordinated := false // "September 12 and 13", "in March and April"
	switch {
	case c.isDash():
	case c.kind == lxWord && (c.kw == kwTo || c.kw == kwTill || c.kw == kwUntil || c.kw == kwThrough):
	case c.kind == lxWord && c.kw == kwAnd && lead == kwBetween:
	case c.kind == lxWord && c.kw == kwAnd && !modA && !p.continuesList(j):
		coordinated = true
	default:
		return dateExpr{}, false
	}
	k++
	if end, ok := p.presentAt(k, c); ok && lead != kwBetween && !coordinated && !modA && openSideOK(p, a) && a.hasYear() {
		// "Feb 1996 - present", "from 2008 to date", "2012 until now":
		// the range is open at the end, as "since" makes it
		start := i
		if lead != kwFrom {
			start = j
		}
		return dateExpr{kind: exOpenFrom, from: a, start: start, end: end}, true
	}
	if e, ok := p.shortYearRange(i, j, a, c, lead); ok {
		return e, true
	}
	b, modB, ok := p.modAtom(k)
	if !ok {
		return dateExpr{}, false
	}
	if coordinated && (modB || !nextInCalendar(a, b) || p.listGoesOn(b.end)) {
		return dateExpr{}, false
	}
	if !rangeSidesFit(p, a, b, lead != kwNone || modA || modB || coordinated) && !relStartFits(a, b, lead) {
		return dateExpr{}, false
	}
	start := i
	if lead != kwFrom && lead != kwBetween {
		start = j // "in", "on", "at", "during", "for" give context but are not part of the range
	}
	return dateExpr{kind: exRange, from: a, to: b, start: start, end: b.end}, true
}

// nextInCalendar reports two dates joined by "and" that are one span: the
// second is the day or the month after the first, at the same precision,
// and only the second may state the year ("September 12 and 13", "19 and
// 20 January 2010", "in March and April"). Both days or months are meant,
// and nothing between them, so the span says exactly that; dates apart
// ("on 12 and 14 May") stay a list of points.
func nextInCalendar(a, b part) bool {
	if a.rel != relNone || b.rel != relNone || a.y != 0 || a.fiscal || b.fiscal {
		return false
	}
	switch {
	case a.d != 0 && b.d != 0: // "September 12 and 13", "12 and 13 September"
		if a.m != 0 && b.m != 0 && a.m != b.m || a.m == 0 && b.m == 0 {
			return false
		}
		return b.d == a.d+1
	case a.d == 0 && b.d == 0 && a.m != 0 && b.m != 0: // "March and April"
		return b.m == a.m+1
	}
	return false
}

// listGoesOn reports a list that continues after lexeme k with another
// date: "4 and 5, and 6 May". A span of two is read only when the list
// ends with it.
func (p *dateParser) listGoesOn(k int) bool {
	j := p.listSkip(k)
	if j == k {
		return false
	}
	_, ok := p.atom(j)
	return ok
}

// rangeSidesFit checks that two atoms can be the ends of one range.
func rangeSidesFit(p *dateParser, a, b part, lead bool) bool {
	dayOnly := func(x part) bool { return x.m == 0 && x.d != 0 }
	switch {
	case dayOnly(a) && dayOnly(b):
		return false
	case dayOnly(a):
		// "from 13 to 15 July", "4-22 January": the end names day and month
		if b.m == 0 || b.d == 0 {
			return false
		}
	case dayOnly(b):
		// "May 23 to 28, 1993", "July 13-15": the start names month and day
		if a.m == 0 || a.d == 0 {
			return false
		}
	}
	if a.rel != relNone || b.rel != relNone {
		return false
	}
	yearOnly := func(x part) bool { return x.m == 0 && x.d == 0 }
	if yearOnly(a) && yearOnly(b) {
		// "1960 - 1961", "from 2014 to 2018": two plausible years in order
		if !plausibleYear(a.y) || !plausibleYear(b.y) || b.y <= a.y || b.y-a.y > 200 {
			return false
		}
	}
	if a.bare && !p.yearContextOK(a.start, a.end) || b.bare && !p.yearContextOK(b.start, b.end) {
		return false
	}
	if !lead && !a.hasYear() && !b.hasYear() && a.d == 0 && b.d == 0 {
		return false // "May - June" alone is too weak; "July 13-15" is not
	}
	return true
}

// shortYearRange reads a range of years whose end keeps only its last two
// digits: "1992-93", "2008/09" is not one (a month). The end must be over
// 12 (so it cannot be a month) and after the start.
func (p *dateParser) shortYearRange(i, j int, a part, dash *lexeme, lead kw) (dateExpr, bool) {
	k := a.end + 1
	b := p.at(k)
	if !a.bare || !(dash.isDash() || dash.ch == '/') || !dash.glued() || !b.glued() || b.kind != lxNum || b.digits != 2 || b.val <= 12 {
		return dateExpr{}, false
	}
	if n := p.at(k + 1); n.glued() && (n.kind == lxNum || n.kind == lxWord || n.kind == lxDotted) {
		return dateExpr{}, false
	}
	y := a.y - a.y%100 + b.val
	if y <= a.y || !p.yearContextOK(a.start, a.end) || !p.yearContextOK(k, k+1) {
		return dateExpr{}, false
	}
	start := i
	if lead != kwFrom && lead != kwBetween {
		start = j
	}
	to := part{y: y, start: k, end: k + 1}
	return dateExpr{kind: exRange, from: a, to: to, start: start, end: k + 1}, true
}

// presentAt reads the word that leaves a range open at its end, right
// after the connector conn: "present", "the present (day)", "now",
// "today", and "date" after "to" ("to date"). It returns the index after
// it.
func (p *dateParser) presentAt(k int, conn *lexeme) (int, bool) {
	if p.isKw(k, kwDate) && conn.kind == lxWord && conn.kw == kwTo {
		return k + 1, true
	}
	the := p.isKw(k, kwThe) && p.isKw(k+1, kwPresent)
	if the {
		k++
	}
	if !p.isKw(k, kwPresent) && !p.isKw(k, kwToday) {
		return 0, false
	}
	if p.isKw(k+1, kwDay) {
		return k + 2, true // "to the present day"
	}
	if n := p.at(k + 1); !the && n.kind == lxWord && !n.upper && !n.nl && (n.kw == kwNone || n.kw == kwDet || n.kw == kwThe || n.kw == kwNoun) {
		// "figures for 2009 to present a trend": the verb; a capital or a
		// new line after it starts the next cell of a table
		return 0, false
	}
	return k + 1, true
}

// relDayStart reads "that day", "the same day", "that same day" at j: the
// day written just before, as the start of a range.
func (p *dateParser) relDayStart(j int) (part, bool) {
	if p.isKw(j, kwThat) && p.isKw(j+1, kwDay) {
		return part{rel: relSameDay, start: j, end: j + 2}, true
	}
	if rel, end, ok := p.relPeriodAt(j); ok && rel == relSameDay {
		return part{rel: rel, start: j, end: end}, true
	}
	return part{}, false
}

// relStartFits accepts a range whose start is named relative to the text
// ("from early May of this year until the end of October 1994", "from that
// day until February 1991") when "from" leads it and the end states its
// own year: the words say one span, and resolution fills the start as it
// fills the same words alone. An end relative too stays two dates.
func relStartFits(a, b part, lead kw) bool {
	if lead != kwFrom || b.rel != relNone || !b.hasYear() {
		return false
	}
	switch a.rel {
	case relThis, relSame, relSameDay, relSameMonth:
		return a.y == 0
	}
	return false
}
