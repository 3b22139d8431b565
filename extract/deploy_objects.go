package extract

import (
	"sort"
	"strings"

	"github.com/missionx/missionx/normalize"
)

// readRoleObjects reads a clause with no count: one deployment per role it
// sends ("sent an engineering unit and staff officers"), or, with no role,
// one deployment for the clause when it is dated ("Since May 2004, Norway
// has deployed police personnel to UNMIL").
func (cl *depClause) readRoleObjects() {
	res := &cl.r.a.Res
	type obj struct {
		role  *depRef
		one   bool // a number of people: one person ("the first woman officer as a ..."), or n
		oneSp Span
		n     int // when > 0, how many ("two army (CAF) officers as ...")
	}
	var objs []obj
	var seen depSpanSet
	statement, people := false, false
	head := "" // the word for the people sent, when no role names them ("sent officers")
	mod := ""  // the word before a unit noun the people sent are named by ("police" in "a police contingent")
	for _, tr := range cl.trigs {
		if tr.form == vfReduced || tr.class == dwCompose {
			continue
		}
		statement = true
		if tr.form == vfActive && tr.intrans {
			from, to := cl.subjectRange(&tr)
			if f, t, ok := cl.sharedSubject(&tr); ok {
				from, to = f, t // "the units were placed under X and stayed there"
			}
			if cl.subjectOfOther(from, to) {
				continue // "UNICEF's staff worked ...": not the contributor's people
			}
			people = people || cl.conName != "" || cl.peopleIn(from, to)
			if head == "" {
				head = cl.subjectUnitHead(from, to)
			}
			// "the staff officers served ..." names the people before the verb
			for _, m := range cl.subjectRoles(&tr) {
				if !seen.has(m.span) {
					seen.add(m.span)
					objs = append(objs, obj{role: m})
				}
			}
		}
		if tr.form == vfInfinitive && tr.intrans {
			if from, to, ok := cl.raisedSubject(&tr); ok {
				// "The officers are expected to serve from ...": the
				// subject of the predicate is the infinitive's
				people = people || cl.peopleIn(from, to)
				if head == "" {
					head = cl.subjectUnitHead(from, to)
				}
				for _, m := range cl.rolesIn(from, to) {
					if !seen.has(m.span) {
						seen.add(m.span)
						objs = append(objs, obj{role: m})
					}
				}
			}
		}
		if tr.form == vfPassive {
			from, to := cl.subjectRange(&tr)
			if cl.subjectOfOther(from, to) {
				continue // "its police component was deployed" after "the mission": the mission's people
			}
			people = people || cl.peopleIn(from, to)
			for _, m := range cl.subjectRoles(&tr) {
				if !seen.has(m.span) {
					seen.add(m.span)
					objs = append(objs, obj{role: m})
				}
			}
			continue
		}
		start := tr.tok + 1
		if tr.form == vfNominal {
			start = tr.tok + 2
		}
		if tr.intrans {
			// "participated in UNFICYP from 2009 with a signals unit":
			// the people follow "with"
			if w := cl.withPeople(tr.tok + 1); w >= 0 {
				start = w
			}
		}
		var got []*depRef
		end := start
		for i := start; i < cl.t1 && i < start+25; i++ {
			end = i
			t := cl.r.toks[i]
			lw := depLower(t.Text)
			if lw == "as" && cl.wordIs(i+1, "well") && cl.wordIs(i+2, "as") {
				i += 2
				continue
			}
			if lw == "as" {
				if len(got) == 0 {
					if m := cl.roleStartingNear(i+1, 3); m != nil && !seen.has(m.span) {
						seen.add(m.span)
						o := obj{role: m}
						if sp, ok := cl.singlePerson(start, i); ok {
							o.one, o.oneSp = true, sp
						} else if n, sp, ok := cl.numberedPeople(start, i); ok {
							o.one, o.oneSp, o.n = true, sp, n
						}
						objs = append(objs, o)
					}
				}
				break
			}
			if t.Text == ";" || t.Text == "." || cl.isTrigger(i) || cl.inCut(t.Span) ||
				(cl.classAt(i).is(dwPrep) && lw != "of" && lw != "and" && !cl.insideMention(i, dkRole, dkOrg)) {
				break
			}
			if cl.dateStartsAt(i) {
				break
			}
			for k := range cl.ms {
				m := &cl.ms[k]
				if m.kind == dkRole && m.span.Start == t.Span.Start && !seen.has(m.span) && !depOverlapsAny(m.span, got) {
					seen.add(m.span)
					got = append(got, m)
				}
			}
		}
		for _, m := range got {
			objs = append(objs, obj{role: m})
		}
		people = people || cl.peopleIn(start, end)
		if head == "" {
			head = cl.peopleHead(start, end)
		}
		if mod == "" {
			mod = cl.unitModifier(start, end)
		}
	}
	if !statement || cl.firstTimeComplement() {
		return
	}
	dates := cl.scopeDates()
	if len(objs) == 0 {
		if !people || (len(dates) == 0 && !cl.plainDispatch()) {
			return // nothing says who was sent, or when
		}
		objs = append(objs, obj{})
	}
	firstTrig := cl.r.toks[cl.mainTrig().tok].Span.Start
	after := Span{firstTrig, cl.span.End}
	for _, o := range objs {
		dr := newDepDraft(cl.si)
		if o.role != nil {
			dr.d.Role = res.Roles[o.role.idx].Name
			dr.sources = append(dr.sources, o.role.span)
			dr.announces = !o.one && cl.namedSender()
		} else {
			dr.head, dr.modifier = head, mod
			// nothing names whose people these are: kept only if a role
			// is found for them later (see dropUnowned)
			dr.unowned = cl.conName == "" && !cl.namesArmedForce()
		}
		if o.one {
			n := max(o.n, 1)
			dr.d.Min, dr.d.Max = IntPtr(n), IntPtr(n)
			dr.sources = append(dr.sources, o.oneSp)
		}
		cl.setDates(&dr, dates)
		cl.setMission(&dr, after, cl.span)
		cl.setLocation(&dr, after, cl.span)
		cl.setContributor(&dr)
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
}

// firstTimeComplement reports whether the clause's dispatch word stands
// in the complement of "the first time (that)" ("It was the first time
// that Japan sent engineers abroad", "This is the only time Japan took
// part in ..."): the sentence judges a dispatch the page has stated, and
// with no count of its own it states none.
func (cl *depClause) firstTimeComplement() bool {
	tr := cl.mainTrig().tok
	for i := tr - 1; i > cl.t0; i-- {
		if cl.r.toks[i].Text == ";" || cl.r.toks[i].Text == "." {
			return false
		}
		if cl.wordIs(i, "time") && (cl.classAt(i-1).is(dwOrdinal) || cl.wordIsAny(i-1, "only", "last")) && cl.wordIs(i-2, "the") {
			// "It was the first time (that) Japan sent ...", not the
			// adverbial "For the first time, Japan sent ..."
			return cl.wordIs(i+1, "that") || cl.wordIsAny(i-3, "is", "was", "be", "been", "marks", "marked")
		}
	}
	return false
}

// namesArmedForce reports whether the clause names an armed force ("SDF
// personnel have served ..."): its people are that force's country's.
func (cl *depClause) namesArmedForce() bool {
	for k := range cl.ms {
		if m := &cl.ms[k]; m.kind == dkOrg && cl.r.a.Res.Orgs[m.idx].Category == "military" {
			return true
		}
	}
	return false
}

// unitModifier is the noun before a unit noun in tokens [from, to) that
// names the unit's kind ("police" in "a police contingent", "medical" in
// "a medical team"), lower case; "" when none or when a role or
// organization mention covers it (its role is read from there).
func (cl *depClause) unitModifier(from, to int) string {
	for j := from + 1; j < to && j < cl.t1; j++ {
		if !cl.classAt(j).is(dwUnit) {
			continue
		}
		t := cl.r.toks[j-1]
		if t.Kind != Word || !cl.classAt(j-2).is(dwDet) || cl.classAt(j-1).is(dwDet|dwPrep) || cl.insideMention(j-1, dkRole, dkOrg, dkPlace) {
			return ""
		}
		return depLower(t.Text)
	}
	return ""
}

// namedSender reports whether the clause's main dispatch word is sent by
// a country named as its subject ("Japan sent", "the Government of Japan
// decided to dispatch"), not read from an adjective.
func (cl *depClause) namedSender() bool {
	tr := cl.mainTrig()
	return cl.conName != "" && !cl.conAdjective && (tr.form == vfActive || tr.form == vfInfinitive) && !tr.intrans
}

// subjectRange is the token range of a verb's subject: the words before
// its auxiliary chain back to a preposition or clause mark.
func (cl *depClause) subjectRange(tr *depTrig) (from, to int) {
	lo := tr.auxStart - 12
	if lo < cl.t0 {
		lo = cl.t0
	}
	from = tr.auxStart
	for i := tr.auxStart - 1; i >= lo; i-- {
		t := cl.r.toks[i]
		if t.Text == ";" || cl.isTrigger(i) || (cl.classAt(i).is(dwPrep) && !strings.EqualFold(t.Text, "and") && !cl.insideMention(i, dkRole)) {
			break
		}
		from = i
	}
	return from, tr.auxStart
}

// subjectRoles are the roles of a passive verb's subject ("military
// observers and staff officers were also assigned").
func (cl *depClause) subjectRoles(tr *depTrig) []*depRef {
	from, to := cl.subjectRange(tr)
	if from == to {
		return nil
	}
	var out []*depRef
	sp := Span{cl.r.toks[from].Span.Start, cl.r.toks[to].Span.Start}
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind == dkRole && m.span.Start >= sp.Start && m.span.End <= sp.End && !depOverlapsAny(m.span, out) {
			out = append(out, m)
		}
	}
	return out
}

// peopleIn reports whether tokens [from, to) name people: a role, a word
// for people or for a unit, or an armed force ("police personnel", "a
// battalion of the national army"), not things ("relief supplies").
func (cl *depClause) peopleIn(from, to int) bool {
	for i := from; i < to && i < cl.t1; i++ {
		if cl.classAt(i).is(dwPeople|dwPerson|dwUnit) || cl.insideMention(i, dkRole) {
			return true
		}
		sp := cl.r.toks[i].Span
		for k := range cl.ms {
			m := &cl.ms[k]
			if m.kind == dkOrg && m.span.Start <= sp.Start && sp.End <= m.span.End && cl.r.a.Res.Orgs[m.idx].Category == "military" {
				return true
			}
		}
	}
	return false
}

// plainDispatch reports whether the clause states outright that a named
// country sent people: an active dispatch verb with the country as its
// subject ("Canada dispatched a relief team under ..."), or the country's
// decision to send them ("the Government of Canada decided today to send
// a relief unit"). Such a statement is a deployment even undated. An
// infinitive of purpose ("established a plan ... to dispatch personnel")
// states no dispatch yet.
func (cl *depClause) plainDispatch() bool {
	tr := cl.mainTrig()
	if cl.conName == "" || cl.conAdjective || tr.class != dwVerb || tr.intrans {
		return false
	}
	switch tr.form {
	case vfActive:
		return true
	case vfInfinitive:
		j := tr.tok - 1
		if !cl.wordIs(j, "to") {
			return false
		}
		j = cl.prevSkipping(j, dwAdverb)               // "decided today to send"
		for j > cl.t0 && cl.insideMention(j, dkDate) { // "decided on 5 May to send"
			j--
		}
		j = cl.prevSkipping(j+1, dwAdverb)
		return depDecisionVerb(cl.lowerAt(j))
	}
	return false
}

// depDecisionVerb reports whether w is a form of a verb of deciding, whose
// infinitive object is what the decider will do.
func depDecisionVerb(w string) bool {
	switch w {
	case "decided", "decides", "decide", "agreed", "agrees", "resolved", "determined":
		return true
	}
	return false
}

// subjectOfOther reports whether the subject [from, to), or the few words
// before it that it qualifies ("UNICEF's staff of 200 members"), holds a
// possessive of an organization that is not a contributor.
func (cl *depClause) subjectOfOther(from, to int) bool {
	for from > cl.t0 && from > to-10 && cl.r.toks[from-1].Text != "," && cl.r.toks[from-1].Text != ";" {
		from--
	}
	for i := from; i < to; i++ {
		if other, _ := cl.possessiveOfOther(i); other {
			return true
		}
	}
	return false
}

// raisedSubject is the subject of a predicate of expectation or plan
// before an intransitive infinitive ("The officers are expected to serve",
// "the team is due to arrive", "the unit will be scheduled to stay"): the
// words before the auxiliary, back to a comma, a preposition or the clause
// start. ok is false for any other infinitive ("decided to serve" has the
// decider as its subject, read elsewhere).
func (cl *depClause) raisedSubject(tr *depTrig) (from, to int, ok bool) {
	k := tr.tok - 2 // the word before "to"
	if !cl.wordIs(k+1, "to") {
		return 0, 0, false
	}
	switch cl.lowerAt(k) {
	case "expected", "scheduled", "due", "set", "planned", "likely", "slated", "supposed", "going":
	default:
		return 0, 0, false
	}
	a := k - 1
	for a > cl.t0 && cl.classAt(a).is(dwAdverb) {
		a--
	}
	if !cl.classAt(a).is(dwAux) {
		return 0, 0, false
	}
	for a-1 >= cl.t0 && cl.classAt(a-1).is(dwAux|dwAdverb) {
		a--
	}
	from = a
	for i := a - 1; i >= cl.t0 && i >= a-6; i-- {
		t := cl.r.toks[i]
		if t.Kind != Word || cl.classAt(i).is(dwPrep) || cl.isTrigger(i) {
			break
		}
		from = i
	}
	return from, a, from < a
}

// rolesIn are the role mentions inside tokens [from, to).
func (cl *depClause) rolesIn(from, to int) []*depRef {
	var out []*depRef
	if from >= to {
		return nil
	}
	sp := Span{cl.r.toks[from].Span.Start, cl.r.toks[to-1].Span.End}
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind == dkRole && m.span.Start >= sp.Start && m.span.End <= sp.End && !depOverlapsAny(m.span, out) {
			out = append(out, m)
		}
	}
	return out
}

// sharedSubject is the subject of a verb coordinated after "and" with an
// earlier verb of its clause ("the units were placed under X and stayed
// there until ..."): the words before the earlier verb's auxiliary, back
// to a comma, a preposition or the clause start. ok is false when the
// verb follows no "and" or no auxiliary stands within a few words before.
func (cl *depClause) sharedSubject(tr *depTrig) (from, to int, ok bool) {
	and := tr.auxStart - 1
	if and <= cl.t0 || !cl.wordIs(and, "and") {
		return 0, 0, false
	}
	aux, words := -1, 0
	for i := and - 1; i > cl.t0 && words < 10; i-- {
		if t := cl.r.toks[i]; t.Text == "," || t.Text == ";" || cl.isTrigger(i) {
			break
		}
		if cl.classAt(i).is(dwAux) {
			aux = i
			break
		}
		if t := cl.r.toks[i]; t.Text != "(" && t.Text != ")" && !cl.insideMention(i, dkOrg, dkPlace) {
			words++ // a long name of a mission between is one object
		}
	}
	if aux < 0 {
		return 0, 0, false
	}
	from = aux
	for i := aux - 1; i >= cl.t0 && i >= aux-6; i-- {
		t := cl.r.toks[i]
		if t.Kind != Word || cl.classAt(i).is(dwPrep) {
			break
		}
		from = i
	}
	return from, aux, from < aux
}

// subjectUnitHead is the head of a subject that refers back to a unit
// ("The unit stayed until ...", "the team served ..."): "unit", "team";
// else its people word (see peopleHead).
func (cl *depClause) subjectUnitHead(from, to int) string {
	for i := to - 1; i > from; i-- {
		if cl.r.toks[i].Text == "," {
			from = i + 1 // "On May 20, the unit stayed ...": a fronted phrase before the subject
			break
		}
	}
	if to-from == 2 && cl.wordIs(from, "the") && cl.classAt(from+1).is(dwUnit) && !cl.insideMention(from+1, dkRole, dkOrg) {
		return depLower(cl.r.toks[from+1].Text)
	}
	return cl.peopleHead(from, to)
}

// peopleHead is the last plural word for people in tokens [from, to)
// outside any role mention ("officers" in "sent army officers"), lower
// case; "" when none or too general ("personnel").
func (cl *depClause) peopleHead(from, to int) string {
	head := ""
	for i := from; i < to && i < cl.t1; i++ {
		if cl.classAt(i).is(dwPeople) && !cl.insideMention(i, dkRole) {
			switch w := depLower(cl.r.toks[i].Text); w {
			case "personnel", "staff", "members", "people", "persons", "individuals":
				// "sent units and other personnel": too general to name a role
			default:
				head = w
			}
		}
	}
	return head
}

func (cl *depClause) dateStartsAt(i int) bool {
	if i < cl.t0 || i >= cl.t1 {
		return false
	}
	st := cl.r.toks[i].Span.Start
	for k := range cl.ms {
		if cl.ms[k].kind == dkDate && cl.ms[k].span.Start == st {
			return true
		}
	}
	return false
}

// roleStartingNear is a role mention starting within n tokens from i.
func (cl *depClause) roleStartingNear(i, n int) *depRef {
	for j := i; j < cl.t1 && j < i+n; j++ {
		st := cl.r.toks[j].Span.Start
		for k := range cl.ms {
			if cl.ms[k].kind == dkRole && cl.ms[k].span.Start == st {
				return &cl.ms[k]
			}
		}
	}
	return nil
}

// singlePerson reports whether tokens [i, j) are a singular noun phrase
// naming one person: "a/an/one/the first ... officer".
func (cl *depClause) singlePerson(i, j int) (Span, bool) {
	if j <= i || j-i > 6 {
		return Span{}, false
	}
	d := cl.lowerAt(i)
	if d != "a" && d != "an" && d != "one" && !(d == "the" && cl.classAt(i+1).is(dwOrdinal)) {
		return Span{}, false
	}
	if !cl.classAt(j - 1).is(dwPerson) {
		return Span{}, false
	}
	return Span{cl.r.toks[i].Span.Start, cl.r.toks[j-1].Span.End}, true
}

// numberedPeople reads tokens [i, j) as a number of people the counts
// stage left alone because a bracket or name stands inside the phrase:
// a number, then words, ending in a word for people ("two Armed Forces
// (CAF) officers").
func (cl *depClause) numberedPeople(i, j int) (int, Span, bool) {
	if j-i < 2 || j-i > 10 || !cl.classAt(j-1).is(dwPeople) {
		return 0, Span{}, false
	}
	t := cl.r.toks[i]
	if !(depNumberToken(t)) || cl.insideMention(i, dkDate, dkCount) {
		return 0, Span{}, false
	}
	q, end, ok := normalize.ReadQuantity([]normalize.Word{{Text: depLower(t.Text), Digits: t.Kind == Number}}, 0)
	if !ok || end != 1 || !q.Exact() || q.Min < 1 || q.Min > 100000 {
		return 0, Span{}, false
	}
	return int(q.Min), Span{t.Span.Start, cl.r.toks[j-1].Span.End}, true
}

// readTableRow reads a line that lists a deployment without a verb: a
// mission, a date, and a count or role, with hardly any other words
// ("UNMIN  Nepal  March 2007 to January 2011  Arms Monitors  6 persons").
func (cl *depClause) readTableRow() bool {
	if !depLineAlone(cl.r.a.Doc.Text, cl.span) {
		return false
	}
	var mission, date *depRef
	var counts, roles []*depRef
	for k := range cl.ms {
		m := &cl.ms[k]
		switch {
		case cl.isMissionMention(m):
			if mission == nil && !cl.insideMention2(m, dkCount) { // "432 UN Volunteers" counts people, names no mission
				mission = m
			}
		case m.kind == dkDate:
			if date == nil {
				date = m
			}
		case m.kind == dkCount:
			if deployableCount(&cl.r.a.Res.Counts[m.idx]) {
				counts = append(counts, m)
			}
		case m.kind == dkRole && !cl.insideMention2(m, dkCount):
			roles = append(roles, m)
		}
	}
	if mission == nil || date == nil || (len(counts) == 0 && len(roles) == 0) {
		return false
	}
	if cl.reportingDate(date.span) {
		return false // "Strength (as of May 2011): 9,000 troops, ...": a mission's figures on a day, not a dispatch
	}
	// hardly any words outside mentions: a row, not prose
	loose := 0
	for i := cl.t0; i < cl.t1; i++ {
		t := cl.r.toks[i]
		if t.Kind != Word || depIsUpper(t.Text[0]) || cl.insideAny(t.Span) {
			continue
		}
		loose++
	}
	if loose > 5 {
		return false
	}
	res := &cl.r.a.Res
	cl.trigs = nil
	mk := func() depDraft {
		dr := newDepDraft(cl.si)
		dr.d.Mission = res.Orgs[mission.idx].ID
		dr.sources = append(dr.sources, mission.span)
		cl.setDates(&dr, []depRef{*date})
		cl.setLocation(&dr, cl.span, cl.span)
		dr.needsCon = true
		return dr
	}
	if len(counts) == 0 {
		// a table's size cell the counts stage left alone ("5 / 48"),
		// paired in order with the row's roles
		sizes := cl.tableSizes()
		if len(sizes) == 0 && len(roles) > 0 && cl.r.besideRow(cl.span) {
			sizes = cl.trailingSize(roles[len(roles)-1].span)
		}
		if len(sizes) > 0 && len(sizes) == len(roles) {
			for k, m := range roles {
				dr := mk()
				dr.d.Role = res.Roles[m.idx].Name
				dr.d.Min, dr.d.Max = sizes[k].min, sizes[k].max
				dr.sources = append(dr.sources, m.span, sizes[k].span)
				cl.r.evidenceFor(&dr)
				cl.r.drafts = append(cl.r.drafts, dr)
			}
			return true
		}
		for _, m := range roles {
			dr := mk()
			dr.d.Role = res.Roles[m.idx].Name
			dr.sources = append(dr.sources, m.span)
			cl.r.evidenceFor(&dr)
			cl.r.drafts = append(cl.r.drafts, dr)
		}
		return true
	}
	// cells "Staff officers / Movement control unit" and "5 / 48" pair up
	// in order; otherwise a count takes the role named last before it
	paired := len(counts) == len(roles)
	used := make([]bool, len(roles))
	for k, m := range counts {
		c := &res.Counts[m.idx]
		dr := mk()
		dr.d.Min, dr.d.Max = c.Min, c.Max
		dr.noun, dr.head = depFirstWord(c.Noun), depLastWord(c.Noun)
		dr.sources = append(dr.sources, m.span)
		dr.d.Role = c.Role
		if dr.d.Role == "" && len(roles) > 0 {
			best := -1
			if paired {
				best = k
			} else {
				for j, rm := range roles {
					if rm.span.End <= m.span.Start {
						best = j
					}
				}
				if best < 0 {
					best = 0
				}
			}
			dr.d.Role = res.Roles[roles[best].idx].Name
			dr.sources = append(dr.sources, roles[best].span)
		}
		for j, rm := range roles {
			if res.Roles[rm.idx].Name == dr.d.Role {
				used[j] = true
			}
		}
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
	// a role in the row with no count of its own is a deployment too
	for j, rm := range roles {
		if used[j] {
			continue
		}
		dr := mk()
		dr.d.Role = res.Roles[rm.idx].Name
		dr.sources = append(dr.sources, rm.span)
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
	return true
}

// besideRow reports whether the nearest non-blank line before or after
// the line sp is another table row (a mission and a date) or a header
// naming a size column: a lone line's last number may be anything.
func (r *depReader) besideRow(sp Span) bool {
	text := r.a.Doc.Text
	rowLike := func(ln Span) bool {
		mission, date := false, false
		k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= ln.Start })
		for ; k < len(r.ms) && r.ms[k].span.Start < ln.End; k++ {
			m := &r.ms[k]
			mission = mission || m.kind == dkOrg && r.isMission[m.idx]
			date = date || m.kind == dkDate
		}
		if mission && date {
			return true
		}
		header := false
		eachWord(text[ln.Start:ln.End], func(w string) {
			switch strings.ToLower(w) {
			case "size", "strength", "personnel", "number":
				header = true
			}
		})
		return header && ln.End-ln.Start <= 80
	}
	nonBlank := func(off, step int) (Span, bool) {
		for n := 0; n < 3 && off >= 0 && off < len(text); n++ {
			ln := depLineAround(text, off)
			if strings.TrimSpace(text[ln.Start:ln.End]) != "" {
				return ln, true
			}
			if step < 0 {
				off = ln.Start - 1
			} else {
				off = depNextLine(text, ln)
			}
		}
		return Span{}, false
	}
	line := depLineAround(text, sp.Start)
	if ln, ok := nonBlank(line.Start-1, -1); ok && rowLike(ln) {
		return true
	}
	if ln, ok := nonBlank(depNextLine(text, line), 1); ok && rowLike(ln) {
		return true
	}
	return false
}

// trailingSize reads what follows the row's last role to the end of the
// line as a size cell, for rows whose cells are joined by single spaces
// (an HTML table: "UNMIL Liberia 2004 - 2005 Police officers 20"); nil
// when it is not one.
func (cl *depClause) trailingSize(role Span) []depSize {
	text := cl.r.a.Doc.Text
	sp := Span{role.End, cl.span.End}
	for sp.Start < sp.End && text[sp.Start] == ' ' {
		sp.Start++
	}
	if sp.Start == sp.End || sp.Start == role.End {
		return nil
	}
	for k := range cl.ms {
		if m := cl.ms[k].span; m.Start < sp.End && sp.Start < m.End {
			return nil // a date or other mention, not a size
		}
	}
	return depSizeCell(text, sp)
}

// insideAny reports whether sp lies inside any mention.
func (cl *depClause) insideAny(sp Span) bool {
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.span.Start <= sp.Start && sp.End <= m.span.End {
			return true
		}
	}
	return false
}

// depOverlapsAny reports whether sp overlaps a mention already taken (a
// role nested in a longer one: "staff officers" in "SDF staff officers").
func depOverlapsAny(sp Span, ms []*depRef) bool {
	for _, m := range ms {
		if sp.Start < m.span.End && m.span.Start < sp.End {
			return true
		}
	}
	return false
}

// hasCount reports whether the sentence holds a count.
func (cl *depClause) hasCount() bool {
	for k := range cl.ms {
		if cl.ms[k].kind == dkCount {
			return true
		}
	}
	return false
}

// readDispatchPeriod reads a sentence that dates the deployments stated
// just before it ("The dispatch period is from April 1, 2010 to March 31,
// 2011."): their missing dates are taken from it.
func (cl *depClause) readDispatchPeriod() {
	period := false
	for i := cl.t0; i+1 < cl.t1; i++ {
		if t := cl.r.toks[i]; t.Kind != Word || !mayTrigger(t.Text) {
			continue
		}
		if cl.classAt(i).is(dwNominal) && (cl.wordIs(i+1, "period") || cl.wordIs(i-1, "of") && (cl.wordIs(i-2, "period") || cl.wordIs(i-3, "period"))) {
			period = true
			break
		}
	}
	if !period {
		return
	}
	var dates []depRef
	for _, m := range cl.ms {
		if m.kind == dkDate {
			dates = append(dates, m)
		}
	}
	if len(dates) == 0 {
		return
	}
	last := len(cl.r.drafts) - 1
	if last < 0 || cl.si-cl.r.drafts[last].sent > depRoleLookback {
		return
	}
	// the deployments stated before it for the same mission, undated so far
	mission := cl.r.drafts[last].d.Mission
	for k := last; k >= 0 && cl.si-cl.r.drafts[k].sent <= depRoleLookback; k-- {
		dr := &cl.r.drafts[k]
		if dr.d.Start != "" || dr.d.End != "" || dr.d.Mission != mission {
			continue
		}
		cl.setDates(dr, dates)
		cl.r.evidenceFor(dr)
	}
}

// depSpanSet is a small set of spans (a clause names few objects).
type depSpanSet []Span

func (s depSpanSet) has(sp Span) bool {
	for _, x := range s {
		if x == sp {
			return true
		}
	}
	return false
}

func (s *depSpanSet) add(sp Span) { *s = append(*s, sp) }
