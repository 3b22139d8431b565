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
		small := strings.Repeat(unit, 1000)
		big := strings.Repeat(unit, 8000)
		ts, tb := timeFindDates(small), timeFindDates(big)
		// 8 times the text; allow 40 times the time for noise on a shared machine
		if tb > 40*ts && tb > 100*time.Millisecond {
			t.Errorf("%q: %v for 1000 repeats, %v for 8000: not linear", unit, ts, tb)
		}
	}
}

// timeFindDates is the best of five runs: the machine is shared, and a
// single run can be stalled by the scheduler or the garbage collector.
func timeFindDates(text string) time.Duration {
	toks := Tokenize(text)
	best := time.Duration(1<<63 - 1)
	for range 5 {
		start := time.Now()
		a := &Analysis{Doc: &Doc{Text: text}, Tokens: toks, Ref: fixedRef}
		FindDates(a)
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}
