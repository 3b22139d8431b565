package normalize

import (
	"fmt"
	"strconv"
)

// Precision is how much of a date the words stated.
type Precision int

const (
	Year Precision = iota + 1
	Month
	Day
)

// String gives the contract's granularity name.
func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return "unknown"
}

// Date is a calendar date known to a precision: Y alone, Y-M, or Y-M-D.
// The zero value is "no date" (an open side of a range).
type Date struct {
	Y, M, D int
	P       Precision
}

// IsZero reports whether d is the empty (open) date.
func (d Date) IsZero() bool { return d.P == 0 }

// YearOnly, YearMonth and FullDay build dates at a precision.
func YearOnly(y int) Date          { return Date{Y: y, P: Year} }
func YearMonth(y, m int) Date      { return Date{Y: y, M: m, P: Month} }
func FullDay(y, m, dd int) Date    { return Date{Y: y, M: m, D: dd, P: Day} }
func (d Date) WithYear(y int) Date { d.Y = y; return d }
func (d Date) Valid() bool         { return d.P == 0 || validDate(d) }
func leap(y int) bool              { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
func lastDayOfMonth(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DaysIn returns the number of days of month m of year y.
func DaysIn(y, m int) int { return lastDayOfMonth(y, m) }

func validDate(d Date) bool {
	if d.Y < 1 || d.Y > 9999 {
		return false
	}
	if d.P >= Month && (d.M < 1 || d.M > 12) {
		return false
	}
	if d.P == Day && (d.D < 1 || d.D > lastDayOfMonth(d.Y, d.M)) {
		return false
	}
	return true
}

// ISO writes d at its own precision: 2006, 2006-04 or 2006-04-15.
// The open date is written "..".
func (d Date) ISO() string {
	switch d.P {
	case Year:
		return fmt.Sprintf("%04d", d.Y)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	}
	return ".."
}

// First is the first calendar day d covers, as YYYY-MM-DD.
func (d Date) First() string {
	switch d.P {
	case Year:
		return fmt.Sprintf("%04d-01-01", d.Y)
	case Month:
		return fmt.Sprintf("%04d-%02d-01", d.Y, d.M)
	case Day:
		return d.ISO()
	}
	return ""
}

// Last is the last calendar day d covers (inclusive), as YYYY-MM-DD.
func (d Date) Last() string {
	switch d.P {
	case Year:
		return fmt.Sprintf("%04d-12-31", d.Y)
	case Month:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, lastDayOfMonth(d.Y, d.M))
	case Day:
		return d.ISO()
	}
	return ""
}

// firstKey and lastKey are the first and last days d covers as YYYYMMDD
// integers: the same order as First and Last, without formatting.
func (d Date) firstKey() int {
	switch d.P {
	case Year:
		return d.Y*10000 + 101
	case Month:
		return d.Y*10000 + d.M*100 + 1
	}
	return d.Y*10000 + d.M*100 + d.D
}

func (d Date) lastKey() int {
	switch d.P {
	case Year:
		return d.Y*10000 + 1231
	case Month:
		return d.Y*10000 + d.M*100 + lastDayOfMonth(d.Y, d.M)
	}
	return d.Y*10000 + d.M*100 + d.D
}

// Before reports whether d starts before e ends are compared at day level by
// first days; used to order ends of a range.
func (d Date) Before(e Date) bool { return d.First() < e.First() }

// ParseISODate reads YYYY, YYYY-MM or YYYY-MM-DD.
func ParseISODate(s string) (Date, error) {
	bad := fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	num := func(part string) (int, bool) {
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	var d Date
	switch len(s) {
	case 4:
		y, ok := num(s)
		if !ok {
			return Date{}, bad
		}
		d = YearOnly(y)
	case 7:
		if s[4] != '-' {
			return Date{}, bad
		}
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:])
		if !ok1 || !ok2 {
			return Date{}, bad
		}
		d = YearMonth(y, m)
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return Date{}, bad
		}
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:7])
		dd, ok3 := num(s[8:])
		if !ok1 || !ok2 || !ok3 {
			return Date{}, bad
		}
		d = FullDay(y, m, dd)
	default:
		return Date{}, bad
	}
	if !validDate(d) {
		return Date{}, fmt.Errorf("date %q is not a calendar date", s)
	}
	return d, nil
}

// Interval is what a date expression denotes: a point (From only, To zero and
// Point true), a closed range (From and To), or an open range (one side zero).
type Interval struct {
	From, To Date
	Point    bool
}

// PointOf wraps a single date.
func PointOf(d Date) Interval { return Interval{From: d, Point: true} }

// Kind is the contract's kind: point, range or open.
func (iv Interval) Kind() string {
	if iv.Point {
		return "point"
	}
	if iv.From.IsZero() || iv.To.IsZero() {
		return "open"
	}
	return "range"
}

// Value is the ISO 8601 value: "2006", "2007-01/2008-02", "1996/..".
func (iv Interval) Value() string {
	if iv.Point {
		return iv.From.ISO()
	}
	return iv.From.ISO() + "/" + iv.To.ISO()
}

// Start is the first inclusive day, or "" for an open start.
func (iv Interval) Start() string { return iv.From.First() }

// End is the last inclusive day, or "" for an open end.
func (iv Interval) End() string {
	if iv.Point {
		return iv.From.Last()
	}
	return iv.To.Last()
}

// Granularity is the finer precision of the two ends.
func (iv Interval) Granularity() Precision {
	p := iv.From.P
	if !iv.Point && iv.To.P > p {
		p = iv.To.P
	}
	return p
}

// Valid reports whether the interval is well formed: valid dates, at least
// one side, and start not after end.
func (iv Interval) Valid() bool {
	if !iv.From.Valid() || !iv.To.Valid() {
		return false
	}
	if iv.Point {
		return !iv.From.IsZero()
	}
	if iv.From.IsZero() && iv.To.IsZero() {
		return false
	}
	if !iv.From.IsZero() && !iv.To.IsZero() && iv.From.firstKey() > iv.To.lastKey() {
		return false
	}
	return true
}
