package extract

import (
	"sort"
	"strings"

	"github.com/missionx/missionx/normalize"
)

// depPart is one object of the clause: a count (or an ordinal standing for
// one: "the second from November 1996"), with the stretch of text that
// belongs to it.
type depPart struct {
	min, max  *int
	noun      string // the count's noun, "" for an ordinal part
	countRole string // the count's own role
	aggregate bool   // "a total of four", "80 personnel in total"
	each      bool   // "40 personnel each": the size of each of several units
	unit      bool   // a count of units ("two transport units")
	span      Span   // the count's (or ordinal's) span
	sizeSrc   Span   // for an ordinal part: where its size was read (zero when none)
	sub       Span   // its stretch: from the boundary before it to the next part's
	group     int    // parts of one group share dates ("5 X, 13 Y and 23 Z ... from May 23 to 28")

	role    string
	roleSrc Span // where the role was read (zero when from the count itself)

	owner    string // the country the people come from ("300 troops from Kenya"), "" when none named
	ownerSrc Span
}

// deployableCount reports whether a count can be people sent: not a count
// of patients or refugees, and not "a contingent" or "its first unit" (a
// unit, not a head count).
func deployableCount(c *Count) bool {
	if c.Min == nil && c.Max == nil {
		return false
	}
	notSent := false
	eachWord(c.Noun, func(w string) { notSent = notSent || depWordClass(w).is(dwNotSent) })
	if notSent {
		return false
	}
	// the head decides: "a contingent", "its first unit"; not "one
	// Self-Defense Force officer", whose head is a person
	unit := countOfUnits(c) || depWordClass(depLastWord(c.Text)).is(dwUnit)
	if unit && c.Min != nil && c.Max != nil && *c.Min == 1 && *c.Max == 1 {
		return false
	}
	return true
}

// depAnaphoricCount reports whether a count refers back to people counted
// before ("Both groups stayed two weeks", "each team"): it states no new
// dispatch.
func depAnaphoricCount(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	if strings.EqualFold(w, "both") || strings.EqualFold(w, "each") {
		return true
	}
	// a part of people counted before: "One of them served as ..."
	switch depLastWord(text) {
	case "them", "these", "those":
		return strings.Contains(text, " of ")
	}
	return false
}

// definiteCount reports whether a count is definite ("The two officers",
// "these 40 personnel"): it names people already introduced.
func (cl *depClause) definiteCount(sp Span) bool {
	isNum := func(i int) bool {
		if i >= cl.t1 {
			return false
		}
		t := cl.r.toks[i]
		return depNumberToken(t)
	}
	i := cl.tokenAt(sp.Start)
	if cl.wordIs(i-1, "the") || cl.wordIs(i-1, "these") || cl.wordIs(i-1, "those") {
		return isNum(i)
	}
	// the article may be inside the count's text
	return (cl.wordIs(i, "the") || cl.wordIs(i, "these") || cl.wordIs(i, "those")) && isNum(i+1)
}

// eachWord calls f with every run of ASCII letters in s.
func eachWord(s string, f func(w string)) {
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			f(s[start:i])
			start = -1
		}
	}
}

// countParts collects the counts that are the clause's objects, in order,
// with their stretches and groups.
func (cl *depClause) countParts() []depPart {
	res := &cl.r.a.Res
	firstTrig := cl.r.toks[cl.mainTrig().tok].Span.Start
	onlyCompose := true
	for _, tr := range cl.trigs {
		if tr.class != dwCompose {
			onlyCompose = false
		}
	}
	parts := cl.r.partBuf[:0]
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind != dkCount || cl.inCut(m.span) {
			continue
		}
		c := &res.Counts[m.idx]
		if !deployableCount(c) || depAnaphoricCount(c.Text) || cl.countOfSites(m.span) {
			continue
		}
		if cl.conName != "" && !cl.conAdjective && m.span.End <= cl.conSpan.Start && cl.conSpan.Start < firstTrig {
			continue // before the subject: "Following the quake that killed 300 people, Japan sent ..."
		}
		if onlyCompose && m.span.Start < firstTrig {
			continue
		}
		if m.span.End <= firstTrig && cl.clauseEndAfter(m.span.End, firstTrig) < firstTrig && !cl.hasTriggerBefore(firstTrig) {
			continue // in a clause of its own before the statement's: "X deployed 900 observers, and Japan's share came to 30"
		}
		if cl.subjectOfOtherVerb(m.span) {
			continue
		}
		if cl.countOfOthers(m.span, firstTrig) || cl.fromManyCountries(m.span) || cl.ownedByOtherOrg(m.span, firstTrig) || cl.leavingSubject(m.span) {
			continue
		}
		if cl.groupingSize(m.span) || cl.unitsPerPlace(m.span, c) || cl.subjectOfLaterClause(m.span, firstTrig) {
			continue
		}
		if cl.countOfOtherBody(m.span) {
			cl.leftOut = true
			continue
		}
		if cl.partReturning(m.span, c) {
			cl.leftOut = true
			continue
		}
		owner, ownerSrc := cl.countFromCountry(m.span)
		parts = append(parts, depPart{
			min: c.Min, max: c.Max, noun: c.Noun, countRole: c.Role, aggregate: c.Aggregate,
			each: cl.followedByEach(m.span), unit: countOfUnits(c), span: m.span,
			owner: owner, ownerSrc: ownerSrc,
		})
	}
	parts = cl.dropUnitCountsBesidePeople(parts)
	if len(parts) == 0 {
		parts = cl.ordinalParts()
	}
	parts = cl.bareNumberSubjects(parts)
	cl.r.partBuf = parts
	if len(parts) == 0 {
		return nil
	}
	group := 0
	for k := range parts {
		if k == 0 {
			parts[k].sub.Start = cl.span.Start
			continue
		}
		prevEnd, cur := parts[k-1].span.End, parts[k].span.Start
		b := -1
		split := false
		for i := cl.tokenAt(prevEnd); i < cl.t1; i++ {
			t := cl.r.toks[i]
			if t.Span.Start < prevEnd {
				continue
			}
			if t.Span.Start >= cur {
				break
			}
			switch t.Text {
			case ",", ";", "-", "–", "—", "and", "or":
				b = i
			}
			if cl.strongBoundary(i) || cl.isTrigger(i) {
				split = true
			}
		}
		for _, m := range cl.ms {
			if m.kind == dkDate && m.span.Start >= prevEnd && m.span.End <= cur {
				split = true
			}
		}
		if split && !cl.bracketBreakdown(parts[k-1].span, parts[k].span) {
			group++
		}
		parts[k].group = group
		if b >= 0 {
			parts[k].sub.Start = cl.r.toks[b].Span.Start
		} else {
			parts[k].sub.Start = cur
		}
	}
	for k := range parts {
		if k+1 < len(parts) {
			parts[k].sub.End = parts[k+1].sub.Start
		} else {
			parts[k].sub.End = cl.span.End
		}
	}
	return parts
}

// subjectOfLaterClause reports whether a count after the dispatch word
// opens a clause of its own (after ", and" or ";") as the subject of a
// past verb of another kind with an object ("The supervisors were posted
// to polling stations, and six teams of two watched the count"): it tells
// what some of the people did, not who was sent. A verb of going with no
// object ("and 20 more went to Juba") is left to the other rules.
func (cl *depClause) subjectOfLaterClause(sp Span, firstTrig int) bool {
	if sp.Start <= firstTrig {
		return false
	}
	i := cl.tokenAt(sp.Start)
	switch {
	case cl.wordIs(i-1, "and") && i-2 >= cl.t0 && cl.r.toks[i-2].Text == ",":
	case i-1 >= cl.t0 && cl.r.toks[i-1].Text == ";":
	default:
		return false
	}
	v := cl.tokenAt(sp.End)
	for v < cl.t1 && cl.r.toks[v].Span.Start < sp.End {
		v++
	}
	for cl.classAt(v).is(dwAdverb) {
		v++
	}
	if v >= cl.t1 || cl.r.toks[v].Kind != Word || cl.isTrigger(v) || cl.classAt(v).is(dwAux|dwPrep|dwVerb|dwEnd|dwEndVerb|dwOperate) {
		return false
	}
	w := depLower(cl.r.toks[v].Text)
	return strings.HasSuffix(w, "ed") && cl.classAt(v+1).is(dwDet)
}

// subjectOfOtherVerb reports whether a count before the dispatch word is
// the subject of another finite verb between them ("a component of up to
// 5,200 personnel will take over the tasks of the EU force deployed there
// since 2008"): an auxiliary or modal between them opens that verb's
// predicate, and the dispatch word only tells of a noun inside it. This
// holds when the dispatch word is a reduced relative ("the force deployed
// there") or has a named subject that is no contributor ("the force
// (EUFOR) deployed there"); "350 personnel deployed in Juba built roads"
// has no auxiliary between, and a country's own verb ("some 300 personnel
// will leave in May, and Japan sent ...") is read by the other rules.
func (cl *depClause) subjectOfOtherVerb(sp Span) bool {
	main := cl.mainTrig()
	if sp.End > cl.r.toks[main.tok].Span.Start {
		return false
	}
	switch {
	case main.form == vfReduced:
	case main.form == vfActive && cl.otherSubject && cl.subjectMention(&main) != nil:
	default:
		return false
	}
	for i := cl.tokenAt(sp.End); i < main.auxStart; i++ {
		if cl.classAt(i).is(dwAux) {
			return true
		}
	}
	return false
}

// countOfSites reports whether a count is the modifier of a noun of
// places right after it ("from nine team sites", "at two company bases",
// "in three battalion headquarters"): in English a noun standing before
// another noun qualifies it, so the number counts the sites, not the
// people the first noun names.
func (cl *depClause) countOfSites(sp Span) bool {
	i := cl.tokenAt(sp.End)
	if i >= cl.t1 {
		return false
	}
	t := cl.r.toks[i]
	return t.Kind == Word && t.Span.Start > sp.End && !t.NewlineBefore && cl.classAt(i).is(dwSite)
}

// countOfOthers reports whether a count after the dispatch verb belongs to
// people the contributor did not send: it stands in a relative clause that
// describes the destination ("stationed at sites where some 19,000
// combatants had gathered") or names the whole the contingent was part of
// ("served as part of the mission's team of about 900 observers"). A
// dispatch verb between the marker and the count gives it back its own
// object.
func (cl *depClause) countOfOthers(sp Span, firstTrig int) bool {
	if sp.Start < firstTrig {
		return false
	}
	for i := cl.tokenAt(sp.Start) - 1; i >= cl.t0; i-- {
		t := cl.r.toks[i]
		if t.Span.Start < firstTrig || cl.isTrigger(i) {
			return false
		}
		switch cl.lowerAt(i) {
		case "where", "which", "whose", "whom":
			return true
		case "of":
			if i > cl.t0 && cl.lowerAt(i-1) == "part" {
				return true
			}
		}
	}
	return false
}

// fromOfCount is the index of "from" right after a count or inside it
// (the counts stage may take "from Kenya" into the count's text), or -1.
func (cl *depClause) fromOfCount(sp Span) int {
	i := cl.tokenAt(sp.Start) + 1
	for i < cl.t1 && cl.r.toks[i].Span.Start <= sp.End && !cl.wordIs(i, "from") {
		i++
	}
	if !cl.wordIs(i, "from") {
		return -1
	}
	return i
}

// countryAfter is the country mention starting at token i (after an
// optional "the"), or nil.
func (cl *depClause) countryAfter(i int) *depRef {
	if cl.wordIs(i, "the") {
		i++
	}
	m := cl.mentionStartingAt(i, dkPlace)
	if m == nil || cl.contributorName(m) == "" {
		return nil
	}
	return m
}

// countFromCountry is the country a count's people come from when "from"
// and one country follow the count right away ("about 300 troops from
// Kenya were stationed in Juba"), in a clause that names no sender of its
// own: a noun's "from" phrase tells whose people they are, where the
// sender's verb ("Japan flew 100 personnel from Djibouti") would tell
// where they set out from. "" when none, or when it is the clause's
// sender.
func (cl *depClause) countFromCountry(sp Span) (string, Span) {
	if cl.conName != "" {
		return "", Span{}
	}
	i := cl.fromOfCount(sp)
	if i < 0 {
		return "", Span{}
	}
	m := cl.countryAfter(i + 1)
	if m == nil || cl.countryListAt(m) {
		return "", Span{} // a city or region; or one of several countries
	}
	return cl.contributorName(m), m.span
}

// countryListAt reports whether the country mention m is followed by
// another country ("Malaysia, Brunei and Libya", "Kenya or Ghana").
func (cl *depClause) countryListAt(m *depRef) bool {
	n := cl.tokenAt(m.span.End)
	if cl.wordIs(n, "and") || cl.wordIs(n, "or") || n < cl.t1 && cl.r.toks[n].Text == "," {
		return cl.countryAfter(n+1) != nil
	}
	return false
}

// fromManyCountries reports whether a count is a multinational total:
// "from" and a number of countries ("some 900 personnel from 12 countries
// serve with the force") or a list of countries ("some 60 monitors from
// Malaysia, Brunei and Libya") follow it; the contributor's own people
// are counted elsewhere.
func (cl *depClause) fromManyCountries(sp Span) bool {
	i := cl.fromOfCount(sp)
	if i < 0 {
		return false
	}
	if m := cl.countryAfter(i + 1); m != nil {
		return cl.countryListAt(m)
	}
	for j := i + 1; j < cl.t1 && j <= i+5; j++ {
		if cl.classAt(j).is(dwNations) {
			return true
		}
		t := cl.r.toks[j]
		if t.Kind != Word && t.Kind != Number {
			return false
		}
	}
	return false
}

// ownedByOtherOrg reports whether a count in the subject, before the
// dispatch word, names people of an organization that is not a
// contributor ("the agency's local staff of some 40 members worked ..."):
// a possessive of such an organization stands before it in the subject.
func (cl *depClause) ownedByOtherOrg(sp Span, firstTrig int) bool {
	if sp.Start >= firstTrig {
		return false
	}
	t := cl.tokenAt(sp.Start)
	for i := t - 1; i >= cl.t0 && i >= t-6; i-- {
		tok := cl.r.toks[i]
		if tok.Text == "," || tok.Text == ";" || cl.isTrigger(i) {
			return false
		}
		if other, mark := cl.possessiveOfOther(i); mark {
			return other
		}
	}
	return false
}

// possessiveOfOther reads token i as a possessive mark ("UNHCR's", or
// "UNHCR 's" split into "'" and "s"): mark tells whether it is one, other
// whether its possessor is an organization that is not a contributor
// (not a government, its agency or its armed force).
func (cl *depClause) possessiveOfOther(i int) (other, mark bool) {
	tok := cl.r.toks[i]
	end := -1 // where the possessor ends
	switch {
	case cl.wordIs(i, "its"):
		return cl.r.missionAntecedent(i), true
	case tok.Text == "s" && i > cl.t0 && (cl.r.toks[i-1].Text == "'" || cl.r.toks[i-1].Text == "’"):
		end = cl.r.toks[i-1].Span.Start
	case strings.HasSuffix(tok.Text, "'s"):
		end = tok.Span.End - 2
	case strings.HasSuffix(tok.Text, "’s"):
		end = tok.Span.End - len("’s")
	default:
		return false, false
	}
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind == dkOrg && (m.span.End == end || m.span.End+1 == end && cl.r.a.Doc.Text[m.span.End] == ' ') {
			o := &cl.r.a.Res.Orgs[m.idx]
			return cl.r.conName[m.idx] == "" && o.Category != "military" && o.Category != "government" && o.Category != "government-agency", true
		}
	}
	return false, true
}

// missionAntecedent reports whether the possessive "its" at token i refers
// back to a mission: the nearest thing before it that a pronoun can stand
// for (a UN principal organ is passed over) is a UN mission or agency, or
// the noun "mission" ("The mission has 9,000 troops, and its police
// component of 900 officers ..."). Their people are no one country's
// deployment; a country, a government body, an armed force or a unit as
// antecedent ("Japan ... its engineers", "the unit ... its members") is
// the contributor's own.
func (r *depReader) missionAntecedent(i int) bool {
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		t := r.toks[j]
		if t.Kind != Word {
			continue
		}
		end := t.Span.End
		k := sort.Search(len(r.ms), func(x int) bool { return r.ms[x].span.End >= end })
		for ; k < len(r.ms) && r.ms[k].span.End == end; k++ {
			m := &r.ms[k]
			switch m.kind {
			case dkOrg:
				switch o := &r.a.Res.Orgs[m.idx]; {
				case o.Category == "un-mission" || r.isMission[m.idx]:
					return true // a mission or a UN agency: their people
				case o.Category == "un-body":
					// a principal organ ("The Security Council established
					// X. Its troops ...") owns no people: look further back
				default:
					// a government, its agency or its armed force; or another
					// body, which may be the sender's own ("the International
					// Peace Cooperation Corps ... its members")
					return false
				}
			case dkPlace:
				if r.a.Res.Places[m.idx].Kind == "country" {
					return false
				}
			}
		}
		switch depLower(t.Text) {
		case "mission":
			return true
		case "japan", "government", "unit", "team", "contingent", "force", "forces", "battalion", "company", "group":
			return false
		}
	}
	return false
}

// bracketBreakdown reports whether the count cur opens or continues a
// bracket after the count prev with no bracket closing between: "30
// observers from 7 to 17 September (14 officials and 16 volunteers)" breaks
// the total down, and its parts share the total's dates.
func (cl *depClause) bracketBreakdown(prev, cur Span) bool {
	open := false
	for i := cl.tokenAt(prev.End); i < cl.t1 && cl.r.toks[i].Span.Start < cur.Start; i++ {
		switch cl.r.toks[i].Text {
		case "(":
			open = true
		case ")":
			return false
		}
	}
	if open {
		return true
	}
	// a later count in the same bracket: the bracket opened before prev
	for i := cl.tokenAt(prev.Start) - 1; i >= cl.t0; i-- {
		switch cl.r.toks[i].Text {
		case "(":
			return cl.bracketBreakdownOpen(i)
		case ")":
			return false
		}
	}
	return false
}

// bracketBreakdownOpen reports whether the bracket opening at token i
// follows a count (the total it breaks down) with no bracket between.
func (cl *depClause) bracketBreakdownOpen(i int) bool {
	open := cl.r.toks[i].Span.Start
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind == dkCount && m.span.End <= open && !cl.spanHasBracket(m.span.End, open) {
			return true
		}
	}
	return false
}

func (cl *depClause) spanHasBracket(from, to int) bool {
	for i := cl.tokenAt(from); i < cl.t1 && cl.r.toks[i].Span.Start < to; i++ {
		if t := cl.r.toks[i].Text; t == "(" || t == ")" {
			return true
		}
	}
	return false
}

func (cl *depClause) isTrigger(i int) bool {
	for _, tr := range cl.trigs {
		if tr.tok == i {
			return true
		}
	}
	return false
}

// followedByEach reports whether a count is a per-unit size: "each" ends it
// or follows it.
func (cl *depClause) followedByEach(sp Span) bool {
	text := cl.r.a.Doc.Text
	if strings.HasSuffix(text[sp.Start:sp.End], " each") {
		return true
	}
	i := cl.tokenAt(sp.End)
	return i < cl.t1 && strings.EqualFold(cl.r.toks[i].Text, "each")
}

// eachSize is the size of each unit a count with "each" gives: the last
// number written in it ("40 personnel each"; "three units of forty-eight
// personnel each", which the count may have multiplied out to 144); nil
// when it has none.
func (cl *depClause) eachSize(p *depPart) (min, max *int) {
	var ws []normalize.Word
	for i := cl.tokenAt(p.span.Start); i < cl.t1 && cl.r.toks[i].Span.End <= p.span.End; i++ {
		t := cl.r.toks[i]
		ws = append(ws, normalize.Word{Text: strings.ToLower(t.Text), Space: t.SpaceBefore, Newline: t.NewlineBefore, Digits: t.Kind == Number})
	}
	var last normalize.Quantity
	found := false
	for i := 0; i < len(ws); {
		q, end, ok := normalize.ReadQuantity(ws, i)
		if !ok || end <= i {
			i++
			continue
		}
		last, found = q, true
		i = end
	}
	if !found {
		return nil, nil
	}
	if last.HasMin {
		min = IntPtr(int(last.Min))
	}
	if last.HasMax {
		max = IntPtr(int(last.Max))
	}
	return min, max
}

// dropUnitCountsBesidePeople drops a bare number of units ("eleven
// contingents", "four groups rotated") when the clause also counts people:
// the head count is the deployment, the units are how it was organized. A
// per-unit size ("two units of 40 each") is kept for the rules that read
// it; a total of people folded in by the counts stage has a people noun.
func (cl *depClause) dropUnitCountsBesidePeople(parts []depPart) []depPart {
	text := cl.r.a.Doc.Text
	unitsOnly := func(p *depPart) bool {
		// "a group of ten" counts people; "(a total of) four groups",
		// ending in the unit noun, counts units
		return p.unit && !p.each && p.noun != "" && strings.HasSuffix(strings.ToLower(text[p.span.Start:p.span.End]), strings.ToLower(p.noun))
	}
	people := false
	for k := range parts {
		if !parts[k].unit {
			people = true
		}
	}
	if !people {
		return parts
	}
	keep := parts[:0]
	for _, p := range parts {
		if unitsOnly(&p) {
			continue
		}
		keep = append(keep, p)
	}
	return keep
}

// countOfUnits reports whether a count counts units rather than people
// ("two transport units"): its noun's head is a unit word ("24 Self-Defense
// Force personnel" counts people).
func countOfUnits(c *Count) bool {
	return c.Noun != "" && depWordClass(depLastWord(c.Noun)).is(dwUnit)
}

// groupHasTotal reports whether part k is a detail of a total stated in
// its group: a per-unit size, a number of units, or the same number again.
func (cl *depClause) groupHasTotal(parts []depPart, k int) bool {
	p := &parts[k]
	if p.aggregate {
		return false
	}
	for j := range parts {
		o := &parts[j]
		if j == k || o.group != p.group || !o.aggregate {
			continue
		}
		if p.each || p.unit || (depSameInt(p.min, o.min) && depSameInt(p.max, o.max)) {
			return true
		}
	}
	return false
}

// appositiveTotal is the index of the total that sums part k when it
// follows right after it as an apposition: a per-unit size or a number of
// units, then ", N personnel in total" with no new dispatch word or clause
// between; -1 when none.
func (cl *depClause) appositiveTotal(parts []depPart, k int) int {
	p := &parts[k]
	if p.aggregate || !(p.each || p.unit) || k+1 >= len(parts) || !parts[k+1].aggregate {
		return -1
	}
	o := &parts[k+1]
	i := cl.tokenAt(o.span.Start) - 1
	if i < cl.t0 || cl.r.toks[i].Text != "," {
		return -1
	}
	for j := cl.tokenAt(p.span.End); j < i; j++ {
		if cl.strongBoundary(j) || cl.r.toks[j].Text == ";" {
			return -1
		}
	}
	return k + 1
}

// ordinalParts finds parts named by an ordinal in a clause with no count:
// "The first served from April to November 1996, and the second from
// November 1996 to May 1997". Each part's size is the per-unit size stated
// just before ("two units of 40 personnel each"), when there is one.
func (cl *depClause) ordinalParts() []depPart {
	var parts []depPart
	for i := cl.t0; i+1 < cl.t1; i++ {
		if !strings.EqualFold(cl.r.toks[i].Text, "the") || !cl.classAt(i+1).is(dwOrdinal) {
			continue
		}
		if i > cl.t0 {
			pt := cl.r.toks[i-1].Text
			if pt != "," && pt != ";" && pt != "-" && pt != "–" && pt != "—" && !strings.EqualFold(pt, "and") && !strings.EqualFold(pt, "while") {
				continue
			}
		}
		j := i + 2
		if cl.classAt(j).is(dwUnit) || cl.wordIs(j, "one") {
			j++
		}
		if j >= cl.t1 || !(cl.isTrigger(j) || cl.classAt(j).is(dwAux) || cl.dateStartsAt(j) || cl.dateStartsAt(j+1)) {
			continue
		}
		sp := Span{cl.r.toks[i].Span.Start, cl.r.toks[j-1].Span.End}
		if cl.inCut(sp) {
			continue
		}
		p := depPart{span: sp}
		if e := cl.r.each; e.sent >= 0 && e.sent < cl.si && cl.si-e.sent <= 3 {
			p.min, p.max, p.sizeSrc = e.min, e.max, e.span
		}
		parts = append(parts, p)
	}
	return parts
}

// bareNumberSubjects adds to parts the numbers standing alone as the
// subject of a passive or intransitive dispatch verb ("Five were posted to
// ...", "Twelve served ...", "The first two served from March 2016 ...;
// another two officers took over in ..."), which the counts stage leaves
// alone when nothing before it names the people: the verb shows they are
// people sent, and the role comes from the context like any elided noun's.
// The number opens its clause, alone or after "the" and a word picking
// out a part of a group ("the first two", "the remaining ten", "the other
// three"): a bare number inside a clause is an object or a date, not a
// subject.
func (cl *depClause) bareNumberSubjects(parts []depPart) []depPart {
	for _, tr := range cl.trigs {
		if tr.form != vfPassive && !(tr.form == vfActive && tr.intrans) {
			continue
		}
		i := tr.auxStart - 1
		if i < cl.t0 {
			continue
		}
		t := cl.r.toks[i]
		if cl.insideMention(i, dkCount, dkDate) || !depNumberToken(t) {
			continue
		}
		first := i // the first word of the subject
		if cl.wordIs(i-2, "the") && (cl.classAt(i-1).is(dwOrdinal) || cl.wordIsAny(i-1, "other", "remaining", "last", "next")) {
			if cl.wordIs(i, "one") {
				continue // "the last one stayed": the pronoun "one", standing for anything named before
			}
			first = i - 2
		}
		if first > cl.t0 && !cl.wordIs(first-1, "and") && cl.r.toks[first-1].Text != "," && cl.r.toks[first-1].Text != ";" {
			continue // the number does not open its clause
		}
		w := []normalize.Word{{Text: depLower(t.Text), Digits: t.Kind == Number}}
		q, end, ok := normalize.ReadQuantity(w, 0)
		if !ok || end != 1 || !q.Exact() || q.Min < 1 || q.Min > 100000 {
			continue
		}
		sp := Span{cl.r.toks[first].Span.Start, t.Span.End}
		k := 0
		for k < len(parts) && parts[k].span.Start < sp.Start {
			k++
		}
		if k < len(parts) && parts[k].span.Start < sp.End || k > 0 && parts[k-1].span.End > sp.Start {
			continue // inside a part already read
		}
		n := int(q.Min)
		parts = append(parts, depPart{})
		copy(parts[k+1:], parts[k:])
		parts[k] = depPart{min: IntPtr(n), max: IntPtr(n), span: sp}
	}
	return parts
}

// scopeDates are the sentence's dates that can date the deployment: not in
// a purpose clause, and not the date of a decision ("On January 26, the
// Government decided to dispatch ...": the date is the decision's).
func (cl *depClause) scopeDates() []depRef {
	first := cl.mainTrig()
	decisionEnd := -1
	if first.form == vfInfinitive || first.form == vfNominal {
		decisionEnd = cl.r.toks[first.tok].Span.Start
	}
	out := cl.r.dateBuf[:0]
	for _, m := range cl.ms {
		if m.kind != dkDate || cl.inCut(m.span) || m.span.Start < decisionEnd || cl.reportingDate(m.span) || cl.otherEventDate(m.span) || cl.relativeClauseDate(m.span) || cl.appositiveEventDate(m.span) {
			continue
		}
		out = append(out, m)
	}
	cl.r.dateBuf = out
	return out
}

// nounDate reports whether a date qualifies a noun through "of" ("the
// election of 30 June") rather than the verb.
func (cl *depClause) nounDate(sp Span) bool {
	i := cl.tokenAt(sp.Start)
	return cl.wordIs(i-1, "of") && i-2 >= cl.t0 && cl.r.toks[i-2].Kind == Word && !cl.classAt(i-2).is(dwPrep)
}

// otherEventDate reports whether a date dates another event named in a
// fronted phrase ("After the independence of X on 9 July 2011, ...",
// "Following the floods of May 2004, ..."): "after" and words before the
// date, in the sentence's opening phrase. "After May 2004, ..." dates the
// statement itself.
func (cl *depClause) otherEventDate(sp Span) bool {
	if !cl.wordIsAny(cl.t0, "after", "following", "before", "upon") {
		return false
	}
	first := cl.tokenAt(sp.Start)
	if first <= cl.t0+1 {
		return false
	}
	for i := cl.t0 + 1; i < first; i++ {
		if t := cl.r.toks[i].Text; t == "," || t == ";" {
			return false // the date is past the opening phrase
		}
	}
	return true
}

// relativeClauseDate reports whether a date after the dispatch word stands
// in a relative clause on another noun ("... toward the peace talks,
// which resumed in September", "... to Juba, where fighting broke out in
// July 2016"): it dates what that clause tells of the noun. A dispatch
// word inside the relative clause ("to UNMIS, where they served from May
// 2010") makes the clause a statement of the dispatch again, and a new
// main clause (after ";" or ", and") ends the relative one. "who" is left
// alone: its clause tells of the people sent.
func (cl *depClause) relativeClauseDate(sp Span) bool {
	main := cl.mainTrig().tok
	for i := cl.tokenAt(sp.Start) - 1; i > main; i-- {
		if cl.isTrigger(i) || cl.strongBoundary(i) || (cl.r.toks[i].Text == "," && cl.wordIsAny(i+1, "and", "but")) {
			return false
		}
		if cl.r.toks[i].Text == "," && cl.wordIs(i+1, "to") && i+2 < cl.t1 && cl.r.toks[i+2].Kind == Word &&
			!depIsUpper(cl.r.toks[i+2].Text[0]) && !cl.classAt(i+2).is(dwDet) {
			// "a unit of 1,000, which may grow to 1,180, to provide relief
			// from 13 November": the inserted relative clause ended at the
			// comma before the infinitive the date stands in
			return false
		}
		if cl.wordIsAny(i, "which", "whose", "where") && cl.r.toks[i-1].Text == "," {
			return true
		}
	}
	return false
}

// reportingDate reports whether a date is the date a figure is reported
// at ("As of March 2013, a total of 40 had served"), not when anyone went.
func (cl *depClause) reportingDate(sp Span) bool {
	text := cl.r.a.Doc.Text[sp.Start:sp.End]
	if len(text) > 6 && (strings.EqualFold(text[:6], "as of ") || strings.EqualFold(text[:6], "as at ")) {
		return true
	}
	i := cl.tokenAt(sp.Start)
	return cl.wordIs(i-2, "as") && (cl.wordIs(i-1, "of") || cl.wordIs(i-1, "at"))
}

// setDates sets a draft's start and end from the chosen dates: a range
// gives both; a point ("dispatched ... in February 1996") gives the start;
// "since" gives the start, "until" the end, and both together a range; a
// point a verb of leaving governs gives the end.
func (cl *depClause) setDates(dr *depDraft, ds []depRef) {
	if len(ds) == 0 {
		return
	}
	// a day or month a verb of leaving governs ends the stay ("served
	// until the mission closed on 15 May 2011"): set aside, read last
	var ends []depRef
	for k := range ds {
		if cl.endDate(ds[k].span) {
			ends = make([]depRef, 0, len(ds))
			rest := make([]depRef, 0, len(ds))
			for _, d := range ds {
				if cl.endDate(d.span) {
					ends = append(ends, d)
				} else {
					rest = append(rest, d)
				}
			}
			ds = rest
			break
		}
	}
	cl.setStartEnd(dr, ds)
	if dr.d.End == "" && len(ends) > 0 {
		dr.d.End = cl.r.days(ends[0].idx).end
		dr.addSource(ends[0].span)
	}
}

// setStartEnd sets a draft's dates from dates none of which ends a stay.
func (cl *depClause) setStartEnd(dr *depDraft, ds []depRef) {
	if len(ds) == 0 {
		return
	}
	res := &cl.r.a.Res
	if len(ds) > 1 && cl.nounDate(ds[0].span) {
		// "observed the election of 30 June, staying from 25 June to 4
		// July": the date of a noun dates the event, the next one the stay
		for k := 1; k < len(ds); k++ {
			if !cl.nounDate(ds[k].span) {
				ds = append([]depRef{ds[k]}, append(ds[:k:k], ds[k+1:]...)...)
				break
			}
		}
	}
	iv := res.Dates[ds[0].idx].Interval
	first := cl.r.days(ds[0].idx)
	dr.addSource(ds[0].span)
	if len(cl.trigs) > 0 && cl.mainTrig().ends {
		// "the unit returned home in March 2006": the date ends the stay
		dr.d.End = first.end
		if iv.Point || iv.To.IsZero() {
			dr.d.End = depLastDay(iv.From)
		}
		return
	}
	dr.d.Start = first.start
	if !iv.Point {
		dr.d.End = first.end
		dr.open = !iv.From.IsZero() && iv.To.IsZero()
	} else if last := cl.pointListEnd(ds); last > 0 {
		// "sent observers three times: in 1996, 2005 and 2006": one
		// statement over a list of points spans from the first to the last
		dr.d.End = cl.r.days(ds[last].idx).end
		dr.addSource(ds[last].span)
	}
	if dr.d.End == "" {
		for _, d := range ds[1:] {
			o := res.Dates[d.idx].Interval
			if !o.Point && o.From.IsZero() && !o.To.IsZero() {
				dr.d.End = cl.r.days(d.idx).end
				dr.addSource(d.span)
				break
			}
		}
	} else if dr.d.Start == "" {
		for _, d := range ds[1:] {
			o := res.Dates[d.idx].Interval
			if !o.Point && !o.From.IsZero() && o.To.IsZero() {
				dr.d.Start = cl.r.days(d.idx).start
				dr.addSource(d.span)
				break
			}
		}
	}
}

// pointListEnd returns the index in ds of the last date of a list of
// point dates that starts with ds[0] ("in 1996, 2005 and 2006": only a
// comma or "and" between them), or 0 when ds[0] heads no such list.
func (cl *depClause) pointListEnd(ds []depRef) int {
	res := &cl.r.a.Res
	text := cl.r.a.Doc.Text
	last := 0
	for k := 1; k < len(ds); k++ {
		if !res.Dates[ds[k].idx].Interval.Point || ds[k].span.Start < ds[k-1].span.End {
			break
		}
		switch strings.TrimSpace(text[ds[k-1].span.End:ds[k].span.Start]) {
		case ",", "and", ", and":
			last = k
			continue
		}
		break
	}
	return last
}

// endDate reports whether a point date is governed by a verb of leaving
// or closing ("withdrew in June 2004", "returned on 18 May", "until the
// mission closed on ..."): it dates the end of a stay, not its start.
func (cl *depClause) endDate(sp Span) bool {
	m := cl.dateAt(sp)
	if m == nil || !cl.r.a.Res.Dates[m.idx].Interval.Point {
		return false
	}
	j := cl.tokenAt(sp.Start) - 1
	for k := 0; k < 2 && j >= cl.t0 && (cl.classAt(j).is(dwAdverb) || cl.wordIs(j, "on") || cl.wordIs(j, "in") || cl.wordIs(j, "at")); k++ {
		j--
	}
	// "When the war ended in 1992, Japan sent ...": another event's date
	return cl.classAt(j).is(dwEndVerb) && !cl.inFrontedSubordinate(j)
}

// ownClauseDates narrows dates before a count to those in the count's own
// clause when it has any ("In 2008 the team shrank to four, and from July
// 2010 two officers remained": two from July 2010); else it keeps them all.
func (cl *depClause) ownClauseDates(before []depRef, off, lo int) []depRef {
	start := -1
	for i := cl.tokenAt(off) - 1; i >= cl.t0 && cl.r.toks[i].Span.Start >= lo; i-- {
		t := cl.r.toks[i]
		if cl.strongBoundary(i) || (t.Text == "," && (cl.wordIs(i+1, "and") || cl.wordIs(i+1, "but") || cl.wordIs(i+1, "while"))) {
			start = t.Span.End
			break
		}
	}
	if start < 0 {
		return before
	}
	for k := range before {
		if before[k].span.Start >= start {
			return before[k:]
		}
	}
	return before
}

// hasTriggerBefore reports whether a dispatch word (the one of an
// earlier clause) stands before offset off.
func (cl *depClause) hasTriggerBefore(off int) bool {
	for _, tr := range cl.trigs {
		if cl.r.toks[tr.tok].Span.Start < off {
			return true
		}
	}
	return false
}

// endDateAfter is the first date from off on that a verb of leaving
// governs, in a clause with no dispatch word or count of its own before
// it; nil when none.
func (cl *depClause) endDateAfter(off int) *depRef {
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start < off {
			continue
		}
		if m.kind == dkCount {
			return nil
		}
		if m.kind == dkDate && !cl.inCut(m.span) && cl.continuedUntil(m.span) {
			return m // "..., and their dispatch has been extended until 23 July"
		}
		if m.kind == dkDate && !cl.inCut(m.span) && cl.endDate(m.span) {
			for _, tr := range cl.trigs {
				if st := cl.r.toks[tr.tok].Span.Start; !tr.ends && st >= off && st < m.span.Start {
					return nil // another dispatch, which the date belongs to
				}
			}
			return m
		}
	}
	return nil
}

// leavingSubject reports whether a count is the subject of a verb of
// leaving ("the last two officers returned to Japan"): it reports a
// return, not a dispatch.
func (cl *depClause) leavingSubject(sp Span) bool {
	j := cl.tokenAt(sp.End)
	for k := 0; k < 3 && j < cl.t1 && cl.classAt(j).is(dwAux|dwAdverb); k++ {
		j++
	}
	// the verb of a statement that is about the return itself ("The last
	// two officers returned home in May") is that statement's
	return cl.classAt(j).is(dwEndVerb) && !(cl.isTrigger(j) && cl.mainTrig().tok == j)
}

// dateAt is the date mention with span sp, nil when none.
func (cl *depClause) dateAt(sp Span) *depRef {
	for k := range cl.ms {
		if cl.ms[k].kind == dkDate && cl.ms[k].span == sp {
			return &cl.ms[k]
		}
	}
	return nil
}

// depDays are a date's inclusive first and last days, formatted once.
type depDays struct {
	start, end string
	done       bool
}

// days gives date i's first and last days, formatting them on first use.
func (r *depReader) days(i int) depDays {
	if r.dayCache == nil {
		r.dayCache = make([]depDays, len(r.a.Res.Dates))
	}
	d := &r.dayCache[i]
	if !d.done {
		iv := r.a.Res.Dates[i].Interval
		d.start, d.end, d.done = depFirstDay(iv.From), depLastDay(iv.To), true
		if iv.Point {
			d.end = depLastDay(iv.From)
		}
	}
	return *d
}

// depFirstDay and depLastDay are normalize's Date.First and Date.Last
// written without fmt (the reader formats every date it uses).
func depFirstDay(d normalize.Date) string {
	switch d.P {
	case normalize.Year:
		return depISODay(d.Y, 1, 1)
	case normalize.Month:
		return depISODay(d.Y, d.M, 1)
	case normalize.Day:
		return depISODay(d.Y, d.M, d.D)
	}
	return ""
}

func depLastDay(d normalize.Date) string {
	switch d.P {
	case normalize.Year:
		return depISODay(d.Y, 12, 31)
	case normalize.Month:
		return depISODay(d.Y, d.M, normalize.DaysIn(d.Y, d.M))
	case normalize.Day:
		return depISODay(d.Y, d.M, d.D)
	}
	return ""
}

func depISODay(y, m, d int) string {
	b := [10]byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// readParts makes one deployment per counted object.
func (cl *depClause) readParts(parts []depPart) {
	dates := cl.scopeDates()
	var fronted []depRef // dates before every count: they govern all parts
	for _, d := range dates {
		if d.span.End <= parts[0].span.Start {
			fronted = append(fronted, d)
		}
	}
	heir := -1 // a total standing for the parts before it, which lends it their dates
	var heirDates []depRef
	for k := range parts {
		p := &parts[k]
		cl.roleForPart(parts, k)
		if p.role == "" {
			if w := cl.unitBeforeCount(p.span); w != "" {
				if m := cl.unitRole(w); m != nil {
					p.role = cl.r.a.Res.Roles[m.idx].Name
					p.roleSrc = Span{} // named before, outside the statement
				}
			}
		}
		if p.each {
			min, max := cl.eachSize(p)
			cl.r.each = depEach{min: min, max: max, span: p.span, sent: cl.si}
		}
		if cl.groupHasTotal(parts, k) {
			continue // "two units of 40 personnel each, 80 personnel in total": the total stands for them
		}
		// the group's stretch
		g0, g1 := k, k
		for g0 > 0 && parts[g0-1].group == p.group {
			g0--
		}
		for g1+1 < len(parts) && parts[g1+1].group == p.group {
			g1++
		}
		region := Span{parts[g0].sub.Start, parts[g1].sub.End}
		// a date after the objects belongs to them up to the next clause
		// ("..., and from May 2002 to June 2004 to UNMISET" dates another)
		clauseEnd := cl.clauseEndAfter(parts[g1].span.End, region.End)
		after, before := cl.r.scratchA[:0], cl.r.scratchB[:0]
		for _, d := range dates {
			if d.span.Start < region.Start || d.span.Start >= region.End {
				continue
			}
			if d.span.Start >= parts[g0].span.Start {
				if d.span.Start >= clauseEnd {
					continue
				}
				if o := cl.ordinalClauseOf(d.span); o >= 0 && o != p.span.Start {
					continue // ", the second rotation arriving on 20 December": a part's date, not the whole's
				}
				after = append(after, d)
			} else {
				before = append(before, d)
			}
		}
		cl.r.scratchA, cl.r.scratchB = after[:0], before[:0]
		chosen := after
		if len(chosen) == 0 && (len(before) > 0 || len(fronted) > 0) && !cl.presentClauseAfterTrigger(p.span) {
			chosen = cl.ownClauseDates(before, p.span.Start, region.Start)
			if len(chosen) == 0 {
				chosen = fronted
			}
		}
		if j := cl.appositiveTotal(parts, k); j > k {
			// "three rotations of 12 each were sent between 2005 and 2007,
			// 36 personnel in total": the total stands for them, dated
			heir, heirDates = j, append(heirDates[:0], chosen...)
			continue
		}
		if k == heir && len(chosen) == 0 {
			chosen = heirDates
		}
		dr := newDepDraft(cl.si)
		dr.noun, dr.head = depFirstWord(p.noun), depLastWord(p.noun)
		dr.d.Min, dr.d.Max = p.min, p.max
		dr.sources = append(dr.sources, p.span)
		dr.definite = p.noun != "" && cl.definiteCount(p.span)
		dr.addSource(p.sizeSrc)
		dr.d.Role = p.role
		dr.addSource(p.roleSrc)
		cl.setDates(&dr, chosen)
		if dr.d.End == "" {
			// "A total of 90 served over three rotations, and the last
			// one withdrew in May 2004": the stay ended then
			if e := cl.endDateAfter(clauseEnd); e != nil {
				dr.d.End = cl.r.days(e.idx).end
				dr.addSource(e.span)
			}
		}
		cl.setMission(&dr, Span{p.span.End, p.sub.End}, region)
		cl.setLocation(&dr, Span{p.span.End, p.sub.End}, Span{parts[g0].span.Start, region.End})
		cl.setContributor(&dr)
		if p.owner != "" {
			dr.d.Contributor, dr.needsCon = p.owner, false
			dr.addSource(p.ownerSrc)
		}
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
	cl.readGappedPart(&parts[len(parts)-1])
	cl.readUncountedObjects(parts)
}

// ordinalClauseOf is where the subject of the clause holding a date starts
// when that subject is an ordinal part ("..., the second rotation arriving
// on 20 December 1999", "...; the first group left in May"): the date is
// that part's, not the whole's counted before. -1 when the clause (from
// the last comma or ";" before the date) opens otherwise.
func (cl *depClause) ordinalClauseOf(sp Span) int {
	for i := cl.tokenAt(sp.Start) - 1; i > cl.t0; i-- {
		t := cl.r.toks[i].Text
		if t != "," && t != ";" {
			continue
		}
		j := i + 1
		if cl.wordIs(j, "and") || cl.wordIs(j, "while") {
			j++
		}
		if cl.wordIs(j, "the") && cl.classAt(j+1).is(dwOrdinal) {
			return cl.r.toks[j].Span.Start
		}
		return -1
	}
	return -1
}

// presentClauseAfterTrigger reports whether a count stands in a clause of
// its own after the dispatch word's ("..., and about 300 members are now
// at work in Juba") that a present-time adverb dates: the dates before it
// belong to the dispatch, not to how many are there now.
func (cl *depClause) presentClauseAfterTrigger(sp Span) bool {
	mainEnd := cl.r.toks[cl.mainTrig().tok].Span.End
	if sp.Start < mainEnd || cl.clauseEndAfter(mainEnd, sp.Start) >= sp.Start {
		return false
	}
	end := cl.clauseEndAfter(sp.End, cl.span.End)
	for i := cl.tokenAt(sp.End); i < cl.t1 && cl.r.toks[i].Span.Start < end; i++ {
		switch cl.lowerAt(i) {
		case "now", "currently", "presently", "today":
			return true
		}
	}
	return false
}

// readUncountedObjects reads roles listed beside the counts with no count
// of their own ("dispatched two staff officers and a transport unit"): one
// deployment each, dated like the clause. A role that qualifies a count
// ("in a relief unit", "of the engineering company") or gave one its role
// is not an object.
func (cl *depClause) readUncountedObjects(parts []depPart) {
	main := cl.mainTrig()
	if main.intrans && main.form != vfReduced {
		cl.readWithObject(parts, main)
		return
	}
	if main.form == vfPassive || main.form == vfReduced || main.intrans || main.class == dwCompose {
		return
	}
	mainEnd := cl.r.toks[main.tok].Span.End
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind != dkRole || m.span.Start < mainEnd || cl.inCut(m.span) || cl.insideMention2(m, dkCount) {
			continue
		}
		used := false
		for i := range parts {
			if parts[i].roleSrc == m.span || (m.span.Start >= parts[i].span.Start && m.span.End <= parts[i].span.End) {
				used = true
			}
		}
		p := cl.prevSkipping(cl.tokenAt(m.span.Start), dwDet)
		joined := cl.wordIs(p, "and") || cl.r.toks[p].Text == "," || p == main.tok || // "sent a medical unit, 12 observers and ..."
			(cl.wordIs(p, "with") && (cl.wordIs(p-1, "together") || cl.wordIs(p-1, "along"))) // "..., together with staff officers"
		if used || p < cl.t0 || !joined || cl.wordIs(p-1, "as") {
			continue
		}
		// the object list runs from the verb to here with no preposition
		listed := true
		for i := main.tok + 1; i < p; i++ {
			if cl.classAt(i).is(dwPrep) && !cl.wordIs(i, "and") && !cl.wordIs(i, "of") && !cl.insideMention(i, dkCount, dkRole, dkOrg) {
				listed = false
				break
			}
		}
		if !listed {
			continue
		}
		cl.addUncounted(m, cl.span.End)
	}
}

// addUncounted adds a deployment of the role mention m with no count,
// dated like the clause; its place is read up to offset until.
func (cl *depClause) addUncounted(m *depRef, until int) {
	dr := newDepDraft(cl.si)
	dr.d.Role = cl.r.a.Res.Roles[m.idx].Name
	dr.addSource(m.span)
	dr.announces = cl.namedSender()
	cl.setDates(&dr, cl.scopeDates())
	cl.setMission(&dr, Span{m.span.End, cl.span.End}, cl.span)
	cl.setLocation(&dr, Span{m.span.End, until}, Span{cl.span.Start, until})
	cl.setContributor(&dr)
	cl.r.evidenceFor(&dr)
	cl.r.drafts = append(cl.r.drafts, dr)
}

// readWithObject reads the role an intransitive dispatch word takes after
// "with" when no count stands there ("has supported UNMISS with an
// engineering unit, and some 300 members are now at work"): the unit is a
// deployment of its own beside the counts read elsewhere in the sentence.
func (cl *depClause) readWithObject(parts []depPart, main depTrig) {
	w := cl.withPeople(main.tok + 1)
	if w < 0 {
		return
	}
	j := w
	for cl.classAt(j).is(dwDet) {
		j++
	}
	if j >= cl.t1 {
		return
	}
	st := cl.r.toks[j].Span.Start
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind != dkRole || m.span.Start != st || cl.inCut(m.span) || cl.insideMention2(m, dkCount) {
			continue
		}
		end := cl.clauseEndAfter(m.span.End, cl.span.End)
		for i := range parts {
			if parts[i].roleSrc == m.span && parts[i].span.Start < end {
				return // "with a signals unit of 45 personnel": the count is the object
			}
		}
		cl.addUncounted(m, end) // the place of the unit's own clause
		return
	}
}

// readGappedPart reads a clause that repeats the last object with its verb
// left out, giving only new dates and a new mission: "680 personnel were
// dispatched to UNTAET, and from May 2002 to June 2004 to UNMISET". It
// takes nothing without both, nor a clause with a verb or count of its own.
func (cl *depClause) readGappedPart(last *depPart) {
	if last.min == nil && last.max == nil {
		return
	}
	start := cl.clauseEndAfter(last.span.End, cl.span.End)
	if start >= cl.span.End {
		return
	}
	seg := Span{start, cl.clauseEndAfter(start+1, cl.span.End)}
	// the gapped clause opens straight on its date or destination:
	// ", and from May 2002 ...", "; to UNMISET from ..."
	first := cl.tokenAt(seg.Start) + 1
	for first < cl.t1 && (cl.wordIs(first, "and") || cl.wordIs(first, "then") || cl.classAt(first).is(dwAdverb)) {
		first++
	}
	if first >= cl.t1 || !(cl.dateStartsAt(first) || cl.wordIs(first, "to")) {
		return
	}
	for i := cl.tokenAt(seg.Start); i < cl.t1 && cl.r.toks[i].Span.Start < seg.End; i++ {
		if cl.classAt(i).is(dwAux|dwVerb|dwOffer|dwCompose) && !cl.insideMention(i, dkDate) || cl.inCut(cl.r.toks[i].Span) {
			return
		}
	}
	var date, mission *depRef
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start < seg.Start || m.span.End > seg.End {
			continue
		}
		switch {
		case m.kind == dkCount:
			return
		case m.kind == dkDate && date == nil:
			date = m
		case cl.isMissionMention(m) && mission == nil && cl.wordIs(cl.prevSkipping(cl.tokenAt(m.span.Start), dwDet), "to"):
			mission = m
		}
	}
	if date == nil || mission == nil {
		return
	}
	dr := newDepDraft(cl.si)
	dr.noun, dr.head = depFirstWord(last.noun), depLastWord(last.noun)
	dr.d.Min, dr.d.Max, dr.d.Role = last.min, last.max, last.role
	dr.addSource(last.span)
	dr.addSource(last.roleSrc)
	cl.setDates(&dr, []depRef{*date})
	dr.d.Mission = cl.r.a.Res.Orgs[mission.idx].ID
	dr.addSource(mission.span)
	cl.setLocation(&dr, seg, seg)
	cl.setContributor(&dr)
	cl.r.evidenceFor(&dr)
	cl.r.drafts = append(cl.r.drafts, dr)
}

func depFirstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// roleForPart decides the role of part k: the count's own, else one named
// after it in its stretch ("12 soldiers to UNMIL as military observers"),
// else one before it in its stretch ("a medical unit with 30 members"),
// else "as ROLE" in its group, else the previous part's (a part inherits
// from its total), else the role last named in the context before it (an
// elided noun: "Six were sent").
func (cl *depClause) roleForPart(parts []depPart, k int) {
	p := &parts[k]
	res := &cl.r.a.Res
	if m := cl.appositiveRole(p.span); m != nil && (p.noun == "" || depGenericPeople(depLastWord(p.noun))) {
		p.role, p.roleSrc = res.Roles[m.idx].Name, m.span
		return
	}
	if r := p.countRole; r != "" {
		p.role = r
		return
	}
	var beforeBest *depRef
	for i := range cl.ms {
		m := &cl.ms[i]
		if m.kind == dkRole && m.span.Start >= p.span.Start && m.span.End <= p.span.End {
			p.role, p.roleSrc = res.Roles[m.idx].Name, m.span
			return
		}
	}
	for i := range cl.ms {
		m := &cl.ms[i]
		if m.kind != dkRole || cl.inCut(m.span) || cl.insideMention2(m, dkCount) {
			continue
		}
		if m.span.Start >= p.span.End && m.span.Start < p.sub.End {
			p.role, p.roleSrc = res.Roles[m.idx].Name, m.span
			return
		}
		if m.span.Start >= p.sub.Start && m.span.End <= p.span.Start {
			beforeBest = m
		}
	}
	if beforeBest != nil {
		p.role, p.roleSrc = res.Roles[beforeBest.idx].Name, beforeBest.span
		return
	}
	for i := range cl.ms {
		m := &cl.ms[i]
		if m.kind != dkRole || cl.inCut(m.span) {
			continue
		}
		t := cl.tokenAt(m.span.Start)
		p1 := cl.prevSkipping(t, dwDet)
		if cl.wordIs(p1, "as") {
			p.role, p.roleSrc = res.Roles[m.idx].Name, m.span
			return
		}
	}
	if k > 0 && parts[k-1].role != "" {
		p.role, p.roleSrc = parts[k-1].role, parts[k-1].roleSrc
		return
	}
	if cl.unitBeforeCount(p.span) != "" {
		// "An advance party of three or four officers": the people of a
		// unit (see unitRole), not of the role last named
		return
	}
	if m := cl.r.lastRoleBefore(cl.si, p.span.Start); m != nil && depNounFitsRole(p.noun, res.Roles[m.idx].Name) {
		p.role, p.roleSrc = res.Roles[m.idx].Name, m.span
	}
}

// depNounFitsRole reports whether a count's noun may stand for people of
// a role named before: none or a generic one ("Six were sent", "40
// personnel"), a word for a unit, the role's own head ("observers" for
// "election observer"), or any noun of people when the role is a unit
// ("45 soldiers" of a signals unit). A specific noun of its own ("two
// experts", "12 nurses") names people other than observers.
func depNounFitsRole(noun, role string) bool {
	if noun == "" {
		return true
	}
	head := depLastWord(noun)
	if depGenericPeople(head) || depGenericPerson(head) || depWordClass(head).is(dwUnit) {
		return true
	}
	last := depLastWord(role)
	if depWordClass(last).is(dwUnit) {
		return true // "45 soldiers" of the signals unit: a unit is made of people of any name
	}
	return head == last || strings.TrimSuffix(head, "s") == last || !depWordClass(head).is(dwPeople|dwPerson)
}

// insideMention2 reports whether mention m lies inside a mention of a kind.
func (cl *depClause) insideMention2(m *depRef, kind depKind) bool {
	for k := range cl.ms {
		o := &cl.ms[k]
		if o.kind == kind && o.span.Start <= m.span.Start && m.span.End <= o.span.End {
			return true
		}
	}
	return false
}

// tokenAt is the index of the first token starting at or after offset.
func (cl *depClause) tokenAt(off int) int {
	return sort.Search(cl.t1-cl.t0, func(i int) bool { return cl.r.toks[cl.t0+i].Span.Start >= off }) + cl.t0
}

// depRoleLookback is how many sentences back an elided noun may find its role.
const depRoleLookback = 6

// lastRoleBefore is the role mention nearest before off, in this sentence
// or the context before it (see reach); nil when none.
func (r *depReader) lastRoleBefore(si, off int) *depRef {
	lo := r.reach(si)
	for s := si; s >= lo; s-- {
		sp := r.sents[s]
		end := sp.End
		if s == si {
			end = off
		}
		i := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= end })
		for i--; i >= 0 && r.ms[i].span.Start >= sp.Start; i-- {
			if r.ms[i].kind == dkRole {
				return &r.ms[i]
			}
		}
	}
	return nil
}

// reach is the first sentence of the context a statement may take a role
// or mission from: the sentences before it on the same line (paragraph),
// then the headings and captions above it up to a section heading. A
// paragraph of prose above is about something else.
func (r *depReader) reach(si int) int {
	lo := si
	text := r.a.Doc.Text
	for s := si - 1; s >= 0 && s >= si-depRoleLookback; s-- {
		sameLine := strings.IndexByte(text[r.sents[s].End:r.sents[s+1].Start], '\n') < 0
		heading := r.headingAt(s)
		if !sameLine && !heading {
			break
		}
		lo = s
		if heading && r.sectionHeading(r.sents[s]) {
			break
		}
	}
	return lo
}

// headingLike reports whether a sentence is a short line of its own with
// no closing punctuation: a title, heading, caption or table row.
func (r *depReader) headingAt(si int) bool {
	if r.headCache == nil {
		r.headCache = make([]int8, len(r.sents))
	}
	if r.headCache[si] == 0 {
		r.headCache[si] = 1
		if r.headingLike(r.sents[si]) {
			r.headCache[si] = 2
		}
	}
	return r.headCache[si] == 2
}

func (r *depReader) headingLike(sp Span) bool {
	text := r.a.Doc.Text
	if !depLineAlone(text, sp) {
		return false
	}
	switch text[sp.End-1] {
	case '.', '!', '?', ';', ':', ',':
		return false
	}
	if strings.ContainsAny(text[sp.Start:sp.End], "|\t") {
		// a table row ("Liaison personnel | 3 | May 2-9 | Dili") is one
		// item of a list, not a heading over the prose below the table
		return false
	}
	t0 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Span.Start >= sp.Start })
	words, long, capital := 0, 0, 0
	for i := t0; i < len(r.toks) && r.toks[i].Span.Start < sp.End; i++ {
		if t := r.toks[i]; t.Kind == Word {
			words++
			if len(t.Text) >= 4 {
				long++
				if depIsUpper(t.Text[0]) {
					capital++
				}
			}
		}
	}
	// short, or a title in title case however long ("Dispatch of Arms
	// Monitors to the United Nations Mission in Nepal")
	return words <= 10 || (long > 0 && capital*5 >= long*3)
}

// sectionHeading reports whether a sentence is a section heading: a short
// line of its own in title case ("Transport Coordination Units"), unlike a
// photo caption ("Officers at a polling station").
func (r *depReader) sectionHeading(sp Span) bool {
	text := r.a.Doc.Text
	if !depLineAlone(text, sp) {
		return false
	}
	switch text[sp.End-1] {
	case '.', '!', '?', ';', ':', ',':
		return false
	}
	t0 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Span.Start >= sp.Start })
	words := 0
	for i := t0; i < len(r.toks) && r.toks[i].Span.Start < sp.End; i++ {
		t := r.toks[i]
		if t.Kind != Word {
			continue
		}
		words++
		if len(t.Text) > 3 && !depIsUpper(t.Text[0]) {
			return false
		}
	}
	return words > 0 && words <= 6
}

// setMission: a mission named after the object in its stretch, else in its
// group, else anywhere in the sentence, else the previous deployment's a
// few sentences back, else the document's.
func (cl *depClause) setMission(dr *depDraft, near, region Span) {
	res := &cl.r.a.Res
	pick := func(in Span) bool {
		for k := range cl.ms {
			m := &cl.ms[k]
			if cl.isMissionMention(m) && m.span.Start >= in.Start && m.span.End <= in.End && !cl.inCut(m.span) {
				dr.d.Mission = res.Orgs[m.idx].ID
				dr.sources = append(dr.sources, m.span)
				return true
			}
		}
		return false
	}
	if pick(near) || pick(region) || pick(cl.span) || cl.pickDestinationOrg(dr) {
		return
	}
	lo := cl.r.reach(cl.si)
	for i := len(cl.r.drafts) - 1; i >= 0; i-- {
		o := &cl.r.drafts[i]
		if o.sent < lo {
			break
		}
		if o.d.Mission != "" && !o.needsMis {
			dr.d.Mission = o.d.Mission
			dr.context = append(dr.context, o.d.Evidence.Span)
			return
		}
	}
	dr.needsMis = true
}

// setLocation: the first place after the object in its stretch, else in
// its group; a city or region before a country; never the contributor.
func (cl *depClause) setLocation(dr *depDraft, near, region Span) {
	res := &cl.r.a.Res
	pick := func(in Span) bool {
		var country *depRef
		for k := range cl.ms {
			m := &cl.ms[k]
			if m.kind != dkPlace || m.span.Start < in.Start || m.span.End > in.End || cl.inCut(m.span) || cl.insideOtherOrg(m) {
				continue
			}
			p := res.Places[m.idx]
			if p.Kind == "country" {
				if p.Name != cl.conName && country == nil {
					country = m
				}
				continue
			}
			dr.d.Location = p.Name
			dr.sources = append(dr.sources, m.span)
			return true
		}
		if country != nil {
			dr.d.Location = res.Places[country.idx].Name
			dr.sources = append(dr.sources, country.span)
			return true
		}
		return false
	}
	if !pick(near) {
		pick(region)
	}
}

func (cl *depClause) setContributor(dr *depDraft) {
	if cl.conName != "" {
		dr.d.Contributor = cl.conName
		dr.sources = append(dr.sources, cl.conSpan)
		return
	}
	dr.needsCon = !cl.otherSubject
}

// addSource records a span a field was read from; the zero span is none.
func (dr *depDraft) addSource(sp Span) {
	if sp != (Span{}) {
		dr.sources = append(dr.sources, sp)
	}
}

// newDepDraft starts a draft read from sentence si.
func newDepDraft(si int) depDraft {
	return depDraft{sent: si, sources: make([]Span, 0, 8)}
}

// clauseEndAfter is where the clause holding offset off ends, at most at
// limit: a ";", a spaced dash, or a comma before "and", "but" or "while".
func (cl *depClause) clauseEndAfter(off, limit int) int {
	for i := cl.tokenAt(off); i < cl.t1; i++ {
		t := cl.r.toks[i]
		if t.Span.Start >= limit {
			break
		}
		if cl.strongBoundary(i) || (t.Text == "," && (cl.wordIs(i+1, "and") || cl.wordIs(i+1, "but") || cl.wordIs(i+1, "while")) && !cl.placeList(i)) {
			return t.Span.Start
		}
	}
	return limit
}

// placeList reports whether the comma at token i joins places in a list
// ("between Brindisi, Italy, and Amman, Jordan"), not clauses: a place
// ends before it and another starts after "and".
func (cl *depClause) placeList(i int) bool {
	if cl.mentionEndingAt(i-1, dkPlace) == nil || i+2 >= cl.t1 {
		return false
	}
	st := cl.r.toks[i+2].Span.Start
	for k := range cl.ms {
		if cl.ms[k].kind == dkPlace && cl.ms[k].span.Start == st {
			return true
		}
	}
	return false
}

// pickDestinationOrg takes as the mission an organization people were sent
// to that is not a UN mission ("to the OSCE mission in Bosnia"), or a
// team of the contributor's that is the dispatch's object.
func (cl *depClause) pickDestinationOrg(dr *depDraft) bool {
	res := &cl.r.a.Res
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind != dkOrg || res.Orgs[m.idx].Category != "other" || cl.inCut(m.span) {
			continue
		}
		p := cl.prevSkipping(cl.tokenAt(m.span.Start), dwDet)
		if cl.wordIs(p, "to") || cl.wordIs(p, "for") || (cl.isTrigger(p) && cl.classAt(cl.tokenAt(m.span.End)-1).is(dwUnit)) {
			// "to the OSCE mission", or the team sent itself ("dispatched
			// the Disaster Relief Team")
			dr.d.Mission = res.Orgs[m.idx].ID
			dr.addSource(m.span)
			return true
		}
	}
	return false
}

// depNumberToken reports whether a token is a number: digits or a number
// word in any case ("Four"), looked up without allocating.
func depNumberToken(t Token) bool {
	if t.Kind == Number {
		return true
	}
	w := t.Text
	if t.Kind != Word || len(w) > 16 {
		return false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return normalize.IsNumberWord(string(buf[:len(w)]))
}

// partReturning reports whether a count is the subject of a verb of coming
// back ("Four observers flew home on 28 April, and the remaining two on 30
// April", "Fourteen returned on 6 May") and smaller than a count of people
// the document has already sent: part of a group going home is no new
// dispatch, and its date is no end of the group's stay. A whole group's
// return ("The 15 observers returned home on 6 May") still ends its stay.
func (cl *depClause) partReturning(sp Span, c *Count) bool {
	tr := cl.verbOfCount(sp)
	if tr == nil || !tr.ends || cl.unitBeforeCount(sp) != "" {
		return false // "the second contingent of 500 withdrew in June": a whole unit's stay ends
	}
	n := c.Max
	if n == nil {
		n = c.Min
	}
	if n == nil {
		return false
	}
	for i := range cl.r.drafts {
		d := &cl.r.drafts[i].d
		if (d.Max != nil && *d.Max > *n) || (d.Max == nil && d.Min != nil && *d.Min > *n) {
			return true
		}
	}
	return false
}

// verbOfCount is the dispatch word whose subject or gapped subject a count
// is: the first one after it in its clause ("one stayed"), else the last
// one before it ("Four flew home on 28 April, and the remaining two on 30
// April": the verb is left out of the second clause); nil when none.
func (cl *depClause) verbOfCount(sp Span) *depTrig {
	var before *depTrig
	for k := range cl.trigs {
		tr := &cl.trigs[k]
		st := cl.r.toks[tr.tok].Span.Start
		if st < sp.Start {
			before = tr
			continue
		}
		for j := cl.tokenAt(sp.End); j < tr.tok; j++ {
			if cl.strongBoundary(j) || cl.r.toks[j].Text == "," {
				return before
			}
		}
		return tr
	}
	return before
}

// continuedUntil reports whether a date up to a day ("until 23 July",
// "to 23 July") follows a verb of going on ("extended", "stayed",
// "remained", "prolonged"), perhaps after adverbs: the stay the sentence
// told of went on until then ("..., and their dispatch has been extended
// until 23 July", "...; the team remained until 10 May"). Its end is
// the date's.
func (cl *depClause) continuedUntil(sp Span) bool {
	m := cl.dateAt(sp)
	if m == nil {
		return false
	}
	iv := cl.r.a.Res.Dates[m.idx].Interval
	j := cl.tokenAt(sp.Start) - 1
	if iv.Point {
		if !cl.wordIsAny(j, "until", "till", "to", "through") {
			return false
		}
		j--
	} else if !iv.From.IsZero() || iv.To.IsZero() {
		return false // "from May to July", "since May": a period of its own
	}
	// "extended by six months to ...", "stayed on in Juba until ...":
	// a length, a particle or a place may stand between
	if depTimeUnit(cl.lowerAt(j)) && j-2 >= cl.t0 && cl.wordIs(j-2, "by") {
		j -= 3
	}
	if m := cl.mentionEndingAt(j, dkPlace); m != nil {
		if k := cl.tokenAt(m.span.Start) - 1; cl.wordIsAny(k, "in", "at") {
			j = k - 1
		}
	}
	for k := 0; k < 3 && j >= cl.t0 && (cl.classAt(j).is(dwAdverb) || cl.wordIsAny(j, "on", "there", "behind")); k++ {
		j--
	}
	return depContinueVerb(cl.lowerAt(j))
}

// depTimeUnit reports whether w is a plural unit of time ("months").
func depTimeUnit(w string) bool {
	switch w {
	case "days", "weeks", "months", "years", "day", "week", "month", "year":
		return true
	}
	return false
}

// depContinueVerb reports whether w is a form of a verb of going on or
// being made to go on, which "until DATE" after it ends.
func depContinueVerb(w string) bool {
	switch w {
	case "extended", "extends", "extend", "prolonged", "stayed", "stay", "stays", "remained", "remain", "remains", "continued", "continues":
		return true
	}
	return false
}

// countOfOtherBody reports whether a count is the object of a clause whose
// subject is a named body that sends no country's people: a
// non-governmental organization or other body outside the UN ("The Asian Network for
// Free Elections (ANFREL), a regional NGO, plans to deploy around 60
// observers", "..., and the Carter Center sent over 100 observers"). The
// clause runs from the sentence start or from a ";" or a comma before
// "and", "but", "while" or "whereas"; its subject is the body that opens
// it, whatever its verb ("..., and the monitoring team appointed by the
// Secretary-General consists of five experts"). A government,
// its agency or armed force, or a body named after a country ("Japan
// Overseas Cooperation Volunteers") sends that country's people.
func (cl *depClause) countOfOtherBody(sp Span) bool {
	start := cl.t0
	for i := cl.tokenAt(sp.Start) - 1; i > cl.t0; i-- {
		t := cl.r.toks[i].Text
		if t == ";" || t == "," && cl.wordIsAny(i+1, "and", "but", "while", "whereas") {
			start = i + 1
			break
		}
	}
	if cl.wordIsAny(start, "and", "but", "while", "whereas") {
		start++
	}
	if cl.classAt(start).is(dwDet) {
		start++
	}
	m := cl.mentionStartingAt(start, dkOrg)
	if m == nil {
		return false
	}
	o := &cl.r.a.Res.Orgs[m.idx]
	if o.Category != "other" {
		// a government, its agency or armed force sends its country's
		// people; the UN's own deployments ("The United Nations deployed
		// 200 observers") are read as deployments with no contributor
		return false
	}
	if cl.r.conName[m.idx] != "" {
		return false
	}
	named := false
	eachWord(o.Name, func(w string) {
		if depIsUpper(w[0]) {
			if _, ok := normalize.CountryByDemonym(strings.ToLower(w)); ok {
				named = true
			} else if p, ok := normalize.LookupPlace(normalize.NameKey(w)); ok && p.Kind == "country" {
				named = true // "Peace Winds Japan"
			}
		}
	})
	if named {
		return false
	}
	for k := range cl.ms {
		// "The Center said that Japan sent 10 observers": a country
		// between the body and the count is the count's subject
		if o := &cl.ms[k]; o.span.Start >= m.span.End && o.span.End <= sp.Start && cl.contributorName(o) != "" {
			return false
		}
	}
	return true
}

// appositiveEventDate reports whether a date after the dispatch word
// stands in a phrase set off by a comma that tells of the noun before it
// ("... under its peace cooperation law, in force since August 1992",
// "... under the accord, signed in May 1991"): "in force", or a participle
// of making or agreeing, opens the phrase, and the date dates that law or
// accord, not the dispatch. A dispatch word inside the phrase makes it a
// statement again.
func (cl *depClause) appositiveEventDate(sp Span) bool {
	main := cl.mainTrig().tok
	for i := cl.tokenAt(sp.Start) - 1; i > main; i-- {
		if cl.isTrigger(i) || cl.strongBoundary(i) {
			return false
		}
		if cl.wordIs(i+1, "by") && depStrikeParticiple(cl.lowerAt(i)) {
			return true // "to the areas struck by the typhoon on 8 November": the disaster's date
		}
		if cl.r.toks[i].Text != "," {
			continue
		}
		j := i + 1
		if cl.classAt(j).is(dwAdverb) {
			j++
		}
		if cl.wordIs(j, "in") && cl.wordIs(j+1, "force") {
			return true
		}
		return depEventParticiple(cl.lowerAt(j))
	}
	return false
}

// depStrikeParticiple reports whether w is a participle of a disaster or
// attack befalling a place or people ("struck by", "hit by", "affected
// by"): a phrase it opens with "by" dates that event, not a dispatch.
func depStrikeParticiple(w string) bool {
	switch w {
	case "struck", "hit", "affected", "devastated", "ravaged", "damaged", "flooded", "battered", "stricken":
		return true
	}
	return false
}

// depEventParticiple reports whether w is a participle of making, passing
// or agreeing on something ("enacted", "signed"): a phrase it opens dates
// a law, accord or body, not people.
func depEventParticiple(w string) bool {
	switch w {
	case "enacted", "adopted", "passed", "signed", "ratified", "concluded", "agreed", "promulgated", "established", "created", "founded", "amended", "revised":
		return true
	}
	return false
}

// groupingSize reports whether a count gives the size of the groups people
// work in rather than a number of people ("the observers work in teams of
// two or three", "patrol in groups of four"): "in" before a unit noun that
// no number counts, then "of" and the size.
func (cl *depClause) groupingSize(sp Span) bool {
	i := cl.tokenAt(sp.Start)
	if !cl.wordIs(i-1, "in") {
		return false
	}
	if cl.classAt(i).is(dwUnit) && cl.wordIs(i+1, "of") {
		return true
	}
	// "served in three groups", "went in two rotations": how many groups
	// the people were split into, a count of units with no size
	text := cl.r.a.Doc.Text[sp.Start:sp.End]
	last := depLastWord(text)
	return !strings.Contains(text, " of ") && strings.HasSuffix(last, "s") && depWordClass(last).is(dwUnit) && last != "forces" && last != "corps"
}

// unitsPerPlace reports whether a count of units is given per place ("with
// about 10 teams on each side", "two companies in every sector", "three
// teams per district"): a distribution over places, not a number sent.
func (cl *depClause) unitsPerPlace(sp Span, c *Count) bool {
	i := cl.tokenAt(sp.End)
	if !cl.wordIs(i, "per") && !(cl.wordIsAny(i+1, "each", "every") && cl.classAt(i).is(dwPrep)) {
		return false
	}
	return depWordClass(depLastWord(c.Noun)).is(dwUnit)
}
