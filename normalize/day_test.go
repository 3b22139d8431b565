package normalize

import "testing"

func TestIntervalValues(t *testing.T) {
	tests := []struct {
		name                    string
		iv                      Interval
		kind, value, start, end string
		gran                    string
	}{
		{"year", PointOf(YearOnly(2006)), "point", "2006", "2006-01-01", "2006-12-31", "year"},
		{"month in leap year", PointOf(YearMonth(2008, 2)), "point", "2008-02", "2008-02-01", "2008-02-29", "month"},
		{"month", PointOf(YearMonth(2007, 2)), "point", "2007-02", "2007-02-01", "2007-02-28", "month"},
		{"day", PointOf(FullDay(2010, 1, 12)), "point", "2010-01-12", "2010-01-12", "2010-01-12", "day"},
		{"range", Interval{From: YearMonth(2007, 1), To: YearMonth(2008, 2)}, "range", "2007-01/2008-02", "2007-01-01", "2008-02-29", "month"},
		{"mixed precision", Interval{From: YearOnly(2015), To: YearMonth(2018, 2)}, "range", "2015/2018-02", "2015-01-01", "2018-02-28", "month"},
		{"open end", Interval{From: YearOnly(1996)}, "open", "1996/..", "1996-01-01", "", "year"},
		{"open start", Interval{To: FullDay(2013, 3, 31)}, "open", "../2013-03-31", "", "2013-03-31", "day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv := tt.iv
			if !iv.Valid() {
				t.Fatalf("interval %+v not valid", iv)
			}
			if got := iv.Kind(); got != tt.kind {
				t.Errorf("Kind = %q, want %q", got, tt.kind)
			}
			if got := iv.Value(); got != tt.value {
				t.Errorf("Value = %q, want %q", got, tt.value)
			}
			if got := iv.Start(); got != tt.start {
				t.Errorf("Start = %q, want %q", got, tt.start)
			}
			if got := iv.End(); got != tt.end {
				t.Errorf("End = %q, want %q", got, tt.end)
			}
			if got := iv.Granularity().String(); got != tt.gran {
				t.Errorf("Granularity = %q, want %q", got, tt.gran)
			}
		})
	}
}

func TestIntervalInvalid(t *testing.T) {
	for name, iv := range map[string]Interval{
		"reversed":  {From: YearOnly(2010), To: YearOnly(2009)},
		"empty":     {},
		"bad month": PointOf(YearMonth(2010, 13)),
		"bad day":   PointOf(FullDay(2011, 2, 29)),
	} {
		if iv.Valid() {
			t.Errorf("%s: %+v reported valid", name, iv)
		}
	}
}

func TestParseISODate(t *testing.T) {
	good := map[string]Date{"2006": YearOnly(2006), "2006-04": YearMonth(2006, 4), "2000-02-29": FullDay(2000, 2, 29)}
	for s, want := range good {
		got, err := ParseISODate(s)
		if err != nil || got != want {
			t.Errorf("ParseISODate(%q) = %+v, %v; want %+v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "06", "2006-4", "2006/04", "1900-02-29", "2006-13", "abcd", "2006-04-31"} {
		if _, err := ParseISODate(s); err == nil {
			t.Errorf("ParseISODate(%q) accepted", s)
		}
	}
}
