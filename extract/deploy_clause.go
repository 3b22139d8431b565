package extract

import (
	"sort"
	"strings"

	"github.com/missionx/missionx/normalize"
)

// depForm is the grammatical form a dispatch word takes in its clause; it
// decides where the people sent stand (after an active verb, before a
// passive one) and whether the clause states a deployment at all.
type depForm uint8

const (
	vfActive     depForm = iota + 1 // Japan dispatched ...; Japan has dispatched ...
	vfPassive                       // ... were sent; ... have been dispatched
	vfInfinitive                    // decided to dispatch ...
	vfGerund                        // ever since dispatching ...
	vfReduced                       // officers dispatched to X are ... (a modifier, not a statement)
	vfNominal                       // the dispatch of ...
)

// depTrig is a dispatch word found in a clause.
type depTrig struct {
	tok      int      // token index
	class    depClass // dwVerb, dwOffer, dwCompose or dwNominal
	form     depForm
	auxStart int  // first token of the auxiliary chain and adverbs before it (tok when none)
	intrans  bool // a verb without object (served, took part): its subject is the people
	ends     bool // a verb of coming back (returned home, withdrew): its date ends the stay
}

// depClause is one sentence being read.
type depClause struct {
	r      *depReader
	si     int
	span   Span
	t0, t1 int      // token range
	ms     []depRef // mentions inside the sentence, by start
	trigs  []depTrig
	cuts   []Span // purpose clauses ("to support ...") out of the statement's scope

	conName      string // explicit contributor, "" when none
	conSpan      Span
	otherSubject bool // the main verb's subject is named and is not a contributor
	conAdjective bool // the contributor was read from an adjective (Japanese) in the subject
	withAt       int  // 1 + index of the sentence's first "with"; -1 none; 0 not looked up
	leftOut      bool // a count was left out as part of a group going home or another body's (see partReturning, countOfOtherBody)
}

func (r *depReader) newClause(si int) *depClause {
	sp := r.sents[si]
	cl := &r.cl
	*cl = depClause{r: r, si: si, span: sp, trigs: cl.trigs[:0], cuts: cl.cuts[:0]}
	cl.t0 = sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Span.Start >= sp.Start })
	cl.t1 = cl.t0
	for cl.t1 < len(r.toks) && r.toks[cl.t1].Span.Start < sp.End {
		cl.t1++
	}
	m0 := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= sp.Start })
	m1 := m0
	for m1 < len(r.ms) && r.ms[m1].span.Start < sp.End {
		m1++
	}
	cl.ms = r.ms[m0:m1]
	return cl
}

func (cl *depClause) lowerAt(i int) string {
	if i < cl.t0 || i >= cl.t1 {
		return ""
	}
	return depLower(cl.r.toks[i].Text)
}

func (cl *depClause) classAt(i int) depClass {
	if i < cl.t0 || i >= cl.t1 {
		return 0
	}
	return cl.r.classOf(i)
}

// mayHoldDeployment reports whether the sentence has what every reading
// needs: a count, a date, a role or a country (or a bare number opening it).
func (cl *depClause) mayHoldDeployment() bool {
	for k := range cl.ms {
		switch cl.ms[k].kind {
		case dkCount, dkDate, dkRole:
			return true
		}
	}
	for k := range cl.ms {
		if m := &cl.ms[k]; m.kind == dkPlace && cl.r.a.Res.Places[m.idx].Kind == "country" && cl.verbAfter(m.span.End) {
			return true // "Canada dispatched a relief team" (see plainDispatch)
		}
	}
	// "Four were sent to ...": a bare number as subject (see bareNumberSubject)
	if cl.t0+1 < cl.t1 {
		if t := cl.r.toks[cl.t0]; (t.Kind == Number || t.Kind == Word && len(t.Text) <= 9) && depNumberToken(t) {
			return cl.classAt(cl.t0 + 1).is(dwAux)
		}
	}
	return false
}

// verbAfter reports whether a dispatch verb stands within a few words
// after offset off ("Canada (has) dispatched ...").
func (cl *depClause) verbAfter(off int) bool {
	i := cl.tokenAt(off)
	for j := i; j < cl.t1 && j < i+4; j++ {
		if t := cl.r.toks[j]; t.Kind == Word && mayTrigger(t.Text) && cl.classAt(j).is(dwVerb) {
			return true
		}
	}
	return false
}

// prevSkipping is the index of the token before i, skipping words of the
// given classes; t0-1 when none.
func (cl *depClause) prevSkipping(i int, skip depClass) int {
	j := i - 1
	for j >= cl.t0 && cl.classAt(j).is(skip) {
		j--
	}
	return j
}

// mentionEndingAt finds a mention of one of the kinds whose end is token
// i's end; nil when none.
func (cl *depClause) mentionEndingAt(i int, kinds ...depKind) *depRef {
	if i < cl.t0 || i >= cl.t1 {
		return nil
	}
	end := cl.r.toks[i].Span.End
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.End == end && depKindIn(m.kind, kinds) {
			return m
		}
	}
	return nil
}

// insideMention reports whether token i lies within a mention of a kind.
func (cl *depClause) insideMention(i int, kinds ...depKind) bool {
	if i < cl.t0 || i >= cl.t1 {
		return false
	}
	sp := cl.r.toks[i].Span
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start <= sp.Start && sp.End <= m.span.End && depKindIn(m.kind, kinds) {
			return true
		}
	}
	return false
}

// mentionStartsAt reports whether a mention begins at token i.
func (cl *depClause) mentionStartsAt(i int) bool {
	if i < cl.t0 || i >= cl.t1 {
		return false
	}
	st := cl.r.toks[i].Span.Start
	for k := range cl.ms {
		if cl.ms[k].span.Start == st {
			return true
		}
	}
	return false
}

func depKindIn(k depKind, kinds []depKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// contributorName gives the country a mention names when it can be a
// contributor: a country, or a government standing for one.
func (cl *depClause) contributorName(m *depRef) string {
	switch m.kind {
	case dkPlace:
		p := cl.r.a.Res.Places[m.idx]
		if p.Kind == "country" {
			return p.Name
		}
	case dkOrg:
		return cl.r.conName[m.idx]
	}
	return ""
}

func (cl *depClause) isMissionMention(m *depRef) bool {
	return m.kind == dkOrg && cl.r.isMission[m.idx]
}

// isHeading reports whether the sentence is a short line of its own with
// no closing punctuation: a title, heading, caption or table row.
func (cl *depClause) isHeading() bool { return cl.r.headingAt(cl.si) }

// depLineAlone reports whether span is a whole line (only blanks around it).
func depLineAlone(text string, sp Span) bool {
	for i := sp.Start - 1; i >= 0 && text[i] != '\n'; i-- {
		if text[i] != ' ' && text[i] != '\t' {
			return false
		}
	}
	for i := sp.End; i < len(text) && text[i] != '\n'; i++ {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\r' {
			return false
		}
	}
	return true
}

// findTriggers finds the dispatch words of the sentence and their forms,
// keeping only those that state a deployment.
func (cl *depClause) findTriggers() {
	for j := cl.t0; j < cl.t1; j++ {
		i := j
		t := cl.r.toks[i]
		var c depClass
		switch {
		case t.Text == "part" && i > cl.t0 && cl.classAt(i-1).is(dwTakePart):
			i-- // "took part in": the verb is "took"
			c = cl.classAt(i) | dwVerb | dwIntrans
			t = cl.r.toks[i]
		case t.Text == "out" && i > cl.t0 && cl.classAt(i-1).is(dwCarry):
			if !cl.operationObject(i + 1) {
				continue
			}
			i-- // "will carry out the operation": the verb is "carry"
			c = dwVerb | dwIntrans
			t = cl.r.toks[i]
		case t.Kind != Word || !mayTrigger(t.Text):
			continue
		default:
			c = cl.r.classOf(i)
			if c.is(dwConduct) && cl.operationObject(i+1) {
				c |= dwVerb | dwIntrans // "Japan conducted a relief operation": the people went to do it
			}
			if c.is(dwSupport) && cl.withPeople(i+1) >= 0 {
				c |= dwVerb | dwIntrans // "Japan has supported UNMISS with an engineering unit"
			}
			if c.is(dwLeave) && (cl.homeCountryAt(i+1) || cl.wordIs(i+1, "for") && cl.mentionStartingAt(i+2, dkPlace) != nil && !cl.homeCountryAt(i+2)) {
				c |= dwVerb | dwIntrans // "the team will leave Japan on 5 May", "left for Juba": they set out
			}
			if c.is(dwAmount) && cl.amountOfOwnPeople(i) {
				c |= dwVerb | dwIntrans // "the Japanese share came to a total of 30 persons"
			}
			if c.is(dwOperate) && (cl.peopleBefore(i) || cl.unitFollows(i)) && cl.operateFits(i) {
				c |= dwVerb | dwIntrans // "an airlift unit of 100 personnel operated from Amman": people at work there
			}
			if c.is(dwVerb|dwIntrans) && (cl.wordIs(i+1, "home") || cl.wordIs(i+1, "back") && cl.wordIs(i+2, "to") && cl.homeCountryAt(i+3)) {
				// "flew home", "flew back to Japan": a verb of going
				// somewhere tells of coming back when home is where
				c |= dwEnd
			}
			if c.is(dwEnd) {
				if !cl.endsStay(i) || cl.inFrontedSubordinate(i) {
					continue
				}
				c |= dwVerb | dwIntrans
			}
		}
		if !c.is(dwVerb | dwOffer | dwCompose | dwNominal) {
			continue
		}
		if c.is(dwRelieve) && !cl.hasCount() {
			continue // "the 9th contingent relieved the 8th": a handover, no new people counted
		}
		if cl.insideMention(i, dkOrg, dkRole) {
			continue // "... Assignment Plan", a role named after a verb
		}
		prev := cl.prevSkipping(i, dwAdverb)
		tr := depTrig{tok: i, auxStart: prev + 1, ends: c.is(dwEnd)} // "Japan also provided": the subject is before the adverbs
		switch {
		case c.is(dwNominal) && cl.wordIs(i+1, "of") && !cl.wordIs(prev, "to"):
			tr.class, tr.form = dwNominal, vfNominal
		case c.is(dwNominal) && (cl.wordIs(i+1, "period") || cl.wordIs(i+1, "term")) && cl.wordIs(i+2, "of"):
			// "extend the dispatch period of the unit to UNDOF until ...":
			// read it as "the dispatch of", the object after "of"
			tr.tok, tr.class, tr.form = i+1, dwNominal, vfNominal
		case cl.articleAt(prev) || (cl.classAt(prev).is(dwPrep) && !cl.wordIs(prev, "to") && !cl.wordIs(prev, "and") && !strings.HasSuffix(t.Text, "ing")):
			continue // "the dispatch period", "period of dispatch": a noun, not a verb
		case c.is(dwVerb | dwOffer | dwCompose):
			tr.class = c & (dwVerb | dwOffer | dwCompose)
			if tr.class.is(dwVerb) {
				tr.class = dwVerb
			}
			tr.intrans = c.is(dwIntrans)
			tr.form = cl.verbForm(i, prev, &tr)
			if depLower(t.Text) == "engaged" && !cl.wordIs(i+1, "in") {
				continue // "engaged in transport duties" says people are at work there
			}
			if depLower(t.Text) == "based" && (tr.form != vfPassive || !(cl.wordIs(i+1, "in") || cl.wordIs(i+1, "at"))) {
				continue // "was based in Sarajevo" states where people were; "based on" does not
			}
			if depLower(t.Text) == "rotated" && !(cl.wordIs(i+1, "through") || cl.wordIs(i+1, "in") || cl.wordIs(i+1, "into")) {
				continue // "rotated every six months" says how often, not who went
			}
			if tr.form == vfReduced && !depParticiple(t.Text) {
				continue // "polling stations in ...": a reduced relative is a participle, this is a noun
			}
			if tr.intrans && tr.form == vfActive && cl.distributiveSubject(i) {
				continue // "each contingent serves six months": how rotations go, not a dispatch
			}
		default:
			continue
		}
		if !cl.validTrigger(&tr) {
			continue
		}
		cl.trigs = append(cl.trigs, tr)
	}
}

// unitFollows reports whether the verb at i is "followed" after a unit
// named as its subject ("the second contingent followed in May", "the
// main body followed from February"): the unit came next, with its
// people, though no count or role names them.
func (cl *depClause) unitFollows(i int) bool {
	if !strings.HasPrefix(cl.lowerAt(i), "follow") {
		return false
	}
	p := cl.prevSkipping(i, dwAdverb)
	if cl.wordIs(p, "body") && cl.wordIs(p-1, "main") {
		return true // the military name of the bulk of a force after its advance party
	}
	w := cl.lowerAt(p)
	return cl.classAt(p).is(dwUnit) && !strings.HasSuffix(w, "s") && w != "force" && w != "corps" && cl.classAt(p-1).is(dwDet|dwOrdinal)
}

// operateFits checks what a verb of the operate class needs after it:
// "followed" no object (see noObjectAfter), "reached" a place ("reached
// Samawah on 19 January": people arriving, not a number reaching 600).
func (cl *depClause) operateFits(i int) bool {
	switch w := depLower(cl.r.toks[i].Text); {
	case strings.HasPrefix(w, "follow"):
		return cl.noObjectAfter(i)
	case strings.HasPrefix(w, "reach"):
		return cl.mentionStartingAt(i+1, dkPlace) != nil
	}
	return true
}

// noObjectAfter reports whether the verb at i has no object: the clause
// goes on with a preposition, a date or punctuation ("A second rotation
// of four officers followed in May"), so "followed" tells of people
// coming next, not of people watching something ("followed the count").
func (cl *depClause) noObjectAfter(i int) bool {
	n := i + 1
	for cl.classAt(n).is(dwAdverb) {
		n++
	}
	if n >= cl.t1 {
		return true
	}
	return cl.r.toks[n].Kind == Punct || cl.classAt(n).is(dwPrep) || cl.dateStartsAt(n)
}

// withPeople finds "with" after token i in the same clause, followed
// closely by people: a role, a count or a word for people or a unit
// ("supported the mission with an engineering unit"). It returns the
// index of the token after "with", or -1 ("supported the vote with
// funds").
func (cl *depClause) withPeople(i int) int {
	if cl.withAt == 0 { // look once per sentence whether it has "with" at all
		cl.withAt = -1
		for j := cl.t0; j < cl.t1; j++ {
			if t := cl.r.toks[j].Text; t == "with" || t == "With" {
				cl.withAt = j + 1
				break
			}
		}
	}
	if cl.withAt < 0 {
		return -1
	}
	for j := i; j < cl.t1 && j < i+25; j++ {
		t := cl.r.toks[j]
		if t.Text == ";" || t.Text == "." || cl.strongBoundary(j) {
			return -1
		}
		if t.Text != "with" && t.Text != "With" {
			continue
		}
		// the first phrase after "with" names people: it is a role or
		// count, or ends in a word for people ("with funding and
		// personnel training" does not)
		for k := j + 1; k < cl.t1 && k <= j+5; k++ {
			if cl.insideMention(k, dkRole, dkCount) {
				if cl.fromOtherCountries(k + 1) {
					return -1 // "working with observers from 20 other countries": others' people
				}
				return j + 1
			}
			if cl.r.toks[k].Kind == Punct || cl.classAt(k).is(dwPrep) {
				break // "and", a preposition or a comma ends the phrase
			}
			if cl.classAt(k).is(dwPeople|dwUnit) && !cl.classAt(k+1).is(dwPeople|dwUnit) &&
				(k+1 >= cl.t1 || cl.r.toks[k+1].Kind == Punct || cl.classAt(k+1).is(dwPrep)) {
				if cl.fromOtherCountries(k + 1) {
					return -1
				}
				return j + 1
			}
		}
		return -1
	}
	return -1
}

// peopleBefore reports whether the clause before token i names people
// (a role or a count of people): "operated" has people, not aircraft or
// an agency, as its subject.
func (cl *depClause) peopleBefore(i int) bool {
	end := cl.r.toks[i].Span.Start
	start := cl.span.Start
	for j := i - 1; j >= cl.t0; j-- {
		if t := cl.r.toks[j].Text; t == ";" || cl.isTrigger(j) {
			start = cl.r.toks[j].Span.End
			break
		}
	}
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start < start || m.span.End > end {
			continue
		}
		if m.kind == dkRole || (m.kind == dkCount && deployableCount(&cl.r.a.Res.Counts[m.idx])) {
			return true
		}
	}
	return false
}

// amountOfOwnPeople reports whether a verb of amounting at i ("came to",
// "totaled", "numbered") has a count of people as its object and a
// country's adjective or name in its subject ("the Japanese contingent
// numbered 600", "Japan's share came to 30 persons"): a country's people
// stated by their number.
func (cl *depClause) amountOfOwnPeople(i int) bool {
	j := i + 1
	if cl.wordIs(j, "to") {
		j++
	} else if depLower(cl.r.toks[i].Text) == "came" || depLower(cl.r.toks[i].Text) == "amounted" {
		return false
	}
	m := cl.mentionStartingAt(j, dkCount)
	if m == nil || !deployableCount(&cl.r.a.Res.Counts[m.idx]) {
		return false
	}
	for k := i - 1; k >= cl.t0 && k >= i-6; k-- {
		t := cl.r.toks[k]
		if t.Text == "," || t.Text == ";" {
			return false
		}
		if t.Kind != Word || !depIsUpper(t.Text[0]) {
			continue
		}
		if _, ok := normalize.CountryByDemonym(strings.ToLower(t.Text)); ok {
			return true
		}
		if p := cl.mentionEndingAt(k, dkPlace); p != nil && cl.contributorName(p) != "" {
			return true
		}
	}
	return false
}

// demonymAt reports whether token i is a country's adjective ("the
// Japanese share": the subject is that country's).
func (cl *depClause) demonymAt(i int) bool {
	if i < cl.t0 || i >= cl.t1 {
		return false
	}
	t := cl.r.toks[i]
	if t.Kind != Word || len(t.Text) < 4 || !depIsUpper(t.Text[0]) {
		return false
	}
	_, ok := normalize.CountryByDemonym(strings.ToLower(t.Text))
	return ok
}

// homeCountryAt reports whether a country that sends people in this
// document (a government of it is named, or it is a dispatch's subject),
// or a place in it, is mentioned at token i: leaving it is setting out,
// leaving another is coming home.
func (cl *depClause) homeCountryAt(i int) bool {
	if i >= cl.t1 {
		return false
	}
	st := cl.r.toks[i].Span.Start
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start != st || m.kind != dkPlace {
			continue
		}
		p := &cl.r.a.Res.Places[m.idx]
		if cl.r.isHomeCountry(p.Name) {
			return true
		}
		if p.Kind != "country" && p.Country != "" && cl.r.homeCode(p.Country) {
			return true // "left Tokyo": a city of the sending country
		}
	}
	return false
}

// isHomeCountry reports whether a country sends people in this document:
// it is a dispatch's subject, or, before any dispatch names its subject, a
// government of it is named. Once a country is read sending people, a
// government named beside it is more likely the host's ("a request from
// the Government of Pakistan"), and leaving for that country is setting
// out.
func (r *depReader) isHomeCountry(name string) bool {
	if len(r.contributors) > 0 {
		return r.contributors[name] > 0
	}
	for _, c := range r.conName {
		if c == name {
			return true
		}
	}
	return false
}

// homeCode reports whether the ISO 3166 code is that of a country the
// document names that sends people (see isHomeCountry).
func (r *depReader) homeCode(iso3 string) bool {
	for i := range r.a.Res.Places {
		p := &r.a.Res.Places[i]
		if p.Kind == "country" && p.Country == iso3 && r.isHomeCountry(p.Name) {
			return true
		}
	}
	return false
}

// fromOtherCountries reports whether "from" and a number of countries
// follow within a few words from token i ("observers from some 20 other
// countries").
func (cl *depClause) fromOtherCountries(i int) bool {
	for j := i; j < cl.t1 && j < i+4; j++ {
		if !cl.wordIs(j, "from") {
			continue
		}
		for k := j + 1; k < cl.t1 && k <= j+5; k++ {
			if cl.classAt(k).is(dwNations) {
				return true
			}
			if t := cl.r.toks[k]; t.Kind != Word && t.Kind != Number {
				return false
			}
		}
		return false
	}
	return false
}

// endsStay reports whether the end word at i closes a stay: "returned
// home", "returned to" a country that sent people, "withdrew" or "was
// withdrawn", "completed its mission" (or duties, tasks, work).
func (cl *depClause) endsStay(i int) bool {
	switch depLower(cl.r.toks[i].Text) {
	case "returned":
		if cl.wordIs(i+1, "home") {
			return true
		}
		if !cl.wordIs(i+1, "to") {
			return false
		}
		m := cl.mentionStartingAt(i+2, dkPlace)
		return m != nil && cl.r.contributors[cl.contributorName(m)] > 0
	case "completed", "finished":
		if !(cl.wordIs(i+1, "its") || cl.wordIs(i+1, "their")) {
			return false
		}
		switch cl.lowerAt(i + 2) {
		case "mission", "duties", "tasks", "work", "activities", "assignment":
			return true
		}
		return false
	}
	return true // withdrew, withdrawn
}

// inFrontedSubordinate reports whether token i stands in an opening
// "After ..., " or "When ..., " clause: it sets the time of the main
// clause and states nothing itself ("After the unit withdrew, ...").
func (cl *depClause) inFrontedSubordinate(i int) bool {
	if !cl.wordIsAny(cl.t0, "after", "following", "before", "when", "once", "upon", "as", "since", "until") {
		return false
	}
	for j := cl.t0 + 1; j < i; j++ {
		if t := cl.r.toks[j].Text; t == "," || t == ";" {
			return false
		}
	}
	return true
}

// mentionStartingAt is a mention of a kind starting at token i, or nil.
func (cl *depClause) mentionStartingAt(i int, kind depKind) *depRef {
	if i < cl.t0 || i >= cl.t1 {
		return nil
	}
	st := cl.r.toks[i].Span.Start
	for k := range cl.ms {
		if cl.ms[k].span.Start == st && cl.ms[k].kind == kind {
			return &cl.ms[k]
		}
	}
	return nil
}

// operationObject reports whether an operation noun stands within a few
// words from token i with no preposition before it ("the operation", "a
// humanitarian relief operation"): carrying out or conducting an
// operation is being sent to it, conducting a survey is not.
func (cl *depClause) operationObject(i int) bool {
	for j := i; j < cl.t1 && j < i+5; j++ {
		if cl.classAt(j).is(dwOperation) {
			return true
		}
		if cl.r.toks[j].Kind != Word || cl.classAt(j).is(dwPrep) {
			return false
		}
	}
	return false
}

// verbForm reads the form of the verb at i from the words before it.
func (cl *depClause) verbForm(i, prev int, tr *depTrig) depForm {
	word := depLower(cl.r.toks[i].Text)
	ing := strings.HasSuffix(word, "ing")
	if prev >= cl.t0 && cl.wordIs(prev, "to") {
		return vfInfinitive
	}
	if prev >= cl.t0 && cl.classAt(prev).is(dwAux) {
		j := prev
		for j-1 >= cl.t0 && cl.classAt(j-1).is(dwAux|dwAdverb) {
			j--
		}
		tr.auxStart = j
		if ing {
			return vfActive
		}
		for k := j; k < i; k++ {
			switch cl.lowerAt(k) {
			case "is", "are", "was", "were", "be", "been", "being":
				return vfPassive
			}
		}
		return vfActive
	}
	if ing {
		if a := cl.finiteAspectVerb(prev); a >= 0 {
			// "the unit kept flying until ...", "the squadron went on
			// flying": a finite verb of going on makes the -ing the
			// clause's verb, its subject before the aspect verb
			tr.auxStart = a
			for tr.auxStart-1 >= cl.t0 && cl.classAt(tr.auxStart-1).is(dwAux|dwAdverb) {
				tr.auxStart--
			}
			return vfActive
		}
		if prev < cl.t0 || cl.classAt(prev).is(dwGerundPrep|dwCatenative) || cl.r.toks[prev].Text == "," {
			return vfGerund
		}
		return vfReduced
	}
	if prev < cl.t0 {
		return vfReduced // "Dispatched to ..." opening a sentence modifies what follows
	}
	if tr.intrans {
		return vfActive // intransitive: "the first served from April"
	}
	p := cl.r.toks[prev]
	if m := cl.mentionEndingAt(prev, dkPlace, dkOrg); m != nil && cl.contributorName(m) != "" {
		return vfActive
	}
	if p.Text == ")" || (p.Kind == Word && depIsUpper(p.Text[0]) && !cl.insideMention(prev, dkRole, dkCount)) {
		return vfActive
	}
	// "the mission deployed 5,000 troops" has an object: a finite verb;
	// "officers dispatched to UNMIT" goes on with a preposition: a modifier
	if n := i + 1; n < cl.t1 && !cl.classAt(n).is(dwPrep) && cl.lowerAt(n) != "as" &&
		(cl.r.toks[n].Kind == Number || cl.classAt(n).is(dwDet) || cl.mentionStartsAt(n)) {
		return vfActive
	}
	return vfReduced
}

// finiteAspectVerb is the index of a finite verb of going on that token
// prev is or ends ("kept", "continued", "went on", "carried on"), -1 when
// none. Base forms ("to continue dispatching") are left to the gerund
// reading: their subject is a verb before.
func (cl *depClause) finiteAspectVerb(prev int) int {
	switch cl.lowerAt(prev) {
	case "kept", "keeps", "continued", "continues":
		return prev
	case "on":
		switch cl.lowerAt(prev - 1) {
		case "went", "goes", "carried", "carries":
			return prev - 1
		}
	}
	return -1
}

// subjectMention is the organization or place mention right before the
// verb's auxiliary chain (brackets skipped), nil when none.
func (cl *depClause) subjectMention(tr *depTrig) *depRef {
	s := tr.auxStart - 1
	for s >= cl.t0 && (cl.r.toks[s].Text == ")" || cl.r.toks[s].Text == "(") {
		s--
	}
	return cl.mentionEndingAt(s, dkOrg, dkPlace)
}

// validTrigger drops dispatch words that do not state that people were
// sent: a mission as subject ("UNMIL has been deployed"), "provided"
// without people as its object ("provided logistic help"), "consisting
// of" without a head count.
func (cl *depClause) validTrigger(tr *depTrig) bool {
	if tr.form != vfNominal && tr.form != vfInfinitive && tr.form != vfGerund {
		if m := cl.subjectMention(tr); m != nil && cl.isMissionMention(m) {
			return false
		}
	}
	switch tr.class {
	case dwOffer:
		if tr.form == vfPassive {
			return cl.mentionEndingAt(tr.auxStart-1, dkCount, dkRole) != nil
		}
		if cl.objectNear(tr.tok+1, 3, dkCount, dkRole) {
			return true // "provided an engineering unit of the army"
		}
		q := cl.afterQuantity(tr.tok + 1)
		return q != tr.tok+1 && cl.objectNear(q, 3, dkCount, dkRole)
	case dwCompose:
		j := tr.tok + 1
		for cl.classAt(j).is(dwAdverb) {
			j++
		}
		if !cl.wordIs(j, "of") || !cl.objectNear(j+1, 2, dkCount) {
			return false
		}
		p := cl.prevSkipping(tr.tok, dwAdverb|dwAux)
		if p > cl.t0 && cl.r.toks[p].Text == "," {
			p-- // "The team, consisting of eight members, ..."
		}
		return cl.classAt(p).is(dwUnit) || cl.mentionEndingAt(p, dkRole) != nil
	}
	return true
}

// afterQuantity skips an uncounted quantity before an object ("a small
// number of", "a handful of", "a group of", "dozens of"): what follows is
// the people given as "contributed a small number of staff officers"
// gives them. i is returned when no such phrase starts there.
func (cl *depClause) afterQuantity(i int) int {
	j := i
	for j < cl.t1 && j < i+8 && (cl.r.toks[j].Kind == Word || cl.insideMention(j, dkOrg)) && !cl.wordIs(j, "of") && !cl.classAt(j).is(dwPrep) {
		j++
	}
	if j == i || j >= cl.t1 || !cl.wordIs(j, "of") {
		return i
	}
	switch cl.lowerAt(j - 1) {
	case "number", "numbers", "handful", "couple", "few", "dozen", "dozens", "hundreds", "thousands", "body":
		return j + 1
	}
	if cl.classAt(j - 1).is(dwUnit) {
		return j + 1 // "a relief unit of up to 1,000 personnel": the unit's people
	}
	return i
}

// objectNear reports whether a mention of a kind starts within n word
// tokens from token i, with only words before it.
func (cl *depClause) objectNear(i, n int, kinds ...depKind) bool {
	for j := i; j < cl.t1 && j < i+n+1; j++ {
		st := cl.r.toks[j].Span.Start
		for k := range cl.ms {
			if cl.ms[k].span.Start == st && depKindIn(cl.ms[k].kind, kinds) {
				return true
			}
		}
		if cl.r.toks[j].Kind != Word || cl.classAt(j).is(dwPrep) {
			return false
		}
	}
	return false
}

// findCuts marks purpose clauses after the first dispatch word ("to
// support the victims", "in order to facilitate ..."): what they hold is
// not part of the deployment. A cut runs to the next clause boundary.
func (cl *depClause) findCuts() {
	if len(cl.trigs) == 0 {
		return
	}
	main := cl.mainTrig().tok
	ordered := depOrderVerb(cl.lowerAt(main))
	for i := main + 1; i < cl.t1-1; i++ {
		if !cl.wordIs(i, "to") {
			continue
		}
		if ordered {
			// "ordered a unit of 1,000 to provide relief from 13 November":
			// the infinitive is what the people were ordered to do there,
			// with its dates, not a purpose beside the dispatch
			ordered = false
			continue
		}
		n := cl.r.toks[i+1]
		if n.Kind != Word || depIsUpper(n.Text[0]) || cl.classAt(i+1).is(dwDet|dwVerb|dwNominal|dwOffer) || cl.mentionStartsAt(i+1) {
			continue
		}
		if depNumberToken(n) || cl.insideMention(i, dkCount, dkDate) {
			continue // "up to two officers", "from one to three teams": a bound, no purpose
		}
		end := cl.span.End
		for j := i + 2; j < cl.t1; j++ {
			if cl.strongBoundary(j) || (cl.r.toks[j].Text == "," && (cl.wordIs(j+1, "and") || cl.wordIs(j+1, "but"))) {
				end = cl.r.toks[j].Span.Start
				break
			}
		}
		cl.cuts = append(cl.cuts, Span{cl.r.toks[i].Span.Start, end})
		for i < cl.t1 && cl.r.toks[i].Span.Start < end {
			i++
		}
	}
}

// depOrderVerb reports whether w is a past form of a verb of ordering
// people out, whose infinitive after the object is the task ordered.
func depOrderVerb(w string) bool {
	return w == "ordered" || w == "orders"
}

// strongBoundary: ";" or a spaced dash between clauses.
func (cl *depClause) strongBoundary(j int) bool {
	t := cl.r.toks[j]
	switch t.Text {
	case ";":
		return true
	case "-", "–", "—":
		return t.SpaceBefore && j+1 < cl.t1 && cl.r.toks[j+1].SpaceBefore
	}
	return false
}

func (cl *depClause) inCut(sp Span) bool {
	for _, c := range cl.cuts {
		if sp.Start >= c.Start && sp.Start < c.End {
			return true
		}
	}
	return false
}

// findContributor finds the explicit contributor: the country or
// government that is the subject of an active dispatch verb, or, for a
// verb with no subject of its own (to dispatch, dispatching), the one
// before it that no preposition governs.
func (cl *depClause) findContributor() {
	first := cl.mainTrig()
	for _, tr := range cl.trigs {
		if tr.form != vfActive {
			continue
		}
		subj := tr.auxStart - 1
		if _, to, ok := cl.sharedSubject(&tr); ok {
			subj = to - 1 // "the units were placed under X and stayed ...": their subject is "the units"
		}
		if m := cl.subjectMention(&tr); m != nil && !cl.governedByPrep(m) {
			if name := cl.contributorName(m); name != "" {
				cl.conName, cl.conSpan = name, m.span
				return
			}
			if tr == first && cl.headOfSubject(m) {
				cl.otherSubject = true // "The UN dispatched ...": not the document's country
			}
		} else if s := subj; tr == first && s >= cl.t0 && cl.r.toks[s].Kind == Word && !depIsUpper(cl.r.toks[s].Text[0]) &&
			!cl.insideMention(s, dkRole, dkCount) && !cl.classAt(s).is(dwPeople|dwPerson|dwUnit|dwPronoun|dwOrdinal|dwDet) && !cl.demonymAt(s-1) &&
			!depNumberToken(cl.r.toks[s]) { // "the first two served": people counted, not a named subject
			cl.otherSubject = true // "the mission deployed ...": a named subject that is not a country
		}
	}
	if cl.otherSubject {
		return
	}
	if first.form == vfPassive || first.form == vfReduced || first.intrans {
		cl.findDemonymContributor(&first)
		return
	}
	firstStart := cl.r.toks[first.tok].Span.Start
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start >= firstStart {
			break
		}
		name := cl.contributorName(m)
		if name == "" || cl.insideOtherOrg(m) {
			continue
		}
		t := sort.Search(cl.t1-cl.t0, func(i int) bool { return cl.r.toks[cl.t0+i].Span.Start >= m.span.Start }) + cl.t0
		p := cl.prevSkipping(t, dwDet)
		if cl.classAt(p).is(dwPrep) {
			continue
		}
		cl.conName, cl.conSpan = name, m.span
	}
}

// governedByPrep reports whether a place before a verb is the object of a
// preposition that ends a longer subject ("two officials of the embassy in
// Kenya will take part"), so not the subject itself. "of" after
// "government" is kept: "the government of Kenya sent ..." is the
// country acting.
func (cl *depClause) governedByPrep(m *depRef) bool {
	if m.kind != dkPlace {
		return false
	}
	p := cl.prevSkipping(cl.tokenAt(m.span.Start), dwDet)
	if !cl.classAt(p).is(dwPrep) || cl.wordIs(p, "and") {
		return false
	}
	return !(cl.wordIs(p, "of") && (cl.wordIs(p-1, "government") || cl.wordIs(p-1, "governments")))
}

// insideOtherOrg reports whether a mention lies inside a longer
// organization mention ("Japan" in "Government of Japan").
func (cl *depClause) insideOtherOrg(m *depRef) bool {
	for k := range cl.ms {
		o := &cl.ms[k]
		if o.kind == dkOrg && o.span != m.span && o.span.Start <= m.span.Start && m.span.End <= o.span.End {
			return true
		}
	}
	return false
}

// readStatement reads a sentence with a dispatch word; false when it has
// none or states no deployment.
func (cl *depClause) readStatement() bool {
	cl.findTriggers()
	if len(cl.trigs) == 0 {
		return false
	}
	cl.findCuts()
	cl.findContributor()
	before := len(cl.r.drafts)
	if parts := cl.countParts(); len(parts) > 0 {
		cl.readParts(parts)
		cl.readUnitFollowing(parts[len(parts)-1].span.End)
	} else if !cl.leftOut {
		// not when its counts were left out: "Four observers flew home on
		// 28 April" is a part going home, "the Carter Center sent 100
		// observers" another body's people, no statement of the country's

		cl.readRoleObjects()
	}
	if len(cl.r.drafts) == before {
		return false
	}
	if cl.conName != "" {
		if cl.r.contributors == nil {
			cl.r.contributors = map[string]int{}
		}
		cl.r.contributors[cl.conName]++
	}
	return true
}

// readUnitFollowing reads a later clause, joined by ", and" or ";" after
// the counted ones, whose subject is a unit that came next with a date of
// its own ("An advance team of 30 arrived on 19 January, and the main body
// followed from February"): a dispatch of its own, uncounted, dated by its
// clause only. after is where the last count ends.
func (cl *depClause) readUnitFollowing(after int) {
	for _, tr := range cl.trigs {
		if tr.form != vfActive || !tr.intrans || cl.r.toks[tr.tok].Span.Start <= after || !cl.unitFollows(tr.tok) {
			continue
		}
		j := tr.auxStart - 1
		for j >= cl.t0 && j > tr.auxStart-6 && cl.r.toks[j].Kind == Word && !cl.wordIs(j, "and") {
			j-- // the subject: "the main body", "the second contingent"
		}
		if cl.wordIs(j, "and") {
			j--
		}
		if j < cl.t0 || (cl.r.toks[j].Text != "," && cl.r.toks[j].Text != ";") || cl.r.toks[j].Span.Start < after {
			continue // no clause of its own
		}
		start := cl.r.toks[j].Span.End
		end := cl.clauseEndAfter(cl.r.toks[tr.tok].Span.Start, cl.span.End)
		var dates []depRef
		counted := false
		for _, m := range cl.ms {
			if m.span.Start < start || m.span.End > end {
				continue
			}
			switch m.kind {
			case dkDate:
				dates = append(dates, m)
			case dkCount:
				counted = true
			}
		}
		if counted || len(dates) == 0 {
			continue
		}
		dr := newDepDraft(cl.si)
		dr.head = cl.lowerAt(cl.prevSkipping(tr.tok, dwAdverb))
		cl.setDates(&dr, dates)
		clause := Span{start, end}
		cl.setMission(&dr, clause, cl.span)
		cl.setLocation(&dr, clause, clause)
		cl.setContributor(&dr)
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
}

// mainTrig is the clause's main dispatch word: the first one that states a
// deployment rather than modifying a noun ("the officers dispatched to
// UNMIT" in a fronted purpose clause is not the statement).
func (cl *depClause) mainTrig() depTrig {
	for _, tr := range cl.trigs {
		if tr.form != vfReduced {
			return tr
		}
	}
	return cl.trigs[0]
}

// wordIsAny reports whether token i is one of the words ws (lower case),
// ignoring case, without allocating.
func (cl *depClause) wordIsAny(i int, ws ...string) bool {
	for _, w := range ws {
		if cl.wordIs(i, w) {
			return true
		}
	}
	return false
}

// wordIs reports whether token i is the word w, ignoring case.
func (cl *depClause) wordIs(i int, w string) bool {
	return i >= cl.t0 && i < cl.t1 && strings.EqualFold(cl.r.toks[i].Text, w)
}

// articleAt reports whether token i is an article or possessive, after
// which a dispatch word is a noun.
func (cl *depClause) articleAt(i int) bool {
	if i < cl.t0 || i >= cl.t1 {
		return false
	}
	switch depLower(cl.r.toks[i].Text) {
	case "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our":
		return true
	}
	return false
}

// findDemonymContributor reads the contributor from an adjective of
// nationality in the subject of a verb that has no country as subject
// ("Japanese engineers were posted ...", "two Japanese officers
// served ...").
func (cl *depClause) findDemonymContributor(tr *depTrig) {
	from, to := cl.subjectRange(tr)
	// "the Rwandan battalion of some 800 soldiers was deployed": the
	// subject's head is the unit before "of", and its adjective tells whose
	if cl.wordIs(from-1, "of") && cl.classAt(from-2).is(dwUnit) {
		from -= 2
		for k := 0; k < 4 && from-1 >= cl.t0 && cl.r.toks[from-1].Kind == Word && !cl.classAt(from-1).is(dwPrep); k++ {
			from--
		}
	}
	for i := to - 1; i >= from; i-- { // nearest the verb, within the subject's own phrase
		t := cl.r.toks[i]
		if t.Text == "," {
			return
		}
		if t.Kind != Word || !depIsUpper(t.Text[0]) || len(t.Text) < 4 {
			continue
		}
		if p, ok := normalize.CountryByDemonym(strings.ToLower(t.Text)); ok {
			cl.conName, cl.conSpan, cl.conAdjective = p.Name, t.Span, true
			return
		}
	}
}

// headOfSubject reports whether an organization or place mention right
// before the verb is the subject itself, not the end of a phrase in it
// ("1,500 members of the Self-Defense Forces served"), nor the armed force
// that is the people sent ("the Self-Defense Forces were deployed").
func (cl *depClause) headOfSubject(m *depRef) bool {
	if m.kind == dkOrg && cl.r.a.Res.Orgs[m.idx].Category == "military" {
		return false
	}
	p := cl.prevSkipping(cl.tokenAt(m.span.Start), dwDet)
	return !cl.classAt(p).is(dwPrep)
}

// depParticiple reports whether a dispatch word has a participle's form
// ("dispatched", "sent", "serving"); "stations" or "work" without a
// subject before it is a noun.
func depParticiple(w string) bool {
	w = depLower(w)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "sent")
}

// distributiveSubject reports whether the verb at i has "each" or "every"
// and a noun as its subject ("each contingent serves").
func (cl *depClause) distributiveSubject(i int) bool {
	for j := i - 1; j >= cl.t0 && j >= i-3; j-- {
		switch cl.lowerAt(j) {
		case "each", "every":
			return j < i-1
		}
	}
	return false
}
