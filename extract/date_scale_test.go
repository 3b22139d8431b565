package extract

import (
	"strings"
	"testing"
	"time"
)

// TestFindDatesLinear feeds long runs of one shape (numbers in a list,
// dates in a list, date words) and checks that time grows about linearly:
// a shape that made a rule look ahead without bound would show up here.
func TestFindDatesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	shapes := []string{"1, ", "3 and ", "May ", "in 2001, ", "from 1 to ", "the same year ", "12 January 2010 - ", "1992-93 ", "2, 3 May "}
	for _, unit := range shapes {
		small := strings.Repeat(unit, 2000)
		big := strings.Repeat(unit, 16000)
		ts, tb := timeFindDates(small), timeFindDates(big)
		// 8 times the text; allow 40 times the time for noise on a shared machine
		if tb > 40*ts && tb > 200*time.Millisecond {
			t.Errorf("%q: %v for 2000 repeats, %v for 16000: not linear", unit, ts, tb)
		}
	}
}

func timeFindDates(text string) time.Duration {
	toks := Tokenize(text)
	start := time.Now()
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: toks, Ref: fixedRef}
	FindDates(a)
	return time.Since(start)
}
