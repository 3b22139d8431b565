package extract

import (
	"sort"
	"strings"
)

// depForm is the grammatical form a dispatch word takes in its depClause; it
// decides where the people sent stand (after an active verb, before a
// passive one) and whether the depClause states a deployment at all.
type depForm uint8

const (
	vfActive     depForm = iota + 1 // Japan dispatched ...; Japan has dispatched ...
	vfPassive                       // ... were sent; ... have been dispatched
	vfInfinitive                    // decided to dispatch ...
	vfGerund                        // ever since dispatching ...
	vfReduced                       // officers dispatched to X are ... (a modifier, not a statement)
	vfNominal                       // the dispatch of ...
)

// depTrig is a dispatch word found in a depClause.
type depTrig struct {
	tok      int      // token index
	class    depClass // dwVerb, dwOffer, dwCompose or dwNominal
	form     depForm
	auxStart int // first token of the auxiliary chain before it (tok when none)
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

	conName string // explicit contributor, "" when none
	conSpan Span
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

func (cl *depClause) tok(i int) Token { return cl.r.toks[i] }

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
	return cl.r.cls[i]
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
func (cl *depClause) isHeading() bool {
	text := cl.r.a.Doc.Text
	if !depLineAlone(text, cl.span) {
		return false
	}
	switch text[cl.span.End-1] {
	case '.', '!', '?', ';', ':', ',':
		return false
	}
	words := 0
	for i := cl.t0; i < cl.t1; i++ {
		if cl.r.toks[i].Kind == Word {
			words++
		}
	}
	return words <= 10
}

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
	for i := cl.t0; i < cl.t1; i++ {
		t := cl.r.toks[i]
		if t.Kind != Word {
			continue
		}
		c := cl.r.cls[i]
		if !c.is(dwVerb | dwOffer | dwCompose | dwNominal) {
			continue
		}
		if cl.insideMention(i, dkOrg, dkRole) {
			continue // "... Assignment Plan", a role named after a verb
		}
		tr := depTrig{tok: i, auxStart: i}
		prev := cl.prevSkipping(i, dwAdverb)
		switch {
		case c.is(dwNominal) && cl.wordIs(i+1, "of") && !cl.wordIs(prev, "to"):
			tr.class, tr.form = dwNominal, vfNominal
		case c.is(dwVerb | dwOffer | dwCompose):
			tr.class = c & (dwVerb | dwOffer | dwCompose)
			if tr.class.is(dwVerb) {
				tr.class = dwVerb
			}
			tr.form = cl.verbForm(i, prev, &tr)
		default:
			continue
		}
		if !cl.validTrigger(&tr) {
			continue
		}
		cl.trigs = append(cl.trigs, tr)
	}
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
		if prev < cl.t0 || cl.classAt(prev).is(dwGerundPrep) || cl.r.toks[prev].Text == "," {
			return vfGerund
		}
		return vfReduced
	}
	if prev < cl.t0 {
		return vfReduced // "Dispatched to ..." opening a sentence modifies what follows
	}
	if strings.HasPrefix(word, "serv") || strings.HasPrefix(word, "particip") {
		return vfActive // intransitive: "the first served from April"
	}
	p := cl.r.toks[prev]
	if m := cl.mentionEndingAt(prev, dkPlace, dkOrg); m != nil && cl.contributorName(m) != "" {
		return vfActive
	}
	if p.Text == ")" || (p.Kind == Word && depIsUpper(p.Text[0]) && !cl.insideMention(prev, dkRole, dkCount)) {
		return vfActive
	}
	return vfReduced
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
// sent: a mission as subject ("UNDOF has been deployed"), "provided"
// without people as its object ("provided logistics support"), "consisting
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
		return cl.objectNear(tr.tok+1, 3, dkCount, dkRole)
	case dwCompose:
		j := tr.tok + 1
		for cl.classAt(j).is(dwAdverb) {
			j++
		}
		if !cl.wordIs(j, "of") || !cl.objectNear(j+1, 2, dkCount) {
			return false
		}
		p := cl.prevSkipping(tr.tok, dwAdverb|dwAux)
		return cl.classAt(p).is(dwUnit) || cl.mentionEndingAt(p, dkRole) != nil
	}
	return true
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
// not depPart of the deployment. A cut runs to the next depClause boundary.
func (cl *depClause) findCuts() {
	if len(cl.trigs) == 0 {
		return
	}
	for i := cl.mainTrig().tok + 1; i < cl.t1-1; i++ {
		if !cl.wordIs(i, "to") {
			continue
		}
		n := cl.r.toks[i+1]
		if n.Kind != Word || depIsUpper(n.Text[0]) || cl.classAt(i+1).is(dwDet|dwVerb|dwNominal|dwOffer) || cl.mentionStartsAt(i+1) {
			continue
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
		if m := cl.subjectMention(&tr); m != nil {
			if name := cl.contributorName(m); name != "" {
				cl.conName, cl.conSpan = name, m.span
				return
			}
		}
	}
	if first.form == vfPassive || first.form == vfReduced {
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

// readStatement reads a sentence with a dispatch word; false when it has none.
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
	} else {
		cl.readRoleObjects()
	}
	if cl.conName != "" && len(cl.r.drafts) > before {
		cl.r.contributors[cl.conName]++
	}
	return true
}

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
}

// deployableCount reports whether a count can be people sent: not a count
// of patients or refugees, and not "a contingent" or "its first unit" (a
// unit, not a head count).
func deployableCount(c *Count) bool {
	if c.Min == nil && c.Max == nil {
		return false
	}
	notSent, unit := false, false
	eachWord(c.Noun, func(w string) {
		wc := depWordClass(w)
		notSent = notSent || wc.is(dwNotSent)
		unit = unit || wc.is(dwUnit)
	})
	if notSent {
		return false
	}
	if !unit {
		eachWord(c.Text, func(w string) { unit = unit || depWordClass(w).is(dwUnit) })
	}
	if unit && c.Min != nil && c.Max != nil && *c.Min == 1 && *c.Max == 1 {
		return false
	}
	return true
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

// countParts collects the counts that are the depClause's objects, in order,
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
		if !deployableCount(c) {
			continue
		}
		if cl.conName != "" && m.span.End <= cl.conSpan.Start && cl.conSpan.Start < firstTrig {
			continue // before the subject: "Following the quake that killed 300 people, Japan sent ..."
		}
		if onlyCompose && m.span.Start < firstTrig {
			continue
		}
		parts = append(parts, depPart{
			min: c.Min, max: c.Max, noun: c.Noun, countRole: c.Role, aggregate: c.Aggregate,
			each: cl.followedByEach(m.span), unit: countOfUnits(c), span: m.span,
		})
	}
	cl.r.partBuf = parts
	if len(parts) == 0 {
		parts = cl.ordinalParts()
	}
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
		for i := cl.t0; i < cl.t1; i++ {
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
		if split {
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

// countOfUnits reports whether a count counts units rather than people
// ("two transport units").
func countOfUnits(c *Count) bool {
	unit := false
	eachWord(c.Noun, func(w string) { unit = unit || depWordClass(w).is(dwUnit) })
	return unit
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

// scopeDates are the sentence's dates that can date the deployment: not in
// a purpose depClause, and not the date of a decision ("On January 26, the
// Government decided to dispatch ...": the date is the decision's).
func (cl *depClause) scopeDates() []depRef {
	first := cl.mainTrig()
	decisionEnd := -1
	if first.form == vfInfinitive || first.form == vfNominal {
		decisionEnd = cl.r.toks[first.tok].Span.Start
	}
	out := cl.r.dateBuf[:0]
	for _, m := range cl.ms {
		if m.kind != dkDate || cl.inCut(m.span) || m.span.Start < decisionEnd {
			continue
		}
		out = append(out, m)
	}
	cl.r.dateBuf = out
	return out
}

// setDates sets a draft's start and end from the chosen dates: a range
// gives both; a point ("dispatched ... in February 1996") gives the start;
// "since" gives the start, "until" the end, and both together a range.
func (cl *depClause) setDates(dr *depDraft, ds []depRef) {
	if len(ds) == 0 {
		return
	}
	res := &cl.r.a.Res
	iv := res.Dates[ds[0].idx].Interval
	first := cl.r.days(ds[0].idx)
	dr.addSource(ds[0].span)
	dr.d.Start = first.start
	if !iv.Point {
		dr.d.End = first.end
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
		d.start, d.end, d.done = iv.Start(), iv.End(), true
	}
	return *d
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
	for k := range parts {
		p := &parts[k]
		cl.roleForPart(parts, k)
		if p.each {
			cl.r.each = depEach{min: p.min, max: p.max, span: p.span, sent: cl.si}
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
		after, before := cl.r.scratchA[:0], cl.r.scratchB[:0]
		for _, d := range dates {
			if d.span.Start < region.Start || d.span.Start >= region.End {
				continue
			}
			if d.span.Start >= parts[g0].span.Start {
				after = append(after, d)
			} else {
				before = append(before, d)
			}
		}
		cl.r.scratchA, cl.r.scratchB = after[:0], before[:0]
		chosen := after
		if len(chosen) == 0 {
			chosen = before
		}
		if len(chosen) == 0 {
			chosen = fronted
		}
		dr := newDepDraft(cl.si)
		dr.noun = depFirstWord(p.noun)
		dr.d.Min, dr.d.Max = p.min, p.max
		dr.sources = append(dr.sources, p.span)
		dr.addSource(p.sizeSrc)
		dr.d.Role = p.role
		dr.addSource(p.roleSrc)
		cl.setDates(&dr, chosen)
		cl.setMission(&dr, Span{p.span.End, p.sub.End}, region)
		cl.setLocation(&dr, Span{p.span.End, p.sub.End}, Span{parts[g0].span.Start, region.End})
		cl.setContributor(&dr)
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
}

func depFirstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// roleForPart decides the role of depPart k: the count's own, else one named
// after it in its stretch ("16 SDF personnel to UNTAC as cease-fire
// monitors"), else one before it in its stretch ("a relief unit with 23
// members"), else "as ROLE" in its group, else the previous depPart's (a depPart
// inherits from its total), else the role last named in the few sentences
// before (an elided noun: "Eight were sent").
func (cl *depClause) roleForPart(parts []depPart, k int) {
	p := &parts[k]
	res := &cl.r.a.Res
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
	if m := cl.r.lastRoleBefore(cl.si, p.span.Start); m != nil {
		p.role, p.roleSrc = res.Roles[m.idx].Name, m.span
	}
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
// or the few before it; nil when none.
func (r *depReader) lastRoleBefore(si, off int) *depRef {
	lo := 0
	if si-depRoleLookback >= 0 {
		lo = r.sents[si-depRoleLookback].Start
	}
	i := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= off })
	for i--; i >= 0 && r.ms[i].span.Start >= lo; i-- {
		if r.ms[i].kind == dkRole {
			return &r.ms[i]
		}
	}
	return nil
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
	if pick(near) || pick(region) || pick(cl.span) {
		return
	}
	for i := len(cl.r.drafts) - 1; i >= 0; i-- {
		o := &cl.r.drafts[i]
		if o.sent < cl.si-depRoleLookback {
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
	dr.needsCon = true
}

// readRoleObjects reads a depClause with no count: one deployment per role it
// sends ("dispatching its first transport unit and staff officers"), or,
// with no role, one deployment for the depClause when it is dated ("From
// February 1996 to February 2013, Japan dispatched SDF personnel").
func (cl *depClause) readRoleObjects() {
	res := &cl.r.a.Res
	type obj struct {
		role  *depRef
		one   bool // a single person ("the first female officer as a ...")
		oneSp Span
	}
	var objs []obj
	seen := map[Span]bool{}
	statement, people := false, false
	for _, tr := range cl.trigs {
		if tr.form == vfReduced || tr.class == dwCompose {
			continue
		}
		statement = true
		if w := cl.r.toks[tr.tok].Text; tr.form == vfActive && (strings.HasPrefix(w, "serv") || strings.HasPrefix(w, "particip")) {
			from, to := cl.subjectRange(&tr)
			people = people || cl.conName != "" || cl.peopleIn(from, to)
		}
		if tr.form == vfPassive {
			from, to := cl.subjectRange(&tr)
			people = people || cl.peopleIn(from, to)
			for _, m := range cl.subjectRoles(&tr) {
				if !seen[m.span] {
					seen[m.span] = true
					objs = append(objs, obj{role: m})
				}
			}
			continue
		}
		start := tr.tok + 1
		if tr.form == vfNominal {
			start = tr.tok + 2
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
					if m := cl.roleStartingNear(i+1, 3); m != nil && !seen[m.span] {
						seen[m.span] = true
						o := obj{role: m}
						if sp, ok := cl.singlePerson(start, i); ok {
							o.one, o.oneSp = true, sp
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
				if m.kind == dkRole && m.span.Start == t.Span.Start && !seen[m.span] && !depOverlapsAny(m.span, got) {
					seen[m.span] = true
					got = append(got, m)
				}
			}
		}
		for _, m := range got {
			objs = append(objs, obj{role: m})
		}
		people = people || cl.peopleIn(start, end)
	}
	if !statement {
		return
	}
	dates := cl.scopeDates()
	if len(objs) == 0 {
		if len(dates) == 0 || !people {
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
		}
		if o.one {
			dr.d.Min, dr.d.Max = IntPtr(1), IntPtr(1)
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

// subjectRoles are the roles of a passive verb's subject ("liaison and
// coordination personnel were also sent").
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
// for people or for a unit, or an armed force ("SDF personnel", "a
// contingent of the Ground Self-Defense Force"), not things ("relief
// supplies").
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

func (cl *depClause) dateStartsAt(i int) bool {
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

// readTableRow reads a line that lists a deployment without a verb: a
// mission, a date, and a count or role, with hardly any other words
// ("UNDOF  Golan Heights  February 1996 to February 2013  Transport Units
// 43 persons").
func (cl *depClause) readTableRow() {
	if !depLineAlone(cl.r.a.Doc.Text, cl.span) {
		return
	}
	var mission, date *depRef
	var counts, roles []*depRef
	for k := range cl.ms {
		m := &cl.ms[k]
		switch {
		case cl.isMissionMention(m):
			if mission == nil {
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
		case m.kind == dkRole:
			roles = append(roles, m)
		}
	}
	if mission == nil || date == nil || (len(counts) == 0 && len(roles) == 0) {
		return
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
	if loose > 3 {
		return
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
		for _, m := range roles {
			dr := mk()
			dr.d.Role = res.Roles[m.idx].Name
			dr.sources = append(dr.sources, m.span)
			cl.r.evidenceFor(&dr)
			cl.r.drafts = append(cl.r.drafts, dr)
		}
		return
	}
	for _, m := range counts {
		c := &res.Counts[m.idx]
		dr := mk()
		dr.d.Min, dr.d.Max = c.Min, c.Max
		dr.noun = depFirstWord(c.Noun)
		dr.sources = append(dr.sources, m.span)
		dr.d.Role = c.Role
		if dr.d.Role == "" {
			var best *depRef
			for _, rm := range roles {
				if rm.span.End <= m.span.Start {
					best = rm
				}
			}
			if best == nil && len(roles) > 0 {
				best = roles[0]
			}
			if best != nil {
				dr.d.Role = res.Roles[best.idx].Name
				dr.sources = append(dr.sources, best.span)
			}
		}
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
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

// wordIs reports whether token i is the word w, ignoring case.
func (cl *depClause) wordIs(i int, w string) bool {
	return i >= cl.t0 && i < cl.t1 && strings.EqualFold(cl.r.toks[i].Text, w)
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
