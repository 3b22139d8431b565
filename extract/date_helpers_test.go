package extract

import (
	"strings"
	"testing"

	"github.com/missionx/missionx/normalize"
)

// fixedRef is the reference date of the rule tables: tests never depend on
// the clock.
var fixedRef = normalize.FullDay(2013, 2, 12)

// datesIn runs FindDates on text with the reference date ref (zero: none)
// and returns "text=value" for each date, checking the span invariant.
func datesIn(t *testing.T, text string, ref normalize.Date) []string {
	t.Helper()
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text), Ref: ref}
	FindDates(a)
	var out []string
	for _, d := range a.Res.Dates {
		if text[d.Span.Start:d.Span.End] != d.Text {
			t.Errorf("span %v of %q does not hold its text", d.Span, d.Text)
		}
		if !d.Interval.Valid() {
			t.Errorf("%q: invalid interval %s", d.Text, d.Interval.Value())
		}
		out = append(out, d.Text+"="+d.Interval.Value())
	}
	return out
}

type dateCase struct {
	text string
	want []string // "text=value", in text order
}

func runDateTable(t *testing.T, ref normalize.Date, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		got := datesIn(t, c.text, ref)
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}
