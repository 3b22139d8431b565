package extract

import (
	"strings"

	"github.com/missionx/missionx/normalize"
)

// Places that no gazetteer holds ("Banja Luka", a camp called "Tomping") are
// read from the words around them. Each signal below is narrow on purpose: a
// name it proposes must also pass placeCandidate, which turns away titles,
// head nouns of organizations, adjectives of nationality, acronyms, dates
// and words the document also writes in lower case.
//
//   - a list after a locative word that names a known city: "in Sarajevo,
//     Banja Luka, Mostar and Tuzla" (the list must close with "and"/"or");
//   - a name after a locative word followed by ", <known place>": "at
//     Kakata, Liberia", "in Tomping, Juba";
//   - a noun for a site followed by in/at/near: "the camp at Tomping", "UN
//     House in Juba", a noun for a settlement followed by "of": "the town
//     of Kakata", and a plural or camp-like site noun followed by "of":
//     "the team sites of Smara and Mahbas";
//   - a participle of stationing followed by in/at/near: "stationed in
//     Kakata", "based at Tomping";
//   - "the X area/camp/region/valley ...": "the Kakuma camp".

// locativeWords introduce places; they are read only in lower case, in the
// middle of a sentence ("In March, Japan" opens a sentence with a date).
var locativeWords = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "between": true, "around": true,
	"across": true, "including": true, "via": true, "towards": true, "toward": true, "outside": true,
}

// siteNouns are followed by the place they are in or at: "camp at X",
// "headquarters in X", "UN House in X".
var siteNouns = map[string]bool{
	"camp": true, "camps": true, "base": true, "bases": true, "site": true, "sites": true, "compound": true,
	"house": true, "headquarters": true, "airport": true, "airfield": true, "port": true, "office": true,
	"offices": true, "hospital": true, "school": true, "station": true, "centre": true, "center": true,
}

// stationWords say where people are kept, with the place after in/at/near
// like a site noun: "stationed in X", "based at X". What follows them in
// capitals is a place, a camp or an organization's site; the candidate
// checks turn away organizations, titles and dates.
var stationWords = map[string]bool{
	"stationed": true, "based": true, "posted": true, "headquartered": true, "garrisoned": true,
	"encamped": true, "quartered": true, "billeted": true,
}

// siteOfNouns, in lower case and followed by "of", take the names of the
// places they are at: "the team sites of X and Y", "the camps of X". Other
// site nouns are too often an organization's after "of" ("the offices of
// X", "the headquarters of X").
var siteOfNouns = map[string]bool{
	"camp": true, "camps": true, "base": true, "bases": true, "site": true, "sites": true,
	"airport": true, "airfield": true,
}

// settlementNouns take their name after "of": "the town of X".
var settlementNouns = map[string]bool{
	"town": true, "village": true, "city": true, "district": true, "province": true, "region": true,
	"county": true, "municipality": true, "island": true, "state": true, "port": true, "department": true,
}

// areaNouns follow a place name in lower case: "the Kakuma camp", "the
// Jonglei area".
var areaNouns = map[string]bool{
	"area": true, "camp": true, "region": true, "district": true, "province": true, "valley": true,
	"county": true, "state": true, "town": true, "village": true, "city": true, "airport": true,
	"base": true, "site": true, "corridor": true, "border": true, "enclave": true,
}

// titleWords begin names of people, not places: "in Juba and President X".
var titleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "ambassador": true, "secretary": true, "general": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "special": true, "representative": true, "commander": true,
	"chief": true, "governor": true, "king": true, "queen": true, "prince": true, "colonel": true, "major": true,
	"captain": true, "lieutenant": true, "sergeant": true, "brigadier": true, "admiral": true, "deputy": true,
	"director": true, "head": true, "vice": true, "senior": true, "excellency": true, "professor": true,
	"lt": true, "col": true, "gen": true, "capt": true, "sir": true,
}

// genericWords are capitalized nouns of the pages' subject that are not
// place names: "the Mission area", "at Headquarters, Japan".
var genericWords = map[string]bool{
	"mission": true, "missions": true, "operation": true, "operations": true, "headquarters": true,
	"base": true, "camp": true, "sector": true, "team": true, "group": true, "division": true, "section": true,
	"contingent": true, "republic": true, "kingdom": true, "state": true, "states": true, "nation": true,
	"nations": true, "international": true, "national": true, "united": true, "peace": true,
	"peacekeeping": true, "election": true, "elections": true, "referendum": true, "ceasefire": true,
	"cease-fire": true, "phase": true, "part": true, "chapter": true, "article": true, "annex": true,
	"table": true, "figure": true, "photo": true, "note": true, "notes": true, "source": true, "img": true,
	"self": true, "defense": true, "defence": true, "engineering": true, "medical": true, "transport": true,
	"logistics": true, "support": true, "civilian": true, "military": true, "police": true, "staff": true,
	"observer": true, "observers": true, "protection": true, "civilians": true, "emergency": true,
	"christmas": true, "easter": true, "ramadan": true, "holiday": true, "weekend": true,
}

// compassWords are not a place alone ("the North area"), only in a name
// ("Upper Nile").
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "upper": true, "lower": true, "greater": true,
}

// The cue classes of a word for discoverPlaces, from one lookup of its key.
const (
	cueSite       = 1 << iota // in siteNouns, any case
	cueSettlement             // in settlementNouns, any case
	cueLocative               // in locativeWords as written (lower case)
)

// placeCues maps the keys of siteNouns, settlementNouns and locativeWords
// to their cue classes: one lookup per word instead of one per set.
// placeCueShapes has, for each first byte of a key, a bit for each length
// (under 64) of a key in placeCues: most words ("the", "of", "and") need no
// lookup.
var placeCues, placeCueShapes = func() (map[string]uint8, *[256]uint64) {
	m := map[string]uint8{}
	for set, bit := range map[*map[string]bool]uint8{&siteNouns: cueSite, &stationWords: cueSite, &settlementNouns: cueSettlement, &locativeWords: cueLocative} {
		for w := range *set {
			m[w] |= bit
		}
	}
	var shapes [256]uint64
	for w := range m {
		if len(w) >= 64 {
			panic("place cue word too long for placeCueShapes: " + w)
		}
		shapes[w[0]] |= 1 << len(w)
	}
	return m, &shapes
}()

// placeCueOf is the cue classes of word i: site and settlement nouns match
// in any case (their sets are lower case; a word's key is lower-cased), a
// locative word only as written.
func placeCueOf(ws []word, i int) uint8 {
	n := int(ws[i].keyLen)
	if n >= 64 || placeCueShapes[ws[i].keys[0]]&(1<<n) == 0 {
		return 0 // most words: no lookup
	}
	key := keyOf(ws, i, i+1)
	cue := placeCues[string(key)]
	if cue&cueLocative != 0 && ws[i].Text != string(key) {
		cue &^= cueLocative // "In", "AT": not as written
	}
	return cue
}

// discoveredPlace is a place read from context, with one surface form.
type discoveredPlace struct {
	form       string
	start, end int // its words
	place      *normalize.Place
}

// discoverPlaces returns the places that the signals above propose. skip
// marks words already taken by organizations.
func discoverPlaces(text string, ws []word, skip []bool, placeTab *phraseTable) []discoveredPlace {
	var out []discoveredPlace
	propose := func(i, j int, country string) {
		form := rangeText(text, ws, i, j)
		for _, d := range out {
			if d.form == form {
				return
			}
		}
		if !placeCandidate(text, ws, i, j, skip) {
			return
		}
		out = append(out, discoveredPlace{form, i, j, &normalize.Place{Name: cleanName(form), Kind: "place", Country: country}})
	}
	for i := 0; i+1 < len(ws); i++ {
		w := &ws[i]
		// "Merbok, a village 40 km from the capital", "Kesdor, the main town
		// of the district": a name that an apposition calls a settlement
		if w.Text == "," && i > 0 && ws[i-1].Capital {
			if k := appositionSettlement(ws, i); k > 0 {
				s := i - 1
				for s > 0 && i-s < 3 && ws[s-1].Kind == Word && ws[s-1].Capital && !ws[s].NL && !skip[s-1] {
					s--
				}
				if !knownExactly(text, ws, s, i, placeTab) {
					propose(s, i, "")
				}
			}
		}
		if w.Kind != Word || ws[i+1].NL || skip[i] {
			continue
		}
		cue := placeCueOf(ws, i)
		isSite, isSettlement, isLocative := cue&cueSite != 0, cue&cueSettlement != 0, cue&cueLocative != 0
		switch {
		case isLocative:
			listPlaces(text, ws, i+1, w.Text, skip, placeTab, propose)
		case (isSite || isSettlement) && i+2 < len(ws) && !ws[i+2].NL:
			prep := ws[i+1].Text
			if (isSite && (prep == "in" || prep == "at" || prep == "near")) ||
				(isSettlement && prep == "of" && !w.Capital) || (isSite && prep == "of" && !w.Capital && siteOfNouns[w.Text]) {
				// "the camps in Stenkovec and Nakuva": each name of the list
				for k := i + 2; k < len(ws); {
					j := capRunEnd(ws, k, skip)
					if j == k {
						break
					}
					if !knownExactly(text, ws, k, j, placeTab) {
						propose(k, j, "")
					}
					if j+1 >= len(ws) || ws[j+1].NL || !(ws[j].Text == "and" || ws[j].Text == "or" || ws[j].Text == ",") {
						break
					}
					k = j + 1
					if ws[j].Text == "," && k+1 < len(ws) && (ws[k].Text == "and" || ws[k].Text == "or") {
						k++
					}
				}
			}
		}
		// "from Japan to Comayagua": a journey from a known place
		if w.Text == "from" && ws[i+1].Capital {
			if end, _, ok := placeTab.longest(text, ws, i+1, skip); ok && end+1 < len(ws) && ws[end].Text == "to" && !ws[end+1].NL {
				if j := capRunEnd(ws, end+1, skip); j > end+1 && !knownExactly(text, ws, end+1, j, placeTab) {
					propose(end+1, j, "")
				}
			}
		}
		// "to Catacamas, in the department of Olancho"
		if isLocative && ws[i+1].Capital {
			if j := capRunEnd(ws, i+1, skip); j > i+1 && j+4 < len(ws) && ws[j].Text == "," && ws[j+1].Text == "in" &&
				ws[j+2].Text == "the" && settlementNouns[ws[j+3].Text] && ws[j+4].Text == "of" && !knownExactly(text, ws, i+1, j, placeTab) {
				propose(i+1, j, "")
			}
		}
		if (w.Text == "the" || w.Text == "The") && ws[i+1].Capital {
			j := capRunEnd(ws, i+1, skip)
			if j > i+1 && j < len(ws) && !ws[j].NL && ws[j].Kind == Word && areaNouns[ws[j].Text] &&
				!knownExactly(text, ws, i+1, j, placeTab) {
				propose(i+1, j, "")
			}
		}
	}
	return out
}

// appositionSettlement reports whether the comma at word c opens an
// apposition that calls the name before it a settlement: "a", "an" or
// "the", up to two modifiers ("small", "border", "main"), a lower-case
// settlement noun, and then no other noun ("a town official" is a person).
// It returns the index of the settlement noun, 0 when there is none.
func appositionSettlement(ws []word, c int) int {
	k := c + 1
	if k >= len(ws) || ws[k].NL || (ws[k].Text != "a" && ws[k].Text != "an" && ws[k].Text != "the") {
		return 0
	}
	for n := 0; n < 3 && k+1 < len(ws); n++ {
		k++
		w := ws[k]
		if w.NL || w.Kind != Word || w.Capital {
			return 0
		}
		if settlementNouns[w.Text] {
			if k+1 >= len(ws) || ws[k+1].NL || ws[k+1].Kind != Word || isStopWord(ws[k+1].Text) || compassWords[ws[k+1].Text] {
				return k
			}
			return 0
		}
		if isStopWord(w.Text) {
			return 0
		}
	}
	return 0
}

// listPlaces reads the list of names starting at word k, after the locative
// word prep. A known place that spans "and" ("Bosnia and Herzegovina") is one
// element.
func listPlaces(text string, ws []word, k int, prep string, skip []bool, placeTab *phraseTable, propose func(i, j int, country string)) {
	type elem struct {
		start, end int
		known      *normalize.Place
		afterAnd   bool // "and"/"or" comes before it
		afterComma bool
	}
	var elems []elem
	afterAnd, afterComma := false, false
	for k < len(ws) && len(elems) < 12 {
		if ws[k].NL && len(elems) > 0 {
			break
		}
		e := elem{start: k, afterAnd: afterAnd, afterComma: afterComma}
		if end, pe, ok := placeTab.longest(text, ws, k, skip); ok && end >= capRunEnd(ws, k, skip) {
			e.end, e.known = end, pe.place
		} else if end := capRunEnd(ws, k, skip); end > k {
			e.end = end
		} else {
			break
		}
		elems = append(elems, e)
		k = e.end
		afterAnd, afterComma = false, false
		if k < len(ws) && ws[k].Text == "," && !ws[k].NL {
			afterComma = true
			k++
		}
		if k < len(ws) && (ws[k].Text == "and" || ws[k].Text == "or") && !ws[k].NL {
			afterAnd = true
			k++
		}
		if !afterAnd && !afterComma {
			break
		}
	}
	if len(elems) < 2 {
		return
	}
	// "in Tomping, Juba": a name and the known place it lies in; after "to"
	// or "from" it is as often a person ("a letter to Tanaka, Japan's envoy")
	if (prep == "in" || prep == "at" || prep == "near") && elems[0].known == nil && elems[1].known != nil && elems[1].afterComma && !elems[1].afterAnd {
		propose(elems[0].start, elems[0].end, elems[1].known.Country)
	}
	// a list that closes with "and" and names at least one known city
	last := elems[len(elems)-1]
	if !last.afterAnd {
		return
	}
	country, cities := "", 0
	for _, e := range elems {
		// a known city, or a province or island of a known country ("in
		// Leyte and Biliran"): the list names places of one kind
		if e.known != nil && (e.known.Kind == "place" || e.known.Kind == "region" && e.known.Country != "") {
			if cities == 0 {
				country = e.known.Country
			} else if e.known.Country != country {
				country = ""
			}
			cities++
		}
	}
	if cities == 0 {
		return
	}
	for _, e := range elems {
		if e.known == nil {
			propose(e.start, e.end, country)
		}
	}
}

// capRunEnd returns the end of the run of capitalized words starting at k on
// one line, hyphenated parts included ("Port-de-Paix", "Mazar-i-Sharif"); k
// itself when word k is not capitalized.
func capRunEnd(ws []word, k int, skip []bool) int {
	j := k
	for j < len(ws) && !skip[j] && (j == k || !ws[j].NL) {
		w := ws[j]
		if w.Kind == Word && w.Capital {
			j++
			if w.Poss {
				break
			}
			continue
		}
		if j > k && w.Kind == Punct && (w.Text == "-" || w.Text == "–") && j+1 < len(ws) && ws[j+1].Kind == Word &&
			!ws[j+1].NL && !skip[j+1] {
			j += 2
			continue
		}
		break
	}
	return j
}

// knownExactly reports whether words [i, j) are exactly a known place.
func knownExactly(text string, ws []word, i, j int, placeTab *phraseTable) bool {
	end, _, ok := placeTab.longest(text, ws, i, nil)
	return ok && end == j
}

// placeCandidate decides whether words [i, j) can be the name of a place
// that the gazetteer does not know.
func placeCandidate(text string, ws []word, i, j int, skip []bool) bool {
	words := 0
	for k := i; k < j; k++ {
		w := ws[k]
		if skip[k] {
			return false
		}
		if w.Kind != Word {
			continue
		}
		if k > i && ws[k-1].Text == "-" && !w.Capital {
			continue // the "de" of "Port-de-Paix"
		}
		words++
		key := strings.ToLower(w.Text)
		if !w.Capital || isAcronymWord(w) || len(w.Text) < 2 || w.Poss ||
			calendarWords[key] || titleWords[key] || genericWords[key] || glossWords[key] ||
			placeHeads[key] || peopleNouns[key] || openingWords[w.Text] || isOrgHead(w.Text) {
			return false
		}
		if _, ok := normalize.CountryByDemonym(normalize.NameKey(w.Text)); ok {
			return false
		}
		if adjectiveLike(key) {
			return false
		}
	}
	if words == 0 || words > 3 {
		return false
	}
	if j < len(ws) && ws[j].Kind == Number && !ws[j].NL {
		return false // "Kilometre 12", "Sector 4": a label with its number, not a name
	}
	if words == 1 {
		key := strings.ToLower(ws[i].Text)
		if compassWords[key] || len(ws[i].Text) < 3 || writtenInLowerCase(ws, ws[i].Text) {
			return false
		}
	}
	orgTab, placeTab := tables()
	if _, _, ok := orgTab.longest(text, ws, i, nil); ok {
		return false
	}
	// "the Sudan-South Sudan border", "the India-Pakistan border": known
	// places joined by a hyphen name the pair, each found on its own
	for k := i + 1; k < j; k++ {
		if ws[k].Text == "-" {
			if end, _, ok := placeTab.longest(text, ws, i, nil); ok && end == k {
				return false
			}
			break
		}
	}
	return true
}

// adjectiveLike: endings of adjectives of nationality, creed and doctrine
// that the demonym table does not list ("Maoist", "Serbian", "Islamic").
func adjectiveLike(key string) bool {
	for _, suf := range []string{"ist", "ian", "ese", "ish", "ic"} {
		if len(key) > len(suf)+2 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// writtenInLowerCase reports whether the document also writes w in lower
// case: then it is a common word with a capital ("Following", "Polling").
func writtenInLowerCase(ws []word, w string) bool {
	for _, x := range ws {
		if x.Kind == Word && !x.Capital && strings.EqualFold(x.Text, w) {
			return true
		}
	}
	return false
}

// inWordSet looks a word up in a set of lower-case words without
// allocating.
func inWordSet(set map[string]bool, w string) bool {
	if len(w) > 48 {
		return false
	}
	var tmp [64]byte
	return set[string(appendWordKey(tmp[:0], w))]
}
