package normalize

import (
	"strings"
	"testing"
)

// Every row of the embedded tables parses, every category is known, and
// every role's own name and variants match back to it.
func TestVocabularyRowsParse(t *testing.T) {
	v, err := parseVocabulary(rolesTSV, nounsTSV)
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, line := range strings.Split(rolesTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		f := strings.Split(line, "\t")
		want := f[0]
		for _, variant := range append([]string{f[0]}, strings.Split(f[2], "|")...) {
			if strings.TrimSpace(variant) == "" {
				continue // a role with no variants besides its name
			}
			ws := testWords(variant)
			r, end, ok := MatchRole(ws, 0)
			if !ok || end != len(ws) || r.Name != want {
				t.Errorf("variant %q matches %q over %d of %d words (ok %v), want %q", variant, r.Name, end, len(ws), ok, want)
			}
		}
	}
	if rows != len(v.roles) || rows < 10 {
		t.Errorf("%d role rows, %d roles loaded", rows, len(v.roles))
	}
	nouns := 0
	for _, line := range strings.Split(nounsTSV, "\n") {
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			nouns++
		}
	}
	if nouns != len(v.nouns) {
		t.Errorf("%d noun rows, %d nouns loaded", nouns, len(v.nouns))
	}
}

func TestParseVocabularyRejectsBadRows(t *testing.T) {
	for _, tc := range []struct{ roles, nouns, wantErr string }{
		{"staff officer\tstaff-officer", "", "3 tab-separated columns"},
		{"staff officer\tsoldiers\t", "", "unknown category"},
		{"Staff Officer\tstaff-officer\t", "", "lower case"},
		{"staff officer\tstaff-officer\t\nstaff officer\tstaff-officer\t", "", "listed twice"},
		{"staff officer\tstaff-officer\tmonitor\nmilitary observer\tmilitary-observer\tmonitor", "", "names both"},
		{"", "unit\tthing", "unknown class"},
		{"", "unit", "2 tab-separated columns"},
	} {
		_, err := parseVocabulary(tc.roles, tc.nouns)
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("parseVocabulary(%q, %q) = %v, want an error about %q", tc.roles, tc.nouns, err, tc.wantErr)
		}
	}
}

func TestMatchRoleFolds(t *testing.T) {
	tests := []struct {
		in, want string
		words    int // words matched; 0 means all
	}{
		{"coordination and liaison personnel", "liaison and coordination personnel", 0},
		{"Liaison and Coordination Officers", "liaison and coordination personnel", 0},
		{"Electoral Monitors", "election observer", 0},
		{"Ceasefire Observers", "cease-fire monitor", 0},
		{"Cease - fire Monitors", "cease-fire monitor", 0},
		{"polices officers", "civilian police officer", 0},
		{"Civilian police personnel", "civilian police officer", 0},
		{"police officers", "civilian police officer", 0},
		{"HQ staff officers", "staff officer", 0},
		{"staff officers", "staff officer", 0},
		{"transport units", "transport unit", 0},
		{"Transport Platoon", "transport unit", 0},
		{"Air Transport Unit", "air transport unit", 0},
		{"Engineering Unit", "engineering unit", 0},
		{"military liaison officers", "military liaison officer", 0},
		{"military observers", "military observer", 0},
		{"Refugees Relief Units", "refugees relief unit", 0},
		{"medical care personnel", "medical personnel", 0},
		{"transport support personnel", "transport support personnel", 0},
		{"Movement Control Units", "movement control unit", 0},
		{"transport coordination unit", "movement control unit", 0},
		{"Arms Monitors", "arms monitor", 0},
		{"weapons monitors", "arms monitor", 0},
		{"referendum observers", "election observer", 0},
		{"Election Observation", "election observer", 0},
		{"logistics company", "logistics unit", 0},
		{"airlift unit", "air transport unit", 0},
		{"Headquarters Staff Officers", "staff officer", 0},
		{"guard units", "guard unit", 0},
		{"field hospital team", "medical team", 0},
		{"Medical Units", "medical unit", 0},
		{"medical personnel", "medical personnel", 0},
		{"civilian police component", "civilian police officer", 2},
		{"civilian police officers were", "civilian police officer", 3},
	}
	for _, tt := range tests {
		ws := testWords(tt.in)
		r, end, ok := MatchRole(ws, 0)
		want := tt.words
		if want == 0 {
			want = len(ws)
		}
		if !ok || r.Name != tt.want || end != want {
			t.Errorf("MatchRole(%q) = %q over %d words (ok %v), want %q over %d", tt.in, r.Name, end, ok, tt.want, want)
		}
	}
	for _, in := range []string{"police", "staff", "personnel", "transport", "the liaison", "National Police Agency", "military", "movement control", "field hospital", "referendum"} {
		if r, _, ok := MatchRole(testWords(in), 0); ok {
			t.Errorf("MatchRole(%q) = %q, want no role", in, r.Name)
		}
	}
}

func TestRoleByName(t *testing.T) {
	r, ok := RoleByName("civilian police officer")
	if !ok || r.Category != "police" {
		t.Errorf("RoleByName(civilian police officer) = %+v, %v", r, ok)
	}
	if _, ok := RoleByName("astronaut"); ok {
		t.Error("RoleByName(astronaut) found a role")
	}
	if len(Roles()) < 10 {
		t.Errorf("Roles() has %d entries", len(Roles()))
	}
}

func TestClassOfAndSingular(t *testing.T) {
	for w, want := range map[string]NounClass{
		"personnel": GenericNoun, "officials": GenericNoun, "people": GenericNoun, "patients": PersonNoun,
		"units": GroupNoun, "contingent": GroupNoun, "stations": TailNoun, "years": NotPeople, "countries": NotPeople,
		"personel": GenericNoun, "officals": GenericNoun,
	} {
		if got := ClassOf(w); got != want {
			t.Errorf("ClassOf(%q) = %d, want %d", w, got, want)
		}
	}
	for w, want := range map[string]string{
		"officers": "officer", "polices": "police", "casualties": "casualty", "people": "person",
		"personnel": "personnel", "status": "status", "analysis": "analysis", "unit": "unit",
	} {
		if got := Singular(w); got != want {
			t.Errorf("Singular(%q) = %q, want %q", w, got, want)
		}
	}
}

// nextSingular finds what a lookup of Singular would, for every word of the
// vocabulary's tries and their plural-looking variants.
func TestNextSingularSameAsSingular(t *testing.T) {
	v := loadVocabulary()
	var words []string
	var walk func(n *roleNode, depth int)
	walk = func(n *roleNode, depth int) {
		for w, c := range n.next {
			words = append(words, w, w+"s", w+"es", strings.TrimSuffix(w, "y")+"ies", w+"ss", w+"us", w+"is")
			if depth < 4 {
				walk(c, depth+1)
			}
		}
	}
	walk(v.trie, 0)
	for w := range irregularPlurals {
		words = append(words, w)
	}
	words = append(words, "", "s", "ies", "aies", "abcdefghijklmnopqrstuvwxyzabcdefghijklies", "companies", "parties", "forces")
	var nodes []*roleNode
	var collect func(n *roleNode, depth int)
	collect = func(n *roleNode, depth int) {
		nodes = append(nodes, n)
		if depth < 3 {
			for _, c := range n.next {
				collect(c, depth+1)
			}
		}
	}
	collect(v.trie, 0)
	for _, n := range nodes {
		for _, w := range words {
			if got, want := n.nextSingular(w), n.next[Singular(w)]; got != want {
				t.Fatalf("nextSingular(%q) = %p, next[Singular] = %p", w, got, want)
			}
		}
	}
}

// foldWords are words to check the folded tables with: every word of the
// tables, the plural-looking and truncated variants of each, and words of
// running text that name no role.
func foldWords(v *vocabulary) []string {
	var words []string
	add := func(w string) {
		words = append(words, w, w+"s", w+"es", strings.TrimSuffix(w, "y")+"ies", w+"ss", w+"us", w+"is", w+"ies")
		if len(w) > 1 {
			words = append(words, w[:len(w)-1], w[1:])
		}
	}
	var walk func(n *roleNode)
	walk = func(n *roleNode) {
		for w, c := range n.next {
			add(w)
			walk(c)
		}
	}
	walk(v.trie)
	for w := range v.nouns {
		add(w)
	}
	for p, s := range irregularPlurals {
		add(p)
		add(s)
	}
	words = append(words, strings.Fields("the a an of and to in on 1,500 24 - – . , ( ) sdf un hq "+
		"companies parties forces casualties abcdefghijklmnopqrstuvwxyzabcdefghijklies ies s y ys")...)
	return words
}

// The folded trie answers as the rule it replaces, next[w] else
// nextSingular(w), at every node and for every word, and the first-byte and
// length test (mayStartRole) never rejects a word that leads from the root.
func TestFoldedTrieSameAsRule(t *testing.T) {
	v := loadVocabulary()
	words := foldWords(v)
	var check func(n *roleNode)
	check = func(n *roleNode) {
		for _, w := range words {
			want := n.next[w]
			if want == nil {
				want = n.nextSingular(w)
			}
			if got := n.folded[w]; got != want {
				t.Fatalf("folded[%q] = %p, want %p", w, got, want)
			}
			if n == v.trie && want != nil && !v.mayStartRole(w) {
				t.Fatalf("first-byte test rejects %q, which starts a role", w)
			}
		}
		for _, c := range n.next {
			check(c)
		}
	}
	check(v.trie)
}

// ClassOf's table answers as the rule it replaces: nouns[w], else
// nouns[Singular(w)].
func TestClassOfTableSameAsRule(t *testing.T) {
	v := loadVocabulary()
	for _, w := range foldWords(v) {
		want, ok := v.nouns[w]
		if !ok {
			want = v.nouns[Singular(w)]
		}
		if got := ClassOf(w); got != want {
			t.Errorf("ClassOf(%q) = %d, want %d", w, got, want)
		}
	}
}
