package extract

import "testing"

// atomCase is one written date and what an atom form reads from its start.
type atomCase struct {
	text    string
	y, m, d int
	rel     relYear
	read    string // the text the atom covers; "" when the form must not match
}

func runAtomTable(t *testing.T, name string, form func(*dateParser, int) (part, bool), cases []atomCase) {
	t.Helper()
	for _, c := range cases {
		p := &dateParser{text: c.text, lx: dateLex(Tokenize(c.text), nil)}
		p.atoms = make([]atomMemo, len(p.lx))
		a, ok := form(p, 0)
		if c.read == "" {
			if ok {
				t.Errorf("%s(%q) read %q, want no match", name, c.text, p.mention(a.start, a.end).Text)
			}
			continue
		}
		if !ok {
			t.Errorf("%s(%q): no match, want %q", name, c.text, c.read)
			continue
		}
		if got := p.mention(a.start, a.end).Text; got != c.read || a.y != c.y || a.m != c.m || a.d != c.d || a.rel != c.rel {
			t.Errorf("%s(%q) = %q y=%d m=%d d=%d rel=%d; want %q y=%d m=%d d=%d rel=%d",
				name, c.text, got, a.y, a.m, a.d, a.rel, c.read, c.y, c.m, c.d, c.rel)
		}
	}
}

func TestAtomCompact(t *testing.T) {
	runAtomTable(t, "atomCompact", atomCompact, []atomCase{
		{"10/31/1974 was", 1974, 10, 31, 0, "10/31/1974"},
		{"31/10/1974", 1974, 10, 31, 0, "31/10/1974"},
		{"7/7/2007", 2007, 7, 7, 0, "7/7/2007"},
		{"2015-03-03", 2015, 3, 3, 0, "2015-03-03"},
		{"2015.5.13", 2015, 5, 13, 0, "2015.5.13"},
		{"13.5.2015", 2015, 5, 13, 0, "13.5.2015"},
		{"31/Oct/1974", 1974, 10, 31, 0, "31/Oct/1974"},
		{"2019-sep-1", 2019, 9, 1, 0, "2019-sep-1"},
		{"Sep-23-2020", 2020, 9, 23, 0, "Sep-23-2020"},
		{"Dec-2018", 2018, 12, 0, 0, "Dec-2018"},
		{"2/2013", 2013, 2, 0, 0, "2/2013"},
		{"2014/10", 2014, 10, 0, 0, "2014/10"},
		{"11-2016", 2016, 11, 0, 0, "11-2016"},
		{"06/06, 2015", 2015, 6, 6, 0, "06/06, 2015"},
		{"5/6/2012", 0, 0, 0, 0, ""},    // day and month in doubt
		{"1-6-1", 0, 0, 0, 0, ""},       // no four-digit year
		{"3-3580-3311", 0, 0, 0, 0, ""}, // a phone number
		{"100-8919", 0, 0, 0, 0, ""},    // a postal code
		{"1/2/3/2015", 0, 0, 0, 0, ""},  // four parts
		{"2014-2018", 0, 0, 0, 0, ""},   // a range of years, read by the range rule
		{"13.84", 0, 0, 0, 0, ""},       // a decimal
		{"1992.9 - 1993.9", 1992, 9, 0, 0, "1992.9"},
		{"1998.5 million", 0, 0, 0, 0, ""}, // a decimal before a unit
	})
}

func TestAtomMonthFirst(t *testing.T) {
	runAtomTable(t, "atomMonthFirst", atomMonthFirst, []atomCase{
		{"March 3, 2010 was", 2010, 3, 3, 0, "March 3, 2010"},
		{"march 3rd 2015", 2015, 3, 3, 0, "march 3rd 2015"},
		{"January first 2000", 2000, 1, 1, 0, "January first 2000"},
		{"Dec. 31 , 1994", 1994, 12, 31, 0, "Dec. 31 , 1994"},
		{"Sept. 1992 report", 1992, 9, 0, 0, "Sept. 1992"},
		{"Jan, 2001", 2001, 1, 0, 0, "Jan, 2001"},
		{"june of 1992", 1992, 6, 0, 0, "june of 1992"},
		{"january 12 of 2016", 2016, 1, 12, 0, "january 12 of 2016"},
		{"June the 28th 2020", 2020, 6, 28, 0, "June the 28th 2020"},
		{"April in 2016 to", 2016, 4, 0, 0, "April in 2016"},
		{"January 26 (Fri), the", 0, 1, 26, 0, "January 26 (Fri)"},
		{"April 8, the Government", 0, 4, 8, 0, "April 8"},
		{"May 23 to 28", 0, 5, 23, 0, "May 23"},
		{"August of the same year", 0, 8, 0, relSame, "August of the same year"},
		{"March this year", 0, 3, 0, relThis, "March this year"},
		{"October of the following year", 0, 10, 0, relNext, "October of the following year"},
		{"june twenty-second 2017", 2017, 6, 22, 0, "june twenty-second 2017"},
		{"may be", 0, 0, 0, 0, ""},
		{"march on", 0, 0, 0, 0, ""},
		{"march 5 km", 0, 0, 0, 0, ""},
		{"may 5 of them", 0, 0, 0, 0, ""},
	})
}

func TestAtomDayFirst(t *testing.T) {
	runAtomTable(t, "atomDayFirst", atomDayFirst, []atomCase{
		{"12 January 2010 was", 2010, 1, 12, 0, "12 January 2010"},
		{"14april 2015", 2015, 4, 14, 0, "14april 2015"},
		{"31st Oct 1974", 1974, 10, 31, 0, "31st Oct 1974"},
		{"16. nov. 2016", 2016, 11, 16, 0, "16. nov. 2016"},
		{"the 13th of July", 0, 7, 13, 0, "the 13th of July"},
		{"fourth of july, 1995", 1995, 7, 4, 0, "fourth of july, 1995"},
		{"26th june of 2020", 2020, 6, 26, 0, "26th june of 2020"},
		{"28 june in 2020", 2020, 6, 28, 0, "28 june in 2020"},
		{"5 February, the", 0, 2, 5, 0, "5 February"},
		{"28, 1993", 1993, 0, 28, 0, "28, 1993"},
		{"15 to", 0, 0, 15, 0, "15"},
		{"twenty second of june 2017", 2017, 6, 22, 0, "twenty second of june 2017"},
		{"40 January", 0, 0, 0, 0, ""},
		{"the 13 officers", 0, 0, 0, 0, ""},
	})
}

func TestAtomYearFirst(t *testing.T) {
	runAtomTable(t, "atomYearFirst", atomYearFirst, []atomCase{
		{"2016 was", 2016, 0, 0, 0, "2016"},
		{"FY1990 budget", 1990, 0, 0, 0, "FY1990"},
		{"FY 1990", 1990, 0, 0, 0, "FY 1990"},
		{"fiscal year 2008", 2008, 0, 0, 0, "fiscal year 2008"},
		{"2016 November", 2016, 11, 0, 0, "2016 November"},
		{"2016, nov", 2016, 11, 0, 0, "2016, nov"},
		{"2016 10 16", 2016, 10, 16, 0, "2016 10 16"},
		{"two thousand and eighteen", 2018, 0, 0, 0, "two thousand and eighteen"},
		{"1500 cases", 0, 0, 0, 0, ""}, // not a plausible lone year
		{"1990s", 0, 0, 0, 0, ""},      // a decade
	})
}

// TestAtomStarts checks canStartAtom, which lets atom skip the atom forms:
// no form matches at a lexeme it rejects, on the benchmark text and on
// every synthetic benchmark document.
func TestAtomStarts(t *testing.T) {
	texts := []string{benchText, "the 13th of July", "FY1990 and fiscal year 1991", "Sept. 1992", "1.3.2015", "two thousand and ten"}
	for _, r := range benchRaw {
		if r.Format == "text" {
			texts = append(texts, string(r.Body))
		}
	}
	for _, text := range texts {
		p := &dateParser{text: text, lx: dateLex(Tokenize(text), nil)}
		p.atoms = make([]atomMemo, len(p.lx))
		for i := range p.lx {
			if p.lx[i].canStartAtom() {
				continue
			}
			for k, form := range atomForms {
				if a, ok := form(p, i); ok {
					t.Fatalf("atom form %d matches %q at a lexeme canStartAtom rejects", k, p.mention(a.start, a.end).Text)
				}
			}
		}
	}
}

// TestRuleStarts checks canStart, which lets parse skip the rules: no
// rule matches at a lexeme it rejects, on the benchmark text, on every
// synthetic benchmark document and on phrases that put each keyword first.
func TestRuleStarts(t *testing.T) {
	texts := []string{benchText}
	for word := range keywords {
		texts = append(texts, word+" 2010", word+" the 1990s", word+" May 2010 to June 2011", word+" the same year", word+" 2012 or later")
	}
	for _, r := range benchRaw {
		if r.Format == "text" {
			texts = append(texts, string(r.Body))
		}
	}
	for _, text := range texts {
		p := &dateParser{text: text, lx: dateLex(Tokenize(text), nil)}
		p.atoms = make([]atomMemo, len(p.lx))
		for i := range p.lx {
			if p.lx[i].canStart() {
				continue
			}
			for _, r := range dateRules {
				if e, ok := r.match(p, i); ok && e.end > i {
					t.Fatalf("rule %s matches %q at a lexeme canStart rejects", r.name, p.mention(e.start, e.end).Text)
				}
			}
		}
	}
}
