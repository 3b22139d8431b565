package normalize

import (
	"strings"
	"testing"
)

func TestRegistryRowsParse(t *testing.T) {
	ms, err := ParseMissions(missionsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Count(strings.TrimRight(missionsTSV, "\n"), "\n"); len(ms) != want {
		t.Fatalf("parsed %d rows, file has %d data lines", len(ms), want)
	}
	ids := map[string]bool{}
	for _, m := range ms {
		if ids[m.ID] {
			t.Errorf("duplicate id %s", m.ID)
		}
		ids[m.ID] = true
		if !strings.Contains(m.ID, ".") {
			t.Errorf("%s: id has no namespace prefix", m.ID)
		}
		if m.HostISO3 != "" {
			if _, ok := CountryByISO3(m.HostISO3); !ok {
				t.Errorf("%s: host code %s is not a known country", m.ID, m.HostISO3)
			}
		}
	}
}

func TestRegistryRejectsBadRows(t *testing.T) {
	head := "id\tacronym\tname\taliases\tkind\tstart\tend\thost\thost_iso3\tresolution\n"
	bad := map[string]string{
		"too few fields": head + "un.x\tX\tX Mission\t\tpeacekeeping\n",
		"unknown kind":   head + "un.x\tX\tX Mission\t\tsecret\t2000\t\t\t\t\n",
		"duplicate id":   head + "un.x\tX\tX Mission\t\tbody\t2000\t\t\t\t\nun.x\tY\tY Mission\t\tbody\t2000\t\t\t\t\n",
		"bad date":       head + "un.x\tX\tX Mission\t\tbody\t2000-13\t\t\t\t\n",
	}
	for name, tsv := range bad {
		if _, err := ParseMissions(tsv); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
}

// No surface form (name, acronym or alias, compared by NameKey) may name two
// organizations; buildOrgs checks it, so building must succeed.
func TestOrgSurfaceFormsUnique(t *testing.T) {
	forms, byKey, byID, err := buildOrgs()
	if err != nil {
		t.Fatal(err)
	}
	if len(forms) == 0 || len(byKey) == 0 {
		t.Fatal("no organization forms")
	}
	seen := map[string]string{}
	for _, f := range forms {
		k := NameKey(f.Text)
		if id, ok := seen[k]; ok && id != f.Org.ID {
			t.Errorf("%q names %s and %s", f.Text, id, f.Org.ID)
		}
		seen[k] = f.Org.ID
	}
	for id, o := range byID {
		if id != o.ID {
			t.Errorf("id map: %s -> %s", id, o.ID)
		}
	}
}

func TestLookupOrg(t *testing.T) {
	cases := []struct{ text, id, category string }{
		{"UNMIT", "un.unmit", "un-mission"},
		{"UN Integrated Mission in Timor - Leste", "un.unmit", "un-mission"},
		{"UNAVEM II", "un.unavemii", "un-mission"},
		{"U.N.", "un.un", "un-body"},
		{"Security Council", "un.unsc", "un-body"},
		{"UNAMET", "un.unamet", "un-mission"},
		{"Japan Ground Self - Defense Force", "ground-self-defense-force", "military"},
		{"SDF", "self-defense-forces", "military"},
		{"Prime Minister's Office", "prime-ministers-office", "government-agency"},
		{"Ministry of Foreign Affairs of Japan", "ministry-of-foreign-affairs", "government-agency"},
		// bodies added for relief, election and regional-mission pages
		{"UNFPA", "united-nations-population-fund", "un-body"},
		{"UN Mine Action Service", "united-nations-mine-action-service", "un-body"},
		{"Department of Field Support", "united-nations-department-of-field-support", "un-body"},
		{"Food and Agriculture Organization", "food-and-agriculture-organization-of-the-united-nations", "un-body"},
		{"UN-Habitat", "united-nations-human-settlements-programme", "un-body"},
		{"EULEX Kosovo", "european-union-rule-of-law-mission-in-kosovo", "other"},
		{"AMISOM", "african-union-mission-in-somalia", "other"},
		{"JDR Team", "japan-disaster-relief-team", "government-agency"},
		{"Japan Red Cross Society", "japanese-red-cross-society", "other"},
		{"The Carter Center", "carter-center", "other"},
		{"Oxfam International", "oxfam", "other"},
		{"Supreme National Council of Cambodia", "supreme-national-council", "other"},
		{"SPLA", "sudan-peoples-liberation-army", "military"},
		{"FRETILIN", "revolutionary-front-for-an-independent-east-timor", "other"},
	}
	for _, c := range cases {
		o, ok := LookupOrg(NameKey(c.text))
		if !ok {
			t.Errorf("%q: not found (key %q)", c.text, NameKey(c.text))
			continue
		}
		if o.ID != c.id || o.Category != c.category {
			t.Errorf("%q: got %s/%s, want %s/%s", c.text, o.ID, o.Category, c.id, c.category)
		}
	}
}

func TestOrgTableRejectsBadRows(t *testing.T) {
	if _, _, err := ParseOrgTable("name\tacronym\tcategory\taliases\nX Agency\t\tspy\t\n"); err == nil {
		t.Error("unknown category accepted")
	}
	if _, _, err := ParseOrgTable("name\tacronym\tcategory\taliases\nX Agency\tXA\n"); err == nil {
		t.Error("short row accepted")
	}
}
