package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestFindRoles(t *testing.T) {
	text := "Cease-fire Monitors\n\n" +
		"The country sent ceasefire observers and coordination and liaison personnel; later the Liaison and Coordination Officers " +
		"and two polices officers joined HQ staff officers, Electoral Monitors and the civilian police component. " +
		"The Transport Platoon and the SDF Engineering Unit worked near police stations of the National Police Agency " +
		"and the United Nations Military Observer Group in India and Pakistan."
	res := extractFixture(t, text)
	got := map[string][]string{}
	var order []string
	for _, r := range res.Roles {
		order = append(order, r.Name)
		for _, m := range r.Mentions {
			if text[m.Span.Start:m.Span.End] != m.Text {
				t.Errorf("role %s: span %v holds %q, mention says %q", r.Name, m.Span, text[m.Span.Start:m.Span.End], m.Text)
			}
			got[r.Name] = append(got[r.Name], m.Text)
		}
	}
	want := map[string][]string{
		"cease-fire monitor":                 {"Cease-fire Monitors", "ceasefire observers"},
		"liaison and coordination personnel": {"coordination and liaison personnel", "Liaison and Coordination Officers"},
		"civilian police officer":            {"polices officers", "civilian police"},
		"staff officer":                      {"HQ staff officers"},
		"election observer":                  {"Electoral Monitors"},
		"transport unit":                     {"Transport Platoon"},
		"engineering unit":                   {"Engineering Unit"},
	}
	wantOrder := "cease-fire monitor|liaison and coordination personnel|civilian police officer|staff officer|election observer|transport unit|engineering unit"
	if strings.Join(order, "|") != wantOrder {
		t.Errorf("roles in order %q, want %q", strings.Join(order, "|"), wantOrder)
	}
	for name, ms := range want {
		if strings.Join(got[name], "|") != strings.Join(ms, "|") {
			t.Errorf("role %s: mentions %q, want %q", name, got[name], ms)
		}
	}
	for _, r := range res.Roles {
		if r.Category == "" {
			t.Errorf("role %s has no category", r.Name)
		}
	}
}

// caseOf, which reads eight bytes at a time, agrees with a byte loop on
// every substring of texts with capitals, non-ASCII letters and the bytes
// around 'A' and 'Z'.
func TestCaseOfSameAsByteLoop(t *testing.T) {
	texts := []string{
		"The UN Mission in East Timor (UNMISET) sent 24 SDF personnel; Côte d'Ivoire, ÉTAT, İstanbul.",
		"@AZ[`az{ \x7f\x80\xff 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"x", "",
	}
	naive := func(s string) (upper, ascii bool) {
		ascii = true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < 0x80
			upper = upper || s[i] >= 'A' && s[i] <= 'Z'
		}
		return upper, ascii
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text) && j <= i+20; j++ {
				u, a := caseOf(text, i, j)
				wu, wa := naive(text[i:j])
				if a != wa || wa && u != wu {
					t.Fatalf("caseOf(%q) = %v, %v; want %v, %v", text[i:j], u, a, wu, wa)
				}
			}
		}
	}
}

// Training staff and police formed into units are roles of their own, and a
// sending statement about them carries the role.
func TestRolesInstructorAndFormedPoliceUnit(t *testing.T) {
	cases := []struct {
		text     string
		wantRole string // the role found and carried by the one deployment
		wantMin  int
	}{
		{"In March 2012, Japan sent 8 GSDF instructors to Entebbe to train engineers.", "instructor", 8},
		{"The army dispatched 25 military instructors to Nairobi in May 2016.", "instructor", 25},
		{"In June 2009, Bangladesh deployed a formed police unit of 120 officers to Monrovia.", "formed police unit", 120},
		{"Nepal sent two formed police units, 280 officers in all, to Port-au-Prince in 2010.", "formed police unit", 280},
	}
	for _, c := range cases {
		res := extractFixture(t, c.text)
		var roles []string
		for _, r := range res.Roles {
			roles = append(roles, r.Name)
		}
		if len(roles) != 1 || roles[0] != c.wantRole {
			t.Errorf("%q: roles %q, want [%s]", c.text, roles, c.wantRole)
		}
		if len(res.Deployments) != 1 {
			t.Errorf("%q: %d deployments, want 1", c.text, len(res.Deployments))
			continue
		}
		d := res.Deployments[0]
		if d.Role != c.wantRole || d.Min == nil || *d.Min != c.wantMin {
			t.Errorf("%q: deployment role %q min %v, want %q %d", c.text, d.Role, d.Min, c.wantRole, c.wantMin)
		}
	}
}

// Civilian experts are roles by their trade; a bare "expert" or
// "specialist" is not.
func TestFindRolesExperts(t *testing.T) {
	text := "Dispatch of Development Experts to the Monitoring Mission\n\n" +
		"Japan sent a JICA expert and two technical advisers to the mission; an electoral adviser from the Cabinet Office " +
		"helped the commission. The expert stayed a year, and a specialist in water supply visited twice."
	res := extractFixture(t, text)
	got := map[string][]string{}
	for _, r := range res.Roles {
		for _, m := range r.Mentions {
			got[r.Name+"/"+r.Category] = append(got[r.Name+"/"+r.Category], m.Text)
		}
	}
	want := map[string]string{
		"development expert/civilian": "Development Experts|JICA expert",
		"technical expert/civilian":   "technical advisers",
		"electoral expert/civilian":   "electoral adviser",
	}
	if len(got) != len(want) {
		t.Errorf("roles %q, want %q", got, want)
	}
	for k, v := range want {
		if strings.Join(got[k], "|") != v {
			t.Errorf("role %s: mentions %q, want %q", k, got[k], v)
		}
	}
}

// Headquarters posts named by their military branch are staff officers; a
// bare logistics or information officer (a civilian post too) is no role.
func TestFindRolesStaffBranches(t *testing.T) {
	text := "Japan sent an intelligence officer and two operations officers to the force headquarters; " +
		"a military planning officer followed, while a logistics officer and an information officer of the mission met them."
	res := extractFixture(t, text)
	if len(res.Roles) != 1 || res.Roles[0].Name != "staff officer" {
		t.Fatalf("roles %+v, want only staff officer", res.Roles)
	}
	var got []string
	for _, m := range res.Roles[0].Mentions {
		got = append(got, m.Text)
	}
	if want := "intelligence officer|operations officers|military planning officer"; strings.Join(got, "|") != want {
		t.Errorf("staff officer mentions %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestFindRolesStrengthLabels(t *testing.T) {
	text := "Strength (May 2020):\nTroops: 900 | Police: 45 | Military experts on mission: 20\n\n" +
		"The police of the host country patrol the town; police: the national service."
	res := extractFixture(t, text)
	got := map[string]string{}
	for _, r := range res.Roles {
		for _, m := range r.Mentions {
			got[m.Text] = r.Name
		}
	}
	want := map[string]string{"Police": "civilian police officer", "Military experts on mission": "military observer"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("role mentions %v, want %v (a bare police in prose or before a word is no role)", got, want)
	}
}

func TestFindRolesTeamsByTask(t *testing.T) {
	text := "Advance party: five officers left first; a search and rescue team of 40 followed. " +
		"Later an advance team of the SDF Engineering Unit arrived, and an advance team of 20 personnel."
	res := extractFixture(t, text)
	var got []string
	for _, r := range res.Roles {
		for _, m := range r.Mentions {
			got = append(got, r.Name+"="+m.Text)
		}
	}
	want := "advance team=Advance party|rescue team=search and rescue team|engineering unit=Engineering Unit"
	if strings.Join(got, "|") != want {
		t.Errorf("role mentions %q, want %q (an advance team of a named unit or of a number is a unit's)", strings.Join(got, "|"), want)
	}
	for _, c := range res.Counts {
		if c.Text == "five officers" && c.Role != "advance team" {
			t.Errorf("%q: role %q, want advance team", c.Text, c.Role)
		}
	}
}

// A medical team joins the medical personnel a page also names; alone, or
// beside a medical unit, it stays a role of its own.
func TestFindRolesMedicalTeamFolds(t *testing.T) {
	names := func(text string) string {
		var got []string
		for _, r := range extractFixture(t, text).Roles {
			var ms []string
			for _, m := range r.Mentions {
				ms = append(ms, m.Text)
			}
			got = append(got, r.Name+"="+strings.Join(ms, ","))
		}
		return strings.Join(got, "|")
	}
	cases := []struct{ text, want string }{
		{"A medical team of 12 flew out first. The GSDF then sent medical personnel to the port, and the medical team went home.",
			"medical personnel=medical team,medical personnel,medical team"},
		{"A medical team of 12 flew out first, and the medical team went home.", "medical team=medical team,medical team"},
		{"The SDF medical unit treated 900 patients next to a civilian medical team.", "medical unit=medical unit|medical team=medical team"},
	}
	for _, c := range cases {
		if got := names(c.text); got != c.want {
			t.Errorf("%q\n got  %s\n want %s", c.text, got, c.want)
		}
	}
}

// Civilian substantive posts are roles by their section; a liaison team is
// liaison and coordination personnel, one liaison official stays a liaison
// officer, and "political affairs" alone names no post.
func TestCivilianPostsAndLiaisonTeams(t *testing.T) {
	text := "Tokyo seconded two diplomats as Political Affairs Officers and one human rights officer. " +
		"A liaison team of three stayed in Kigali, and a liaison official joined it. " +
		"The department of political affairs advised them."
	res := extractFixture(t, text)
	got := map[string][]string{}
	for _, r := range res.Roles {
		for _, m := range r.Mentions {
			got[r.Name] = append(got[r.Name], m.Text)
		}
	}
	want := map[string]string{
		"political affairs officer":          "Political Affairs Officers",
		"human rights officer":               "human rights officer",
		"liaison and coordination personnel": "liaison team",
		"liaison officer":                    "liaison official",
	}
	for name, ms := range want {
		if strings.Join(got[name], "|") != ms {
			t.Errorf("role %s: mentions %q, want %q", name, got[name], ms)
		}
	}
	if len(got) != len(want) {
		t.Errorf("roles %v, want only %v", got, want)
	}
}

// A bulleted strength list labels its police as a plain table row does; a
// dash inside prose does not make a label.
func TestFindRolesBulletedPoliceLabel(t *testing.T) {
	text := "Strength:\n - Troops: 900\n - Police: 45\nThe town's guard - police: 3 per street."
	res := extractFixture(t, text)
	var got []string
	for _, r := range res.Roles {
		for _, m := range r.Mentions {
			got = append(got, r.Name+"="+m.Text)
		}
	}
	if want := "civilian police officer=Police"; strings.Join(got, "|") != want {
		t.Errorf("role mentions %q, want %q", strings.Join(got, "|"), want)
	}
}
