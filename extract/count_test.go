package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/missionx/missionx/normalize"
)

// extractFixture runs the whole stage list on a text, at a fixed reference date.
func extractFixture(t testing.TB, text string) *Result {
	t.Helper()
	res, err := Extract(&Doc{ID: "fixture", Text: text}, Options{Ref: "2010-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// wantCount is one expected count: its text, bounds ("2..3", "31..", "..350",
// "4"), flags and role.
type wantCount struct {
	text   string
	bounds string
	flags  string // "a" approximate, "t" aggregate (total)
	role   string
}

func boundsString(c Count) string {
	s := func(p *int) string {
		if p == nil {
			return ""
		}
		return fmt.Sprint(*p)
	}
	if c.Min != nil && c.Max != nil && *c.Min == *c.Max {
		return s(c.Min)
	}
	return s(c.Min) + ".." + s(c.Max)
}

func flagsString(c Count) string {
	f := ""
	if c.Approximate {
		f += "a"
	}
	if c.Aggregate {
		f += "t"
	}
	return f
}

func TestFindCounts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantCount
	}{
		{"role nouns", "The government sent two civilian police officers and four coordination and liaison officers to the mission.",
			[]wantCount{{"two civilian police officers", "2", "", "civilian police officer"},
				{"four coordination and liaison officers", "4", "", "liaison and coordination personnel"}}},
		{"role from the clause and elided nouns", "Norway sent 12 SDF personnel to the mission as cease-fire monitors. Six were sent first, and a second contingent of six followed later.",
			[]wantCount{{"12 SDF personnel", "12", "", "cease-fire monitor"},
				{"Six were sent", "6", "", "cease-fire monitor"},
				{"a second contingent of six", "6", "", "cease-fire monitor"}}},
		{"a total and its pairs", "A total of six military observers served, the first pair in the north and the second pair in the south.",
			[]wantCount{{"A total of six military observers", "6", "t", "military observer"},
				{"the first pair", "2", "", "military observer"}, {"the second pair", "2", "", "military observer"}}},
		{"aircrew and a gapped clause of what befell people",
			"Up to 6 aircrew waited at the airfield. About 300 people died in the floods and some 12,000 lost their homes.",
			[]wantCount{{"Up to 6 aircrew", "..6", "", ""}, {"About 300 people", "300", "a", ""}, {"some 12,000 lost", "12000", "a", ""}}},
		{"things counted since the people: the verb is theirs",
			"About 200 people were hurt, 30 bridges broke and 12 fell into the river.",
			[]wantCount{{"About 200 people", "200", "a", ""}}},
		{"a single officer is one; a single truck counts no one",
			"A single liaison officer stayed in Amman, with a single truck.",
			[]wantCount{{"A single liaison officer", "1", "", "liaison officer"}}},
		{"a sentence opening with a number and a verb of service: people, role from context",
			"Tokyo seconded diplomats to the mission as political affairs officers. A total of three served in turn. Four served as depots.",
			[]wantCount{{"A total of three served", "3", "t", "political affairs officer"}}},
		{"office holders are people; their offices are not",
			"The three regional presidents and two foreign ministers met at the two ministries.",
			[]wantCount{{"three regional presidents", "3", "", ""}, {"two foreign ministers", "2", "", ""}}},
		{"a ceiling the number was held to",
			"The Japanese staff never exceeded 12 personnel.",
			[]wantCount{{"never exceeded 12 personnel", "..12", "", ""}}},
		{"a list of contributors with the noun given once",
			"Staff officers come from Chile (four officers), Ghana (three) and Fiji (2).",
			[]wantCount{{"four officers", "4", "", "staff officer"}, {"three", "3", "", "staff officer"}, {"2", "2", "", "staff officer"}}},
		{"numbers in parentheses with no count before them",
			"The rules were signed by Chile (4) and Ghana (3).", nil},
		{"people an event befell take no role of the personnel named beside them",
			"The medical unit reached the town after the storm, killing about 900 people. The medical unit vaccinated 4,000 people; 20 people were injured. The medical unit had 60 people.",
			[]wantCount{{"about 900 people", "900", "a", ""}, {"4,000 people", "4000", "", ""}, {"20 people", "20", "", ""},
				{"60 people", "60", "", "medical unit"}}},
		{"open and approximate bounds", "Up to 200 personnel of the engineering unit went. More than 40 patients were treated and about 1,200 refugees received water.",
			[]wantCount{{"Up to 200 personnel of the engineering unit", "..200", "", "engineering unit"}, {"More than 40 patients", "41..", "", ""},
				{"about 1,200 refugees", "1200", "a", ""}}},
		{"ranges and separators", "There were two or three military liaison officers on duty, with additional 3.000 troops and 2,500 police officers.",
			[]wantCount{{"two or three military liaison officers", "2..3", "", "military liaison officer"},
				{"3.000 troops", "3000", "", ""}, {"2,500 police officers", "2500", "", "civilian police officer"}}},
		{"products of groups", "The country dispatched four groups of 6-member teams of police personnel. It sent three transport units of 30 personnel each, 90 personnel in total. A total of 10 staff officers went in two groups of five.",
			[]wantCount{{"four groups of 6-member teams of police personnel", "24", "", "civilian police officer"},
				{"three transport units of 30 personnel each", "90", "t", "transport unit"},
				{"A total of 10 staff officers", "10", "t", "staff officer"}}},
		{"a group of members", "It formed a 9-member team. Both units returned.",
			[]wantCount{{"9-member team", "9", "", ""}, {"Both units", "2", "", ""}}},
		{"role from the heading", "Election Observers\n\nPhoto of a polling station(img)\n\nThe country sent 7 officials and 3 individuals from business to the elections.",
			[]wantCount{{"7 officials", "7", "", "election observer"}, {"3 individuals from business", "3", "", "election observer"}}},
		{"role from the sentence before", "HQ staff officers handle planning. So far a total of 14 personnel have served.",
			[]wantCount{{"a total of 14 personnel", "14", "t", "staff officer"}}},
		{"role from a restatement", "It extended the dispatch of three officials. Since 2009 it has sent 3 officials as military observers.",
			[]wantCount{{"three officials", "3", "", "military observer"}, {"3 officials", "3", "", "military observer"}}},
		{"the people noun after a role", "Around 400 engineering unit personnel were deployed.",
			[]wantCount{{"Around 400 engineering unit personnel", "400", "a", "engineering unit"}}},
		{"the people noun before the number", "The SDF sent personnel numbering approximately 200.\nNumber of personnel: 350\nIn total, 1,300 personnel served, among them a 2,000-strong force.",
			[]wantCount{{"personnel numbering approximately 200", "200", "a", ""}, {"personnel: 350", "350", "", ""},
				{"1,300 personnel", "1300", "t", ""}, {"2,000-strong force", "2000", "", ""}}},
		{"numbers that name their people elsewhere", "It sent 680 personnel in the first rotation and 600 in the second. The total number of SDF personnel reached 1,300. The Dutch contingent of 400 stayed. The number of personnel has doubled in 12 years.",
			[]wantCount{{"680 personnel", "680", "", ""}, {"600", "600", "", ""}, {"1,300", "1300", "t", ""},
				{"The Dutch contingent of 400", "400", "", ""}}},
		{"a list item and a partitive", "Staff officers at the headquarters: 4\nJapan sent six military observers. Two or three of them rotated.",
			[]wantCount{{"Staff officers at the headquarters: 4", "4", "", "staff officer"},
				{"six military observers", "6", "", "military observer"}, {"Two or three of them", "2..3", "", "military observer"}}},
		{"roles from the same noun and from headings", "Japan sent 3 election observers in May and 15 in June. Two observers stayed.\n\nMilitary Observers\n\nJapan sent six observers; four more followed.",
			[]wantCount{{"3 election observers", "3", "", "election observer"}, {"15", "15", "", "election observer"},
				{"Two observers", "2", "", "election observer"}, {"six observers", "6", "", "military observer"},
				{"four more", "4", "", "military observer"}}},
		{"a total of several kinds has no role", "Japan sent 5 staff officers and a movement control unit of 48 personnel. In total, 154 personnel served.",
			[]wantCount{{"5 staff officers", "5", "", "staff officer"}, {"48 personnel", "48", "", "movement control unit"},
				{"154 personnel", "154", "t", ""}}},
		{"a sentence opened by a number of people sent, role from the heading", "Staff Officers\n\nFive were assigned to the force headquarters in the spring. Two were damaged in the storm.",
			[]wantCount{{"Five were assigned", "5", "", "staff officer"}}},
		{"a nationality in the plural names people", "Aid reached about 8,000 Somalis and over 300 Haitians, while 40 Rwandan refugees and two Japanese planes waited.",
			[]wantCount{{"about 8,000 Somalis", "8000", "a", ""}, {"over 300 Haitians", "301..", "", ""},
				{"40 Rwandan refugees", "40", "", ""}}},
		{"people words that are not heads", "Two police stations and 40 member states took part; one general election was held.", nil},
		{"not counts of people", "The mission ran for 15 years in five provinces at a cost of 30 billion yen under resolution 1234 and its 3rd rotation; 20% of 40 countries joined the second operation, the eleventh transport unit flew two special planes (C-130), and a number of officers went on 12 January 2009 and in 1995.", nil},
		{"no antecedent, no elided count", "One was enough for the task.", nil},
		{"non-ASCII text", "Japan sent two police officers to Timor‐Leste — and 3 attachés.",
			[]wantCount{{"two police officers", "2", "", "civilian police officer"}, {"3 attachés", "3", "", ""}}},
		{"a year is no elided count", "Japan sent 12 observers. 1996 was the first year.",
			[]wantCount{{"12 observers", "12", "", ""}}},
		{"coordinated modifiers before the head", "Norway dispatched 9 regional and municipal administration officials, and 4 senior or junior advisers.",
			[]wantCount{{"9 regional and municipal administration officials", "9", "", ""}, {"4 senior or junior advisers", "4", "", ""}}},
		{"coordination stops at a second head or a number", "It sent 7 staff officers and liaison personnel. Later 3 national and 2 local officials went.",
			[]wantCount{{"7 staff officers", "7", "", "staff officer"}, {"2 local officials", "2", "", ""}}},
		{"a further and another count of the people before", "Twelve police officers left in June and a further twelve in July; another 6 followed by air.",
			[]wantCount{{"Twelve police officers", "12", "", "civilian police officer"}, {"a further twelve", "12", "", "civilian police officer"},
				{"another 6", "6", "", "civilian police officer"}}},
		{"a part of the people after 'of'", "Over 30 of our engineers are women, and 12 of the election observers were local officials. Five of the bridges fell.",
			[]wantCount{{"Over 30 of our engineers", "31..", "", ""}, {"12 of the election observers", "12", "", "election observer"}}},
		{"a new size after a change verb", "The engineering unit began with about 700 personnel and was later cut to roughly 500 and then to 350, then reduced to 300 in 2006. Its budget was reduced to 40 percent, and the mission was extended to 2012.",
			[]wantCount{{"about 700 personnel", "700", "a", "engineering unit"}, {"roughly 500", "500", "a", "engineering unit"},
				{"350", "350", "", "engineering unit"}, {"300", "300", "", "engineering unit"}}},
		{"people on several occasions are multiplied", "Japan sent four personnel on three occasions as military observers; 2 staff officers went on 5 missions.",
			[]wantCount{{"four personnel on three occasions", "12", "t", "military observer"}, {"2 staff officers", "2", "", "staff officer"}}},
		{"observers at a vote observe the election", "In 2001 the country sent about 25 observers to the regional polls.\n\nIn 2003, 8 observers watched the border.",
			[]wantCount{{"about 25 observers", "25", "a", "election observer"}, {"8 observers", "8", "", ""}}},
		{"a definite unit is the unit named before", "A medical unit deployed in 2005 with 12 doctors.\n\nSince then, 420 personnel have worked in the unit.\n\nOver the years 90 people served with the team.",
			[]wantCount{{"12 doctors", "12", "", ""}, {"420 personnel", "420", "", "medical unit"}, {"90 people", "90", "", ""}}},
		{"a part of a counted whole keeps the whole", "One of the two liaison officers fell ill.",
			[]wantCount{{"two liaison officers", "2", "", "liaison officer"}}},
		{"a change of size of things is no count", "It sent 40 personnel. The number of weekly flights was increased to 12, and its fuel was cut to 300.",
			[]wantCount{{"40 personnel", "40", "", ""}}},
		{"a size change of a named group with no count nearby", "Civil Affairs\n\nA liaison officer joined the team in 2004. The office moved twice. Its staff changed every year. Later the Danish team was cut to three.",
			[]wantCount{{"three", "3", "", ""}}},
		{"their number after a count", "Eight election observers went in May. Their number rose to eleven in June, and the number of polling stations grew to 40.",
			[]wantCount{{"Eight election observers", "8", "", "election observer"}, {"eleven", "11", "", "election observer"}}},
		{"an ordinal leaves out the noun of a count before it", "The first rotation had 310 personnel, the second 290 and the last 280. The third 100 days were calm.",
			[]wantCount{{"310 personnel", "310", "", ""}, {"the second 290", "290", "", ""}, {"the last 280", "280", "", ""}}},
		{"an ordinal with no count before it is no count", "The second 50 went unnoticed.", nil},
		{"a phrasal 'over' is no bound", "The unit handed over 30 detainees.",
			[]wantCount{{"30 detainees", "30", "", ""}}},
		{"a determiner and a part word before a bare number", "Norway sent 14 police officers. Six came from the capital, the remaining eight from the provinces. The first three left in May; the other five stayed.",
			[]wantCount{{"14 police officers", "14", "", "civilian police officer"}, {"Six came", "6", "", "civilian police officer"},
				{"the remaining eight", "8", "", "civilian police officer"}, {"The first three", "3", "", "civilian police officer"},
				{"the other five", "5", "", "civilian police officer"}}},
		{"a list line names its people by a role of two words", "Strength\nUN police: 68\nCivilian staff: 40",
			[]wantCount{{"UN police: 68", "68", "", "civilian police officer"}, {"staff: 40", "40", "", ""}}},
		{"a part of things counted after the people", "Japan sent 40 personnel with four aircraft. Three aircraft came back in May; the last one stayed.",
			[]wantCount{{"40 personnel", "40", "", ""}}},
		{"a part word before a noun or with nothing counted before", "The last two years were calm. The remaining officers went home, and the other three stayed.", nil},
		{"a singular noun before a plural head modifies it", "Its monitors patrolled from seven team sites and four unit positions. Seven team members and three team leaders stayed.",
			[]wantCount{{"Seven team members", "7", "", ""}, {"three team leaders", "3", "", ""}}},
		{"places of people are no people", "They guarded two observer sites, five police checkpoints and three patrol bases near 12 polling stations.", nil},
		{"a group of a number before a noun of things", "The force visited units of both parties and a contingent of six arrived.",
			[]wantCount{{"a contingent of six", "6", "", ""}}},
		{"turns of people each are multiplied", "Liaison Officers\n\nFour were sent to the capital. They worked in two rotations of two persons each. The unit flew three rotations of two.",
			[]wantCount{{"Four were sent", "4", "", "liaison officer"}, {"two rotations of two persons each", "4", "", "liaison officer"}}},
		{"a list of modifiers before the head", "Kenya sent a contingent of 300 engineering, transport and medical personnel, and 20 supply, signal, or repair staff.",
			[]wantCount{{"300 engineering, transport and medical personnel", "300", "", ""}, {"20 supply, signal, or repair staff", "20", "", ""}}},
		{"a role in the document's title", "Dispatch of a Development Expert to the Monitoring Team of the Peace Process in the South of the Country\n\nMay 2, 2006\n\n1. The Government will send one staff member of its aid agency to the team.",
			[]wantCount{{"one staff member", "1", "", "development expert"}}},
		{"a long line that is not the title names no role", "Japan sent troops.\nThe engineering unit of the Ground Self-Defense Force repaired roads and bridges in the north of the country\n\nIt sent 40 personnel.",
			[]wantCount{{"40 personnel", "40", "", ""}}},
		{"a list of heads is no list of modifiers", "It sent 12 observers, drivers and interpreters.",
			[]wantCount{{"12 observers", "12", "", ""}}},
		{"a table column headed by the people it counts", "Police Monitors\n\nA total of 7 officers went in May 2009, as follows:\n\nTeam | Town | Officers | Period\nA | Kanda | 4 | May 2009\nB | Tolo | 3 | June 2009\n",
			[]wantCount{{"A total of 7 officers", "7", "t", "civilian police officer"}, {"4", "4", "", "civilian police officer"}, {"3", "3", "", "civilian police officer"}}},
		{"a strength list: labels, staff categories and the total", "Strength:\nTroops: 900 | Police: 45\nCivilians: 60 international, 25 national\nTotal: 1,030\n\nVehicles: 40\nTotal: 40",
			[]wantCount{{"Troops: 900", "900", "", ""}, {"Police: 45", "45", "", "civilian police officer"}, {"Civilians: 60", "60", "", ""},
				{"25 national", "25", "", ""}, {"Total: 1,030", "1030", "t", ""}}},
		{"label lines whose head names people", "Strength:\nExperts on mission: 20\nPersonnel in the field: 40 | National staff (local): 55\nTotal strength: 115\nBudget: 300\nNumber of troop-contributing countries: 12",
			[]wantCount{{"Experts on mission: 20", "20", "", ""}, {"Personnel in the field: 40", "40", "", ""}, {"National staff (local): 55", "55", "", ""},
				{"Total strength: 115", "115", "t", ""}}},
		{"staff categories in brackets; a singular noun after a plural head is a verb", "Civilians: 155 (39 international, 116 local). Some 860 troops man the posts.",
			[]wantCount{{"Civilians: 155", "155", "", ""}, {"39 international", "39", "", ""}, {"116 local", "116", "", ""}, {"Some 860 troops", "860", "a", ""}}},
		{"people of ships and services", "The frigate carried 240 sailors, 18 airmen and 35 marines; two midwives and 12 seamen came later.",
			[]wantCount{{"240 sailors", "240", "", ""}, {"18 airmen", "18", "", ""}, {"35 marines", "35", "", ""},
				{"two midwives", "2", "", ""}, {"12 seamen", "12", "", ""}}},
		{"an organization with its acronym before the people noun", "The relief unit has up to 80 Air Self-Defense Force (ASDF) personnel and three aircraft.",
			[]wantCount{{"up to 80 Air Self-Defense Force (ASDF) personnel", "..80", "", "refugees relief unit"}}},
		{"pairs of the people counted before", "The ministry sent ten election observers. They worked as a pair in the capital and four pairs in the provinces. Two pairs of boots were lost.",
			[]wantCount{{"ten election observers", "10", "", "election observer"}, {"a pair", "2", "", "election observer"},
				{"four pairs", "8", "", "election observer"}}},
		{"an elided count before a verb in the past", "Japan sent ten cease-fire monitors. Six patrolled the north; the other four watched Kanda. Four armed vehicles stayed.",
			[]wantCount{{"ten cease-fire monitors", "10", "", "cease-fire monitor"}, {"Six patrolled", "6", "", "cease-fire monitor"},
				{"the other four", "4", "", "cease-fire monitor"}}},
		{"groups of a number of people are multiplied, with or without each", "It sent three teams of five observers, 12 teams of two officers each and four two-person teams.",
			[]wantCount{{"three teams of five observers", "15", "", ""}, {"12 teams of two officers each", "24", "", ""}, {"four two-person teams", "8", "", ""}}},
		{"a bare number after 'the' names the people again", "Japan sent six election observers. Of the six, four covered Kanda and two visited Tolo. The remaining two, however, stayed.",
			[]wantCount{{"six election observers", "6", "", "election observer"}, {"four covered", "4", "", "election observer"},
				{"two visited", "2", "", "election observer"}, {"The remaining two", "2", "", "election observer"}}},
		{"observers take only a role of observers from the context", "Japan sent 12 election observers in May.\n\nLiaison Officers\n\nTwo liaison officers stayed in the capital. Eleven observers returned to Japan in June.",
			[]wantCount{{"12 election observers", "12", "", "election observer"}, {"Two liaison officers", "2", "", "liaison officer"},
				{"Eleven observers", "11", "", "election observer"}}},
		{"the people a group of a role is made of have its role", "Japan sent a medical team of 15 doctors and a rescue team of 40 firefighters.",
			[]wantCount{{"15 doctors", "15", "", "medical team"}, {"40 firefighters", "40", "", "rescue team"}}},
		{"an elided count before a verb with a singular object; durations are no things counted", "Japan sent 9 staff officers. They served for about six months. The last five returned in May. Three handled transport and two dealt with planning. Two damaged trucks stayed.",
			[]wantCount{{"9 staff officers", "9", "", "staff officer"}, {"The last five", "5", "", "staff officer"},
				{"Three handled", "3", "", "staff officer"}, {"two dealt", "2", "", "staff officer"}}},
		{"an elided count is not of people when things were counted since", "Japan sent ten cease-fire monitors. Of the 12 sites, 4 hosted a team.",
			[]wantCount{{"ten cease-fire monitors", "10", "", "cease-fire monitor"}}},
		{"supervisors at a vote are election observers; gapped and given counts take their noun", "Some 900 supervisors came for the referendum from 30 countries. Sweden provided about 70, and Denmark up to 40.",
			[]wantCount{{"Some 900 supervisors", "900", "a", "election observer"}, {"about 70", "70", "a", "election observer"},
				{"up to 40", "..40", "", "election observer"}}},
		{"a gapped clause after a country with a range and each", "Kenya and Ghana each sent more than 1,500 troops, and Chad and Niger between 600 and 700 each.",
			[]wantCount{{"more than 1,500 troops", "1501..", "", ""}, {"between 600 and 700 each", "600..700", "", ""}}},
		{"a body's size: strong, of N, grows to N", "The battalion, about 450 strong at its peak, worked with a civilian component of roughly 80. A unit of up to 500 personnel, which may grow to about 650, left later.",
			[]wantCount{{"about 450 strong", "450", "a", ""}, {"a civilian component of roughly 80", "80", "a", ""},
				{"up to 500 personnel", "..500", "", ""}, {"about 650", "650", "a", ""}}},
		{"nationality nouns count people; a noun after them is read as the noun", "The medics trained 45 Cambodians and 30 Sudanese, and hired 12 Timorese drivers.",
			[]wantCount{{"45 Cambodians", "45", "", ""}, {"30 Sudanese", "30", "", ""}, {"12 Timorese drivers", "12", "", ""}}},
		{"a sum in all of the people the clause named; turns of the people counted", "Chile sent the largest group of monitors, 14 in all. Eight staff officers served, in two rotations of four.",
			[]wantCount{{"14 in all", "14", "t", ""}, {"Eight staff officers", "8", "", "staff officer"}, {"two rotations of four", "8", "", "staff officer"}}},
		{"an ordinal part of people named but not counted just before", "Japan assigned staff officers to the headquarters. The first two arrived in May.",
			[]wantCount{{"The first two arrived", "2", "", "staff officer"}}},
		// negatives: no people named or things counted in between
		{"numbers that count no one", "In 2004 Sudanese forces came. The sites numbered 8 in one sector, 12 in all. The first two were delivered by ship. The road was 60 strong-points long. Uganda provided 3 helicopters, and Rwanda 2004. Japan sent 12 doctors and 4 ambulances; Korea provided 6.",
			[]wantCount{{"12 doctors", "12", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractFixture(t, tt.text)
			var got []string
			for _, c := range res.Counts {
				if tt.text[c.Span.Start:c.Span.End] != c.Text {
					t.Errorf("count %q: span %v holds %q", c.Text, c.Span, tt.text[c.Span.Start:c.Span.End])
				}
				got = append(got, fmt.Sprintf("%s = %s %s role=%q", c.Text, boundsString(c), flagsString(c), c.Role))
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, fmt.Sprintf("%s = %s %s role=%q", w.text, w.bounds, w.flags, w.role))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("counts in %q:\ngot\n  %s\nwant\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

func TestFindCountsNouns(t *testing.T) {
	res := extractFixture(t, "Japan sent 16 Ground Self-Defense Force personnel as cease-fire monitors. Eight were sent in spring.")
	if len(res.Counts) != 2 {
		t.Fatalf("got %d counts, want 2: %+v", len(res.Counts), res.Counts)
	}
	if got := res.Counts[0].Noun; got != "Ground Self-Defense Force personnel" {
		t.Errorf("noun = %q, want the phrase as written", got)
	}
	if got := res.Counts[1].Noun; got != "cease-fire monitors" {
		t.Errorf("elided noun = %q, want what the count before counted them as", got)
	}
	res = extractFixture(t, "Japan sent a total of four police officers: the first pair in May, the second pair in June.")
	if len(res.Counts) != 3 {
		t.Fatalf("got %d counts, want 3: %+v", len(res.Counts), res.Counts)
	}
	for _, c := range res.Counts[1:] {
		if c.Noun != "police officers" {
			t.Errorf("%s: noun = %q, want the noun of the total before", c.Text, c.Noun)
		}
	}
}

func BenchmarkFindCounts(b *testing.B) {
	doc := &Doc{ID: "bench", Text: syntheticReport()}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		a := &Analysis{Doc: doc, Tokens: Tokenize(doc.Text), Sentences: Sentences(doc.Text)}
		FindRoles(a)
		FindCounts(a)
	}
}

// syntheticReport is a made-up 2 KB page in the style of the sources.
func syntheticReport() string {
	var sb strings.Builder
	sb.WriteString("International Peace Cooperation Assignment in Freedonia\n\nCease-fire Monitors\n\n")
	for sb.Len() < 2000 {
		sb.WriteString("In response to a request from the United Nations, the government dispatched 24 SDF personnel and two or three coordination and liaison personnel to the mission in March 2004. ")
		sb.WriteString("Twelve were sent in the first rotation, and a second contingent of twelve followed after six months. ")
		sb.WriteString("The engineering unit of up to 350 personnel repaired 40 kilometres of road in five provinces.\n\n")
		sb.WriteString("Staff Officers\n\nTwo staff officers served at the headquarters for 12 years, and a total of approximately 1,000 personnel have served in the transport units.\n\n")
	}
	return sb.String()
}

// FuzzCountsAndRoles checks that any text extracts without a panic and with
// every count and role span holding its text. Run with -fuzz to explore;
// plain go test runs the seeds.
func FuzzCountsAndRoles(f *testing.F) {
	for _, s := range []string{
		"a total of four civilian police officers - the first pair",
		"Eight were sent, and a second contingent of eight",
		"three groups of 5-member teams of SDF personnel (15 personnel in total)",
		"two transport units of 40 SDF personnel each, 80 personnel in total",
		"Number of personnel: 350\nStaff officers: 4",
		"between 20 and\n30 officers; up to", "the pair", "of them", "a", "2.000 1,500 13.84 million",
		"Cease - fire Monitors\n\nTwo or three of them were sent.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text), Sentences: Sentences(text)}
		FindRoles(a)
		FindCounts(a)
		for _, c := range a.Res.Counts {
			if c.Span.Start < 0 || c.Span.End > len(text) || text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("count %q has span %v", c.Text, c.Span)
			}
			if c.Min == nil && c.Max == nil {
				t.Fatalf("count %q has no bound", c.Text)
			}
		}
		for _, r := range a.Res.Roles {
			for _, m := range r.Mentions {
				if text[m.Span.Start:m.Span.End] != m.Text {
					t.Fatalf("role %s mention %q has span %v", r.Name, m.Text, m.Span)
				}
			}
		}
	})
}

// Counts and roles share read-only tables across goroutines; run under
// -race this checks that nothing shared is written.
func TestCountsConcurrent(t *testing.T) {
	texts := []string{syntheticReport(), "Japan sent two or three coordination and liaison personnel. Eight were sent.", "Both units, 1,500 police officers"}
	countsOf := func(s string) int {
		a := &Analysis{Doc: &Doc{Text: s}, Tokens: Tokenize(s), Sentences: Sentences(s)}
		FindRoles(a)
		FindCounts(a)
		return len(a.Res.Counts)
	}
	want := make([]int, len(texts))
	for i, s := range texts {
		if want[i] = countsOf(s); want[i] == 0 {
			t.Fatalf("text %d has no counts to compare", i)
		}
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for i, s := range texts {
				if got := countsOf(s); got != want[i] {
					done <- fmt.Errorf("text %d: %d counts, want %d", i, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkRolesCounts measures the roles and counts stages alone on the
// synthetic benchmark corpus, each on the state the stages before it leave
// (tokens, sentences, dates; for counts also the roles and the shared
// words), so that B/op and allocs/op are the stage's own.
func BenchmarkRolesCounts(b *testing.B) {
	docs := benchDecoded(b)
	pre := make([]*Analysis, len(docs))
	for i, d := range docs {
		a := &Analysis{Doc: d, Tokens: Tokenize(d.Text), Sentences: Sentences(d.Text)}
		FindDates(a)
		pre[i] = a
	}
	b.Run("roles", func(b *testing.B) {
		b.ReportAllocs()
		loop(b, func(i int) {
			p := pre[i%len(pre)]
			a := &Analysis{Doc: p.Doc, Tokens: p.Tokens, Sentences: p.Sentences, Res: Result{Dates: p.Res.Dates}}
			FindRoles(a)
			a.releaseWords() // as Extract does at the end
		})
	})
	for _, a := range pre {
		FindRoles(a)
		a.words = slices.Clone(a.words) // not in the pool's arrays
	}
	b.Run("counts", func(b *testing.B) {
		b.ReportAllocs()
		var words []normalize.Word
		loop(b, func(i int) {
			p := pre[i%len(pre)]
			a := *p
			a.Res.Counts = nil
			// the stage gets a copy, in an array of the benchmark's own
			words = append(words[:0], p.words...)
			a.words = words
			FindCounts(&a)
		})
	})
}

// markDates' walk over dates in text order, and newCountReader's, mark the
// same tokens as markDates' search per date, which it falls back to for
// dates out of order.
func TestMarkDatesWalkSameAsSearch(t *testing.T) {
	text := syntheticReport()
	toks := Tokenize(text)
	sents := Sentences(text)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		var dates []Date
		for k := rng.IntN(8) + 2; k > 0; k-- {
			s := rng.IntN(len(text))
			dates = append(dates, Date{Mention: Mention{Span: Span{s, min(len(text), s+rng.IntN(40))}}})
		}
		slices.SortFunc(dates, func(a, b Date) int { return a.Span.Start - b.Span.Start })
		walk := &countReader{toks: toks, inDate: make([]bool, len(toks))}
		walk.markDates(dates)
		c := newCountReader(&Analysis{Doc: &Doc{Text: text}, Tokens: toks, Sentences: sents, Res: Result{Dates: dates}})
		if !slices.Equal(walk.inDate, c.inDate) {
			t.Fatalf("round %d: markDates and newCountReader mark different tokens for %v", round, dates)
		}
		c.release()
		slices.Reverse(dates)
		if dates[0].Span.Start == dates[len(dates)-1].Span.Start {
			continue // all at one start: still in order reversed
		}
		search := &countReader{toks: toks, inDate: make([]bool, len(toks))}
		search.markDates(dates)
		if !slices.Equal(walk.inDate, search.inDate) {
			t.Fatalf("round %d: walk and search mark different tokens for %v", round, dates)
		}
	}
}

// numberContexts holds each word of the three sets it merges with their bits,
// and no other word.
func TestNumberContextsSameAsSets(t *testing.T) {
	sets := map[numberContext]map[string]bool{isIdentifierWord: identifierWords, isMonthName: monthNames, isYearPreposition: yearPrepositions}
	words := map[string]bool{"the": true, "personnel": true, "": true}
	for _, set := range sets {
		for w := range set {
			words[w] = true
		}
	}
	for w := range words {
		for bit, set := range sets {
			if got := numberContexts[w]&bit != 0; got != set[w] {
				t.Errorf("numberContexts[%q] bit %b = %v, set has %v", w, bit, got, set[w])
			}
		}
	}
	if len(numberContexts) > len(words) {
		t.Errorf("numberContexts has %d words, the sets %d", len(numberContexts), len(words))
	}
}
