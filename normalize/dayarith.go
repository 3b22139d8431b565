package normalize

// Shift moves d by n units of its own precision: years for a year, months
// for a month (across year ends), days for a day (across month and year
// ends). It is how exclusive bounds become inclusive ones: "before 2012"
// ends in 2011, "after February 2013" starts in March 2013. The open date
// stays open.
func (d Date) Shift(n int) Date {
	switch d.P {
	case Year:
		d.Y += n
	case Month:
		m := d.Y*12 + (d.M - 1) + n
		d.Y, d.M = m/12, m%12+1
	case Day:
		d = fromDayNumber(dayNumber(d.Y, d.M, d.D) + n)
	}
	return d
}

// Compare orders two dates by their first days: -1, 0 or +1. A date at a
// coarser precision that contains the other compares equal at its first day
// only when both start on the same day.
func Compare(a, b Date) int {
	fa, fb := a.firstKey(), b.firstKey()
	switch {
	case fa < fb:
		return -1
	case fa > fb:
		return 1
	}
	return 0
}

// dayNumber counts days from 0001-01-01 (day 0) in the proleptic Gregorian
// calendar.
func dayNumber(y, m, d int) int {
	y0 := y - 1
	n := y0*365 + y0/4 - y0/100 + y0/400
	for mm := 1; mm < m; mm++ {
		n += lastDayOfMonth(y, mm)
	}
	return n + d - 1
}

func fromDayNumber(n int) Date {
	// estimate the year, then correct
	y := n/366 + 1
	for dayNumber(y+1, 1, 1) <= n {
		y++
	}
	rest := n - dayNumber(y, 1, 1)
	m := 1
	for rest >= lastDayOfMonth(y, m) {
		rest -= lastDayOfMonth(y, m)
		m++
	}
	return FullDay(y, m, rest+1)
}
