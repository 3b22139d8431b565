package extract

import (
	"testing"

	"github.com/missionx/missionx/normalize"
)

// Every surface form of the tables must be found, whole, by the matcher
// that reads documents: the phrase keys built from tokens and the tables'
// keys must agree.
func TestEveryTableFormIsFound(t *testing.T) {
	orgTab, placeTab := tables()
	for _, f := range normalize.OrgForms() {
		ws := nameWords(Tokenize(f.Text))
		end, e, ok := orgTab.longest(f.Text, ws, 0, nil)
		if !ok || end != len(ws) {
			t.Errorf("organization form %q: matched %d of %d words", f.Text, end, len(ws))
			continue
		}
		if e.org.ID != f.Org.ID {
			t.Errorf("organization form %q: found %s, want %s", f.Text, e.org.ID, f.Org.ID)
		}
	}
	for _, f := range normalize.PlaceForms() {
		ws := nameWords(Tokenize(f.Text))
		if !ws[0].Capital {
			continue // "the Congo"-style forms are matched from their capital
		}
		end, e, ok := placeTab.longest(f.Text, ws, 0, nil)
		if !ok || end != len(ws) {
			t.Errorf("place form %q: matched %d of %d words", f.Text, end, len(ws))
			continue
		}
		if e.place.Name != f.Place.Name {
			t.Errorf("place form %q: found %s, want %s", f.Text, e.place.Name, f.Place.Name)
		}
	}
}

func TestCleanName(t *testing.T) {
	cases := map[string]string{
		"the Sunrise  Front":                "Sunrise Front",
		"Japan Ground Self - Defense Force": "Japan Ground Self-Defense Force",
		"Guard ( Coastal ) Service":         "Guard (Coastal) Service",
		"Movement / Army":                   "Movement/Army",
		"“Blue Crescent” Society":           "Blue Crescent Society",
		"Nations’ Office":                   "Nations' Office",
	}
	for in, want := range cases {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
