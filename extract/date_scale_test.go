package extract

import (
	"strings"
	"testing"
)

// TestFindDatesLinear feeds long runs of one shape (numbers in a list,
// dates in a list, date words) and checks that the parser's work grows
// linearly with the text: a rule that looked ahead without bound (as the
// list look-ahead once did on "1, 2, 3, ...") would show up here. It counts
// steps rather than time, so a busy machine cannot make it flaky.
func TestFindDatesLinear(t *testing.T) {
	shapes := []string{"1, ", "3 and ", "May ", "in 2001, ", "from 1 to ", "the same year ", "12 January 2010 - ", "1992-93 ", "2, 3 May "}
	for _, unit := range shapes {
		small, big := parseSteps(strings.Repeat(unit, 200)), parseSteps(strings.Repeat(unit, 1600))
		if big > 9*small+100 {
			t.Errorf("%q: %d steps for 200 repeats, %d for 1600: not linear", unit, small, big)
		}
	}
}

func parseSteps(text string) int {
	p := &dateParser{text: text, lx: dateLex(Tokenize(text), nil)}
	p.atoms = make([]atomMemo, len(p.lx))
	p.parse()
	p.borrowFromLists()
	return p.steps
}
