package normalize

import "testing"

func TestNameKey(t *testing.T) {
	cases := map[string]string{
		"Timor - Leste":                "timor-leste",
		"Timor-Leste's":                "timor-leste",
		"UNMIT 's":                     "unmit",
		"UNDOF’s":                      "undof",
		"Prime Minister's Office":      "prime minister office",
		"Côte d’Ivoire":                "cote d'ivoire",
		"  United   Nations ":          "united nations",
		"West New Guinea (West Irian)": "west new guinea (west irian)",
		"Guinea ( West Irian )":        "guinea (west irian)",
		"Slavonia , Baranja":           "slavonia, baranja",
		"\"Cabinet Office\"":           "cabinet office",
		"U.N.":                         "u.n.",
		"Nations' Office":              "nations office",
	}
	for in, want := range cases {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	cases := map[string]string{
		"Prime Minister's Office":         "prime-ministers-office",
		"Government of Timor-Leste":       "government-of-timor-leste",
		"Policia Nacional de Timor-Leste": "policia-nacional-de-timor-leste",
		"Médecins Sans Frontières":        "medecins-sans-frontieres",
	}
	for in, want := range cases {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlaceTables(t *testing.T) {
	if _, err := buildPlaces(); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, name, kind, iso3 string }{
		{"East Timor", "Timor-Leste", "country", "TLS"},
		{"Timor - Leste", "Timor-Leste", "country", "TLS"},
		{"Democratic Republic of Timor-Leste", "Timor-Leste", "country", "TLS"},
		{"Syrian Arab Republic", "Syria", "country", "SYR"},
		{"Syria Arab Republic", "Syria", "country", "SYR"},
		{"Republic of Indonesia", "Indonesia", "country", "IDN"},
		{"Kingdom of Cambodia", "Cambodia", "country", "KHM"},
		{"State of Israel", "Israel", "country", "ISR"},
		{"Hashemite Kingdom of Jordan", "Jordan", "country", "JOR"},
		{"Zaire", "Democratic Republic of the Congo", "country", "COD"},
		{"Republic of the Congo", "Republic of the Congo", "country", "COG"},
		{"Bosnia & Herzegovina", "Bosnia and Herzegovina", "country", "BIH"},
		{"Dominican Republic", "Dominican Republic", "country", "DOM"},
		{"Republic of Iraq", "Iraq", "country", "IRQ"},
		{"Dili", "Dili", "place", "TLS"},
		{"Port-au-Prince", "Port-au-Prince", "place", "HTI"},
		{"Golan Heights", "Golan Heights", "region", ""},
		{"Faouar", "Camp Faouar", "place", "SYR"},
		{"Middle East", "Middle East", "region", ""},
		{"Kosovo", "Kosovo", "country", ""},
		{"Côte d’Ivoire", "Côte d'Ivoire", "country", "CIV"},
		{"Myanmar (Burma)", "Myanmar", "country", "MMR"},
	}
	for _, c := range cases {
		p, ok := LookupPlace(NameKey(c.text))
		if !ok {
			t.Errorf("%q: not found", c.text)
			continue
		}
		if p.Name != c.name || p.Kind != c.kind || p.Country != c.iso3 {
			t.Errorf("%q: got %+v, want %s/%s/%s", c.text, *p, c.name, c.kind, c.iso3)
		}
	}
	for dem, iso3 := range map[string]string{"japanese": "JPN", "jordanian": "JOR", "cambodian": "KHM", "east timorese": "TLS"} {
		p, ok := CountryByDemonym(dem)
		if !ok || p.Country != iso3 {
			t.Errorf("demonym %q: got %v", dem, p)
		}
	}
	if n := len(PlaceForms()); n < 400 {
		t.Errorf("only %d place forms", n)
	}
}

// The capitals table parses, covers the world's states, and its names and
// aliases resolve to places of the right country.
func TestCapitalsTable(t *testing.T) {
	rows, err := tsvRows(capitalsTSV, 3, "capitals.tsv")
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]bool{}
	for _, r := range rows {
		states[r.fields[0]] = true
		p, ok := LookupPlace(NameKey(r.fields[1]))
		if !ok || p.Kind != "place" || p.Country != r.fields[0] {
			t.Errorf("capitals.tsv line %d: %q resolves to %+v, want a place in %s", r.line, r.fields[1], p, r.fields[0])
		}
	}
	if len(states) < 185 {
		t.Errorf("capitals of %d states, want nearly all (193 UN members)", len(states))
	}
	cases := []struct{ text, name, iso3 string }{
		{"Rabat", "Rabat", "MAR"}, {"Ulan Bator", "Ulaanbaatar", "MNG"}, {"Kiev", "Kyiv", "UKR"},
		{"Nur-Sultan", "Astana", "KAZ"}, {"Yaounde", "Yaoundé", "CMR"}, {"Port-of-Spain", "Port of Spain", "TTO"},
		{"Den Haag", "The Hague", "NLD"}, {"Phnom Penh", "Phnom Penh", "KHM"}, {"Prishtina", "Pristina", "XKK"},
	}
	for _, c := range cases {
		p, ok := LookupPlace(NameKey(c.text))
		if !ok || p.Name != c.name || p.Country != c.iso3 {
			t.Errorf("LookupPlace(%q) = %+v, want %s in %s", c.text, p, c.name, c.iso3)
		}
	}
	// capitals named like common words are left out
	for _, w := range []string{"Male", "Victoria"} {
		if p, ok := LookupPlace(NameKey(w)); ok {
			t.Errorf("LookupPlace(%q) = %+v, want no place", w, p)
		}
	}
}

// Major cities and the team sites of MINURSO resolve with their countries.
func TestMajorCities(t *testing.T) {
	cases := []struct{ text, name, iso3 string }{
		{"Arusha", "Arusha", "TZA"}, {"Marrakech", "Marrakesh", "MAR"}, {"Calcutta", "Kolkata", "IND"},
		{"Saigon", "Ho Chi Minh City", "VNM"}, {"Sao Paulo", "São Paulo", "BRA"}, {"Mahbes", "Mahbas", "ESH"},
		{"Aousserd", "Awsard", "ESH"},
	}
	for _, c := range cases {
		p, ok := LookupPlace(NameKey(c.text))
		if !ok || p.Name != c.name || p.Country != c.iso3 || p.Kind != "place" {
			t.Errorf("LookupPlace(%q) = %+v, want %s in %s", c.text, p, c.name, c.iso3)
		}
	}
	// a name two countries' cities share is left out
	if p, ok := LookupPlace(NameKey("Valencia")); ok {
		t.Errorf("LookupPlace(Valencia) = %+v, want no place", p)
	}
}
