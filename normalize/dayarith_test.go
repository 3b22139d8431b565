package normalize

import "testing"

func TestShift(t *testing.T) {
	cases := []struct {
		in   Date
		n    int
		want string
	}{
		{YearOnly(2012), -1, "2011"},
		{YearOnly(2016), 1, "2017"},
		{YearMonth(2013, 2), 1, "2013-03"},
		{YearMonth(2013, 12), 1, "2014-01"},
		{YearMonth(2013, 1), -1, "2012-12"},
		{FullDay(2016, 1, 1), -1, "2015-12-31"},
		{FullDay(2016, 2, 28), 1, "2016-02-29"},
		{FullDay(2015, 2, 28), 1, "2015-03-01"},
		{FullDay(1999, 12, 31), 1, "2000-01-01"},
		{FullDay(2000, 3, 1), -1, "2000-02-29"},
		{FullDay(1900, 3, 1), -1, "1900-02-28"},
		{Date{}, 1, ".."},
	}
	for _, c := range cases {
		if got := c.in.Shift(c.n).ISO(); got != c.want {
			t.Errorf("%s shifted by %d = %s, want %s", c.in.ISO(), c.n, got, c.want)
		}
	}
}

func TestCompare(t *testing.T) {
	if Compare(YearMonth(2016, 11), YearMonth(2017, 2)) != -1 {
		t.Error("2016-11 should come before 2017-02")
	}
	if Compare(FullDay(2017, 2, 5), YearMonth(2017, 2)) != 1 {
		t.Error("2017-02-05 should come after the first day of 2017-02")
	}
	if Compare(YearOnly(2010), YearMonth(2010, 1)) != 0 {
		t.Error("2010 and 2010-01 start on the same day")
	}
}

func TestDateWords(t *testing.T) {
	for w, want := range map[string]int{"sept": 9, "sep": 9, "feb": 2, "december": 12, "may": 5} {
		if got, ok := MonthNumber(w); !ok || got != want {
			t.Errorf("MonthNumber(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if _, ok := MonthNumber("mayor"); ok {
		t.Error("mayor is not a month")
	}
}

// TestCalendarWordsParse checks every row of the embedded table, and that
// a broken row is reported with its line.
func TestCalendarWordsParse(t *testing.T) {
	m, err := parseCalendarWords(calendarWordsTSV)
	if err != nil {
		t.Fatal(err)
	}
	months := 0
	for _, w := range m {
		if w.Kind == MonthWord && w.Full {
			months++
		}
	}
	if months != 12 {
		t.Errorf("%d full month names, want 12", months)
	}
	for _, bad := range []string{"word\tkind\tvalue\nfoo\tmonth\t13\n", "word\tkind\tvalue\nfoo\tcolour\t1\n", "word\tkind\tvalue\nfoo\tmonth\n"} {
		if _, err := parseCalendarWords(bad); err == nil {
			t.Errorf("parseCalendarWords(%q): no error", bad)
		}
	}
}

func TestLookupDateWord(t *testing.T) {
	cases := map[string]DateWord{
		"sept":     {Kind: MonthWord, Value: 9},
		"august":   {Kind: MonthWord, Value: 8, Full: true},
		"fri":      {Kind: WeekdayWord},
		"third":    {Kind: OrdinalDayWord, Value: 3},
		"twenty":   {Kind: TensNumberWord, Value: 20},
		"eighteen": {Kind: SmallNumberWord, Value: 18},
		"mission":  {},
	}
	for w, want := range cases {
		if got := LookupDateWord(w); got != want {
			t.Errorf("LookupDateWord(%q) = %+v, want %+v", w, got, want)
		}
	}
}
