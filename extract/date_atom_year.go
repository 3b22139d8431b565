package extract

// atomYearFirst reads a date that starts with its year:
//
//	2016 (a lone year: bare, a date only where the rules see a date context)
//	FY1990, FY 1990, fiscal year 1990 (a fiscal year: April to March, see fiscalYear)
//	2016 November, 2017 april, 2016, nov   (year and month)
//	2016 10 16   (year, month, day separated by spaces)
//	two thousand and eighteen   (lexed into one number)
func atomYearFirst(p *dateParser, i int) (part, bool) {
	j := i
	fiscal := false
	switch {
	case p.isKw(j, kwFY):
		j++
		fiscal = true
	case p.isKw(j, kwFiscal) && p.isKw(j+1, kwYear):
		j += 2
		fiscal = true
	}
	l := p.at(j)
	if l.kind != lxNum || l.digits != 4 || !anyYear(l.val) {
		return part{}, false
	}
	if prev := p.at(j - 1); l.glued() && !fiscal && (prev.kind == lxNum || prev.kind == lxDotted || prev.kind == lxWord) {
		return part{}, false // "B-747", "A2015": a code
	}
	if !fiscal && p.insideCompact(j) && !(p.at(j-1).isDash() && isYear4(p.at(j-2))) {
		// "3/1/2012" read from "2012"; "2014-2018" is a range of years
		return part{}, false
	}
	if n := p.at(j + 1); n.glued() && (n.kind == lxNum || n.kind == lxDotted || n.kind == lxWord || n.kind == lxMonth) {
		return part{}, false
	}
	a := part{y: l.val, start: i, end: j + 1, bare: !fiscal, fiscal: fiscal}
	k := j + 1
	// "2016 November", "2016, nov"
	c := k
	if p.at(c).kind == lxPunct && p.at(c).ch == ',' {
		c++
	}
	if m := p.at(c); m.kind == lxMonth && !l.words && (c == k || !m.upper) {
		// after a comma only in lower case ("2016, nov"): "In 2010, March
		// saw ..." starts a new phrase
		// a month right after the year, unless it opens a date of its own ("2015, May 3 ...")
		if _, ok := dayLexeme(p.at(c + 1)); !ok || c == k {
			if !((m.val == 5 || m.val == 3) && !m.upper && p.at(c+1).kind == lxWord) {
				a.m, a.end, a.bare = m.val, c+1, false
				return a, true
			}
		}
	}
	// "2016 10 16"
	if m, d := p.at(k), p.at(k+1); m.kind == lxNum && d.kind == lxNum && m.space && d.space && m.digits <= 2 && d.digits <= 2 &&
		m.val >= 1 && m.val <= 12 && d.val >= 1 && d.val <= 31 && !l.words {
		if n := p.at(k + 2); n.kind != lxNum && n.kind != lxDotted {
			a.m, a.d, a.end, a.bare = m.val, d.val, k+2, false
			return a, true
		}
	}
	if a.bare && !plausibleYear(a.y) {
		return part{}, false
	}
	return a, true
}
