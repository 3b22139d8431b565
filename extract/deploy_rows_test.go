package extract

import (
	"strings"
	"testing"
)

// A table of teams whose head-count column is headed by the people it
// counts ("Monitors") gives one deployment per row: the row's count and
// period, the role the document names by that noun, the row's base.
func TestDeployGridPeopleHeader(t *testing.T) {
	text := "Canada sent 9 ceasefire monitors to the mission in March 2009.\n\n" +
		"Team | Base | Monitors | Period\n" +
		"North | Kadugli | 5 | 3-21 March\n" +
		"South | Kauda | 4 | 6-20 March\n"
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Kadugli", "place", "Kadugli").place("Kauda", "place", "Kauda")
	f.role("cease-fire monitor", "ceasefire monitors")
	f.count("9 ceasefire monitors", 9, 9, "ceasefire monitors", "cease-fire monitor")
	f.date("March 2009", "2009-03").date("3-21 March", "2009-03-03/2009-03-21").date("6-20 March", "2009-03-06/2009-03-20")
	f.expect(
		"Canada|-|cease-fire monitor|9|9|2009-03-01|-|-",
		"Canada|-|cease-fire monitor|5|5|2009-03-03|2009-03-21|Kadugli",
		"Canada|-|cease-fire monitor|4|4|2009-03-06|2009-03-20|Kauda",
	)

	// columns separated by tabs read the same
	tabs := newDepFixture(t, "Canada sent monitors.\n\nTeam\tMilitary observers\tPeriod\nEast\t3\t2-9 May\n")
	tabs.place("Canada", "country", "Canada")
	tabs.role("military observer", "Military observers")
	tabs.date("2-9 May", "2004-05-02/2004-05-09")
	tabs.expect("Canada|-|-|-|-|-|-|-", "Canada|-|military observer|3|3|2004-05-02|2004-05-09|-")
}

// Columns headed by things, or by a word that names a body as often as a
// head count ("Staff", "Police"), are no head counts.
func TestDeployGridNotPeopleHeader(t *testing.T) {
	for _, hdr := range []string{"Vehicles", "Polling stations", "Police", "Staff", "Reports filed by the observers"} {
		text := "Canada sent 9 monitors to the mission.\n\nTeam | Base | " + hdr + " | Period\nNorth | Kadugli | 5 | 3-21 March\n"
		f := newDepFixture(t, text)
		f.place("Canada", "country", "Canada").place("Kadugli", "place", "Kadugli")
		f.count("9 monitors", 9, 9, "monitors", "")
		f.date("3-21 March", "2009-03-03/2009-03-21")
		f.expect("Canada|-|-|9|9|-|-|-")
	}
	for hdr, want := range map[string]string{"Observers": "observers", "Military observers": "observers", "Police officers": "officers",
		"Vehicles": "", "Staff": "", "Number of observers per team": "", "Observer": ""} {
		if got := depPeopleHeader(hdr); got != want {
			t.Errorf("depPeopleHeader(%q) = %q, want %q", hdr, got, want)
		}
	}
}

// A list line whose label is a common noun phrase headed by a singular
// unit noun ("Advance team", "Navy supply group") states the unit's
// strength, place and dates; the label's role names the people when the
// count does not.
func TestDeployPresenceLineSentenceCaseLabel(t *testing.T) {
	text := "Units sent\n" +
		"- Advance team: 12 army and navy personnel, in Suva since March 4\n" +
		"- Navy supply group: two ships with some 300 crew, off Lautoka from March 9 to April 2\n"
	f := newDepFixture(t, text)
	f.place("Suva", "place", "Suva").place("Lautoka", "place", "Lautoka")
	f.role("supply unit", "supply group")
	f.count("12 army and navy personnel", 12, 12, "army and navy personnel", "")
	f.count("some 300 crew", 300, 300, "crew", "")
	f.date("since March 4", "2016-03-04/..").date("from March 9 to April 2", "2016-03-09/2016-04-02")
	f.expect(
		"-|-|-|12|12|2016-03-04|-|Suva",
		"-|-|supply unit|300|300|2016-03-09|2016-04-02|Lautoka",
	)

	// a spaced dash may end the label
	d := newDepFixture(t, "Units sent\n- Medical team – 25 army personnel, in Suva from March 6 to April 2\n")
	d.place("Suva", "place", "Suva")
	d.count("25 army personnel", 25, 25, "army personnel", "")
	d.date("from March 6 to April 2", "2016-03-06/2016-04-02")
	d.expect("-|-|-|25|25|2016-03-06|2016-04-02|Suva")

	// numbered items, and a field hospital as the unit
	g := newDepFixture(t, "Units sent\n1. Field hospital: about 40 medical staff, in Suva from March 6 to April 2\n(2) Airlift squadron: some 90 air force personnel, from March 5\n")
	g.place("Suva", "place", "Suva")
	g.count("about 40 medical staff", 40, 40, "medical staff", "")
	g.count("some 90 air force personnel", 90, 90, "air force personnel", "")
	g.date("from March 6 to April 2", "2016-03-06/2016-04-02").date("from March 5", "2016-03-05/..")
	g.expect(
		"-|-|-|40|40|2016-03-06|2016-04-02|Suva",
		"-|-|-|90|90|2016-03-05|-|-",
	)
}

// A label with a plural head lists kinds of people (a fact sheet's
// strength), a quantifier before the head gives a per-unit size, and a
// lower-case phrase that is no unit name states nothing. A common-noun
// label with a figure and neither place nor date sums up a unit told of
// before.
func TestDeployPresenceLineNotUnitLabel(t *testing.T) {
	sum := newDepFixture(t, "Summary\n- Medical unit: about 40 personnel per rotation\n")
	sum.count("about 40 personnel", 40, 40, "personnel", "")
	sum.expect()

	for _, label := range []string{"Formed police units", "Each team", "Total in the team", "Rotation planned for the team"} {
		text := "Summary\n- " + label + ": 12 personnel, in Suva since March 4\n"
		f := newDepFixture(t, text)
		f.place("Suva", "place", "Suva")
		f.count("12 personnel", 12, 12, "personnel", "")
		f.date("since March 4", "2016-03-04/..")
		f.expect()
	}
}

// Part of a group going home is no new dispatch and no end of the group's
// stay; the part that stays on is one, ended by its own date. A whole
// group coming home still ends its stay (an end-only record).
func TestDeployPartReturning(t *testing.T) {
	text := "Canada sent 9 monitors to UNMIS from 3 to 21 March 2009. Five monitors flew home on 22 March, and the other four on 25 March. " +
		"Seven returned to Canada on 26 March; two stayed until 2 April."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("cease-fire monitor", "monitors")
	f.count("9 monitors", 9, 9, "monitors", "cease-fire monitor")
	f.count("Five monitors", 5, 5, "monitors", "cease-fire monitor")
	f.count("the other four", 4, 4, "monitors", "cease-fire monitor")
	f.count("Seven", 7, 7, "monitors", "cease-fire monitor")
	f.count("two stayed", 2, 2, "monitors", "cease-fire monitor")
	f.date("from 3 to 21 March 2009", "2009-03-03/2009-03-21").date("22 March", "2009-03-22").date("25 March", "2009-03-25")
	f.date("26 March", "2009-03-26").date("until 2 April", "../2009-04-02")
	f.expect(
		"Canada|un.unmis|cease-fire monitor|9|9|2009-03-03|2009-03-21|-",
		"Canada|un.unmis|cease-fire monitor|2|2|-|2009-04-02|-",
	)

	// the whole group: its return ends the stay
	g := newDepFixture(t, "Canada sent monitors to UNMIS in March 2009. The monitors flew home on 22 April.")
	g.place("Canada", "country", "Canada")
	g.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	g.role("cease-fire monitor", "monitors", "monitors")
	g.date("in March 2009", "2009-03").date("22 April", "2009-04-22")
	g.expect(
		"Canada|un.unmis|cease-fire monitor|-|-|2009-03-01|-|-",
		"Canada|un.unmis|cease-fire monitor|-|-|-|2009-04-22|-",
	)

	// a whole unit smaller than an earlier one still ends its own stay
	u := newDepFixture(t, "Canada sent a contingent of 600 soldiers to UNMIS in 2005. The second contingent of 500 soldiers withdrew in June 2007.")
	u.place("Canada", "country", "Canada")
	u.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	u.count("600 soldiers", 600, 600, "soldiers", "")
	u.count("500 soldiers", 500, 500, "soldiers", "")
	u.date("in 2005", "2005").date("in June 2007", "2007-06")
	u.expect(
		"Canada|un.unmis|-|600|600|2005-01-01|-|-",
		"Canada|un.unmis|-|500|500|-|2007-06-30|-",
	)

	// flying back to the host country is no return home
	h := newDepFixture(t, "Canada sent 9 monitors to Sudan in March 2009. In May 2009 four monitors flew back to Sudan.")
	h.place("Canada", "country", "Canada").place("Sudan", "country", "Sudan", "Sudan")
	h.role("cease-fire monitor", "monitors")
	h.count("9 monitors", 9, 9, "monitors", "cease-fire monitor")
	h.count("four monitors", 4, 4, "monitors", "cease-fire monitor")
	h.date("in March 2009", "2009-03").date("In May 2009", "2009-05")
	h.expect(
		"Canada|-|cease-fire monitor|9|9|2009-03-01|-|Sudan",
		"Canada|-|cease-fire monitor|4|4|2009-05-01|-|Sudan",
	)
}

// A count named by a bare plural noun of people that ends exactly one
// role of the document is of that role, not of a role named by a generic
// word ("... personnel") that the count stage gave it from its section.
func TestDeployRoleByOwnNoun(t *testing.T) {
	text := "Canada sent 9 monitors to UNMIS in March 2009.\n\nLiaison Personnel\n\nTwo liaison personnel worked in Juba. One monitor stayed until 2 April."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("cease-fire monitor", "monitors")
	f.role("liaison personnel", "Liaison Personnel", "liaison personnel")
	f.count("9 monitors", 9, 9, "monitors", "cease-fire monitor")
	f.count("Two liaison personnel", 2, 2, "liaison personnel", "liaison personnel")
	f.count("One monitor", 1, 1, "monitor", "liaison personnel")
	f.date("in March 2009", "2009-03").date("until 2 April", "../2009-04-02")
	f.expect(
		"Canada|un.unmis|cease-fire monitor|9|9|2009-03-01|-|-",
		"Canada|un.unmis|liaison personnel|2|2|-|-|-",
		"Canada|un.unmis|cease-fire monitor|1|1|-|2009-04-02|-",
	)
}

// "until DATE" after a verb of going on ends the stay the sentence told
// of, in a later clause of it; a period of its own, or a verb of another
// kind, does not.
func TestDeployContinuedUntil(t *testing.T) {
	for _, tc := range []struct{ tail, date, value, end string }{
		{"and their dispatch was later extended until 30 June 2010", "until 30 June 2010", "../2010-06-30", "2010-06-30"},
		{"and the officers remained until 30 June 2010", "until 30 June 2010", "../2010-06-30", "2010-06-30"},
		{"and their stay was prolonged to 30 June 2010", "30 June 2010", "2010-06-30", "2010-06-30"},
		{"and the mission held talks until 30 June 2010", "until 30 June 2010", "../2010-06-30", "-"},
		{"and their dispatch was extended by six months to 30 June 2010", "30 June 2010", "2010-06-30", "2010-06-30"},
		{"and they stayed on in Kathmandu until 30 June 2010", "until 30 June 2010", "../2010-06-30", "2010-06-30"},
		{"and the talks were extended by a vote in Kathmandu until 30 June 2010", "until 30 June 2010", "../2010-06-30", "-"},
		{"and the mandate was extended from May to June 2010", "from May to June 2010", "2010-05/2010-06", "-"},
	} {
		text := "Since March 2007, Canada has sent four officers to UNMIN as military observers, " + tc.tail + "."
		f := newDepFixture(t, text)
		f.place("Canada", "country", "Canada")
		if strings.Contains(text, "Kathmandu") {
			f.place("Kathmandu", "place", "Kathmandu")
		}
		f.org("un.unmin", "UNMIN", "un-mission", "UNMIN")
		f.role("military observer", "military observers")
		f.count("four officers", 4, 4, "officers", "military observer")
		f.date("Since March 2007", "2007-03/..").date(tc.date, tc.value)
		loc := "-"
		if strings.Contains(text, "Kathmandu") {
			loc = "Kathmandu"
		}
		f.expect("Canada|un.unmin|military observer|4|4|2007-03-01|" + tc.end + "|" + loc)
	}
}

// Counts that break down a total already read are no dispatches of their
// own: units of the total's size told of with no sender, and a run of
// parts adding up to it. Parts that do not add up, that carry dates of
// their own, or units sent by a named country are kept.
func TestDeployBreakdowns(t *testing.T) {
	text := "Canada will send 12 monitors to UNMIS from 3 to 21 March 2009. The monitors come from the army. They will work in six teams of two in Juba."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("cease-fire monitor", "monitors")
	f.count("12 monitors", 12, 12, "monitors", "cease-fire monitor")
	f.count("six teams of two", 12, 12, "teams", "")
	f.date("from 3 to 21 March 2009", "2009-03-03/2009-03-21")
	f.expect("Canada|un.unmis|cease-fire monitor|12|12|2009-03-03|2009-03-21|-")

	parts := newDepFixture(t, "Canada sent 9 monitors to UNMIS in March 2009: five army officers and four police officers.")
	parts.place("Canada", "country", "Canada")
	parts.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	parts.role("cease-fire monitor", "monitors")
	parts.count("9 monitors", 9, 9, "monitors", "cease-fire monitor")
	parts.count("five army officers", 5, 5, "army officers", "")
	parts.count("four police officers", 4, 4, "police officers", "")
	parts.date("in March 2009", "2009-03")
	got := parts.read()
	if len(got) != 1 || depLine(got[0].d) != "Canada|un.unmis|cease-fire monitor|9|9|2009-03-01|-|-" {
		for _, d := range got {
			t.Logf("got %s", depLine(d.d))
		}
		t.Errorf("parts adding up to the total: want the total alone, got %d deployments", len(got))
	}

	// parts that do not add up are more people
	more := newDepFixture(t, "Canada sent 9 monitors to UNMIS in March 2009. Later it sent five engineers and three doctors to UNMIS.")
	more.place("Canada", "country", "Canada")
	more.org("un.unmis", "UNMIS", "un-mission", "UNMIS", "UNMIS")
	more.role("cease-fire monitor", "monitors")
	more.count("9 monitors", 9, 9, "monitors", "cease-fire monitor")
	more.count("five engineers", 5, 5, "engineers", "")
	more.count("three doctors", 3, 3, "doctors", "")
	more.date("in March 2009", "2009-03")
	if got := more.read(); len(got) != 3 {
		t.Errorf("parts not adding up: want 3 deployments, got %d", len(got))
	}

	// a named country sending units of the same size is a dispatch
	named := newDepFixture(t, "Canada sent 10 monitors to UNMIS. Norway sent five teams of two to UNMIS.")
	named.place("Canada", "country", "Canada").place("Norway", "country", "Norway")
	named.org("un.unmis", "UNMIS", "un-mission", "UNMIS", "UNMIS")
	named.role("cease-fire monitor", "monitors")
	named.count("10 monitors", 10, 10, "monitors", "cease-fire monitor")
	named.count("five teams of two", 10, 10, "teams", "")
	if got := named.read(); len(got) != 2 {
		t.Errorf("units sent by a named country: want 2 deployments, got %d", len(got))
	}
}

// Counts in a clause whose subject is a non-governmental or international
// body are that body's people, not the document's country's, and the
// clause states no dispatch of the country's either; a government agency
// or a body named after a country sends that country's people.
func TestDeployCountOfOtherBody(t *testing.T) {
	text := "Canada will send 12 monitors to UNMIS in March 2009. " +
		"The Network for Fair Polls (NFP), a regional NGO, plans to deploy about 50 monitors, and the Expert Panel (EP) named by the Secretary-General consists of four experts. " +
		"Canada sent 3 engineers in April 2009, and the Civic Watch Foundation sent over 80 monitors of its own."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.org("nfp", "Network for Fair Polls", "other", "Network for Fair Polls", "NFP")
	f.org("ep", "Expert Panel", "other", "Expert Panel", "EP")
	f.org("cwf", "Civic Watch Foundation", "other", "Civic Watch Foundation")
	f.role("cease-fire monitor", "monitors")
	f.count("12 monitors", 12, 12, "monitors", "cease-fire monitor")
	f.count("about 50 monitors", 50, 50, "monitors", "cease-fire monitor")
	f.count("four experts", 4, 4, "experts", "")
	f.count("3 engineers", 3, 3, "engineers", "engineer")
	f.count("over 80 monitors", 81, -1, "monitors", "cease-fire monitor")
	f.date("in March 2009", "2009-03").date("in April 2009", "2009-04")
	f.expect(
		"Canada|un.unmis|cease-fire monitor|12|12|2009-03-01|-|-",
		"Canada|un.unmis|engineer|3|3|2009-04-01|-|-",
	)

	// a country between the body and the count sends it
	h := newDepFixture(t, "The Civic Watch Foundation reported that Canada sent 30 monitors to UNMIS in May 2009.")
	h.place("Canada", "country", "Canada")
	h.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	h.org("cwf", "Civic Watch Foundation", "other", "Civic Watch Foundation")
	h.count("30 monitors", 30, 30, "monitors", "")
	h.date("in May 2009", "2009-05")
	h.expect("Canada|un.unmis|-|30|30|2009-05-01|-|-")

	// the country's own agency, or a body named after the country
	for _, name := range []string{"Canadian Volunteer Corps", "Peace Builders Canada", "Relief Agency"} {
		cat := "other"
		if name == "Relief Agency" {
			cat = "government-agency"
		}
		g := newDepFixture(t, "Canada will send 12 monitors to UNMIS in March 2009. The "+name+" sent 20 doctors to UNMIS in May 2009.")
		g.place("Canada", "country", "Canada")
		g.org("un.unmis", "UNMIS", "un-mission", "UNMIS", "UNMIS")
		g.org("body", name, cat, name)
		g.count("12 monitors", 12, 12, "monitors", "")
		g.count("20 doctors", 20, 20, "doctors", "")
		g.date("in March 2009", "2009-03").date("in May 2009", "2009-05")
		if got := g.read(); len(got) != 2 {
			t.Errorf("%s: want 2 deployments, got %d", name, len(got))
		}
	}
}

// A date in a phrase set off by a comma that tells of a law or accord
// ("in force since ...", "signed in ...") dates it, not the dispatch; a
// statement left with no count, role or date states nothing. A date of
// the dispatch after a comma is kept.
func TestDeployAppositiveEventDate(t *testing.T) {
	for _, tc := range []struct{ text, date, value string }{
		{"Canada took part under its Peace Operations Act, in force since June 1995.", "since June 1995", "1995-06/.."},
		{"Canada took part under the ceasefire accord, signed in May 1991.", "in May 1991", "1991-05"},
		{"Canada took part under the accord, which was later amended in May 1991.", "in May 1991", "1991-05"},
	} {
		f := newDepFixture(t, tc.text)
		f.place("Canada", "country", "Canada")
		f.date(tc.date, tc.value)
		f.expect()
	}
	f := newDepFixture(t, "Canada took part in UNAVEM, from May 1991 to June 1992.")
	f.place("Canada", "country", "Canada")
	f.org("un.unavem", "UNAVEM", "un-mission", "UNAVEM")
	f.date("from May 1991 to June 1992", "1991-05/1992-06")
	f.expect("Canada|un.unavem|-|-|-|1991-05-01|1992-06-30|-")

	// with a count the statement stands, undated
	g := newDepFixture(t, "Canada sent 12 monitors under its Peace Operations Act, in force since June 1995.")
	g.place("Canada", "country", "Canada")
	g.count("12 monitors", 12, 12, "monitors", "")
	g.date("since June 1995", "1995-06/..")
	g.expect("Canada|-|-|12|12|-|-|-")
}

// The size of the groups people work in and a number of units per place
// are no numbers of people sent; a number of units sent, or a count of
// people "in" a place, is.
func TestDeployGroupingAndUnitsPerPlace(t *testing.T) {
	f := newDepFixture(t, "Since 2009 the monitors have served in teams of two or three, with about 8 teams in each sector.")
	f.count("teams of two or three", 2, 3, "teams", "")
	f.count("about 8 teams", 8, 8, "teams", "")
	f.date("Since 2009", "2009/..")
	for _, d := range f.read() {
		if d.d.Min != nil || d.d.Max != nil {
			t.Errorf("grouping sizes read as a deployment: %s", depLine(d.d))
		}
	}

	g := newDepFixture(t, "Canada sent 4 teams of six to UNMIS in 2009, and 20 officers in each of 2010 and 2011.")
	g.place("Canada", "country", "Canada")
	g.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	g.count("4 teams of six", 24, 24, "teams", "")
	g.count("20 officers", 20, 20, "officers", "")
	g.date("in 2009", "2009")
	got := g.read()
	if len(got) != 2 {
		for _, d := range got {
			t.Logf("got %s", depLine(d.d))
		}
		t.Errorf("units sent and people per year: want 2 deployments, got %d", len(got))
	}
	for pre, want := range map[string]bool{"work in teams of two": true, "sent teams of two": false, "in four teams of two": false,
		"served in three teams": true, "sent three teams": false} {
		h := newDepFixture(t, "They "+pre+" to Juba.")
		var sp Span
		if strings.HasSuffix(pre, "three teams") {
			sp = h.spans("three teams", true)[0]
		} else {
			sp = h.spans("teams of two", true)[0]
		}
		if i := strings.Index(pre, "four"); i >= 0 {
			sp.Start = len("They ") + i
		}
		h.a.Res.sort()
		r := newDepReader(h.a)
		cl := r.newClause(0)
		if got := cl.groupingSize(sp); got != want {
			t.Errorf("groupingSize in %q = %v, want %v", pre, got, want)
		}
	}
}

// A named country's decision to send people is a deployment even with no
// count, role or date (the decision's date is no start); an infinitive of
// purpose after another verb states no dispatch.
func TestDeployDecisionToSendUncounted(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Government of Canada decided today to send a relief unit of the armed forces to Nepal.", []string{"Canada|-|-|-|-|-|-|Nepal"}},
		{"The Government of Canada decided on 3 May to send a relief unit to Nepal.", []string{"Canada|-|-|-|-|-|-|Nepal"}},
		{"The Government of Canada adopted a plan to send a relief unit to Nepal.", nil},
		{"The Government of Canada asked the UN to send a relief unit to Nepal.", nil},
	} {
		f := newDepFixture(t, tc.text)
		f.org("gov.canada", "Government of Canada", "government", "Government of Canada")
		f.place("Canada", "country", "Canada").place("Nepal", "country", "Nepal")
		if strings.Contains(tc.text, "3 May") {
			f.date("on 3 May", "2016-05-03")
		}
		if strings.Contains(tc.text, "today") {
			f.date("today", "2016-05-03")
		}
		f.expect(tc.want...)
	}
}

// Leaving a city of the sending country is setting out (its date starts
// the stay, and it is no destination); once a country is read sending
// people, leaving for a country whose government is only named as asking
// for help is setting out too.
func TestDeployLeavingHome(t *testing.T) {
	text := "Canada sent 9 monitors to Nepal in April. At the request of the Government of Nepal, Canada has also sent a rescue team of 30 members, which left Ottawa on 11 May. " +
		"An advance party of four officers will leave for Nepal on 13 May."
	f := newDepFixture(t, text)
	f.org("gov.nepal", "Government of Nepal", "government", "Government of Nepal")
	f.place("Canada", "country", "Canada").place("Nepal", "country", "Nepal")
	f.a.Res.Places[0].Country, f.a.Res.Places[1].Country = "CAN", "NPL"
	f.place("Ottawa", "place", "Ottawa")
	f.a.Res.Places[2].Country = "CAN"
	f.count("9 monitors", 9, 9, "monitors", "")
	f.date("in April", "2015-04")
	f.count("30 members", 30, 30, "members", "")
	f.count("four officers", 4, 4, "officers", "")
	f.date("on 11 May", "2015-05-11").date("on 13 May", "2015-05-13")
	f.expect(
		"Canada|-|-|9|9|2015-04-01|-|Nepal",
		"Canada|-|-|30|30|2015-05-11|-|-",
		"Canada|-|-|4|4|2015-05-13|-|Nepal",
	)
}

// A count that sizes a unit named by no role ("an advance party of three
// officers") is that unit's people, not those of the role named last; with
// two unit roles on the page, which one it is is not plain.
func TestDeployUnitOfCountNotLastRole(t *testing.T) {
	text := "Canada has sent a rescue team of 40 members to Nepal, and a medical team of 20 doctors. An advance party of three officers will leave for Nepal on 13 May."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Nepal", "country", "Nepal", "Nepal")
	f.role("rescue team", "rescue team").role("medical team", "medical team")
	f.count("40 members", 40, 40, "members", "rescue team")
	f.count("20 doctors", 20, 20, "doctors", "medical team")
	f.count("three officers", 3, 3, "officers", "")
	f.date("on 13 May", "2015-05-13")
	f.expect(
		"Canada|-|rescue team|40|40|-|-|Nepal",
		"Canada|-|medical team|20|20|-|-|Nepal",
		"Canada|-|-|3|3|2015-05-13|-|Nepal",
	)
}

// A row counting people of several kinds, a column each, gives one
// deployment per column, with the column's role.
func TestDeployGridSeveralPeopleColumns(t *testing.T) {
	text := "Canada sent staff officers and military observers to UNMIS.\n\nPeriod | Staff officers | Military observers\n2008-2009 | 2 | 4\n"
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("staff officer", "staff officers", "Staff officers").role("military observer", "military observers", "Military observers")
	f.date("2008-2009", "2008/2009")
	f.expect(
		"Canada|un.unmis|staff officer|-|-|-|-|-",
		"Canada|un.unmis|military observer|-|-|-|-|-",
		"Canada|un.unmis|staff officer|2|2|2008-01-01|2009-12-31|-",
		"Canada|un.unmis|military observer|4|4|2008-01-01|2009-12-31|-",
	)
}

// An uncounted-role count takes the role named before only when its noun
// may stand for those people: none, a generic word, or the role's own
// head; "two experts" after "election observers" are other people.
func TestDeployNounFitsRole(t *testing.T) {
	for _, tc := range []struct {
		noun, role string
		want       bool
	}{
		{"", "election observer", true},
		{"personnel", "election observer", true},
		{"observers", "election observer", true},
		{"teams", "election observer", true},
		{"experts", "election observer", false},
		{"nurses", "election observer", false},
		{"SDF officers", "staff officer", true},
		{"SDF officers", "military observer", false},
		{"soldiers", "signals unit", true},
	} {
		if got := depNounFitsRole(tc.noun, tc.role); got != tc.want {
			t.Errorf("depNounFitsRole(%q, %q) = %v, want %v", tc.noun, tc.role, got, tc.want)
		}
	}
	f := newDepFixture(t, "Canada sent 8 election observers to Nepal in May 2006. Canada also sent two experts to Nepal in June 2006.")
	f.place("Canada", "country", "Canada", "Canada").place("Nepal", "country", "Nepal", "Nepal")
	f.role("election observer", "election observers")
	f.count("8 election observers", 8, 8, "election observers", "election observer")
	f.count("two experts", 2, 2, "experts", "")
	f.date("in May 2006", "2006-05").date("in June 2006", "2006-06")
	f.expect(
		"Canada|-|election observer|8|8|2006-05-01|-|Nepal",
		"Canada|-|-|2|2|2006-06-01|-|Nepal",
	)
}

// A list line labelled by a numbered unit of a series ("2nd rotation",
// "1st contingent") states that unit's strength and period as a named
// unit does; a bare number before a label is a bullet, and a numbered
// label of a plural head or with no unit noun states nothing.
func TestDeployPresenceLineOrdinalLabel(t *testing.T) {
	text := "Rotations\n" +
		"1st rotation: 240 personnel, June 2011 - December 2011\n" +
		"22nd contingent: 310 personnel, from January 2012\n"
	f := newDepFixture(t, text)
	f.count("240 personnel", 240, 240, "personnel", "")
	f.count("310 personnel", 310, 310, "personnel", "")
	f.date("June 2011 - December 2011", "2011-06/2011-12").date("from January 2012", "2012-01/..")
	f.expect(
		"-|-|-|240|240|2011-06-01|2011-12-31|-",
		"-|-|-|310|310|2012-01-01|-|-",
	)

	for _, label := range []string{"3rd contingents", "2nd report", "4th of the teams"} {
		n := newDepFixture(t, "Summary\n"+label+": 12 personnel, June 2011 - December 2011\n")
		n.count("12 personnel", 12, 12, "personnel", "")
		n.date("June 2011 - December 2011", "2011-06/2011-12")
		n.expect()
	}
}

// A product of units and their size that repeats the total of its own
// sentence ("in two rotations of five") tells how the same people were
// sent, not a second dispatch; a product of another size, or a product in
// the next sentence of a sender of its own, stays.
func TestDeployProductRepeatsTotal(t *testing.T) {
	f := newDepFixture(t, "Canada sent eight military observers to UNMIS, in two rotations of four.")
	f.place("Canada", "country", "Canada")
	f.role("military observer", "military observers")
	f.count("eight military observers", 8, 8, "military observers", "military observer")
	f.count("two rotations of four", 8, 8, "military observers", "military observer")
	f.expect("Canada|-|military observer|8|8|-|-|-")

	g := newDepFixture(t, "Canada sent eight military observers to UNMIS, and two teams of three medics.")
	g.place("Canada", "country", "Canada")
	g.role("military observer", "military observers")
	g.count("eight military observers", 8, 8, "military observers", "military observer")
	g.role("medical personnel", "medics")
	g.count("two teams of three medics", 6, 6, "medics", "medical personnel")
	g.expect("Canada|-|military observer|8|8|-|-|-", "Canada|-|medical personnel|6|6|-|-|-")

	// the same product of the same size in the next sentence is another
	// statement (kept unless its clause names no sender; see
	// TestDeployBreakdown*)
	h := newDepFixture(t, "Canada sent eight military observers to UNMIS. Norway sent two teams of four.")
	h.place("Canada", "country", "Canada").place("Norway", "country", "Norway")
	h.role("military observer", "military observers")
	h.count("eight military observers", 8, 8, "military observers", "military observer")
	h.count("two teams of four", 8, 8, "", "")
	if got := len(h.read()); got != 2 {
		t.Errorf("product in another sentence with its own sender: %d deployments, want 2", got)
	}
}

// A table row is no heading: a count in the prose below a table does not
// take the role of the table's last row.
func TestDeployTableRowIsNoHeading(t *testing.T) {
	text := "Canada sent 13 people to the mission.\n\n" +
		"Group | Personnel | Period\n" +
		"Liaison officers | 3 | May 2 to 9, 2011\n\n" +
		"Four pairs of teams watched the count, and 12 people stayed in Suva.\n"
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Suva", "place", "Suva")
	f.role("liaison officer", "Liaison officers")
	f.count("13 people", 13, 13, "people", "")
	f.count("3", 3, 3, "Liaison officers", "liaison officer")
	f.count("12 people", 12, 12, "people", "")
	f.date("May 2 to 9, 2011", "2011-05-02/2011-05-09")
	for _, d := range f.read() {
		if *d.d.Min == 12 && d.d.Role != "" {
			t.Errorf("count below the table took role %q", d.d.Role)
		}
	}
}

// A verb of giving ("contributed", "provided") takes people after an
// uncounted quantity ("a small number of", "a handful of") as its object;
// a quantity of things, or of no role, gives no dispatch.
func TestDeployOfferAfterQuantity(t *testing.T) {
	for _, q := range []string{"a small number of", "a handful of", "dozens of"} {
		f := newDepFixture(t, "Norway contributed "+q+" military observers from 2005 until 2007.")
		f.place("Norway", "country", "Norway")
		f.role("military observer", "military observers")
		f.date("from 2005 until 2007", "2005/2007")
		f.expect("Norway|-|military observer|-|-|2005-01-01|2007-12-31|-")
	}
	for _, obj := range []string{"a small number of vehicles", "a share of the staff officers' costs"} {
		f := newDepFixture(t, "Norway contributed "+obj+" from 2005 until 2007.")
		f.place("Norway", "country", "Norway")
		if strings.Contains(obj, "officers") {
			f.role("staff officer", "staff officers")
		}
		f.date("from 2005 until 2007", "2005/2007")
		f.expect()
	}
}

// A verb of staying coordinated after "and" with an earlier verb shares
// its subject ("the units were moved to X and stayed there until ..."),
// and a phrase fronted before the subject ("On 20 May, the unit stayed
// ...") is not part of it: either way the unit named before stays, from
// the clause's date to the "until". Things staying are no people.
func TestDeployStaySharedOrFrontedSubject(t *testing.T) {
	lead := "Canada sent an engineering unit to UNMIS from March 2005. "
	setup := func(text string) *depFixture {
		f := newDepFixture(t, text)
		f.place("Canada", "country", "Canada")
		f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
		f.role("engineering unit", "engineering unit")
		f.date("from March 2005", "2005-03/..")
		return f
	}
	f := setup(lead + "On May 20 of that year, the unit stayed there until June 2007.")
	f.date("On May 20 of that year", "2005-05-20").date("until June 2007", "../2007-06")
	f.expect("Canada|un.unmis|engineering unit|-|-|2005-03-01|-|-", "Canada|un.unmis|engineering unit|-|-|2005-05-20|2007-06-30|-")

	g := setup(lead + "In May 2005 the unit was moved under the command of the sector headquarters and stayed there until June 2007.")
	g.date("In May 2005", "2005-05").date("until June 2007", "../2007-06")
	g.expect("Canada|un.unmis|engineering unit|-|-|2005-03-01|-|-", "Canada|un.unmis|engineering unit|-|-|2005-05-01|2007-06-30|-")

	n := setup(lead + "In May 2005 the vehicles were moved under the command of the sector headquarters and stayed there until June 2007.")
	n.date("In May 2005", "2005-05").date("until June 2007", "../2007-06")
	n.expect("Canada|un.unmis|engineering unit|-|-|2005-03-01|-|-")
}

// A counted group of people that "followed" (came next) is a rotation
// sent; people who followed something (an object after the verb) are not.
func TestDeployRotationFollowed(t *testing.T) {
	f := newDepFixture(t, "Canada sent two staff officers to UNMIS in May 2005. A second rotation of four officers followed in November of the same year.")
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("staff officer", "staff officers")
	f.count("two staff officers", 2, 2, "staff officers", "staff officer")
	f.count("four officers", 4, 4, "officers", "")
	f.date("in May 2005", "2005-05").date("in November of the same year", "2005-11")
	f.expect("Canada|un.unmis|staff officer|2|2|2005-05-01|-|-", "Canada|un.unmis|staff officer|4|4|2005-11-01|-|-")

	n := newDepFixture(t, "Canada sent two staff officers to UNMIS in May 2005. Four officers followed the vote count in November of the same year.")
	n.place("Canada", "country", "Canada")
	n.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	n.role("staff officer", "staff officers")
	n.count("two staff officers", 2, 2, "staff officers", "staff officer")
	n.count("Four officers", 4, 4, "officers", "")
	n.date("in May 2005", "2005-05").date("in November of the same year", "2005-11")
	n.expect("Canada|un.unmis|staff officer|2|2|2005-05-01|-|-")
}

// People who "reached" a place arrived there (a number reaching a figure
// did not); a unit that "followed" in a clause of its own after counted
// people came next, uncounted, dated by its own clause.
func TestDeployReachedAndUnitFollowing(t *testing.T) {
	f := newDepFixture(t, "An advance party of 40 army personnel reached Suva on 3 May 2016, and the main body followed from June.")
	f.place("Suva", "place", "Suva")
	f.count("40 army personnel", 40, 40, "army personnel", "")
	f.date("on 3 May 2016", "2016-05-03").date("from June", "2016-06/..")
	f.expect("-|-|-|40|40|2016-05-03|-|Suva", "-|-|-|-|-|2016-06-01|-|-")

	g := newDepFixture(t, "Canada sent 40 army personnel to Suva in May 2016, and the second contingent followed in June.")
	g.place("Canada", "country", "Canada").place("Suva", "place", "Suva")
	g.count("40 army personnel", 40, 40, "army personnel", "")
	g.date("in May 2016", "2016-05").date("in June", "2016-06")
	g.expect("Canada|-|-|40|40|2016-05-01|-|Suva", "Canada|-|-|-|-|2016-06-01|-|-")

	// a number reaching a figure, and a follow-up with no date, state nothing new
	n := newDepFixture(t, "By May the number of army personnel reached 600. Canada sent 40 army personnel to Suva in May 2016, and the second contingent followed.")
	n.place("Canada", "country", "Canada").place("Suva", "place", "Suva")
	n.count("600", 600, 600, "army personnel", "")
	n.count("40 army personnel", 40, 40, "army personnel", "")
	n.date("in May 2016", "2016-05")
	n.expect("Canada|-|-|40|40|2016-05-01|-|Suva")
}

// A finite verb of going on ("kept", "went on") before an -ing verb of
// the class makes it the clause's verb, its subject before them.
func TestDeployWentOnFlying(t *testing.T) {
	for _, v := range []string{"went on flying", "kept flying", "continued flying"} {
		f := newDepFixture(t, "Canada sent an airlift unit to UNMIS in 2005. The unit "+v+" supplies for the mission until December 2008.")
		f.place("Canada", "country", "Canada")
		f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
		f.role("air transport unit", "airlift unit")
		f.date("in 2005", "2005").date("until December 2008", "../2008-12")
		f.expect("Canada|un.unmis|air transport unit|-|-|2005-01-01|-|-", "Canada|un.unmis|air transport unit|-|-|-|2008-12-31|-")
	}
}

// "up to two officers" after a dispatch verb is a bound, not a purpose
// clause that would hide the counts after it; people "expected to serve"
// are the subject of the infinitive, and a definite noun taken up again
// ("The officers") has the role of the people just counted by it.
func TestDeployRaisedSubjectAndAntecedent(t *testing.T) {
	text := "Canada decided to dispatch up to two army officers as military observers to UNMIS, together with two liaison staff to be stationed in Juba. " +
		"The officers are expected to serve from early June until 30 August."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("military observer", "military observers").role("liaison and coordination personnel", "liaison staff")
	f.count("up to two army officers", 0, 2, "army officers", "")
	f.count("two liaison staff", 2, 2, "liaison staff", "liaison and coordination personnel")
	f.date("from early June until 30 August", "2011-06/2011-08-30")
	got := f.read()
	var lines []string
	for _, d := range got {
		lines = append(lines, depLine(d.d))
	}
	want := []string{
		"Canada|un.unmis|liaison and coordination personnel|2|2|-|-|-",
		"Canada|un.unmis|military observer|-|-|2011-06-01|2011-08-30|-",
	}
	for _, w := range want {
		if !strings.Contains(strings.Join(lines, "\n"), w) {
			t.Errorf("missing %s in:\n%s", w, strings.Join(lines, "\n"))
		}
	}

	// officers counted under two roles: "The officers" is unclear
	a := newDepFixture(t, strings.Replace(text, "two liaison staff", "two officers as liaison staff", 1))
	a.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
	a.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	a.role("military observer", "military observers").role("liaison and coordination personnel", "liaison staff")
	a.count("up to two army officers", 0, 2, "army officers", "")
	a.count("two officers", 2, 2, "officers", "")
	a.date("from early June until 30 August", "2011-06/2011-08-30")
	for _, d := range a.read() {
		if d.d.Min == nil && d.d.Max == nil && d.d.Role != "" {
			t.Errorf("ambiguous antecedent gave role %q", d.d.Role)
		}
	}

	// things expected to arrive are no people
	n := newDepFixture(t, "The vehicles are expected to arrive from early June until 30 August.")
	n.date("from early June until 30 August", "2011-06/2011-08-30")
	n.expect()
}

// A date in a phrase "struck/hit by ..." after the destination dates the
// disaster, not the dispatch; a date after the destination alone does.
func TestDeployStrikeParticipleDate(t *testing.T) {
	f := newDepFixture(t, "Canada decided to send a medical team to the islands hit by the cyclone on 3 March.")
	f.place("Canada", "country", "Canada")
	f.role("medical personnel", "medical team")
	f.date("on 3 March", "2016-03-03")
	f.expect("Canada|-|medical personnel|-|-|-|-|-")

	g := newDepFixture(t, "Canada decided to send a medical team to the islands on 3 March.")
	g.place("Canada", "country", "Canada")
	g.role("medical personnel", "medical team")
	g.date("on 3 March", "2016-03-03")
	g.expect("Canada|-|medical personnel|-|-|2016-03-03|-|-")
}

// "ordered" a unit of counted people is a dispatch order: the people are
// the unit's, and the infinitive after the object (the task ordered, past
// an inserted relative clause) carries the dispatch's dates. "ordered"
// with things as its object sends nobody.
func TestDeployOrderedUnit(t *testing.T) {
	text := "The Minister of Defence ordered an army relief unit of up to 500 personnel, which may grow to about 600 if needed, to provide relief from 3 March until 20 April."
	f := newDepFixture(t, text)
	f.count("up to 500 personnel", 0, 500, "personnel", "")
	f.count("about 600", 600, 600, "personnel", "")
	f.date("from 3 March until 20 April", "2016-03-03/2016-04-20")
	var found bool
	for _, d := range f.read() {
		if d.d.Max != nil && *d.d.Max == 500 {
			found = true
			if d.d.Start != "2016-03-03" || d.d.End != "2016-04-20" {
				t.Errorf("ordered unit dated %s..%s, want 2016-03-03..2016-04-20", d.d.Start, d.d.End)
			}
		}
	}
	if !found {
		t.Errorf("no deployment for the ordered unit of up to 500")
	}

	n := newDepFixture(t, "The Minister of Defence ordered a batch of 500 tents to provide shelter from 3 March.")
	n.date("from 3 March", "2016-03-03/..")
	n.expect()
}

// An office or post "staffed/manned by" counted people has those people
// posted there, dated by the clause.
func TestDeployStaffedBy(t *testing.T) {
	for _, v := range []string{"staffed", "manned"} {
		f := newDepFixture(t, "Canada opened a liaison office in Juba in May 2005, "+v+" by two embassy officials.")
		f.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
		f.count("two embassy officials", 2, 2, "embassy officials", "")
		f.date("in May 2005", "2005-05")
		// the contributor is left to the document default (the clause's
		// subject is that of "opened"), the place before the verb unread
		f.expect("-|-|-|2|2|2005-05-01|-|-")
	}
	n := newDepFixture(t, "Canada opened a liaison office in Juba in May 2005, visited by two embassy officials.")
	n.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
	n.count("two embassy officials", 2, 2, "embassy officials", "")
	n.date("in May 2005", "2005-05")
	n.expect()
}

// A count opening a later clause as the subject of a past verb with an
// object ("and four teams of two watched the count") tells what some of
// the people did; a count of people going somewhere in that place is
// still read.
func TestDeployCountSubjectOfLaterClause(t *testing.T) {
	f := newDepFixture(t, "Canada sent 20 monitors to UNMIS in May 2005, and eight monitors watched the count in Juba.")
	f.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.count("20 monitors", 20, 20, "monitors", "")
	f.count("eight monitors", 8, 8, "monitors", "")
	f.date("in May 2005", "2005-05")
	f.expect("Canada|un.unmis|-|20|20|2005-05-01|-|Juba")

	g := newDepFixture(t, "Canada sent 20 monitors to UNMIS in May 2005, and eight monitors arrived in Juba.")
	g.place("Canada", "country", "Canada").place("Juba", "place", "Juba")
	g.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	g.count("20 monitors", 20, 20, "monitors", "")
	g.count("eight monitors", 8, 8, "monitors", "")
	g.date("in May 2005", "2005-05")
	if got := len(g.read()); got != 2 {
		t.Errorf("count of people arriving in a later clause: %d deployments, want 2", got)
	}
}

// A verb of giving whose object is a role naming a unit keeps it when the
// unit is "of" an armed force ("provided an engineering unit of the army").
func TestDeployOfferUnitOfForce(t *testing.T) {
	f := newDepFixture(t, "Norway provided an engineering unit of the army to UNMIS in 2005.")
	f.place("Norway", "country", "Norway")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("engineering unit", "engineering unit")
	f.date("in 2005", "2005")
	f.expect("Norway|un.unmis|engineering unit|-|-|2005-01-01|-|-")
}

// A sentence opening on a named unit with its strength set off by commas
// states the unit's people there; a mission's strength, or a strength not
// set off after the opening name, states no dispatch.
func TestDeployStrengthAppositive(t *testing.T) {
	f := newDepFixture(t, "The Haiti Support Group (HSG), about 350 strong at any one time, repaired roads and schools.")
	f.org("hsg", "Haiti Support Group", "military", "Haiti Support Group", "HSG")
	f.count("about 350 strong", 350, 350, "", "")
	f.expect("-|-|-|350|350|-|-|-")

	m := newDepFixture(t, "The United Nations Mission in Sudan (UNMIS), about 10,000 strong at its peak, monitored the accord.")
	m.org("un.unmis", "United Nations Mission in Sudan", "un-mission", "United Nations Mission in Sudan", "UNMIS")
	m.count("about 10,000 strong", 10000, 10000, "", "")
	m.expect()

	n := newDepFixture(t, "Its partner, the Haiti Support Group, about 350 strong, was praised.")
	n.org("hsg", "Haiti Support Group", "military", "Haiti Support Group")
	n.count("about 350 strong", 350, 350, "", "")
	n.expect()
}

// A list of rotations with no role of their own takes the one role of the
// line that introduces the list with a colon; a blank line, prose between,
// or an introduction naming two roles gives none.
func TestDeployListIntroRole(t *testing.T) {
	// the role of the second rotation's deployment (the first may take a
	// role from the counts stage's context)
	secondRole := func(text string) string {
		a := analyseForDeployments(t, "intro", text)
		FindDeployments(a)
		for _, d := range a.Res.Deployments {
			if d.Min != nil && *d.Min == 47 {
				return d.Role
			}
		}
		return "(no deployment)"
	}
	list := "- 1st rotation: 3 May to 30 June 2011, 52 personnel\n" +
		"- 2nd rotation: 28 June to 31 August 2011, 47 personnel\n"
	cases := []struct{ intro, want string }{
		{"The Navy sent civilian police officers to Port Moresby in two rotations:\n", "civilian police officer"},
		// a blank line parts the list from the sentence before it
		{"The Navy sent civilian police officers to Port Moresby in two rotations.\n\n", ""},
		// an introduction naming two roles does not say whose the list is
		{"The Navy sent civilian police officers and staff officers to Port Moresby in two rotations:\n", ""},
		// a line of prose between the introduction and the list
		{"The Navy sent civilian police officers to Port Moresby in two rotations:\nThey flew from Cairns.\n", ""},
	}
	for _, c := range cases {
		if got := secondRole(c.intro + list); got != c.want {
			t.Errorf("%q: second rotation's role %q, want %q", c.intro, got, c.want)
		}
	}
}
