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

// The key text of the words must give, for every phrase, the key that
// phraseKey composes word by word.
func TestKeyOfMatchesPhraseKey(t *testing.T) {
	texts := []string{
		"The Mission of the UN in Timor - Leste ( UNMIT ) met the Côte d’Ivoire delegation.",
		"ÉCOLE Normale/Supérieure – “Quoted” Ministry's staff, Kelvin \u212a sign; İstanbul.",
		"", "a", "Policía Nacional de Timor-Leste's (PNTL) \xff broken byte",
		// keys longer than the text: the key text outgrows its first room
		"\xff\xff\xff\xff\xff\xff", "ȺȺȺȺ Ⱥ-Ⱥ", "Ⱥ\xffȺ\xffȺȺȺȺȺȺȺȺȺȺȺȺ (ȺȺȺ) Mission",
	}
	for _, text := range texts {
		ws := nameWords(Tokenize(text))
		for i := range ws {
			for j := i + 1; j <= len(ws) && j <= i+10; j++ {
				want := string(phraseKey(nil, ws, i, j))
				if got := string(keyOf(ws, i, j)); got != want {
					t.Errorf("%q words [%d,%d): keyOf %q, phraseKey %q", text, i, j, got, want)
				}
			}
		}
	}
}

// correctByLookups is correct without the near-word filter: the reference
// the filter must not change.
func correctByLookups(t *phraseTable, k []byte) string {
	saved, savedIndex := t.near, t.nearIndex
	defer func() { t.near, t.nearIndex = saved, savedIndex }()
	t.nearIndex = &nearFilter{}
	for i := range t.nearIndex.pre {
		t.nearIndex.pre[i], t.nearIndex.suf[i] = ^uint64(0), ^uint64(0)
	}
	return t.correct(k)
}

// oneEditVariants lists the words one deletion, insertion, replacement or
// swap away from w (letters a-z, and a few for insertions and replacements).
func oneEditVariants(w string) []string {
	var out []string
	letters := "aeinstz"
	for i := 0; i <= len(w); i++ {
		if i < len(w) {
			out = append(out, w[:i]+w[i+1:])
			for _, c := range letters {
				out = append(out, w[:i]+string(c)+w[i+1:])
			}
		}
		if i+1 < len(w) {
			out = append(out, w[:i]+w[i+1:i+2]+w[i:i+1]+w[i+2:])
		}
		for _, c := range letters {
			out = append(out, w[:i]+string(c)+w[i:])
		}
	}
	return out
}

// The near-word filter has no false negatives: correct gives what the
// lookups alone give, for every one-edit variant of every first word of the
// organization table and for words near none.
func TestCorrectFilterChangesNothing(t *testing.T) {
	orgTab, _ := tables()
	if orgTab.nearIndex == nil {
		t.Fatal("the organization table should index its near words")
	}
	local := newPhraseTable()
	local.add("Sunrise Liberation Front", phraseEntry{})
	local.add("Northern Provincial Assembly of Elders", phraseEntry{})
	words := []string{"abcdefgh", "qqqqqqq", "ministery", "minstry", "zzzzzzzzzzz"}
	for _, w := range orgTab.near {
		words = append(words, oneEditVariants(w)...)
	}
	for _, w := range local.near {
		words = append(words, oneEditVariants(w)...)
	}
	fixed := 0
	for _, tab := range []*phraseTable{orgTab, local} {
		for _, w := range words {
			if _, ok := tab.first[w]; ok {
				continue // correct is asked only about unknown words
			}
			got, want := tab.correct([]byte(w)), correctByLookups(tab, []byte(w))
			if got != want {
				t.Fatalf("correct(%q) = %q, by lookups %q", w, got, want)
			}
			if got != "" {
				fixed++
			}
		}
	}
	if fixed == 0 {
		t.Error("no variant was corrected: the test checks nothing")
	}
}

// addWords must add what add adds for the text of the same words: the text
// of any run of a document's words tokenizes into the same words, keys and
// all.
func TestAddWordsIsAdd(t *testing.T) {
	texts := []string{
		"The U.N. Mission in Côte d’Ivoire (UNOCI) and the Sudan People's Liberation Movement/Army met on19 May 1,500.5 km away.",
		"Timor - Leste's F-FDTL, the U.S.-led force, O'Neill's “Blue” group; ÉTAT-MAJOR. U.N",
		"Kakata,Liberia/Ghana — UNAVEM II (A.B.C.) 3.14.15 rock'n'roll 's ’s x'",
	}
	for _, text := range texts {
		ws := nameWords(Tokenize(text))
		for i := range ws {
			for j := i + 1; j <= len(ws) && j <= i+8; j++ {
				sub := nameWords(Tokenize(rangeText(text, ws, i, j)))
				if len(sub) != j-i {
					t.Errorf("%q: words [%d,%d) tokenize again into %d words", text, i, j, len(sub))
					continue
				}
				if a, b := string(keyOf(sub, 0, len(sub))), string(keyOf(ws, i, j)); a != b {
					t.Errorf("%q: words [%d,%d): key %q again, %q in the document", text, i, j, a, b)
				}
				if a, b := string(keyOf(sub, 0, 1)), string(keyOf(ws, i, i+1)); a != b {
					t.Errorf("%q: words [%d,%d): first key %q again, %q in the document", text, i, j, a, b)
				}
			}
		}
	}
}
