package extract

// atomDayFirst reads a date that starts with its day:
//
//	12 January 2010    on19 January    14april 2015    31st Oct 1974
//	16. nov. 2016      the 13th of July                fourth of july, 1995
//	26th june of 2020  28 june in 2020                 5 February (year from context)
//
// Without a month it reads a lone day, with an optional year ("28, 1993"
// in "May 23 to 28, 1993"); only the range rule accepts such an atom, and
// only next to a side that names the month.
func atomDayFirst(p *dateParser, i int) (part, bool) {
	j := i
	if p.isKw(j, kwThe) {
		j++
	}
	d, ok := dayLexeme(p.at(j))
	if !ok {
		return part{}, false
	}
	dl := p.at(j)
	if dl.kind == lxNum && p.at(j-1).kind == lxPunct && p.at(j-1).glued() && dl.glued() && (p.at(j-1).ch == '/' || p.at(j-1).ch == '.' || p.at(j-1).ch == ',') {
		return part{}, false // inside "3/3/2015" or "6,107.31"
	}
	if j > i && dl.kind != lxOrd {
		// "the 13": only with an ordinal or a month after it
		if !(p.at(j+1).kind == lxMonth || (p.isKw(j+1, kwOf) && p.at(j+2).kind == lxMonth) || p.isKw(j+1, kwTo) || p.at(j+1).isDash()) {
			return part{}, false
		}
	}
	if p.followedByMonthOrNumberDash(j) {
		return part{}, false
	}
	a := part{d: d, start: i, end: j + 1}
	k := j + 1
	if dot := p.at(k); dot.kind == lxPunct && dot.ch == '.' && dot.glued() && p.at(k+1).kind == lxMonth {
		k++ // "16. nov. 2016"
	}
	if p.isKw(k, kwOf) && p.at(k+1).kind == lxMonth {
		k++
	}
	if p.isKw(k, kwThe) && p.at(k+1).kind == lxMonth {
		k++
	}
	if ml := p.at(k); ml.kind == lxMonth {
		if (ml.val == 5 || ml.val == 3) && !ml.upper && p.at(k+1).kind == lxWord && p.at(k+1).kw == kwNone {
			// "5 may be": a verb, not a month; a year or punctuation must follow
		} else {
			a.m = ml.val
			a.end = k + 1
			k++
			if dot := p.at(k); dot.kind == lxPunct && dot.ch == '.' && dot.glued() && !ml.full {
				if _, _, ok := p.yearAfter(k+1, true); ok {
					k++
				}
			}
		}
	}
	if a.m == 0 && dl.kind == lxNum && dl.glued() && p.at(j-1).kind == lxWord {
		return part{}, false // "A4", "COVID19": not a day
	}
	if y, end, ok := p.yearAfter(k, true); ok && (a.m != 0 || p.at(k).kind == lxPunct) {
		a.y, a.end = y, end
	} else if a.m != 0 {
		if rel, end, ok := p.relYearAfter(k); ok {
			a.rel, a.end = rel, end
		}
	}
	a.end = p.weekdayAfter(a.end)
	return a, true
}
