package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// depGenCases are short pages written for this test (not copied from any
// corpus or held-out page), one rule each, run through every stage; want
// lists role|min|max|start|end of each deployment in order (role "*" when
// the role stage decides it).
var depGenCases = []struct {
	name string
	text string
	want []string
}{
	{
		name: "a strength line dated 'as of' is a mission's figures, not a dispatch",
		text: "United Nations Interim Force in Lebanon (UNIFIL)\n\nStrength (as of 30 April 2015): 10,200 troops, 120 police officers and 55 UN Volunteers\n",
		want: nil,
	},
	{
		name: "rows of a pipe table under a head-count column: one deployment per row, the unit named once on the page",
		text: "Japan sent a medical unit to the United Nations Mission in Liberia (UNMIL).\n\nRotation | Period | Strength\nfirst rotation | March 2005 to August 2005 | about 60\nsecond rotation | Sep. 2005 - Feb. 2006 | 55\n",
		want: []string{
			"medical unit|-|-|-|-",
			"medical unit|60|60|2005-03-01|2005-08-31",
			"medical unit|55|55|2005-09-01|2006-02-28",
		},
	},
	{
		name: "a table whose number column is not a head count yields nothing",
		text: "Japan sent an engineering unit to UNMISS.\n\nProject | Period | Length (km)\nroad repair | May 2013 to June 2013 | 40\n",
		want: []string{"*|-|-|-|-"},
	},
	{
		name: "a row naming its role takes it, whatever the page's units",
		text: "Japan sent staff officers and a transport unit to UNDOF.\n\nPeriod | Personnel | Number\nFeb. 1996 - Aug. 1996 | staff officers | 2\n",
		want: []string{"staff officer|-|-|-|-", "transport unit|-|-|-|-", "staff officer|2|2|1996-02-01|1996-08-31"},
	},
	{
		name: "a count whose noun ends in a word for people counts people, whatever names the force before it",
		text: "Over the years a total of 60 Self-Defense Force engineers and two staff officers served with UNDOF in the Golan Heights.\n",
		want: []string{"*|60|60|-|-", "staff officer|2|2|-|-"},
	},
	{
		name: "'one of them' is a part of people counted before, not a new dispatch",
		text: "Japan sent three staff officers to UNMIL in May 2006. One of them served as a logistics officer.\n",
		want: []string{"staff officer|3|3|2006-05-01|-"},
	},
	{
		name: "a point date governed by a verb of leaving or closing ends the stay",
		text: "Japan dispatched four staff officers to UNMIT. In total some 16 Self-Defense Force officers served with UNMIT until the mission ended on 31 December 2012.\n",
		want: []string{"staff officer|4|4|-|-", "*|16|16|-|2012-12-31"},
	},
	{
		name: "a total with a withdrawal in the next clause takes its end; the people returning are no new dispatch",
		text: "Japan sent a transport unit to UNDOF. In all 90 personnel took part in four rotations, and the last rotation withdrew in March 2013; the final three officers returned home a week later.\n",
		want: []string{"transport unit|-|-|-|-", "transport unit|90|90|-|2013-03-31"},
	},
	{
		name: "people after 'with' who come from other countries are not the contributor's",
		text: "Japan dispatched two staff officers to UNMIL in May 2006. They worked with military observers from about 40 other countries.\n",
		want: []string{"staff officer|2|2|2006-05-01|-"},
	},
	{
		name: "a generic people word takes no role from another role ending in it; the section's role, past a table, does",
		text: "Medical Units\n\nJapan sent a medical unit to UNMIL, with two liaison and coordination personnel.\n\nPeriod | Rotation | Personnel\nMay 2005 - Nov. 2005 | first rotation | 40\n\nA total of 80 personnel served in the two rotations.\n",
		want: []string{"liaison and coordination personnel|2|2|-|-", "medical unit|-|-|-|-", "medical unit|40|40|2005-05-01|2005-11-30", "medical unit|80|80|-|-"},
	},
	{
		name: "a count takes the date of its own clause before the dates of earlier clauses",
		text: "Japan dispatched eight staff officers to UNMIT in May 2007. In 2009 the contingent was cut, and from March 2011 three officers stayed on.\n",
		want: []string{"staff officer|8|8|2007-05-01|-", "staff officer|3|3|2011-03-01|-"},
	},
	{
		name: "a country's announcement of a dispatch of a role, made before any count, is a statement of its own",
		text: "The Government of Japan has decided to send a team of election observers to Timor-Leste. The team of 20 members will stay in Dili in April 2007.\n",
		want: []string{"election observer|-|-|-|-", "election observer|20|20|2007-04-01|-"},
	},
	{
		name: "an uncounted restatement after the count adds nothing",
		text: "Japan dispatched 20 election observers to Timor-Leste in April 2007. Later, Japan sent election observers to the capital as well.\n",
		want: []string{"election observer|20|20|2007-04-01|-"},
	},
	{
		name: "a team leaving the sending country sets out; its return ends the stay; 'the team' is the team of observers named before",
		text: "April 20, 1993\n\n1. The Government of Japan has decided to send a team of election observers to Cambodia.\n\n2. The team, 12 members in all, will leave Japan on May 18 and return on May 30.\n",
		want: []string{"election observer|-|-|-|-", "election observer|12|12|1993-05-18|1993-05-30"},
	},
	{
		name: "leaving another country is coming home, not a dispatch",
		text: "Japan sent 40 engineers to UNDOF in 2010. In 2013 the engineers left Syria on March 3.\n",
		want: []string{"*|40|40|2010-01-01|-"},
	},
	{
		name: "a count in apposition to a unit counts the unit; a role joined by 'together with' is sent too; an advance team is the page's one unit",
		text: "1. The Government of Japan decided to dispatch a medical unit of the Self-Defense Forces, up to 120 personnel, together with liaison officers, to UNMIL.\n\n2. An advance team of about 25 personnel will leave Japan in May 2006.\n",
		want: []string{"medical unit|-|120|-|-", "liaison officer|-|-|-|-", "medical unit|25|25|2006-05-01|-"},
	},
	{
		name: "an 'Election Observation' section gives its role to a team's members",
		text: "Liaison Officers\n\nTwo liaison officers were stationed in Dili.\n\nElection Observation\n\nFor the presidential election of 9 April 2007, Japan also sent a team of 20 members.\n",
		want: []string{"liaison officer|2|2|-|-", "election observer|20|20|2007-04-09|-"},
	},
	{
		name: "'operated' with people as its subject states where they worked; a comma before 'and' in a list of places ends no clause",
		text: "An airlift unit of about 80 personnel, with three transport aircraft, operated between Karachi, Pakistan, and Kabul, Afghanistan, from 4 to 20 March 2002.\n",
		want: []string{"*|80|80|2002-03-04|2002-03-20"},
	},
	{
		name: "'operated' with an agency or aircraft as its subject is no dispatch",
		text: "The World Food Programme operated a depot in Kabul from March 2002. Two aircraft operated between Karachi and Kabul in 2002.\n",
		want: nil,
	},
	{
		name: "a country's people stated by their number ('the Japanese contingent numbered'); a count in an earlier clause is not its subject",
		text: "Election Observers\n\nThe electoral division of ONUMOZ deployed some 1,500 observers in all, and the Japanese contingent numbered 41 persons.\n",
		want: []string{"election observer|41|41|-|-"},
	},
	{
		name: "a number reached by others' people is no dispatch",
		text: "The number of refugees came to 30,000 by May 1994, and the force numbered 2,500 troops.\n",
		want: nil,
	},
	{
		name: "leaving for a place abroad sets out; leaving for the sending country is coming home",
		text: "The Government of Japan decided to dispatch an engineering unit to MINUSTAH. The first 160 personnel left for Haiti on 6 February 2010. In 2013 the last 30 personnel left for Japan on 15 January.\n",
		want: []string{"engineering unit|-|-|-|-", "engineering unit|160|160|2010-02-06|-"},
	},
	{
		name: "a column counting things is no head count, even under 'Number of'",
		text: "Japan sent an air transport unit to UNAMI.\n\nPeriod | Number of flights\nJuly 2004 - Dec. 2004 | 48\n",
		want: []string{"*|-|-|-|-"},
	},
	{
		name: "a blank-separated table with a 'Number of personnel' column and no mission in its rows",
		text: "Japan sent an engineering unit to UNMISS.\n\nContingent    Period                 Number of personnel\nfirst rotation    Jan. 2012 - May 2012   210\nsecond rotation   May 2012 - Nov. 2012   330\n",
		want: []string{"*|-|-|-|-", "*|210|210|2012-01-01|2012-05-31", "*|330|330|2012-05-01|2012-11-30"},
	},
	{
		name: "a 'Contingent' column says the rows are the page's unit",
		text: "Japan sent an engineering unit to MINUSTAH.\n\nContingent | Period | Strength\n1st | Feb. 2010 - Aug. 2010 | about 350\n",
		want: []string{"engineering unit|-|-|-|-", "engineering unit|350|350|2010-02-01|2010-08-31"},
	},
	{
		name: "a mission's strength over time, in a table no role names, is no dispatch",
		text: "United Nations Mission in Liberia (UNMIL)\n\nYear | Period | Troops\n2004 | Jan. 2004 - Dec. 2004 | 14,800\n2005 | Jan. 2005 - Dec. 2005 | 15,000\n",
		want: nil,
	},
	{
		name: "a count naming its own people is not in apposition to the role before the comma; an uncounted first object is sent too",
		text: "Norway dispatched a medical unit, 12 military observers and 30 police officers to UNMIL.\n",
		want: []string{"military observer|12|12|-|-", "civilian police officer|30|30|-|-", "medical unit|-|-|-|-"},
	},
	{
		name: "a verb of ending in a fronted 'when' clause times the dispatch, it does not end the stay",
		text: "When the civil war ended in 1992, Japan sent 30 election observers to Angola.\n",
		want: []string{"election observer|30|30|1992-01-01|-"},
	},
	{
		name: "a noun of leaving or closing governs an end date too",
		text: "A total of 900 personnel served with UNMISET until its withdrawal in June 2004.\n",
		want: []string{"*|900|900|-|2004-06-30"},
	},
}

func TestDeployGeneral(t *testing.T) {
	for _, c := range depGenCases {
		if got := scoredFields(t, "gen", c.text, c.want); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", c.name, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
	}
}

// TestDeployGeneralSlices reads random slices of the pages above (cut
// mid-row, mid-date, mid-word): no panic, and every evidence is the text
// at its span and covers its sources.
func TestDeployGeneralSlices(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, c := range depGenCases {
		text := c.text
		for k := 0; k < 60; k++ {
			i := rng.Intn(len(text))
			j := i + rng.Intn(len(text)-i+1)
			sub := text[i:j]
			a := analyseForDeployments(t, "slice", sub)
			r := newDepReader(a)
			r.run()
			for _, d := range r.drafts {
				ev := d.d.Evidence
				if sub[ev.Span.Start:ev.Span.End] != ev.Text {
					t.Fatalf("slice %q: evidence %q is not the text at its span", sub, ev.Text)
				}
				for _, sp := range d.sources {
					if sp.Start < ev.Span.Start || sp.End > ev.Span.End {
						t.Fatalf("slice %q: evidence %q does not cover %q", sub, ev.Text, sub[sp.Start:sp.End])
					}
				}
			}
		}
	}
}
