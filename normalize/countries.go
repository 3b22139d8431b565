package normalize

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/places.tsv
var placesTSV string

//go:embed data/capitals.tsv
var capitalsTSV string

// Place is a known place: a country (names and ISO 3166-1 codes from CLDR,
// through golang.org/x/text) or a gazetteer entry.
type Place struct {
	Name    string // canonical name: "Timor-Leste", "Dili"
	Kind    string // country, place, region
	Country string // ISO 3166-1 alpha-3 of the country (itself, or the one it lies in); "" when unknown
}

// PlaceForm is one way of writing a known place. Acronym forms (no
// lower-case letter: "DRC", "UAE") match only in capitals.
type PlaceForm struct {
	Text    string
	Acronym bool
	Place   *Place
}

// formalPrefixes build the formal names of countries ("Republic of
// Indonesia", "Kingdom of Cambodia", "State of Israel") from the short
// name. A generated name never overrides a listed one.
var formalPrefixes = []string{
	"Republic of ", "Kingdom of ", "State of ", "Democratic Republic of ", "Federal Republic of ",
	"Islamic Republic of ", "People's Republic of ", "Commonwealth of ", "Principality of ",
	"Sultanate of ", "United Republic of ", "Federal Democratic Republic of ", "Hashemite Kingdom of ",
	"Arab Republic of ", "Socialist Republic of ", "Democratic Socialist Republic of ",
	"Independent State of ", "Grand Duchy of ",
}

type placeTables struct {
	forms    []PlaceForm
	byKey    map[string]*Place
	byISO3   map[string]*Place
	demonyms map[string]*Place
}

var (
	placeOnce sync.Once
	places    *placeTables
)

func loadPlaces() {
	t, err := buildPlaces()
	if err != nil {
		panic("normalize: embedded place tables: " + err.Error())
	}
	places = t
}

// cldrCountries lists the current ISO 3166-1 countries and territories that
// CLDR names, with CLDR's short English name, by ISO3 code.
func cldrCountries() (codes []string, names map[string]string) {
	names = map[string]string{}
	regionNames := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r {
				continue
			}
			iso3 := r.ISO3()
			name := regionNames.Name(r)
			if iso3 == "" || iso3 == "ZZZ" || name == "" || names[iso3] != "" {
				continue
			}
			names[iso3] = name
			codes = append(codes, iso3)
		}
	}
	return codes, names
}

// cleanCLDRName turns CLDR's display names into plain English ones:
// "Bosnia & Herzegovina" -> "Bosnia and Herzegovina", "St. Lucia" ->
// "Saint Lucia", "Côte d’Ivoire" -> "Côte d'Ivoire", "Hong Kong SAR China" ->
// "Hong Kong".
func cleanCLDRName(s string) string {
	s = strings.ReplaceAll(s, " & ", " and ")
	s = strings.ReplaceAll(s, "’", "'")
	if strings.HasPrefix(s, "St. ") {
		s = "Saint " + s[4:]
	}
	s = strings.TrimSuffix(s, " SAR China")
	return s
}

func buildPlaces() (*placeTables, error) {
	t := &placeTables{byKey: map[string]*Place{}, byISO3: map[string]*Place{}, demonyms: map[string]*Place{}}
	add := func(p *Place, text string, strict bool) error {
		text = strings.TrimSpace(text)
		if text == "" {
			return nil
		}
		k := NameKey(text)
		if prev, ok := t.byKey[k]; ok {
			if prev != p && strict {
				return fmt.Errorf("place name %q names both %s and %s", text, prev.Name, p.Name)
			}
			return nil
		}
		t.byKey[k] = p
		t.forms = append(t.forms, PlaceForm{Text: text, Acronym: !hasLower(text), Place: p})
		return nil
	}

	codes, cldr := cldrCountries()
	for _, iso3 := range codes {
		code := iso3
		if code[0] == 'X' {
			code = "" // user-assigned (Kosovo's XKK): not an ISO 3166-1 code
		}
		t.byISO3[iso3] = &Place{Name: cleanCLDRName(cldr[iso3]), Kind: "country", Country: code}
	}
	// listed names and aliases first: they win over CLDR's and generated ones
	var generated []func() error
	rows, err := tsvRows(countriesTSV, 4, "countries.tsv")
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, row := range rows {
		f, lineNo := row.fields, row.line
		p := t.byISO3[f[0]]
		if p == nil {
			return nil, fmt.Errorf("countries.tsv line %d: %s is not a current ISO 3166-1 alpha-3 code known to CLDR", lineNo, f[0])
		}
		if listed[f[0]] {
			return nil, fmt.Errorf("countries.tsv line %d: %s listed twice", lineNo, f[0])
		}
		listed[f[0]] = true
		if f[1] != "" {
			p.Name = f[1]
		}
		if err := add(p, p.Name, true); err != nil {
			return nil, fmt.Errorf("countries.tsv line %d: %w", lineNo, err)
		}
		for _, a := range splitList(f[2]) {
			if err := add(p, a, true); err != nil {
				return nil, fmt.Errorf("countries.tsv line %d: %w", lineNo, err)
			}
		}
		for _, d := range splitList(f[3]) {
			k := NameKey(d)
			if prev := t.demonyms[k]; prev != nil && prev != p {
				return nil, fmt.Errorf("countries.tsv line %d: demonym %q names both %s and %s", lineNo, d, prev.Name, p.Name)
			}
			t.demonyms[k] = p
		}
	}
	for _, iso3 := range codes {
		p := t.byISO3[iso3]
		if err := add(p, p.Name, false); err != nil {
			return nil, err
		}
		if err := add(p, cleanCLDRName(cldr[iso3]), false); err != nil {
			return nil, err
		}
		if cldr[iso3] != cleanCLDRName(cldr[iso3]) {
			if err := add(p, cldr[iso3], false); err != nil {
				return nil, err
			}
		}
		generated = append(generated, func() error {
			for _, pre := range formalPrefixes {
				if err := add(p, pre+p.Name, false); err != nil {
					return err
				}
			}
			return add(p, p.Name+" Arab Republic", false)
		})
	}
	for _, g := range generated {
		if err := g(); err != nil {
			return nil, err
		}
	}

	rows, err = tsvRows(placesTSV, 4, "places.tsv")
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		f, lineNo := row.fields, row.line
		if f[1] != "place" && f[1] != "region" {
			return nil, fmt.Errorf("places.tsv line %d: kind %q is not place or region", lineNo, f[1])
		}
		if f[2] != "" && t.byISO3[f[2]] == nil {
			return nil, fmt.Errorf("places.tsv line %d: unknown country code %q", lineNo, f[2])
		}
		p := &Place{Name: f[0], Kind: f[1], Country: f[2]}
		for _, text := range append([]string{f[0]}, splitList(f[3])...) {
			if prev, ok := t.byKey[NameKey(text)]; ok && prev != p {
				return nil, fmt.Errorf("places.tsv line %d: %q is already %s", lineNo, text, prev.Name)
			}
			if err := add(p, text, true); err != nil {
				return nil, fmt.Errorf("places.tsv line %d: %w", lineNo, err)
			}
		}
	}
	if err := addCapitals(t, add); err != nil {
		return nil, err
	}
	return t, nil
}

// addCapitals adds the capitals table: a capital that places.tsv already
// lists for the same country keeps its entry and gains the new aliases; a
// name that is another place's is an error.
func addCapitals(t *placeTables, add func(p *Place, text string, strict bool) error) error {
	rows, err := tsvRows(capitalsTSV, 3, "capitals.tsv")
	if err != nil {
		return err
	}
	for _, row := range rows {
		f, lineNo := row.fields, row.line
		if t.byISO3[f[0]] == nil {
			return fmt.Errorf("capitals.tsv line %d: unknown country code %q", lineNo, f[0])
		}
		if f[1] == "" || strings.TrimSpace(f[1]) != f[1] {
			return fmt.Errorf("capitals.tsv line %d: capital %q must be a name without outer spaces", lineNo, f[1])
		}
		p := t.byKey[NameKey(f[1])]
		switch {
		case p == nil:
			p = &Place{Name: f[1], Kind: "place", Country: f[0]} // as places.tsv writes it
		case p.Kind == "country" || p.Country != f[0]:
			return fmt.Errorf("capitals.tsv line %d: %q is already %s (%s)", lineNo, f[1], p.Name, p.Kind)
		}
		for _, text := range append([]string{f[1]}, splitList(f[2])...) {
			if err := add(p, text, true); err != nil {
				return fmt.Errorf("capitals.tsv line %d: %w", lineNo, err)
			}
		}
	}
	return nil
}

type tsvRow struct {
	fields []string
	line   int
}

// tsvRows splits an embedded table into rows of n fields, skipping "#"
// comments, blank lines and the header row.
func tsvRows(tsv string, n int, name string) ([]tsvRow, error) {
	var out []tsvRow
	header := false
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return nil, fmt.Errorf("%s line %d: %d fields, want %d", name, i+1, len(f), n)
		}
		if f[0] == "" {
			return nil, fmt.Errorf("%s line %d: empty first field", name, i+1)
		}
		out = append(out, tsvRow{f, i + 1})
	}
	return out, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// PlaceForms lists every surface form of every known place. The slice is
// shared: callers must not modify it.
func PlaceForms() []PlaceForm {
	placeOnce.Do(loadPlaces)
	return places.forms
}

// LookupPlace finds a known place by the NameKey of one of its forms.
func LookupPlace(key string) (*Place, bool) {
	placeOnce.Do(loadPlaces)
	p, ok := places.byKey[key]
	return p, ok
}

// CountryByISO3 finds a country by its ISO 3166-1 alpha-3 code.
func CountryByISO3(code string) (*Place, bool) {
	placeOnce.Do(loadPlaces)
	p, ok := places.byISO3[code]
	return p, ok
}

// CountryByDemonym finds the country of an adjective of nationality by its
// NameKey: "japanese" -> Japan, "east timorese" -> Timor-Leste.
func CountryByDemonym(key string) (*Place, bool) {
	placeOnce.Do(loadPlaces)
	p, ok := places.demonyms[key]
	return p, ok
}
