package extract

// matchDecade reads a decade, which pages use for the history of a
// mission or a policy:
//
//	the 1990s, in the 1990's, during the 2000s -> 1990/1999 (a range of years)
//	since the 1990s, from the 1980s             -> 1990/.. (open)
//
// Only "the" right before the number makes it a decade: "the early 1990s"
// and "the mid-1990s" name a vague part of one, for which the contract has
// no rule, and are left out.
func matchDecade(p *dateParser, i int) (dateExpr, bool) {
	j := i
	kind := exRange
	if l := p.at(j); l.kind == lxWord {
		switch l.kw {
		case kwIn, kwDuring, kwThroughout:
			j++
		case kwSince, kwFrom:
			kind = exOpenFrom
			j++
		}
	}
	if !p.isKw(j, kwThe) {
		return dateExpr{}, false
	}
	n := p.at(j + 1)
	if n.kind != lxNum || n.digits != 4 || n.val%10 != 0 || !plausibleYear(n.val) {
		return dateExpr{}, false
	}
	end, ok := p.decadeSuffix(j + 2)
	if !ok {
		return dateExpr{}, false
	}
	from := part{y: n.val, start: j + 1, end: end}
	e := dateExpr{kind: kind, from: from, start: i, end: end}
	if kind == exRange {
		e.to = part{y: n.val + 9, start: j + 1, end: end}
	}
	return e, true
}

// decadeSuffix reads the "s" of "1990s" or "1990's", glued to the number,
// and returns the index after it.
func (p *dateParser) decadeSuffix(k int) (int, bool) {
	if a := p.at(k); a.kind == lxPunct && (a.ch == '\'' || a.ch == '’') && a.glued() {
		k++
	}
	s := p.at(k)
	if w := p.str(s); s.kind != lxWord || !s.glued() || w != "s" && w != "'s" && w != "’s" {
		return 0, false
	}
	return k + 1, true
}
