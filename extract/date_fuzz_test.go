package extract

import (
	"testing"

	"github.com/missionx/missionx/normalize"
)

// FuzzFindDates checks that any text yields dates whose spans hold their
// text and whose intervals are valid, without panics.
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"from May 23 to 28, 1993", "Since FY1990", "in August of the same year", "1992-93",
		"3, 4 and 5 May 2011", "(1994)", "2019/sep/01", "two thousand and eighteen", "on19 January",
		"the first half of", "Nov-Feb 2017", "12,2016", "10.31.1974", "Last year", "the same day",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, ref := range []normalize.Date{{}, fixedRef} {
			a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text), Ref: ref}
			FindDates(a)
			for _, d := range a.Res.Dates {
				if d.Span.Start < 0 || d.Span.End > len(text) || d.Span.Start >= d.Span.End || text[d.Span.Start:d.Span.End] != d.Text {
					t.Fatalf("bad span %v for %q in %q", d.Span, d.Text, text)
				}
				if !d.Interval.Valid() {
					t.Fatalf("invalid interval %s for %q", d.Interval.Value(), d.Text)
				}
				if d.Anchor != nil && text[d.Anchor.Span.Start:d.Anchor.Span.End] != d.Anchor.Text {
					t.Fatalf("bad anchor span for %q", d.Text)
				}
			}
		}
	})
}
