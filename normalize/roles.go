package normalize

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Role is one entry of the role vocabulary: a canonical name (singular,
// lower case) and its category (police, troops, military-observer,
// staff-officer, civilian, liaison).
type Role struct {
	Name     string
	Category string
}

// RoleCategories are the categories a role may have.
var RoleCategories = []string{"police", "troops", "military-observer", "staff-officer", "civilian", "liaison"}

//go:embed roles.tsv
var rolesTSV string

//go:embed nouns.tsv
var nounsTSV string

// NounClass says what a noun names, for deciding what a number counts.
type NounClass uint8

const (
	NotPeople   NounClass = iota // anything else: years, countries, planes
	PersonNoun                   // people of a kind: patients, engineers
	GenericNoun                  // a bare word for people: personnel, officials, members
	GroupNoun                    // a group of people: unit, team, contingent
	TailNoun                     // makes the people noun before it a modifier: "police stations"
)

type roleNode struct {
	next map[string]*roleNode // by singular word, as the table writes them
	// folded holds every word that leads to a child: the keys of next and
	// the plurals that fold to them (see foldTrie), so that MatchRole costs
	// one map look-up per word instead of three (the word, the irregular
	// plurals, its singular)
	folded map[string]*roleNode
	role   *Role
}

type vocabulary struct {
	roles  []Role
	byName map[string]*Role
	trie   *roleNode
	// firstLens has, for each first byte of a word that leads from the
	// root of the trie, bit min(len, 63) set for each length such a word
	// has: most words of a text start no role, and this test rejects them
	// before any map look-up
	firstLens [256]uint64
	// secondBytes has, for each first byte, bit (b & 31) set for each
	// second byte b of such a word: "and" passes the test above for "air",
	// not this one
	secondBytes [256]uint32
	// lastBytes has, by first byte and length (lastIndex), bit (b & 31)
	// set for each last byte b of such a word
	lastBytes [32 * 16]uint32
	nouns     map[string]NounClass
	// nounClasses is ClassOf for every word whose class is not NotPeople:
	// the nouns and the plurals that fold to them (see foldNouns)
	nounClasses map[string]NounClass
	// nounClassTable is nounClasses for ClassOf
	nounClassTable *wordTable[NounClass]
	err            error
}

var (
	vocabOnce sync.Once
	vocab     *vocabulary
)

func loadVocabulary() *vocabulary {
	vocabOnce.Do(func() {
		v, err := parseVocabulary(rolesTSV, nounsTSV)
		if err != nil {
			// the tables are embedded and tested: a bad row is a build bug
			panic(err)
		}
		vocab = v
	})
	return vocab
}

// parseVocabulary reads the role table and the noun table.
func parseVocabulary(roles, nouns string) (*vocabulary, error) {
	v := &vocabulary{byName: map[string]*Role{}, trie: &roleNode{}, nouns: map[string]NounClass{}}
	cats := map[string]bool{}
	for _, c := range RoleCategories {
		cats[c] = true
	}
	type entry struct {
		variants []string
	}
	var entries []entry
	for n, line := range strings.Split(roles, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("roles.tsv line %d: want 3 tab-separated columns (name, category, variants), got %d", n+1, len(f))
		}
		name, cat := f[0], f[1]
		if name == "" || name != strings.ToLower(name) || strings.TrimSpace(name) != name {
			return nil, fmt.Errorf("roles.tsv line %d: name %q must be lower case without outer spaces", n+1, name)
		}
		if !cats[cat] {
			return nil, fmt.Errorf("roles.tsv line %d: unknown category %q (want one of %s)", n+1, cat, strings.Join(RoleCategories, ", "))
		}
		if _, dup := v.byName[name]; dup {
			return nil, fmt.Errorf("roles.tsv line %d: role %q listed twice", n+1, name)
		}
		v.roles = append(v.roles, Role{Name: name, Category: cat})
		v.byName[name] = nil
		vars := []string{name}
		for _, s := range strings.Split(f[2], "|") {
			if s = strings.TrimSpace(s); s != "" {
				if s != strings.ToLower(s) {
					return nil, fmt.Errorf("roles.tsv line %d: variant %q must be lower case", n+1, s)
				}
				vars = append(vars, s)
			}
		}
		entries = append(entries, entry{vars})
	}
	for i := range v.roles {
		r := &v.roles[i]
		v.byName[r.Name] = r
		for _, s := range entries[i].variants {
			words := phraseWords(s)
			if len(words) == 0 {
				return nil, fmt.Errorf("roles.tsv: role %q has an empty variant", r.Name)
			}
			node := v.trie
			for _, w := range words {
				if node.next == nil {
					node.next = map[string]*roleNode{}
				}
				c := node.next[w]
				if c == nil {
					c = &roleNode{}
					node.next[w] = c
				}
				node = c
			}
			if node.role != nil && node.role != r {
				return nil, fmt.Errorf("roles.tsv: variant %q names both %q and %q", s, node.role.Name, r.Name)
			}
			node.role = r
		}
	}
	for n, line := range strings.Split(nouns, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[0] == "" {
			return nil, fmt.Errorf("nouns.tsv line %d: want 2 tab-separated columns (noun, class)", n+1)
		}
		var c NounClass
		switch f[1] {
		case "person":
			c = PersonNoun
		case "generic":
			c = GenericNoun
		case "group":
			c = GroupNoun
		case "tail":
			c = TailNoun
		default:
			return nil, fmt.Errorf("nouns.tsv line %d: unknown class %q (want person, generic, group or tail)", n+1, f[1])
		}
		if _, dup := v.nouns[f[0]]; dup {
			return nil, fmt.Errorf("nouns.tsv line %d: noun %q listed twice", n+1, f[0])
		}
		v.nouns[f[0]] = c
	}
	foldTrie(v.trie)
	for w := range v.trie.folded {
		v.firstLens[w[0]] |= lenBit(w)
		if len(w) >= 2 {
			v.secondBytes[w[0]] |= secondBit(w)
		}
		v.lastBytes[lastIndex(w)] |= lastBit(w)
	}
	v.nounClasses = foldNouns(v.nouns)
	v.nounClassTable = newWordTable(v.nounClasses)
	return v, nil
}

// lenBit is the bit of a word's length in vocabulary.firstLens.
func lenBit(w string) uint64 { return 1 << min(len(w), 63) }

// secondBit is the bit of a word's second byte in vocabulary.secondBytes.
func secondBit(w string) uint32 { return 1 << (w[1] & 31) }

// lastBit is the bit of a word's last byte in vocabulary.lastBytes.
func lastBit(w string) uint32 { return 1 << (w[len(w)-1] & 31) }

// mayStartRole reports whether w may lead from the root of the trie: false
// for most words, true for every word that does.
func (v *vocabulary) mayStartRole(w string) bool {
	if w == "" || v.firstLens[w[0]]&lenBit(w) == 0 || v.lastBytes[lastIndex(w)]&lastBit(w) == 0 {
		return false
	}
	return len(w) < 2 || v.secondBytes[w[0]]&secondBit(w) != 0
}

// pluralsOf lists the words that may fold to the singular key k: k itself,
// k+"s", the "-ies" plural of a key in "-y", and the irregular plurals of k.
// Singular(w) == k holds for no other w (see Singular's rules), so a table
// built from these candidates, each checked with the matcher's own rule,
// answers exactly as the rule does for every word.
func pluralsOf(k string) []string {
	out := []string{k, k + "s"}
	if strings.HasSuffix(k, "y") {
		out = append(out, k[:len(k)-1]+"ies")
	}
	for p, s := range irregularPlurals {
		if s == k {
			out = append(out, p)
		}
	}
	return out
}

// foldTrie fills node.folded in the whole trie: for each candidate word w
// of each key, the child that next[w], else nextSingular(w), leads to.
func foldTrie(node *roleNode) {
	if node.next == nil {
		return
	}
	node.folded = map[string]*roleNode{}
	for k, child := range node.next {
		for _, w := range pluralsOf(k) {
			c := node.next[w]
			if c == nil {
				c = node.nextSingular(w)
			}
			if c != nil {
				node.folded[w] = c
			}
		}
		foldTrie(child)
	}
}

// foldNouns is the table of ClassOf's answers that are not NotPeople: for
// each candidate word w of each noun, nouns[w], else nouns[Singular(w)].
func foldNouns(nouns map[string]NounClass) map[string]NounClass {
	out := make(map[string]NounClass, 2*len(nouns))
	for k := range nouns {
		for _, w := range pluralsOf(k) {
			c, ok := nouns[w]
			if !ok {
				c = nouns[Singular(w)]
			}
			if c != NotPeople {
				out[w] = c
			}
		}
	}
	return out
}

// phraseWords splits a table phrase into the words the matcher compares:
// hyphens separate words, each word is made singular.
func phraseWords(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range f {
		f[i] = Singular(w)
	}
	return f
}

var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "policemen": "policeman",
	"policewomen": "policewoman", "children": "child", "crewmen": "crewman",
	"militiamen": "militiaman", "seamen": "seaman", "airmen": "airman", "airwomen": "airwoman",
	"servicemen": "serviceman", "servicewomen": "servicewoman", "firemen": "fireman", "riflemen": "rifleman",
	"infantrymen": "infantryman", "corpsmen": "corpsman", "midwives": "midwife", "personnel": "personnel", "police": "police", "staff": "staff",
	"corps": "corps", "headquarters": "headquarters", "series": "series", "news": "news",
	"troops": "troop", "barracks": "barracks", "status": "status", "bus": "bus",
}

// Singular folds an English plural (lower case) to its singular well enough
// for matching nouns: "officers" -> "officer", "casualties" -> "casualty",
// "polices" -> "police". Only the rare "-ies" plural allocates.
func Singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

// nextSingular is node.next[Singular(w)] without building the singular
// string: MatchRole tries it on every word of a document, and the "ies"
// rule would allocate each time.
func (node *roleNode) nextSingular(w string) *roleNode {
	if s, ok := irregularPlurals[w]; ok {
		return node.next[s]
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		var buf [32]byte
		if n-2 <= len(buf) {
			k := append(append(buf[:0], w[:n-3]...), 'y')
			return node.next[string(k)] // no allocation: a map index by converted bytes
		}
		return node.next[w[:n-3]+"y"]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return node.next[w[:n-1]]
	}
	return node.next[w]
}

// Roles lists the vocabulary in table order.
func Roles() []Role { return append([]Role(nil), loadVocabulary().roles...) }

// RoleByName returns the role with this canonical name.
func RoleByName(name string) (Role, bool) {
	r := loadVocabulary().byName[name]
	if r == nil {
		return Role{}, false
	}
	return *r, true
}

// ClassOf says what a noun (lower case, singular or plural) names.
func ClassOf(w string) NounClass {
	// the table holds nouns[w], else nouns[Singular(w)], for every word
	// either is found for (foldNouns)
	c, _ := loadVocabulary().nounClassTable.get(w)
	return c
}

// MatchRole finds the longest role phrase that starts at ws[i] ("civilian
// police officers", "Liaison and Coordination Personnel", "cease - fire
// monitors"), folding case, plurals and hyphens. It returns the role and
// the index just past the phrase. A phrase does not cross a line break.
func MatchRole(ws []Word, i int) (Role, int, bool) {
	v := loadVocabulary()
	if i >= len(ws) {
		return Role{}, i, false
	}
	// most words start no role: a test of the first two bytes and the
	// length rejects them without a map look-up
	if !v.mayStartRole(ws[i].Text) {
		return Role{}, i, false
	}
	node := v.trie
	var best *Role
	bestEnd := i
	k := i
	for k < len(ws) {
		w := ws[k]
		if k > i && w.Newline {
			break
		}
		if k > i && isDash(w.Text) {
			k++
			continue
		}
		if w.Digits || w.Text == "" {
			break
		}
		c := node.folded[w.Text] // node.next[w.Text], else node.nextSingular(w.Text)
		if c == nil {
			break
		}
		node = c
		k++
		if node.role != nil {
			best, bestEnd = node.role, k
		}
	}
	if best == nil {
		return Role{}, i, false
	}
	return *best, bestEnd, true
}
