package extract

import "testing"

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
}

// A label with a plural head lists kinds of people (a fact sheet's
// strength), a quantifier before the head gives a per-unit size, and a
// lower-case phrase that is no unit name states nothing.
func TestDeployPresenceLineNotUnitLabel(t *testing.T) {
	for _, label := range []string{"Formed police units", "Each team", "Total in the team", "Rotation planned for the team"} {
		text := "Summary\n- " + label + ": 12 personnel, in Suva since March 4\n"
		f := newDepFixture(t, text)
		f.place("Suva", "place", "Suva")
		f.count("12 personnel", 12, 12, "personnel", "")
		f.date("since March 4", "2016-03-04/..")
		f.expect()
	}
}
