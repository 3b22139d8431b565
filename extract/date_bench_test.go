package extract

import (
	"strings"
	"testing"
)

// benchText is a synthetic mission page of about 2 KB with the usual date
// forms and plenty of numbers that are not dates.
var benchText = func() string {
	para := "Extension of the Assignment of Observers\n\nMarch 9, 2009\n\n" +
		"1. On March 9 (Mon), the Cabinet decided to extend the assignment of 12 observers for another six months, until 30 September 2009. " +
		"The mission, set up in 1991 under resolution 690 (1991), has deployed about 1,200 personnel since FY1992. " +
		"Between January 2005 and February 2006 two teams served; the first from May 3 to 28, 2005 and the second from June 1 to 15. " +
		"In August of the same year, a review began. By the end of 2007, 45 officers had served for 3 years each, about 60% of the total. " +
		"Contact: 03-3580-3311, 100-8919 Tokyo. Population: 2.5 million (2008). The force grew from 200 to 350 members in 2008 and 2009.\n"
	var b strings.Builder
	for b.Len() < 2048 {
		b.WriteString(para)
	}
	return b.String()
}()

func BenchmarkFindDates(b *testing.B) {
	doc := &Doc{Text: benchText}
	toks := Tokenize(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		a := &Analysis{Doc: doc, Tokens: toks, Ref: fixedRef}
		FindDates(a)
	}
}

func TestBenchTextDates(t *testing.T) {
	got := datesIn(t, benchText, fixedRef)
	if len(got) < 10 {
		t.Errorf("benchmark text yields only %d dates: %q", len(got), got)
	}
	for _, g := range got {
		if strings.Contains(g, "200 to 350") || strings.Contains(g, "3580") || strings.Contains(g, "690") {
			t.Errorf("not a date: %s", g)
		}
	}
}

// BenchmarkDatesStage is FindDates alone on the synthetic benchmark corpus
// (tokens made beforehand), the dates line of BenchmarkStages in isolation
// for profiling.
func BenchmarkDatesStage(b *testing.B) {
	docs := benchDecoded(b)
	toks := make([][]Token, len(docs))
	for i, d := range docs {
		toks[i] = Tokenize(d.Text)
	}
	b.ReportAllocs()
	loop(b, func(i int) {
		k := i % len(docs)
		a := &Analysis{Doc: docs[k], Tokens: toks[k], opts: &Options{}}
		FindDates(a)
	})
}
