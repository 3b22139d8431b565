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

// "today" is the day of a release's date line; without one, or as the open
// end of a span, it is no day of its own.
func TestResolveToday(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"Relief Flights\n\nApril 4, 2010\n\nToday, the minister approved two flights. The office has run since 2008 until today.",
			[]string{"April 4, 2010=2010-04-04", "Today=2010-04-04", "since 2008 until today=2008/.."}},
		{"Relief Flights\n\nApril 4, 2010\n\nThe office has run from 2008 to today.",
			[]string{"April 4, 2010=2010-04-04", "from 2008 to today=2008/.."}},
		{"Relief Flights\n\nToday the camps hold 3,000 people; in 2009 they held 5,000.", []string{"in 2009=2009"}},
		{"Relief Flights (April 2010)\n\nToday the camps are calm.", []string{"(April 2010)=2010-04"}},
	})
}

// A magazine page dates its issue by month in its header: "last year" is
// read from it; a month without its year takes the latest year written.
func TestResolveIssueDate(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"Defense Review > No. 41 (March 2015) FEATURES\n\nThe camp opened in 2009. In May, the first team came. Crews rotated last year.",
			[]string{"(March 2015)=2015-03", "in 2009=2009", "In May=2009-05", "last year=2014"}},
		// no parentheses, or deep in the text: no issue date (last year from the reference date)
		{"Defense Review March 2015\n\nCrews rotated last year.", []string{"March 2015=2015-03", "last year=2012"}},
		{"The team wrote a long report on the camp and its roads. Later the report (March 2015) was read.\n\nCrews rotated last year.",
			[]string{"(March 2015)=2015-03", "last year=2012"}},
	})
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
		// the latest month written, also when its year comes from elsewhere
		{"Relief Teams\n\nMay 10, 2012\n\nThe plan dates from March 2009. The team flies out on June 2 and starts work later the same month.",
			[]string{"May 10, 2012=2012-05-10", "from March 2009=2009-03/..", "June 2=2012-06-02", "the same month=2012-06"}},
		{"A review came in 2004 and another the following year.", []string{"in 2004=2004", "the following year=2005"}},
		// a period named relative to the one in focus after "the end of", and
		// a month named as the following (or previous) one
		{"The battalion left in August 2005, and the last trucks were gone by the end of that month.",
			[]string{"in August 2005=2005-08", "by the end of that month=2005-08"}},
		{"Engineers arrived in March 2014 and most had left by the end of the year.",
			[]string{"in March 2014=2014-03", "by the end of the year=2014"}},
		{"The convoys ran at the end of the year 1998.", []string{"the year 1998=1998"}},
		{"Notice\n\n12 April 2003\n\nBoth officers will be back by the end of this month.",
			[]string{"12 April 2003=2003-04-12", "by the end of this month=2003-04"}},
		{"Both officers will be back by the end of this month.", nil}, // no date line: no month
		{"Two advisers came back in May 2010; one remained until the end of that year.",
			[]string{"in May 2010=2010-05", "until the end of that year=../2010"}},
		{"A review began in 2006 and ended at the beginning of the following year.",
			[]string{"in 2006=2006", "the beginning of the following year=2007"}},
		{"The pair landed on November 3, 2011 and stayed until the following February.",
			[]string{"November 3, 2011=2011-11-03", "until the following February=../2012-02"}},
		{"Surveys began in February 2015; the next September a clinic opened.",
			[]string{"in February 2015=2015-02", "the next September=2015-09"}},
		{"The mandate ended in June 2014; the previous October it had been cut.",
			[]string{"in June 2014=2014-06", "the previous October=2013-10"}},
		// a count of days or weeks from the latest day written before
		{"The flood peaked on 2 October 2009. Three days later the camp moved.",
			[]string{"2 October 2009=2009-10-02", "Three days later=2009-10-05"}},
		{"Talks ended on 28 February 2012. A week later the first monitors arrived, and 2 weeks later the rest.",
			[]string{"28 February 2012=2012-02-28", "A week later=2012-03-06", "2 weeks later=2012-03-13"}},
		{"The vote was held on 9 July 2010; the next day the count began.",
			[]string{"9 July 2010=2010-07-09", "the next day=2010-07-10"}},
		// earlier than a period counts back from its start
		{"The unit worked in the town from 5 to 25 May 2006. Its advance party had come two days earlier.",
			[]string{"from 5 to 25 May 2006=2006-05-05/2006-05-25", "two days earlier=2006-05-03"}},
		// not dates: no day written before, months and years, "later than"
		{"In March 2008 a storm came. Two days later it left.", []string{"In March 2008=2008-03"}},
		{"The office opened on 4 April 2007. Two years later it closed.", []string{"4 April 2007=2007-04-04"}},
		{"Reports came on 1 June 2005, three days later than planned.", []string{"1 June 2005=2005-06-01"}},
		// not dates: a determiner before, or "that year" without a lead
		{"It was its last year of operation; the next year's budget grew.", nil},
		{"By the end of that meeting, 40 officers had agreed.", nil},
		{"The camp opened in March 2009. In that month two teams came; that month's figures rose, and a clinic opened the following month.",
			[]string{"in March 2009=2009-03", "In that month=2009-03", "the following month=2009-04"}},
		{"The team left in December 2012 and came back the following month.",
			[]string{"in December 2012=2012-12", "the following month=2013-01"}},
		{"The following may follow in 2004.", []string{"in 2004=2004"}},
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

// TestResolveAgainstDateLine: in a document with a date line, a year-less
// day or month takes the occurrence nearest the date line, even when a
// later year was written before it; "the same year" still refers back.
func TestResolveAgainstDateLine(t *testing.T) {
	cases := []struct {
		text string
		want []string // "text=value@anchor"
	}{
		{"Dispatch of Engineers\nMay 14, 2010\n1. The team stays until December 31, 2011. It was formed on February 2 and its second group leaves for Haiti in September.\n",
			[]string{"May 14, 2010=2010-05-14@", "until December 31, 2011=../2011-12-31@", "February 2=2010-02-02@May 14, 2010", "in September=2010-09@May 14, 2010"}},
		// across the turn of the year: the nearest occurrence
		{"Press Release\nJanuary 8, 2009\nThe Cabinet decided on December 19 to send two officers, who leave on January 20.\n",
			[]string{"January 8, 2009=2009-01-08@", "December 19=2008-12-19@January 8, 2009", "January 20=2009-01-20@January 8, 2009"}},
		// the tense of the clause picks the occurrence before or after the date line
		{"Press Release\nFebruary 20, 2013\nThe unit was set up in November and will rotate in January.\nObservers arrived on December 1.\n",
			[]string{"February 20, 2013=2013-02-20@", "in November=2012-11@February 20, 2013", "in January=2014-01@February 20, 2013", "December 1=2012-12-01@February 20, 2013"}},
		{"Press Release\nFebruary 20, 2013\nElections are scheduled for March 3. The office opened on October 1.\n",
			[]string{"February 20, 2013=2013-02-20@", "March 3=2013-03-03@February 20, 2013", "October 1=2012-10-01@February 20, 2013"}},
		// a range without years takes one year for both ends
		{"Press Release\nOctober 2, 2012\nTraining was held from September 24 to 28 in Tokyo.\n",
			[]string{"October 2, 2012=2012-10-02@", "from September 24 to 28=2012-09-24/2012-09-28@October 2, 2012"}},
		// "the same year" refers to the latest year written, not the date line
		{"Press Release\nApril 3, 2014\nThe mission began in March 2011; in July of the same year Japan joined.\n",
			[]string{"April 3, 2014=2014-04-03@", "in March 2011=2011-03@", "in July of the same year=2011-07@March 2011"}},
		// without a date line: the latest year written before
		{"The team observed the vote from 2 to 6 May 2009 and returned on 10 May. In 2011 a report followed on 3 June.",
			[]string{"from 2 to 6 May 2009=2009-05-02/2009-05-06@", "10 May=2009-05-10@from 2 to 6 May 2009", "In 2011=2011@", "3 June=2011-06-03@2011"}},
	}
	for _, c := range cases {
		a := &Analysis{Doc: &Doc{Text: c.text}, Tokens: Tokenize(c.text), Ref: fixedRef}
		FindDates(a)
		var got []string
		for _, d := range a.Res.Dates {
			s := d.Text + "=" + d.Interval.Value() + "@"
			if d.Anchor != nil {
				s += d.Anchor.Text
				if c.text[d.Anchor.Span.Start:d.Anchor.Span.End] != d.Anchor.Text {
					t.Errorf("%q: anchor span does not hold its text", d.Text)
				}
			}
			got = append(got, s)
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

func TestForLead(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"A vote is planned for October 2014.", []string{"October 2014=2014-10"}},
		{"Talks are scheduled for 5 May 2015 in Dili.", []string{"5 May 2015=2015-05-05"}},
		{"The budget for Nov/2013-Feb/2014 was set.", []string{"Nov/2013-Feb/2014=2013-11/2014-02"}},
		{"Rations for 2010 people were sent.", nil},
	})
}
