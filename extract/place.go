package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/missionx/missionx/normalize"
)

// FindPlaces finds places: countries (CLDR names and ISO codes, with aliases
// and formal names: "East Timor", "Kingdom of Cambodia"), cities, provinces,
// regions and camps of the gazetteer, "Camp X" and "X Province" by shape, and
// places defined with an abbreviation ("Area of Separation (AOS)"). Aliases
// fold into one Place per document.
//
// Adjectives ("Japanese", "Syrian side") are not mentions, and a place
// written inside an organization's name ("Government of Japan", "United
// Nations Mission in East Timor") belongs to that name: FindOrgs runs first
// and its mentions are skipped here.
func FindPlaces(a *Analysis) {
	text := a.Doc.Text
	ws := a.nameWordsOf() // the words FindOrgs read
	defer a.releaseNameWords()
	_, placeTab := tables()

	inOrg := make([]bool, len(ws))
	for _, o := range a.Res.Orgs {
		for _, m := range o.Mentions {
			markSpan(inOrg, ws, m.Span)
			unmarkPost(inOrg, ws, m)
		}
	}

	set := &placeSet{}
	var local *phraseTable
	for _, d := range a.acronymDefsOf(ws) {
		if inOrg[d.LongStart] {
			continue
		}
		var p *normalize.Place
		if end, e, ok := placeTab.longest(text, ws, d.LongStart, nil); ok && end == d.LongEnd {
			p = e.place
		} else if placeHeads[strings.ToLower(headOf(ws, d.LongStart, d.LongEnd))] {
			p = &normalize.Place{Name: cleanName(rangeText(text, ws, d.LongStart, d.LongEnd)), Kind: "region"}
		} else {
			continue
		}
		if local == nil {
			local = newPhraseTable()
		}
		local.addWords(ws, d.LongStart, d.LongEnd, phraseEntry{place: p})
		local.addWords(ws, d.AcrStart, d.AcrEnd, phraseEntry{place: p, acronym: true})
	}

	for _, d := range discoverPlaces(text, ws, inOrg, placeTab) {
		if local == nil {
			local = newPhraseTable()
		}
		local.addWords(ws, d.start, d.end, phraseEntry{place: d.place})
	}

	for i := 0; i < len(ws); {
		if inOrg[i] || !ws[i].Capital {
			// longest and placeShapeAt read nothing from a word without a capital
			i++
			continue
		}
		end, e, ok := placeTab.longest(text, ws, i, inOrg)
		if local != nil {
			if lend, le, lok := local.longest(text, ws, i, inOrg); lok && lend > end {
				end, e, ok = lend, le, true
			}
		}
		p := e.place
		if !ok {
			if j, kind := placeShapeAt(ws, i, inOrg); j > 0 {
				end = j
				p = &normalize.Place{Name: cleanName(rangeText(text, ws, i, j)), Kind: kind}
			}
		}
		if p == nil || notAPlaceUse(ws, i, end, e) {
			i++
			continue
		}
		start := i
		if p.Kind == "country" && i > 0 && compassPart(ws, i, inOrg) {
			// "Southern Sudan", "Northern Uganda": a part of a country,
			// named with the compass word in capitals, is a region of it
			start = i - 1
			p = &normalize.Place{Name: cleanName(rangeText(text, ws, start, end)), Kind: "region", Country: p.Country}
		}
		set.add(*p, text, Span{ws[start].Span.Start, ws[end-1].Span.End})
		i = end
	}
	a.Res.Places = foldRegionsIntoStates(set.list)
}

// foldRegionsIntoStates folds a compass region of a country ("Southern
// Sudan") into the state named with the short compass word ("South
// Sudan") when the document names that state too: the region became the
// state within its borders, and a page that names both means one land
// (the vote "in Southern Sudan", the independence "of South Sudan"). A
// page that names only the region keeps it.
func foldRegionsIntoStates(list []Place) []Place {
	out := list[:0]
	for _, p := range list {
		if k := stateOfRegion(list, p); k >= 0 {
			list[k].Mentions = append(list[k].Mentions, p.Mentions...)
			slices.SortFunc(list[k].Mentions, func(x, y Mention) int { return x.Span.Start - y.Span.Start })
			continue
		}
		out = append(out, p)
	}
	return out
}

// shortCompass gives the compass word a state's name uses for a region's.
var shortCompass = map[string]string{"Southern": "South", "Northern": "North", "Eastern": "East", "Western": "West"}

// stateOfRegion is the index in list of the state that region p became
// (see foldRegionsIntoStates), -1 when none.
func stateOfRegion(list []Place, p Place) int {
	if p.Kind != "region" {
		return -1
	}
	compass, rest, ok := strings.Cut(p.Name, " ")
	if !ok {
		return -1
	}
	short := shortCompass[compass]
	if short == "" {
		return -1
	}
	for k, q := range list {
		if q.Kind == "country" && q.Name == short+" "+rest {
			return k
		}
	}
	return -1
}

// unmarkPost gives back to the places the post of a diplomatic mission
// named in its name ("Embassy of Japan in Addis Ababa", "Consulate-General
// of Japan in Erbil"): the city is where the embassy's people serve, a
// place of the story, while "Mission in East Timor" names the mission's
// whole country as part of its title.
func unmarkPost(inOrg []bool, ws []word, m Mention) {
	t := m.Text
	if !(strings.HasPrefix(t, "Embassy") || strings.HasPrefix(t, "Consulate")) {
		return
	}
	k := sort.Search(len(ws), func(k int) bool { return ws[k].Span.Start >= m.Span.Start })
	in := -1
	for ; k < len(ws) && ws[k].Span.End <= m.Span.End; k++ {
		if ws[k].Text == "in" {
			in = k
		}
		if in >= 0 && k > in {
			inOrg[k] = false
		}
	}
}

// compassPart reports whether the country at word i follows a capitalized
// compass adjective on its line ("Southern Sudan"). Names in which such a
// word is part of the country's or region's own name ("South Sudan", "East
// Timor", "West Africa") are gazetteer entries, matched before this from
// the compass word.
func compassPart(ws []word, i int, inOrg []bool) bool {
	c := ws[i-1]
	return !inOrg[i-1] && !ws[i].NL && c.Kind == Word && c.Capital && !isAcronymWord(c) && regionCompass[c.Text]
}

// regionCompass are the compass adjectives that name a part of a country.
var regionCompass = map[string]bool{
	"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true,
	"North": true, "South": true, "East": true, "West": true,
	"Northeastern": true, "Northwestern": true, "Southeastern": true, "Southwestern": true,
}

// markSpan marks the words inside byte span s.
func markSpan(mark []bool, ws []word, s Span) {
	k := sort.Search(len(ws), func(k int) bool { return ws[k].Span.Start >= s.Start })
	for ; k < len(ws) && ws[k].Span.End <= s.End; k++ {
		mark[k] = true
	}
}

// notAPlaceUse reports whether the known place at words [i, end) is used as
// something else: a currency ("US dollars", "U.S. dollars", "US$"), or a
// two-letter capitals-only form ("US", "UK") next to another word in
// capitals, as in a line written in capitals ("ABOUT US").
func notAPlaceUse(ws []word, i, end int, e phraseEntry) bool {
	if end < len(ws) && !ws[end].NL {
		switch strings.ToLower(ws[end].Text) {
		case "dollar", "dollars", "$", "cent", "cents":
			return true
		}
	}
	// "U.S. forces", "UK troops", "US officials": a country's abbreviation
	// before a lower-case noun of its people, forces or institutions is an
	// adjective, as "French forces" is, not a mention of the place ("in the
	// U.S. since", "the US and Japan", "the US agreed" are)
	if e.acronym && e.place != nil && e.place.Kind == "country" && end < len(ws) && !ws[end].NL && ws[end].Kind == Word &&
		startsLower(ws[end].Text) && (normalize.ClassOf(ws[end].Text) != normalize.NotPeople || stateNouns[ws[end].Text]) {
		return true
	}
	if e.acronym && end == i+1 && len(ws[i].Text) <= 2 {
		if i > 0 && !ws[i].NL && isAcronymWord(ws[i-1]) && !isRoman(ws[i-1].Text) {
			return true
		}
		if end < len(ws) && !ws[end].NL && isAcronymWord(ws[end]) && !isRoman(ws[end].Text) {
			return true
		}
	}
	return false
}

// stateNouns are a state's institutions and armed services, which its
// name or abbreviation may modify: "US military", "UK government".
var stateNouns = map[string]bool{
	"military": true, "army": true, "navy": true, "marines": true, "government": true, "administration": true,
	"embassy": true, "authorities": true, "side": true, "aid": true, "assistance": true, "funding": true,
	"congress": true, "ambassador": true, "president": true, "delegation": true,
}

// startsLower reports whether s starts with a lower-case ASCII letter.
func startsLower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// adminSuffixes follow the name of an administrative area: "Kampot
// Province", "Upper Nile State". The value is the kind of place.
var adminSuffixes = map[string]string{
	"Province": "place", "District": "place", "Prefecture": "place", "Governorate": "place",
	"County": "place", "State": "region", "Region": "region",
	// islands and peninsulas are named the same way: "Samar Island",
	// "Jaffna Peninsula"
	"Island": "region", "Islands": "region", "Peninsula": "region",
}

// notAreaNames are words before "State" or "Region" that make a phrase of
// politics, not a place: "Member State", "Islamic State", "Military Region".
var notAreaNames = map[string]bool{
	"member": true, "host": true, "sovereign": true, "nation": true, "contracting": true, "participating": true,
	"contributing": true, "successor": true, "islamic": true, "sending": true, "receiving": true, "third": true,
	"neighbouring": true, "neighboring": true, "requesting": true, "independent": true, "federal": true,
	"coastal": true, "flag": true, "transit": true, "military": true, "autonomous": true, "administrative": true,
	"special": true, "economic": true, "one": true, "party": true, "welfare": true, "police": true, "secretary": true,
	"of": true, "new": true, "united": true, "arab": true, "the": true, "a": true,
}

// placeShapeAt recognizes "Camp Name" and "Name Province/District/State/...",
// with up to three capitalized words before the suffix.
func placeShapeAt(ws []word, i int, skip []bool) (int, string) {
	if ws[i].Kind != Word || !ws[i].Capital || i+1 >= len(ws) || skip[i+1] || ws[i+1].NL {
		return 0, ""
	}
	if ws[i+1].Kind != Word || !ws[i+1].Capital {
		if !capitalHyphenJoin(ws, i+1, skip) {
			return 0, ""
		}
	} else if ws[i].Text == "Camp" && !ws[i].Poss && !isHeadlike(ws[i+1].Text) {
		return i + 2, "place"
	}
	j := i
	for n := 0; j < len(ws) && n < 3 && !skip[j] && (j == i || !ws[j].NL) && ws[j].Kind == Word && ws[j].Capital &&
		!ws[j].Poss && adminSuffixes[ws[j].Text] == ""; n++ {
		j++
		// "North-West Frontier Province", "Kasai-Oriental Province": a
		// hyphen written tight between two capitalized words joins them
		// into one word of the name.
		if capitalHyphenJoin(ws, j, skip) {
			j++
		}
	}
	if j == i || j >= len(ws) || skip[j] || ws[j].NL || adminSuffixes[ws[j].Text] == "" {
		return 0, ""
	}
	for k := i; k < j; k++ {
		if ws[k].Kind != Word {
			continue // a joining hyphen
		}
		if isHeadlike(ws[k].Text) || inWordSet(notAreaNames, ws[k].Text) || isAcronymWord(ws[k]) || openingWords[ws[k].Text] {
			return 0, ""
		}
		if _, ok := normalize.CountryByDemonym(normalize.NameKey(ws[k].Text)); ok {
			return 0, ""
		}
	}
	return j + 1, adminSuffixes[ws[j].Text]
}

// capitalHyphenJoin reports whether ws[h] is a hyphen written with no space
// between a word and a following capitalized word.
func capitalHyphenJoin(ws []word, h int, skip []bool) bool {
	return h > 0 && h+1 < len(ws) && ws[h].Kind == Punct && ws[h].Text == "-" && !skip[h] && !skip[h+1] &&
		ws[h].Span.Start == ws[h-1].Span.End && ws[h+1].Span.Start == ws[h].Span.End &&
		ws[h+1].Kind == Word && ws[h+1].Capital && !ws[h+1].NL
}

// isHeadlike: a word that names a kind of thing rather than a place.
func isHeadlike(s string) bool {
	return isOrgHead(s) || inWordSet(placeHeads, s)
}

type placeSet struct {
	list  []Place
	index map[string]int // by name, once the list is long (fewPlaces)
}

// fewPlaces is how many places a set finds by a scan before it indexes them
// by name: a document names a few, and a scan of a few beats a map.
const fewPlaces = 16

func (s *placeSet) add(p normalize.Place, text string, sp Span) {
	k := -1
	if s.index != nil {
		if at, ok := s.index[p.Name]; ok {
			k = at
		}
	} else {
		for at := range s.list {
			if s.list[at].Name == p.Name {
				k = at
				break
			}
		}
	}
	if k < 0 {
		k = len(s.list)
		if s.list == nil {
			s.list = make([]Place, 0, 8) // grown once for most documents
		}
		s.list = append(s.list, Place{Name: p.Name, Kind: p.Kind, Country: p.Country})
		if s.index != nil {
			s.index[p.Name] = k
		} else if len(s.list) > fewPlaces {
			s.index = make(map[string]int, 2*len(s.list))
			for at := range s.list {
				s.index[s.list[at].Name] = at
			}
		}
	}
	s.list[k].Mentions = append(s.list[k].Mentions, Mention{Text: text[sp.Start:sp.End], Span: sp})
}
