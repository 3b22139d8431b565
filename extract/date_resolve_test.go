package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/missionx/missionx/normalize"
)

func TestResolveFromText(t *testing.T) {
	text := "Unrest began in May 2006. The council acted in September of the same year. " +
		"Teams served from June 12 to 20, 2008, and from June 28 to July 3 they counted votes. " +
		"On 4 March 2010 the council met; on5 March it voted."
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text)}
	FindDates(a)
	type want struct{ text, value, anchor string }
	wants := []want{
		{"in May 2006", "2006-05", ""},
		{"in September of the same year", "2006-09", "May 2006"},
		{"from June 12 to 20, 2008", "2008-06-12/2008-06-20", ""},
		{"from June 28 to July 3", "2008-06-28/2008-07-03", "from June 12 to 20, 2008"},
		{"On 4 March 2010", "2010-03-04", ""},
		{"5 March", "2010-03-05", "4 March 2010"},
	}
	if len(a.Res.Dates) != len(wants) {
		t.Fatalf("got %d dates, want %d: %+v", len(a.Res.Dates), len(wants), a.Res.Dates)
	}
	for i, w := range wants {
		d := a.Res.Dates[i]
		if d.Text != w.text || d.Interval.Value() != w.value {
			t.Errorf("date %d: got %q=%s, want %q=%s", i, d.Text, d.Interval.Value(), w.text, w.value)
		}
		if (w.anchor != "") != d.Relative {
			t.Errorf("%q: relative = %v", d.Text, d.Relative)
		}
		switch {
		case w.anchor == "" && d.Anchor != nil:
			t.Errorf("%q: unexpected anchor %q", d.Text, d.Anchor.Text)
		case w.anchor != "" && (d.Anchor == nil || d.Anchor.Text != w.anchor):
			t.Errorf("%q: anchor %+v, want %q", d.Text, d.Anchor, w.anchor)
		case d.Anchor != nil && text[d.Anchor.Span.Start:d.Anchor.Span.End] != d.Anchor.Text:
			t.Errorf("%q: anchor span does not hold its text", d.Text)
		}
	}
}

func TestResolveDateLine(t *testing.T) {
	text := "Dispatch of Observers\nMarch 9, 2009\n1. On March 9 (Mon), the Cabinet decided to send two observers.\n" +
		"2. Since January this year, the mission has grown. Next year a review is due.\n"
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text)}
	FindDates(a)
	got := map[string]string{}
	anchors := map[string]string{}
	for _, d := range a.Res.Dates {
		got[d.Text] = d.Interval.Value()
		if d.Anchor != nil {
			anchors[d.Text] = d.Anchor.Text
		}
	}
	for text, value := range map[string]string{"March 9, 2009": "2009-03-09", "On March 9 (Mon)": "2009-03-09", "Since January this year": "2009-01/.."} {
		if got[text] != value {
			t.Errorf("%q = %q, want %q (all: %v)", text, got[text], value, got)
		}
	}
	if anchors["Since January this year"] != "March 9, 2009" {
		t.Errorf("anchor of 'this year' = %q, want the date line", anchors["Since January this year"])
	}
}

func TestResolveRefAndNoRef(t *testing.T) {
	text := "The exercise is held from 3 to 7 June."
	if got := datesIn(t, text, normalize.FullDay(2019, 1, 5)); len(got) != 1 || got[0] != "from 3 to 7 June=2019-06-03/2019-06-07" {
		t.Errorf("with a reference date: %q", got)
	}
	var notes []string
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text), opts: &Options{Debugf: func(f string, args ...any) { notes = append(notes, f) }}}
	FindDates(a)
	if len(a.Res.Dates) != 0 {
		t.Errorf("without a reference date the expression must be left out, got %+v", a.Res.Dates)
	}
	if len(notes) == 0 {
		t.Error("leaving an expression out must be noted with Debugf")
	}
}

func TestResolveDeicticAndSamePeriod(t *testing.T) {
	runDateTable(t, normalize.FullDay(2008, 3, 1), []dateCase{
		{"Last year, two officers went. In May of the same year a third joined.",
			[]string{"Last year=2007", "In May of the same year=2007-05"}},
		{"The plan starts next year and was drafted this year.", []string{"next year=2009", "this year=2008"}},
		{"The office opened in July 2011 and the mission was set up the same month.",
			[]string{"in July 2011=2011-07", "the same month=2011-07"}},
		{"Talks began on 3 June 2004; on the same day a truce held.", []string{"3 June 2004=2004-06-03", "the same day=2004-06-03"}},
		{"A review came in 2004 and another the following year.", []string{"in 2004=2004", "the following year=2005"}},
		// not dates: a determiner before, or "that year" without a lead
		{"It was its last year of operation; the next year's budget grew.", nil},
		{"Japan sent that year's contingent.", nil},
	})
	text := "Last year, two officers went. In May of the same year a third joined."
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text), Ref: normalize.FullDay(2008, 3, 1)}
	FindDates(a)
	if len(a.Res.Dates) != 2 || a.Res.Dates[0].Anchor != nil || !a.Res.Dates[0].Relative ||
		a.Res.Dates[1].Anchor == nil || a.Res.Dates[1].Anchor.Text != "Last year" {
		t.Errorf("anchors: %+v", a.Res.Dates)
	}
}

func TestAmbiguousNumericDateNoted(t *testing.T) {
	var notes []string
	text := "Signed 05/06/2012 in Geneva."
	a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text), opts: &Options{Debugf: func(f string, args ...any) { notes = append(notes, fmt.Sprintf(f, args...)) }}}
	FindDates(a)
	if len(a.Res.Dates) != 0 || len(notes) != 1 || !strings.Contains(notes[0], "05/06/2012") {
		t.Errorf("dates %+v, notes %q: want none and one note naming 05/06/2012", a.Res.Dates, notes)
	}
}
