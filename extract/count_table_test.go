package extract

import (
	"fmt"
	"strings"
	"testing"
)

// Bare numbers in the size column of a plain-text table count the role of
// their row; nothing else in or around the table is counted.
func TestTableCounts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "text = bounds flags role"
	}{
		{"size column with paired roles and a ceiling",
			"Operation  Country  Years  Personnel  Size\n" +
				"UNFICYP  Cyprus  Mar 1999 - Apr 2001  Military observers / engineering unit  4 / 210\n" +
				"UNMEE  Eritrea  Jun 2003 - Jul 2005  Staff officers  up to 12\n" +
				"UNIFIL  Lebanon  Jan 2004 - present  Medical unit  20 per rotation (60 in total)\n" +
				"UNOCI  Ivory Coast  Feb 2006 - Mar 2007  Advisers  7\n" +
				"\nNotes: 3 rows were revised in 2008.\n",
			// "Advisers" is no role, but the header says the sizes count personnel
			[]string{"4 = 4  military observer", "210 = 210  engineering unit", "up to 12 = ..12  staff officer",
				"20 per rotation = 20  medical unit", "60 in total = 60 t medical unit", "7 = 7  "}},
		{"bar-separated table whose rows name no role: the header names people",
			"Logistics Battalions\n\n" +
				"Cycle | Months | Personnel\n" +
				"Rotation A | Feb 2005 - Aug 2005 | about 120\n" +
				"Rotation B | Aug 2005 - Mar 2006 | 95\n" +
				"Rotation C | Mar 2006 - Sep 2006 | 95\n" +
				"\nEach rotation flew home on chartered aircraft.\n",
			[]string{"about 120 = 120 a logistics unit", "95 = 95  logistics unit", "95 = 95  logistics unit"}},
		{"bar-separated table with the number in a column of its own",
			"Term | Personnel | Number\nApr 2001 - Oct 2001 | first contingent | 60\nOct 2001 - Apr 2002 | second contingent | 58\n",
			[]string{"60 = 60  ", "58 = 58  "}},
		{"bar-separated table with a role in the row",
			"| Years | Unit | Persons |\n| 1999-2000 | Medical unit | 25 |\n| 2000-2001 | Medical unit | 30 |\n",
			[]string{"25 = 25  medical unit", "30 = 30  medical unit"}},
		{"a bar table of two columns: a label and its head count",
			"Strength in March 2009:\nGroup | Persons\nStaff officers | 14\nSupport staff | 230\n",
			[]string{"14 = 14  staff officer", "230 = 230  "}},
		{"two cells apart by spaces are no table",
			"Strength in March 2009:\nGroup  Persons\nStaff officers  14\n", nil},
		{"a people header is needed for rows that name no role",
			"Year | Route | Number\n2004 | Amman to Baghdad | 12\n2005 | Amman to Erbil | 9\n", nil},
		{"no size header, no count", "Operation  Country  Years  Personnel\nUNMEE  Eritrea  2003 - 2005  Staff officers\n", nil},
		{"a row with a different shape ends nothing but is not read",
			"Mission  Period  Size\nUNMEE  2003  Staff officers  5\n", nil},
		{"unpaired parts are left out",
			"Mission  Period  Unit  Size\nUNMEE  Jun 2003 - Jul 2005  Staff officers and transport unit  5 / 6\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractFixture(t, tt.text)
			var got []string
			for _, c := range res.Counts {
				if tt.text[c.Span.Start:c.Span.End] != c.Text {
					t.Errorf("count %q: span %v holds %q", c.Text, c.Span, tt.text[c.Span.Start:c.Span.End])
				}
				got = append(got, fmt.Sprintf("%s = %s %s %s", c.Text, boundsString(c), flagsString(c), c.Role))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("counts:\ngot\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestSplitCells(t *testing.T) {
	line := "UNTAC  Cambodia\tSep 1992 - Sep 1993   Staff officers  8 "
	var got []string
	for _, c := range splitCells(line) {
		got = append(got, line[c[0]:c[1]])
	}
	want := "UNTAC|Cambodia|Sep 1992 - Sep 1993|Staff officers|8"
	if strings.Join(got, "|") != want {
		t.Errorf("splitCells = %q, want %q", strings.Join(got, "|"), want)
	}
	line = "| UNMEE | Mar 2001 - Jun 2002 |Staff officers| 4 |"
	got = got[:0]
	for _, c := range splitCells(line) {
		got = append(got, line[c[0]:c[1]])
	}
	want = "UNMEE/Mar 2001 - Jun 2002/Staff officers/4"
	if strings.Join(got, "/") != want {
		t.Errorf("splitCells = %q, want %q", strings.Join(got, "/"), want)
	}
}

// A total with no role of its own after a sentence naming two kinds of
// people takes neither role (a regression test across the count and
// deployment stages).
func TestDeployRoleNotBorrowedFromMixedSentence(t *testing.T) {
	tests := []struct {
		name, text string
		min        int
		role       string
	}{
		{"a total after two kinds of people",
			"In 2004 Norway sent an engineering unit of 300 personnel and four staff officers to UNMIL.\nThe unit built roads; about 900 members of the armed forces served there in total.",
			900, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractFixture(t, tt.text)
			found := false
			for _, d := range res.Deployments {
				if d.Min != nil && *d.Min == tt.min {
					found = true
					if d.Role != tt.role {
						t.Errorf("deployment of %d has role %q, want %q", tt.min, d.Role, tt.role)
					}
				}
			}
			if !found {
				t.Errorf("no deployment of %d in %+v", tt.min, res.Deployments)
			}
		})
	}
}

// "was posted to" is a dispatch verb; the deployment takes the new
// "logistics unit" role from the count.
func TestDeployPosted(t *testing.T) {
	res := extractFixture(t, "In March 2004, a logistics unit of 60 Norwegian personnel was posted to UNMIL in Monrovia.")
	for _, d := range res.Deployments {
		if d.Min != nil && *d.Min == 60 && d.Role == "logistics unit" && d.Start == "2004-03-01" {
			return
		}
	}
	t.Errorf("no deployment of 60 logistics unit personnel from March 2004 in %+v", res.Deployments)
}
