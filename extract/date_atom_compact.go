package extract

// atomCompact reads dates written without spaces: numbers and month names
// joined by one kind of separator ("10/31/1974", "2015-3-3", "31/Oct/1974",
// "2019-sep-1", "Dec-2018", "2/2013", "2014-10") or by inner dots in one
// number token ("10.31.1974", "2015.5.13"). A numeric date is read only
// where the order of its parts is not in doubt: year first, a four-digit
// year with one other part, a part over 12, or day equal to month. Two-digit
// years are not read.
func atomCompact(p *dateParser, i int) (part, bool) {
	l := p.at(i)
	if prev := p.at(i - 1); l.glued() && (prev.kind == lxNum || prev.kind == lxDotted || prev.kind == lxWord) {
		return part{}, false // inside a longer code: "A1/2015", "12/3/2015" seen from "3"
	}
	if p.insideCompact(i) {
		return part{}, false // the middle of "3/1/2012", read from its start
	}
	if l.kind == lxDotted {
		return dottedDate(p, i)
	}
	if l.kind != lxNum && l.kind != lxMonth {
		return part{}, false
	}
	items := [3]*lexeme{l}
	n := 1
	var sep rune
	j := i + 1
	for n <= 3 {
		s, v := p.at(j), p.at(j+1)
		if s.kind != lxPunct || !s.glued() || !v.glued() || (v.kind != lxNum && v.kind != lxMonth) {
			break
		}
		if s.ch != '/' && s.ch != '-' && s.ch != '.' {
			break
		}
		if sep == 0 {
			sep = s.ch
		} else if s.ch != sep {
			break // "Dec/2018-May/2019": a range of two compact dates
		}
		if n == 3 {
			return part{}, false // four parts: a code, not a date
		}
		items[n] = v
		n++
		j += 2
	}
	if n < 2 {
		return part{}, false
	}
	// a glued number or word right after: "2015-03-03T10", "1-6-1b"
	if next := p.at(j); next.glued() && (next.kind == lxNum || next.kind == lxWord || next.kind == lxMonth || next.kind == lxDotted) {
		return part{}, false
	}
	var y, m, d int
	var ok bool
	if n == 2 && !isYear4(items[0]) && !isYear4(items[1]) {
		// "06/06, 2015": month and day, then the year after a comma
		c, yl := p.at(j), p.at(j+1)
		if c.kind == lxPunct && c.ch == ',' && c.glued() && isYear4(yl) {
			items[2] = yl
			n = 3
			j += 2
		}
	}
	if n == 2 {
		y, m, ok = yearMonthPair(items[0], items[1])
	} else {
		y, m, d, ok = dayMonthYear(items[0], items[1], items[2])
	}
	if !ok {
		if n == 3 && isYear4(items[2]) && items[0].kind == lxNum && items[1].kind == lxNum && items[0].val <= 12 && items[1].val <= 12 {
			s := Span{l.span.Start, p.at(j - 1).span.End}
			p.debugf("date %q at byte %d: day and month could be either way round; left out", p.text[s.Start:s.End], s.Start)
		}
		return part{}, false
	}
	return part{y: y, m: m, d: d, start: i, end: j}, true
}

// dottedDate reads "10.31.1974", "13.5.2015" and "2015.5.13" (one token).
func dottedDate(p *dateParser, i int) (part, bool) {
	text := p.str(p.at(i))
	var items [3]lexeme
	n := 0
	for start := 0; start <= len(text); {
		end := start
		for end < len(text) && text[end] != '.' {
			end++
		}
		v, ok := digitsValue(text[start:end])
		if !ok || n == 3 {
			return part{}, false
		}
		items[n] = lexeme{kind: lxNum, val: v, digits: uint8(end - start)}
		n++
		start = end + 1
	}
	if n == 2 && items[0].digits == 4 && plausibleYear(items[0].val) && items[1].digits <= 2 && items[1].val >= 1 && items[1].val <= 12 {
		// "1992.9": year and month, as Japanese tables write them; not a
		// decimal before a unit ("1998.5 million")
		if next := p.at(i + 1); next.kind != lxWord && next.kind != lxMonth {
			return part{y: items[0].val, m: items[1].val, start: i, end: i + 1}, true
		}
	}
	if n != 3 {
		return part{}, false
	}
	y, m, d, ok := dayMonthYear(&items[0], &items[1], &items[2])
	if !ok {
		return part{}, false
	}
	return part{y: y, m: m, d: d, start: i, end: i + 1}, true
}

func isYear4(l *lexeme) bool { return l.kind == lxNum && l.digits == 4 && anyYear(l.val) }

func monthValue(l *lexeme) (int, bool) {
	switch {
	case l.kind == lxMonth:
		return l.val, true
	case l.kind == lxNum && l.digits <= 2 && l.val >= 1 && l.val <= 12:
		return l.val, true
	}
	return 0, false
}

func dayValue(l *lexeme) (int, bool) {
	if l.kind == lxNum && l.digits <= 2 && l.val >= 1 && l.val <= 31 {
		return l.val, true
	}
	return 0, false
}

// yearMonthPair reads Y-M or M-Y with a four-digit year.
func yearMonthPair(a, b *lexeme) (y, m int, ok bool) {
	if isYear4(a) {
		if m, ok := monthValue(b); ok {
			return a.val, m, true
		}
	}
	if isYear4(b) {
		if m, ok := monthValue(a); ok {
			return b.val, m, true
		}
	}
	return 0, 0, false
}

// dayMonthYear reads Y-M-D, D-M-Y or M-D-Y where the order is certain.
func dayMonthYear(a, b, c *lexeme) (y, m, d int, ok bool) {
	switch {
	case isYear4(a):
		m, ok1 := monthValue(b)
		d, ok2 := dayValue(c)
		return a.val, m, d, ok1 && ok2
	case isYear4(c):
		y = c.val
		if a.kind == lxMonth {
			d, ok := dayValue(b)
			return y, a.val, d, ok
		}
		if b.kind == lxMonth {
			d, ok := dayValue(a)
			return y, b.val, d, ok
		}
		da, okA := dayValue(a)
		db, okB := dayValue(b)
		if !okA || !okB {
			return 0, 0, 0, false
		}
		switch {
		case da > 12 && db <= 12:
			return y, db, da, true
		case db > 12 && da <= 12:
			return y, da, db, true
		case da == db:
			return y, da, db, true
		}
	}
	return 0, 0, 0, false
}

// insideCompact reports whether lexeme i continues a compact form that
// starts before it ("1" or "2012" in "3/1/2012"); such a form is read from
// its start or not at all.
func (p *dateParser) insideCompact(i int) bool {
	l, prev := p.at(i), p.at(i-1)
	if !(l.glued() && prev.kind == lxPunct && (prev.ch == '/' || prev.ch == '-' || prev.ch == '.') &&
		prev.glued() && (p.at(i-2).kind == lxNum || p.at(i-2).kind == lxMonth)) {
		return false
	}
	// "Nov/2013-Feb/2014": the form before uses another separator, so the
	// dash joins two compact dates and lexeme i starts the second
	if pp := p.at(i - 3); pp.kind == lxPunct && pp.glued() && p.at(i-2).glued() && pp.ch != prev.ch &&
		(pp.ch == '/' || pp.ch == '-' || pp.ch == '.') && p.at(i+1).kind == lxPunct && p.at(i+1).ch == pp.ch {
		return false
	}
	return true
}
