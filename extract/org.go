package extract

import (
	"strings"

	"github.com/missionx/missionx/normalize"
)

// FindOrgs finds organizations: one Org per distinct organization with every
// mention of it. It reads, in this order of precedence:
//
//   - acronym definitions ("United Nations Integrated Mission in Timor-Leste
//     ( UNMIT )", "PNTL (Policia Nacional de Timor-Leste)"), which link the
//     long form and the acronym for the rest of the document;
//   - the known names, acronyms and aliases of the registry of UN operations
//     and bodies and of the table of government bodies and armed forces,
//     longest match first ("UN Integrated Mission in Timor - Leste", "U.N.");
//   - governments: "Government of Timor - Leste", "the Japanese government",
//     "Japan's government";
//   - unknown organizations by their shape: capitalized words ending in a head
//     word (Forces, Agency, Ministry, Council, Movement, ...) with an "of"/"for"
//     complement ("East Timorese Armed Forces", "Ministry of Health"). A
//     heading line alone or a single capitalized word is not one.
//
// Known organizations take the registry's or table's id, name, acronym and
// category; others get the slug of their name as id and a category from
// their head word.
func FindOrgs(a *Analysis) {
	text := a.Doc.Text
	ws := a.nameWordsOf() // kept for FindPlaces
	orgTab, placeTab := tables()
	set := newOrgSet()
	claimed := make([]bool, len(ws))

	// doc-local forms from acronym definitions
	var local *phraseTable
	for _, d := range a.acronymDefsOf(ws) {
		long := rangeText(text, ws, d.LongStart, d.LongEnd)
		acr := rangeText(text, ws, d.AcrStart, d.AcrEnd)
		var o *normalize.Org
		if end, e, ok := orgTab.longest(text, ws, d.AcrStart, nil); ok && end == d.AcrEnd && d.QualStart < d.AcrEnd {
			o = e.org // "EUFOR Tchad/RCA": the qualified operation, not the family the long form names
		} else if end, e, ok := orgTab.longest(text, ws, d.LongStart, nil); ok && end == d.LongEnd && d.QualStart == d.AcrEnd {
			o = e.org
		} else if end, e, ok := orgTab.longest(text, ws, d.AcrStart, nil); ok && end == d.AcrEnd {
			o = e.org
		} else if end, _, ok := placeTab.longest(text, ws, d.LongStart, nil); ok && end == d.LongEnd {
			continue // a place with its abbreviation
		} else {
			if placeHeads[strings.ToLower(ws[complementStart(ws, d.LongStart, d.LongEnd)-1].Text)] {
				continue // "Area of Separation (AOS)": the place stage takes it
			}
			head := headOf(ws, d.LongStart, d.LongEnd)
			if !definedBody(ws, d.LongStart, d.LongEnd, acr) {
				continue // "Comprehensive Peace Agreement (CPA)", "Internally Displaced Persons (IDPs)"
			}
			name := cleanName(long)
			if last := ws[d.LongEnd-1]; !last.Capital {
				// "the European Union force ( EUFOR ... )": used as a name
				name = name[:len(name)-len(last.Text)] + strings.ToUpper(last.Text[:1]) + last.Text[1:]
			}
			if d.QualStart < d.AcrEnd {
				if q := cleanName(rangeText(text, ws, d.QualStart, d.AcrEnd)); strings.HasPrefix(q, "-") {
					name += q // "Joint Task Force-Leyte"
				} else {
					name += " " + q
				}
			}
			o = unknownOrg(set.unknown(name, cleanName(acr), categoryOfHead(head)))
		}
		if local == nil {
			local = newPhraseTable()
		}
		local.addWords(ws, d.LongStart, d.LongEnd, phraseEntry{org: o})
		// a qualified acronym has lower-case letters ("EUFOR Tchad/RCA"):
		// it is matched as a name, capitalized
		local.addWords(ws, d.AcrStart, d.AcrEnd, phraseEntry{org: o, acronym: !hasLowerLetter(acr)})
	}

	// known and locally defined forms, longest first
	for i := 0; i < len(ws); {
		if !ws[i].Capital {
			i++ // longest reads no phrase from it: save the calls
			continue
		}
		end, e, ok := orgTab.longest(text, ws, i, nil)
		if local != nil {
			// a defined form wins a tie: "the European Union force (EUFOR
			// Tchad/RCA)" names the operation, not the family the table knows
			if lend, le, lok := local.longest(text, ws, i, nil); lok && lend >= end {
				end, e, ok = lend, le, true
			}
		}
		if ok && end == i+1 && !e.acronym && end < len(ws) && ws[end].Kind == Word && ws[end].Capital && !ws[end].NL {
			ok = false // "Cabinet Order", "Chief Cabinet Secretary": a one-word name modifying another
		}
		if ok && !e.acronym && otherCountry(text, ws, i, end, orgCountry[e.org], placeTab) {
			ok = false // "Liberian Ministry of Defence": not the Japanese one the table knows
		}
		if !ok {
			i++
			continue
		}
		set.known(e.org).mention(text, ws, i, end)
		markClaimed(claimed, i, end)
		i = end
	}

	// governments
	for i := 0; i < len(ws); i++ {
		if claimed[i] || ws[i].Kind != Word {
			continue
		}
		if isGovernment(ws[i].Text) && i+2 < len(ws) && ws[i+1].Text == "of" {
			k := i + 2
			article := ws[k].Text == "the"
			if article && k+1 < len(ws) {
				k++
			}
			if end, e, ok := placeTab.longest(text, ws, k, claimed); ok && e.place.Kind == "country" {
				// the page's own form of the canonical name decides the
				// article where usage varies ("Government of Sudan" and
				// "Government of the Sudan" are both written)
				form := ""
				if rangeText(text, ws, k, end) == e.place.Name {
					form = "Government of " + e.place.Name
					if article {
						form = "Government of the " + e.place.Name
					}
				}
				set.government(e.place, form).mention(text, ws, i, end)
				markClaimed(claimed, i, end)
				i = end - 1
			}
			continue
		}
		// "Japanese government", "Japan's government", "Japan Government"
		if i+1 < len(ws) && ws[i].Capital && isGovernment(ws[i+1].Text) && !claimed[i+1] {
			var country *normalize.Place
			if p, ok := normalize.CountryByDemonym(normalize.NameKey(ws[i].Text)); ok {
				country = p
			} else if end, e, ok := placeTab.longest(text, ws, i, claimed); ok && end == i+1 && e.place.Kind == "country" {
				country = e.place
			}
			if country != nil {
				set.government(country, "").mention(text, ws, i, i+2)
				markClaimed(claimed, i, i+2)
				i++
			}
		}
	}

	// unknown organizations by shape
	for i := 0; i < len(ws); i++ {
		if claimed[i] || ws[i].Kind != Word || !ws[i].Capital {
			continue
		}
		start, end, head, blockEnd := orgShapeAt(text, ws, i, claimed, placeTab)
		if end == 0 {
			i = max(i, blockEnd-1) // the rest of this capitalized block has no name either
			continue
		}
		if takesQualifier(head) && end < len(ws) && !ws[end].NL {
			if q := qualifierEnd(text, ws, end); q > 0 {
				end = q // "Communist Party of Nepal (Maoist)": the qualifier names a different party
			}
		}
		name := cleanName(rangeText(text, ws, start, end))
		ent := set.nationalForm(name) // rare: checked against the registry only when found
		if ent != nil {
			if _, known := normalize.LookupOrg(normalize.NameKey(name)); known {
				ent = nil
			}
		}
		if ent == nil {
			ent = set.byName(name, categoryOfHead(head))
		}
		ent.mention(text, ws, start, end)
		markClaimed(claimed, start, end)
		i = end - 1
	}

	a.Res.Orgs = set.list()
}

// otherCountry reports whether the known national body of country c, named
// by words [i, end), is qualified by another country just before ("Liberian
// Foreign Ministry") or after ("Foreign Ministry of Cambodia"): that is the
// other country's body, which the shape stage names.
func otherCountry(text string, ws []word, i, end int, c *normalize.Place, placeTab *phraseTable) bool {
	if c == nil {
		return false
	}
	if i > 0 && !ws[i].NL && ws[i-1].Kind == Word && ws[i-1].Capital {
		if p := countryOfWord(ws[i-1].Text); p != nil && p != c {
			return true
		}
	}
	if end+1 < len(ws) && ws[end].Text == "of" && !ws[end].NL && !ws[end+1].NL {
		k := end + 1
		if ws[k].Text == "the" && k+1 < len(ws) {
			k++
		}
		if _, e, ok := placeTab.longest(text, ws, k, nil); ok && e.place.Kind == "country" && e.place != c {
			return true
		}
	}
	return false
}

// isGovernment reports whether w is "government" in any case. No letter of
// the word has a non-ASCII case-folding twin (as "k" has the Kelvin sign),
// so a word of another byte length is not it: most words are turned away
// by their length alone.
func isGovernment(w string) bool {
	return len(w) == len("government") && strings.EqualFold(w, "government")
}

// redCross reports whether word k is the head of a Red Cross or Red
// Crescent society ("Macedonian Red Cross"): "Cross" alone is no head.
func redCross(ws []word, k int) bool {
	return (ws[k].Text == "Cross" || ws[k].Text == "Crescent") && k > 0 && ws[k-1].Text == "Red"
}

// bodyNouns are head nouns of bodies that orgHeads leaves out because,
// alone, they seldom name one ("Main Body", "the Mission", "a team"):
// in a name defined with an acronym they do ("Joint Electoral Management
// Body (JEMB)", "International Monitoring Team (IMT)", "Joint International
// Observer Group (JIOG)").
var bodyNouns = map[string]bool{
	"body": true, "mission": true, "team": true, "group": true, "panel": true, "administration": true,
	"headquarters": true, "network": true, "mechanism": true, "detachment": true, "squadron": true,
	"wing": true, "fleet": true, "flotilla": true, "observatory": true, "school": true, "college": true,
	"university": true, "facility": true,
}

// notBodyWords are head nouns of defined names that are not bodies, by
// kind. Acronyms are defined for anything a page names more than once, and
// the head noun of the name says what it is.
var notBodyWords = func() map[string]string {
	m := map[string]string{}
	for kind, words := range map[string]string{
		// "Comprehensive Peace Agreement (CPA)", "Status of Forces Agreement (SOFA)"
		"document": "agreement agreements accord accords act acts law laws plan plans resolution resolutions treaty " +
			"protocol convention declaration charter framework memorandum understanding report strategy roadmap " +
			"statement communique communiqué order decree constitution mandate procedure procedures rules " +
			"guidelines policy directive manual doctrine principles arrangement arrangements letter budget code " +
			"bill ordinance regulation regulations concept document paper review assessment list register manifesto " +
			"terms course architecture legislation measures",
		// "Disarmament, Demobilization and Reintegration (DDR)", "Peacekeeping Operations (PKO)"
		"activity": "disposal demining clearance operation operations reform reintegration demobilization demobilisation disarmament " +
			"assistance education training exercise election elections referendum process dialogue talks " +
			"consultation initiative project projects cooperation participation development dispatch assignment " +
			"assignments relations protection coordination violence abuse exploitation evacuation reconstruction " +
			"recovery rehabilitation peacekeeping peacebuilding monitoring observation surveillance patrol " +
			"patrols campaign war conflict crisis ceasefire cease-fire truce peace information awareness action " +
			"support management investigation aid reduction warning security crimes deployment capabilities " +
			"capability capacity building program programs scheme",
		// "Special Representative of the Secretary-General (SRSG)", "Internally Displaced Persons (IDPs)"
		"person": "person persons people refugees civilians representative representatives commander commissioner " +
			"coordinator observer observers officer officers adviser advisor advisers advisors envoy secretary " +
			"director chief head minister president chairman chairperson personnel staff member members monitor " +
			"monitors expert experts troops soldier soldiers peacekeeper peacekeepers contingent contingents unit " +
			"units company platoon worker workers children women victims combatants ex-combatants countries country " +
			"contributors general leader leaders deputy spokesperson spokesman ambassador ambassadors inspector " +
			"prosecutor judge judges attache attaché",
		// "Temporary Security Zone (TSZ)", "Forward Operating Base (FOB)"
		"place": "line sector base site sites corridor route road border territory territories republic kingdom " +
			"airport port compound enclave berm area zone region province district heights valley strip " +
			"camp island islands city",
		// "Improvised Explosive Device (IED)", "Armoured Personnel Carrier (APC)"
		"weapon": "device devices vehicle vehicles carrier carriers weapon weapons arms aircraft helicopter " +
			"helicopters plane planes ship ships vessel vessels missile missiles rocket rockets mine mines " +
			"ordnance munitions ammunition equipment system systems remnants grenade grenades launcher " +
			"launchers gun guns tank tanks drone drones radar",
		// "Gross Domestic Product (GDP)", "Coordinated Universal Time (UTC)"
		"measure": "product index rate ratio level kilometre kilometer kilometres kilometers metre meter metres " +
			"meters mile miles hectare hectares tonne tonnes ton tons litre liter litres liters gallon gallons " +
			"barrel barrels percent dollar dollars yen euro euros time degree degrees income revenue revenues " +
			"expenditure growth inflation output population",
		// "Tokyo International Conference on African Development (TICAD)"
		"event": "conference summit meeting session symposium seminar workshop day week year decade games " +
			"festival ceremony award prize medal goal goals target targets virus syndrome disease fever",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = kind
		}
	}
	return m
}()

// complementWords open the complement of a name's head: "Group for ...",
// "Mission to Mali", "Policia Nacional de Timor-Leste".
var complementWords = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "to": true, "de": true, "du": true, "des": true,
}

// complementStart is where the complement of the head of the name of words
// [i, j) begins ("to" in "Regional Assistance Mission to Solomon Islands"),
// or j: the word before it is the head.
func complementStart(ws []word, i, j int) int {
	for k := i + 1; k < j; k++ {
		if ws[k].Kind == Word && !ws[k].Capital && complementWords[ws[k].Text] {
			return k
		}
	}
	return j
}

// genericAcronyms stand for a class of bodies, never for one:
// "non-governmental organization (NGO)", "civil society organization (CSO)".
var genericAcronyms = map[string]bool{"NGO": true, "INGO": true, "CSO": true, "IGO": true, "CBO": true, "NSAG": true}

// personTitles before a defined name make it a person's: "General Romeo
// Dallaire (RD)".
var personTitles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Professor": true, "Sir": true, "President": true,
	"Minister": true, "General": true, "Gen": true, "Colonel": true, "Col": true, "Major": true, "Maj": true,
	"Captain": true, "Capt": true, "Lieutenant": true, "Lt": true, "Ambassador": true, "Judge": true, "King": true,
	"Queen": true, "Prince": true, "Princess": true, "Sheikh": true, "Senator": true, "Governor": true,
}

// definedBody reports whether the long form of words [i, j), defined with
// the acronym acr, names a body. An acronym in brackets after a
// capitalized name is how pages introduce the bodies they go on to name,
// whatever their head noun ("Team", "Group", "Mission", a foreign word):
// so a defined name is a body unless its head says it is something else, a
// document, an activity, a person or a role, a place, a weapon or vehicle,
// a unit of measure or an event (notBodyWords). The heads are the last
// word before the first complement ("Group" in "Deployment Support Group
// for Counter-Piracy Enforcement") and the last words of the conjuncts
// before it ("Force" in "Multinational Force and Observers"); a head of a
// body wins ("Department of Peace Operations"), but a name ending in a
// document is one ("Status of Forces Agreement").
func definedBody(ws []word, i, j int, acr string) bool {
	if genericAcronyms[acr] || notBodyWords[strings.ToLower(ws[j-1].Text)] == "document" {
		return false
	}
	if s := i - 1; s > 0 && !ws[i].NL {
		if ws[s].Text == "." && !ws[s].NL {
			s--
		}
		if ws[s].Kind == Word && personTitles[ws[s].Text] {
			return false // "General Romeo Dallaire (RD)"
		}
	}
	end := complementStart(ws, i, j)
	body, other := false, false
	for k := i; k < end; k++ {
		if ws[k].Kind != Word {
			continue
		}
		if k+1 < end && ws[k+1].Text != "and" && ws[k+1].Text != "&" && ws[k+1].Text != "," {
			continue // not the last word of a conjunct
		}
		key := strings.ToLower(ws[k].Text)
		if isOrgHead(ws[k].Text) || bodyNouns[key] || redCross(ws, k) {
			body = true
		} else if notBodyWords[key] != "" {
			other = true
		}
	}
	return body || !other
}

func markClaimed(c []bool, i, j int) {
	for k := i; k < j; k++ {
		c[k] = true
	}
}

// orgHeads are the head nouns of organization names, with the category they
// suggest.
var orgHeads = map[string]string{
	"force": "military", "forces": "military", "army": "military", "navy": "military", "guard": "military",
	"brigade": "military", "battalion": "military", "regiment": "military", "command": "military",
	"ministry": "government-agency", "agency": "government-agency", "office": "government-agency",
	"department": "government-agency", "bureau": "government-agency", "secretariat": "government-agency",
	"police": "government-agency", "cabinet": "government", "government": "government",
	"parliament": "government", "assembly": "government", "senate": "government",
	"council": "other", "commission": "other", "committee": "other", "movement": "other",
	"union": "other", "front": "other", "party": "other", "resistance": "other", "congress": "other", "corps": "other", "organization": "other",
	"organisation": "other", "authority": "other", "fund": "other", "programme": "other",
	"institute": "other", "coalition": "other", "alliance": "other", "federation": "other",
	"league": "other", "association": "other", "society": "other", "foundation": "other",
	"court": "other", "tribunal": "other", "bank": "other", "centre": "other", "center": "other", "policia": "government-agency",
	"polícia": "government-agency", "policía": "government-agency",
	// "South Sudan Police Service", "National Directorate of Civil Protection",
	// "Catholic Relief Services"
	"service": "government-agency", "services": "other", "directorate": "government-agency",
	"embassy": "government-agency",                            // "Embassy of Japan in Nepal"
	"academy": "other", "board": "other", "division": "other", // "Kenya Military Academy", "National Election Board", "Mission Support Division"
}

// openingWords start sentences but not names.
var openingWords = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "By": true, "For": true, "From": true,
	"To": true, "With": true, "Since": true, "After": true, "Before": true, "During": true, "Both": true, "All": true,
	"Its": true, "Their": true, "His": true, "Her": true, "This": true, "That": true, "These": true, "Those": true,
	"When": true, "While": true, "As": true, "If": true, "Although": true, "Under": true, "Following": true,
	"Meanwhile": true, "However": true, "Also": true, "Each": true, "Every": true, "Some": true, "Many": true,
}

// peopleNouns name the people of a body ("police officers", "army personnel").
var peopleNouns = map[string]bool{
	"officer": true, "officers": true, "personnel": true, "member": true, "members": true, "staff": true,
	"unit": true, "units": true, "troops": true, "official": true, "officials": true, "soldiers": true,
	"contingent": true, "contingents": true, "men": true, "women": true, "advisers": true, "advisors": true,
}

// placeHeads make a defined name a place, not an organization.
var placeHeads = map[string]bool{
	"area": true, "zone": true, "region": true, "province": true, "district": true, "heights": true,
	"valley": true, "strip": true, "camp": true, "island": true, "islands": true, "city": true,
}

// ownerName reports whether the possessive word k is a name of its own (a
// known place or organization: "Japan's", "UNMIT's") rather than a part of
// a longer name ("People's", "Lord's").
func ownerName(text string, ws []word, k int, placeTab *phraseTable) bool {
	orgTab, _ := tables()
	if end, _, ok := placeTab.longest(text, ws, k, nil); ok && end == k+1 {
		return true
	}
	if end, _, ok := orgTab.longest(text, ws, k, nil); ok && end == k+1 {
		return true
	}
	return false
}

// isOrgHead looks a word up in orgHeads without allocating.
func isOrgHead(w string) bool {
	if len(w) < 4 || len(w) > 16 {
		return false
	}
	var tmp [64]byte
	_, ok := orgHeads[string(appendWordKey(tmp[:0], w))]
	return ok
}

// isOrgHeadWord is isOrgHead of word k, read with its key.
func isOrgHeadWord(ws []word, k int) bool {
	if n := len(ws[k].Text); n < 4 || n > 16 {
		return false
	}
	_, ok := orgHeads[string(keyOf(ws, k, k+1))]
	return ok
}

func categoryOfHead(head string) string {
	if c, ok := orgHeads[strings.ToLower(head)]; ok {
		return c
	}
	return "other"
}

// headOf is the head word of a name: the last head noun before its first
// "of"/"for"/"de" complement, else the last capitalized word before it.
func headOf(ws []word, i, j int) string {
	head := ""
	for k := i; k < j; k++ {
		w := ws[k]
		if w.Kind == Word && !w.Capital && (w.Text == "of" || w.Text == "for" || w.Text == "de" || w.Text == "in" || w.Text == "on") {
			if head != "" {
				break
			}
			continue
		}
		if w.Kind == Word && w.Capital {
			if _, ok := orgHeads[strings.ToLower(w.Text)]; ok || head == "" {
				head = w.Text
			} else if _, isHead := orgHeads[strings.ToLower(head)]; !isHead {
				head = w.Text
			}
		}
	}
	return head
}

// orgShapeAt looks for an organization name by its shape in the capitalized
// block starting at word i: returns its word range and head word.
func orgShapeAt(text string, ws []word, i int, claimed []bool, placeTab *phraseTable) (start, end int, head string, blockEnd int) {
	// the block: capitalized words joined by hyphens, on one line
	j := i
	for j < len(ws) && !claimed[j] && (j == i || !ws[j].NL) {
		w := ws[j]
		if w.Kind == Word && w.Capital {
			j++
			if w.Poss && ownerName(text, ws, j-1, placeTab) {
				break // "Japan's Defense Forces": the owner is not part of the name
			}
			continue
		}
		if w.Kind == Punct && w.Text == "-" && j+1 < len(ws) && ws[j+1].Kind == Word && ws[j+1].Capital && !ws[j+1].NL {
			j++
			continue
		}
		break
	}
	blockEnd = j
	// the last head word in the block
	h := -1
	for k := i; k < j; k++ {
		if ws[k].Kind == Word {
			if isOrgHeadWord(ws, k) || redCross(ws, k) {
				h = k
			}
		}
	}
	if h < 0 {
		return 0, 0, "", blockEnd
	}
	if h+1 < j && ws[h+1].Kind == Word {
		// "Civilian Police Officers", "Corps Members": the head word
		// modifies a noun that follows; the block names people, not a body
		return 0, 0, "", blockEnd
	}
	end = h + 1
	// "X of Y" / "X for Y": a complement of capitalized words, not a bare place
	for end+1 < len(ws) && !ws[end].NL && !ws[h].Poss && (ws[end].Text == "of" || ws[end].Text == "for" || ws[end].Text == "on" && end == h+1 && topicHeads[ws[h].Text]) {
		k := end + 1
		if k < len(ws) && ws[k].Text == "the" {
			k++
		}
		if ws[end].Text == "on" && k < len(ws) && timeWords[strings.ToLower(ws[k].Text)] {
			break // "the Commission on Monday": a date, not a topic
		}
		m := k
		for m < len(ws) && !claimed[m] && !ws[m].NL && (ws[m].Kind == Word && ws[m].Capital || ws[m].Text == "-" && m+1 < len(ws) && ws[m+1].Capital) {
			m++
			if ws[m-1].Poss {
				break
			}
		}
		if m == k {
			break
		}
		if pe, _, isPlace := placeTab.longest(text, ws, k, nil); isPlace && pe == m && ws[end].Text == "of" && end+1 == k && end > h+1 {
			break // "Ministry of Health of Liberia": the country qualifies the name ("Armed Forces of Liberia" keeps it)
		}
		end = m
		// "Embassy of Japan in Nepal": the embassy's post, after its country
		if ws[h].Text == "Embassy" && ws[end-1].Capital && end+1 < len(ws) && ws[end].Text == "in" && !ws[end].NL {
			if pe, _, isPlace := placeTab.longest(text, ws, end+1, claimed); isPlace && (pe == len(ws) || !ws[pe].Capital) {
				end = pe
			}
		}
		if portfolioHeads[ws[h].Text] {
			end = portfolioEnd(text, ws, end, claimed, placeTab)
		}
	}
	start = i
	if h == i+1 {
		start = pairedStart(text, ws, i, claimed, placeTab)
	}
	for start < h && ws[start].Kind == Word && openingWords[ws[start].Text] {
		start++ // "The Japanese Red Cross Society" at the start of a sentence
	}
	if pe, _, isPlace := placeTab.longest(text, ws, start, nil); isPlace && pe >= end {
		return 0, 0, "", blockEnd // "Russian Federation" is a country
	}
	// "National Police officers": a short name followed by a noun for people
	// is a description of them
	if end == h+1 && h-start <= 1 && end < len(ws) && peopleNouns[ws[end].Text] {
		return 0, 0, "", blockEnd
	}
	words := 0
	// "1st Engineer Brigade", "22nd Infantry Regiment": the ordinal of a
	// military unit is part of its name
	if os := ordinalBefore(ws, start, claimed); os >= 0 && orgHeads[strings.ToLower(ws[h].Text)] == "military" {
		start, words = os, 1
	}
	for k := start; k < end; k++ {
		if ws[k].Kind == Word && ws[k].Capital {
			words++
		}
	}
	if words < 2 {
		return 0, 0, "", blockEnd
	}
	if words < 3 && (ws[h].Text == "Service" || ws[h].Text == "Services") {
		return 0, 0, "", blockEnd // "Memorial Service", "Civil Service": an activity, not a body
	}
	// a heading is not a mention: skip names on title-case lines
	if inHeading(ws, start) {
		return 0, 0, "", blockEnd
	}
	return start, end, ws[h].Text, blockEnd
}

// topicHeads head names whose complement may be a topic after "on":
// "Special Committee on Peacekeeping Operations", "Commission on Human Rights".
var topicHeads = map[string]bool{"Committee": true, "Commission": true, "Council": true}

// timeWords open a date after "on", never a topic.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// pairedStart is where a name opens whose head word follows word i when
// "the" and a short capitalized block joined by "and" come before it: "the
// Truth and Reconciliation Commission", "the Japan Peacekeeping Training and
// Research Center". Else it is i: the block must hold no head word, acronym
// or known name, not be a place alone ("the Japanese and Cambodian Police"
// are two bodies), and follow "the" ("Smith and National Police").
func pairedStart(text string, ws []word, i int, claimed []bool, placeTab *phraseTable) int {
	if i < 3 || ws[i].NL || ws[i-1].Text != "and" || ws[i-1].NL {
		return i
	}
	b := i - 1
	for b > 0 && i-1-b < 3 && !claimed[b-1] && !ws[b].NL && ws[b-1].Kind == Word && ws[b-1].Capital {
		w := ws[b-1]
		if w.Text == "The" {
			break
		}
		if isOrgHead(w.Text) || w.Poss || isAcronymWord(w) || openingWords[w.Text] {
			return i
		}
		b--
	}
	if b == i-1 || ws[b].NL || b == 0 || ws[b-1].Text != "the" && ws[b-1].Text != "The" {
		return i
	}
	if b == i-2 && countryOfWord(ws[b].Text) != nil {
		return i
	}
	if pe, _, isPlace := placeTab.longest(text, ws, b, nil); isPlace && pe == i-1 {
		return i
	}
	orgTab, _ := tables()
	if _, _, isOrg := orgTab.longest(text, ws, b, nil); isOrg {
		return i
	}
	return b
}

// portfolioHeads head names whose complement may join two portfolios with
// "and": "Ministry of Public Health and Population".
var portfolioHeads = map[string]bool{"Ministry": true, "Department": true}

// portfolioEnd extends a ministry's complement that ends at word end over
// "and" and one or two more capitalized words ("... Health and Social
// Welfare"). It does not when those words are a place, a known organization,
// an acronym or hold a head word ("Ministry of Health and Nepal Army"), or
// when a capitalized word follows them: those name another thing.
func portfolioEnd(text string, ws []word, end int, claimed []bool, placeTab *phraseTable) int {
	if end+1 >= len(ws) || ws[end].Text != "and" || ws[end].NL {
		return end
	}
	k := end + 1
	n := k
	for n < len(ws) && n-k < 3 && !claimed[n] && !ws[n].NL && ws[n].Kind == Word && ws[n].Capital {
		w := ws[n].Text
		if isOrgHead(w) || ws[n].Poss || len(w) > 1 && strings.ToUpper(w) == w {
			return end
		}
		n++
	}
	if n == k || n-k > 2 || n < len(ws) && ws[n].Capital {
		return end
	}
	if _, _, isPlace := placeTab.longest(text, ws, k, nil); isPlace {
		return end
	}
	orgTab, _ := tables()
	if _, _, isOrg := orgTab.longest(text, ws, k, nil); isOrg {
		return end
	}
	return n
}

// ordinalBefore returns the first word of an ordinal written in figures
// ("1st", "22nd": a number and its suffix, glued) on the same line just
// before word i, or -1.
func ordinalBefore(ws []word, i int, claimed []bool) int {
	if i < 2 || ws[i].NL || ws[i-1].NL || claimed[i-1] || claimed[i-2] || ws[i-2].Kind != Number ||
		ws[i-1].Span.Start != ws[i-2].Span.End || ws[i-1].Span.End == ws[i].Span.Start {
		return -1
	}
	switch ws[i-1].Text {
	case "st", "nd", "rd", "th":
		return i - 2
	}
	return -1
}

// inHeading reports whether word i is on a heading line: a short line with
// no sentence end whose words are all capitalized or small function words
// ("Deployment of Civilian Police", "Liaison and Coordination Personnel").
func inHeading(ws []word, i int) bool {
	s := i
	for s > 0 && !ws[s].NL {
		s--
	}
	words, depth := 0, 0
	for k := s; k < len(ws) && (k == s || !ws[k].NL); k++ {
		w := ws[k]
		switch {
		case w.Text == "(":
			depth++
		case w.Text == ")":
			depth--
		case depth > 0: // a caption's "(img)" or a gloss
		case w.Kind == Word && !w.Capital && !nameConnectors[w.Text] && w.Text != "a" && w.Text != "an":
			return false
		case w.Kind == Punct && (w.Text == "." || w.Text == "," || w.Text == ";"):
			return false
		case w.Kind == Word:
			words++
		}
	}
	return words <= 12
}

// orgEntity is one organization being collected.
type orgEntity struct {
	Org
	seen map[Span]bool // the spans of Mentions, once there are many of them
}

// fewMentions is how many mentions an entity holds before it indexes their
// spans in a map: most have a few, and a scan of a few is cheaper than a map.
const fewMentions = 16

func (e *orgEntity) mention(text string, ws []word, i, j int) {
	s := Span{ws[i].Span.Start, ws[j-1].Span.End}
	if e.seen != nil {
		if e.seen[s] {
			return
		}
		e.seen[s] = true
	} else {
		for _, m := range e.Mentions {
			if m.Span == s {
				return
			}
		}
		if len(e.Mentions) == fewMentions {
			e.seen = make(map[Span]bool, 2*fewMentions)
			for _, m := range e.Mentions {
				e.seen[m.Span] = true
			}
			e.seen[s] = true
		}
	}
	e.Mentions = append(e.Mentions, Mention{Text: text[s.Start:s.End], Span: s})
}

type orgSet struct {
	byID  map[string]*orgEntity
	order []*orgEntity
	// govs are the governments by country, once found: the name and id of
	// one are built once per document, not once per mention
	govs map[*normalize.Place]*orgEntity
}

func newOrgSet() *orgSet { return &orgSet{byID: map[string]*orgEntity{}} }

func (s *orgSet) get(id string, mk func() Org) *orgEntity {
	if e, ok := s.byID[id]; ok {
		return e
	}
	e := &orgEntity{Org: mk()}
	s.byID[id] = e
	s.order = append(s.order, e)
	return e
}

func (s *orgSet) known(o *normalize.Org) *orgEntity {
	return s.get(o.ID, func() Org { return Org{ID: o.ID, Name: o.Name, Acronym: o.Acronym, Category: o.Category} })
}

// unknownOrg is the normalize.Org view of an organization found by shape,
// so that locally defined forms can point to it.
func unknownOrg(e *orgEntity) *normalize.Org {
	return &normalize.Org{ID: e.ID, Name: e.Name, Acronym: e.Acronym, Category: e.Category}
}

func (s *orgSet) unknown(name, acronym, category string) *orgEntity {
	e := s.get(normalize.Slug(name), func() Org {
		return Org{ID: normalize.Slug(name), Name: name, Acronym: acronym, Category: category}
	})
	if e.Acronym == "" {
		e.Acronym = acronym
	}
	return e
}

func (s *orgSet) byName(name, category string) *orgEntity {
	if o, ok := normalize.LookupOrg(normalize.NameKey(name)); ok {
		return s.known(o)
	}
	return s.unknown(name, "", category)
}

// nationalForm returns the organization already found whose name is name
// after one adjective of nationality: a later "the Central Elections
// Commission" is the "Haitian Central Elections Commission" named before.
func (s *orgSet) nationalForm(name string) *orgEntity {
	for _, e := range s.order {
		n := len(e.Name) - len(name)
		if n < 2 || e.Name[n-1] != ' ' || e.Name[n:] != name || strings.IndexByte(e.Name[:n-1], ' ') >= 0 {
			continue
		}
		if _, ok := normalize.CountryByDemonym(normalize.NameKey(e.Name[:n-1])); ok {
			return e
		}
	}
	return nil
}

func (s *orgSet) government(country *normalize.Place, form string) *orgEntity {
	if e, ok := s.govs[country]; ok {
		return e // byID never changes what an id names: get would return it
	}
	// the id is the same on every page; the name takes the page's form
	// when the first mention writes the country's canonical name
	id := normalize.Slug("Government of " + withArticle(country.Name))
	name := form
	if name == "" {
		name = "Government of " + withArticle(country.Name)
	}
	e := s.get(id, func() Org {
		return Org{ID: id, Name: name, Category: "government"}
	})
	if s.govs == nil {
		s.govs = map[*normalize.Place]*orgEntity{}
	}
	s.govs[country] = e
	return e
}

// withArticle puts "the" before country names that take it in running
// text: "the Democratic Republic of the Congo", "the Philippines", and,
// as the United Nations write them (the registry's "United Nations Mission
// in the Sudan"), "the Sudan" and "the Niger".
func withArticle(name string) string {
	for _, p := range []string{"Democratic ", "Republic ", "United ", "Central African ", "Dominican ", "Czech ", "Holy "} {
		if strings.HasPrefix(name, p) {
			return "the " + name
		}
	}
	for _, suf := range []string{" Islands", " Republic", " Emirates", " States", " Kingdom"} {
		if strings.HasSuffix(name, suf) {
			return "the " + name
		}
	}
	switch name {
	case "Philippines", "Netherlands", "Gambia", "Bahamas", "Maldives", "Comoros", "Seychelles", "Sudan", "Niger":
		return "the " + name
	}
	return name
}

// list returns the organizations that have mentions.
func (s *orgSet) list() []Org {
	out := make([]Org, 0, len(s.order))
	for _, e := range s.order {
		if len(e.Mentions) > 0 {
			out = append(out, e.Org)
		}
	}
	return out
}
