package normalize

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/orgs.tsv
var orgsTSV string

// Org is a known organization: a registry row or a row of data/orgs.tsv.
type Org struct {
	ID       string // registry id (un.unmit) or the slug of Name
	Name     string // canonical full name
	Acronym  string // "" when none
	Category string // un-mission, un-body, government, government-agency, military, other
	Mission  *Mission
}

// OrgForm is one way of writing a known organization: its name, acronym or
// an alias. Acronym forms (no lower-case letter: "UNMIT", "U.N.", "UNAVEM II")
// match only as written, in capitals; other forms match whatever the case of
// their later words, but must start with a capital in the text.
type OrgForm struct {
	Text    string
	Acronym bool
	Org     *Org
}

var orgCategories = map[string]bool{
	"un-mission": true, "un-body": true, "government": true, "government-agency": true, "military": true, "other": true,
}

// ParseOrgTable parses data/orgs.tsv: comment lines start with "#", a header
// row, then name, acronym, category and "|"-separated aliases.
func ParseOrgTable(tsv string) ([]Org, [][]string, error) {
	var orgs []Org
	var aliases [][]string
	header := false
	for i, line := range strings.Split(tsv, "\n") {
		lineNo := i + 1
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, nil, fmt.Errorf("orgs.tsv line %d: %d fields, want 4", lineNo, len(f))
		}
		if f[0] == "" || !orgCategories[f[2]] {
			return nil, nil, fmt.Errorf("orgs.tsv line %d: need a name and a known category, got %q, %q", lineNo, f[0], f[2])
		}
		var as []string
		if f[3] != "" {
			as = strings.Split(f[3], "|")
		}
		orgs = append(orgs, Org{ID: Slug(f[0]), Name: f[0], Acronym: f[1], Category: f[2]})
		aliases = append(aliases, as)
	}
	return orgs, aliases, nil
}

var (
	orgOnce  sync.Once
	orgForms []OrgForm
	orgByKey map[string]*Org
	orgByID  map[string]*Org
)

// buildOrgs joins the registry and the org table into one surface-form map.
// It fails when one surface form (by NameKey) would name two organizations.
func buildOrgs() ([]OrgForm, map[string]*Org, map[string]*Org, error) {
	var forms []OrgForm
	byKey := map[string]*Org{}
	byID := map[string]*Org{}
	add := func(o *Org, text string) error {
		text = strings.TrimSpace(text)
		if text == "" {
			return nil
		}
		k := NameKey(text)
		if prev, ok := byKey[k]; ok {
			if prev != o {
				return fmt.Errorf("surface form %q names both %s and %s", text, prev.ID, o.ID)
			}
		} else {
			byKey[k] = o
		}
		forms = append(forms, OrgForm{Text: text, Acronym: !hasLower(text), Org: o})
		return nil
	}
	ms := Missions()
	for i := range ms {
		m := &ms[i]
		o := &Org{ID: m.ID, Name: m.Name, Acronym: m.Acronym, Category: m.Category(), Mission: m}
		if byID[o.ID] != nil {
			return nil, nil, nil, fmt.Errorf("duplicate org id %s", o.ID)
		}
		byID[o.ID] = o
		for _, t := range append([]string{m.Name, m.Acronym}, m.Aliases...) {
			if err := add(o, t); err != nil {
				return nil, nil, nil, err
			}
		}
	}
	table, aliases, err := ParseOrgTable(orgsTSV)
	if err != nil {
		return nil, nil, nil, err
	}
	for i := range table {
		o := &table[i]
		if byID[o.ID] != nil {
			return nil, nil, nil, fmt.Errorf("duplicate org id %s", o.ID)
		}
		byID[o.ID] = o
		for _, t := range append([]string{o.Name, o.Acronym}, aliases[i]...) {
			if err := add(o, t); err != nil {
				return nil, nil, nil, err
			}
		}
	}
	return forms, byKey, byID, nil
}

func loadOrgs() {
	var err error
	orgForms, orgByKey, orgByID, err = buildOrgs()
	if err != nil {
		panic("normalize: embedded organization tables: " + err.Error())
	}
}

// OrgForms lists every surface form of every known organization. The slice
// is shared: callers must not modify it.
func OrgForms() []OrgForm {
	orgOnce.Do(loadOrgs)
	return orgForms
}

// LookupOrg finds a known organization by a NameKey of one of its forms.
func LookupOrg(key string) (*Org, bool) {
	orgOnce.Do(loadOrgs)
	o, ok := orgByKey[key]
	return o, ok
}

// OrgByID finds a known organization by id.
func OrgByID(id string) (*Org, bool) {
	orgOnce.Do(loadOrgs)
	o, ok := orgByID[id]
	return o, ok
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// NameKey is the lookup key of a name as written: lower case, accents
// folded, curly apostrophes straightened, a possessive "'s" dropped, quotes
// dropped, runs of white space made one space, and no space around hyphens,
// slashes, dashes and brackets or before commas. So "Timor - Leste's",
// "Timor-Leste" and "TIMOR-LESTE" share the key "timor-leste".
func NameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	var prev rune // last rune written
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch r {
		case '’', '‘', '`':
			r = '\''
		case '–', '—', '‐', '‑':
			r = '-'
		case '"', '“', '”':
			continue
		}
		if unicode.IsSpace(r) {
			if b.Len() > 0 {
				pendingSpace = true
			}
			continue
		}
		if r == '\'' {
			// possessive 's (Minister's, UNMIT 's) and plural possessive s'
			next, nw := utf8.DecodeRuneInString(s[i:])
			if (next == 's' || next == 'S') && !letterAt(s, i+nw) {
				i += nw
				continue
			}
			if prev == 's' && !letterAt(s, i) {
				continue
			}
		}
		switch r {
		case '-', '/', '(', ')', ',', '[', ']':
			pendingSpace = false
			if r == '(' && prev != 0 && prev != '-' && prev != '/' && prev != '(' {
				// keep "guinea (west irian)" and "guinea(west irian)" apart from
				// "guinea-west": a bracket is a word boundary
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prev = r
			if r == ',' {
				pendingSpace = true
			}
			if r == '(' || r == '-' || r == '/' || r == '[' {
				prev = r
				// swallow following spaces
				for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
					i++
				}
			}
			continue
		}
		if pendingSpace && prev != '-' && prev != '/' && prev != '(' {
			b.WriteByte(' ')
		}
		pendingSpace = false
		r = foldRune(unicode.ToLower(r))
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// foldRune maps the accented Latin letters of names (Côte d'Ivoire, Haïti,
// Moçambique) to their base letters, so a name matches with or without them.
func foldRune(r rune) rune {
	if r < 0xC0 {
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return 'a'
	case 'ç', 'č', 'ć':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ě':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī':
		return 'i'
	case 'ñ', 'ń':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'š', 'ś':
		return 's'
	case 'ž', 'ź', 'ż':
		return 'z'
	}
	return r
}

// Slug turns a name into an id: lower case, accents folded, apostrophes
// dropped, every other run of non-alphanumerics one "-".
// "Prime Minister's Office" -> "prime-ministers-office".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = foldRune(unicode.ToLower(r))
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
