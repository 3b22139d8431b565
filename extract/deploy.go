package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/missionx/missionx/normalize"
)

// FindDeployments reads deployment statements: who sent how many of whom, to
// which mission, where, from when to when. It works over the mentions the
// earlier stages found (dates, roles, counts, organizations, places) and the
// sentences, reading each sentence's clause structure: a dispatch verb and
// its form (active, passive, infinitive, gerund, reduced relative, or a
// noun such as "the dispatch of"), the contributor that is its subject, the
// counts that are its objects (one deployment per count; a list of counts
// shares the clause's dates, while counts separated by dates or by a new
// verb are parts with dates of their own), the mission, the place and the
// dates of each part. Table-like lines (mission, place, dates, role and
// count with no verb) are read too. Fields a clause leaves out are taken
// from context only when it is plain: a part inherits the role of the
// total before it, an elided count takes the role last named nearby, and
// the contributor and mission default to the document's one dispatching
// country and one mission.
//
// Each deployment's evidence is the sentence it was read from, stretched
// back when a field came from an earlier sentence, so that it covers the
// words every field was read from (document-level defaults excepted).
func FindDeployments(a *Analysis) {
	r := newDepReader(a)
	r.run()
	a.Res.Deployments = append(a.Res.Deployments, r.deployments()...)
}

// depKind is the kind of a mention in the reader's merged index.
type depKind uint8

const (
	dkCount depKind = iota + 1
	dkDate
	dkOrg
	dkRole
	dkPlace
)

// depRef points at one mention of an earlier stage's result.
type depRef struct {
	kind depKind
	idx  int // index into the Res slice of its kind
	span Span
}

// depDraft is a deployment being built, with the spans of the mentions its
// fields were read from (for the evidence and for tests).
type depDraft struct {
	d         Deployment
	sent      int    // index of the sentence it was read from
	sources   []Span // mentions its fields came from, in the text
	context   []Span // mentions used from wider context (not covered by evidence)
	noun      string // first word of the count's noun, for coreference
	head      string // last word of the count's noun (lower case), for its kind
	modifier  string // for an uncounted unit, the word naming its kind ("police" in "a police contingent")
	unowned   bool   // uncounted and roleless, read from a clause that names no country nor armed force
	open      bool   // dated by an open range ("since 2019"): ongoing, not one rotation
	definite  bool   // its count is definite ("the two officers"): people introduced before
	announces bool   // a named country sends people of a role, with no count ("Japan will dispatch observers")
	gridRow   bool   // read from a row of a table under a head-count column
	needsCon  bool   // contributor left to the document default
	needsMis  bool   // mission left to the document default
}

// depReader holds one document's indexes for reading deployments.
type depReader struct {
	a         *Analysis
	toks      []Token
	ms        []depRef // every mention, by start
	sents     []Span
	isMission []bool   // per org: may be a deployment's mission
	conName   []string // per org: the country a government org stands for
	drafts    []depDraft

	// explicit contributors seen in dispatch clauses, for the document default
	contributors map[string]int
	cls          []depClass // word class of each token
	known        []uint64   // bit set: tokens whose class has been looked up

	cl                 depClause // the sentence being read (reused)
	scratchA, scratchB []depRef  // reused buffers
	dateBuf            []depRef
	dayCache           []depDays
	headCache          []int8 // headingAt by sentence: 0 unknown, 1 no, 2 yes
	partBuf            []depPart
	dropBuf            []bool

	// the last per-unit size read ("40 personnel each"), for ordinal parts
	each depEach
}

// depEach is a per-unit size and where it was read.
type depEach struct {
	min, max *int
	span     Span
	sent     int // sentence index, -1 when none
}

func newDepReader(a *Analysis) *depReader {
	r := &depReader{a: a, toks: a.Tokens, each: depEach{sent: -1}}
	res := &a.Res
	n := len(res.Counts) + len(res.Dates)
	for _, o := range res.Orgs {
		n += len(o.Mentions)
	}
	for _, o := range res.Roles {
		n += len(o.Mentions)
	}
	for _, o := range res.Places {
		n += len(o.Mentions)
	}
	r.ms = make([]depRef, 0, n)
	for i, c := range res.Counts {
		r.ms = append(r.ms, depRef{dkCount, i, c.Span})
	}
	for i, d := range res.Dates {
		r.ms = append(r.ms, depRef{dkDate, i, d.Span})
	}
	for i, o := range res.Orgs {
		for _, m := range o.Mentions {
			r.ms = append(r.ms, depRef{dkOrg, i, m.Span})
		}
	}
	for i, o := range res.Roles {
		for _, m := range o.Mentions {
			r.ms = append(r.ms, depRef{dkRole, i, m.Span})
		}
	}
	for i, o := range res.Places {
		for _, m := range o.Mentions {
			r.ms = append(r.ms, depRef{dkPlace, i, m.Span})
		}
	}
	slices.SortFunc(r.ms, func(a, b depRef) int {
		switch {
		case a.span.Start != b.span.Start:
			return a.span.Start - b.span.Start
		case a.span.End != b.span.End:
			return a.span.End - b.span.End
		case a.kind != b.kind:
			return int(a.kind) - int(b.kind)
		}
		return a.idx - b.idx
	})

	r.isMission = make([]bool, len(res.Orgs))
	r.conName = make([]string, len(res.Orgs))
	for i, o := range res.Orgs {
		r.isMission[i] = depMissionLike(o)
		r.conName[i] = depGovernmentCountry(o)
	}
	r.sents = splitGluedSentences(a.Doc.Text, a.Tokens, a.Sentences)
	r.cls = make([]depClass, len(a.Tokens))
	r.known = make([]uint64, len(a.Tokens)/64+1)
	return r
}

// classOf is token i's word class, looked up once (classes are looked up
// lazily: most words never need one; a bit per token marks the looked-up
// ones).
func (r *depReader) classOf(i int) depClass {
	if r.known[i>>6]&(1<<(i&63)) != 0 {
		return r.cls[i]
	}
	var c depClass
	if t := r.toks[i]; t.Kind == Word && t.Text != "May" { // the month, not the modal
		c = depWordClass(t.Text)
	}
	r.cls[i] = c
	r.known[i>>6] |= 1 << (i & 63)
	return c
}

// mayTrigger is a cheap filter before the class lookup: every dispatch
// word is at least 4 letters and starts with one of a few letter pairs
// (a test keeps the word list and this filter in step).
func mayTrigger(w string) bool {
	if len(w) < 4 {
		return false
	}
	pair := func(a, b byte) uint16 { return uint16(a)<<8 | uint16(b) }
	switch pair(w[0]|0x20, w[1]|0x20) {
	case pair('d', 'i'), pair('d', 'e'), pair('s', 'e'), pair('s', 't'), pair('a', 's'), pair('a', 'r'),
		pair('p', 'a'), pair('p', 'r'), pair('p', 'o'), pair('c', 'o'), pair('w', 'o'), pair('b', 'a'), pair('r', 'e'), pair('r', 'o'), pair('f', 'l'), pair('e', 'n'):
		return true
	case pair('s', 'u'):
		return len(w) >= 7 // support..., not "such"
	case pair('w', 'i'), pair('f', 'i'):
		return len(w) >= 8 // withdrew, finished; not "with", "within", "first"
	case pair('l', 'e'):
		return w[2]|0x20 == 'a' || w[2]|0x20 == 'f' // leave, left; not "level", "less"
	case pair('m', 'a'):
		return len(w) == 6 && w[2]|0x20 == 'n' // manned; not "many", "march", "major"
	case pair('o', 'r'):
		return len(w) >= 7 // ordered; not "order", "orders", "original"... (the class lookup decides)
	case pair('f', 'o'):
		return len(w) >= 7 // followed, follows; not "for", "force"
	case pair('o', 'p'), pair('n', 'u'), pair('a', 'm'):
		return len(w) >= 8 // operated, numbered, amounted; not "open", "number", "among"
	case pair('c', 'a'):
		return len(w) == 4 && w[2]|0x20 == 'm' // came; not "can", "capital"
	case pair('t', 'o'):
		return len(w) >= 6 && w[2]|0x20 == 't' // totaled, totals; not "total", "today"
	}
	return false
}

// depMissionLike reports whether an organization can be the mission people
// were sent to: a UN mission, or a UN body other than the principal organs
// (people are sent to UNHCR, not to the Security Council).
func depMissionLike(o Org) bool {
	switch o.Category {
	case "un-mission":
		return true
	case "un-body":
		return !depWordClass(o.ID).is(dwNotMission) && !depWordClass(strings.ToLower(o.Name)).is(dwNotMission)
	}
	return false
}

// depGovernmentCountry gives the country a government organization stands for
// ("Government of Japan" -> "Japan"), or "".
func depGovernmentCountry(o Org) string {
	if o.Category != "government" {
		return ""
	}
	name := strings.TrimPrefix(o.Name, "the ")
	for _, p := range []string{"Government of the ", "Government of "} {
		if strings.HasPrefix(name, p) {
			return strings.TrimSpace(name[len(p):])
		}
	}
	return ""
}

// splitGluedSentences splits sentences further where a period is glued to
// the next sentence's capitalized first word ("for UNMIL .In May"),
// which the general splitter leaves joined. Abbreviation dots are inside
// word tokens, so a lone "." token followed without space by a capitalized
// word is a sentence end.
func splitGluedSentences(text string, toks []Token, sents []Span) []Span {
	out := make([]Span, 0, len(sents))
	for _, s := range sents {
		start := s.Start
		t0 := sort.Search(len(toks), func(i int) bool { return toks[i].Span.Start >= s.Start })
		for i := t0; i < len(toks) && toks[i].Span.End <= s.End; i++ {
			t := toks[i]
			if t.Kind != Punct || t.Text != "." || i+1 >= len(toks) {
				continue
			}
			n := toks[i+1]
			if n.SpaceBefore || n.Kind != Word || n.Span.Start >= s.End || !depIsUpper(n.Text[0]) {
				continue
			}
			if i > t0 && toks[i-1].Kind == Word && !t.SpaceBefore && len(toks[i-1].Text) <= 2 {
				continue // "U.S" glued forms the tokenizer did not join
			}
			out = append(out, Span{start, t.Span.End})
			start = n.Span.Start
		}
		out = append(out, Span{start, s.End})
	}
	return out
}

func depIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// run reads every sentence, then fills document-level defaults and roles
// known only from a restatement elsewhere in the document.
func (r *depReader) run() {
	for si := range r.sents {
		cl := r.newClause(si)
		if !cl.mayHoldDeployment() {
			continue
		}
		if cl.isHeading() && !cl.hasCount() {
			if !cl.readTableRow() { // a title names a dispatch ("Dispatch of Engineers to UNMISS") but states none
				cl.readGridRow()
			}
			continue
		}
		if !cl.readStatement() && !cl.readTableRow() && !cl.readGridRow() && !cl.readPresenceItem() && !cl.readStrengthAppositive() {
			cl.readDispatchPeriod()
		}
	}
	r.readBlockRows()
	r.fillDefaults()
	r.fillRolesByRestatement()
	r.fixRolesByOwnNoun()
	r.fillRolesByAntecedent()
	r.fillRolesByNoun()
	r.fillRolesByDefiniteNoun()
	r.fillRoleByTitle()
	r.fillRolesByUnitModifier()
	r.fillRolesBySection()
	r.dropRolelessRows()
	r.dropBreakdowns()
	r.dropUnowned()
	r.dropRestatedRoles()
}

// dropUnowned drops a deployment with no count and no role read from a
// clause that names no country nor armed force ("Peacekeepers have served
// in the buffer zone since 1974" on a mission's fact sheet): a statement
// that tells neither who nor whose is about the mission's people in
// general, not any country's dispatch. A document-wide default contributor
// does not make it one.
func (r *depReader) dropUnowned() {
	keep := r.drafts[:0]
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.unowned && d.d.Role == "" && d.d.Min == nil && d.d.Max == nil {
			continue
		}
		keep = append(keep, *d)
	}
	r.drafts = keep
}

// dropBreakdowns drops undated counts that break down a total read
// before: "They will work in five teams of two" after "to send 10
// observers" tells how the ten are organized, and "... six observers:
// three officials of the national government and three from local
// governments" who the six are; neither is a dispatch of its own. A
// breakdown is a count of units of the total's size ("five teams of
// two") in a clause naming no sender (the people told of before), or a
// run of two or more parts that add up to a total of the same or the
// previous sentence. A part with a role the total lacks or contradicts,
// or with dates of its own, is kept: it tells something new.
func (r *depReader) dropBreakdowns() {
	exact := func(d *Deployment) (int, bool) {
		if d.Min == nil || d.Max == nil || *d.Min != *d.Max {
			return 0, false
		}
		return *d.Min, true
	}
	part := func(t, d *depDraft, near bool) bool {
		if d.d.Start != "" || d.d.End != "" || d.sent < t.sent || near && d.sent > t.sent+1 {
			return false
		}
		return d.d.Role == "" || d.d.Role == t.d.Role
	}
	if len(r.drafts) < 2 {
		return
	}
	drop := r.dropBuf[:0]
	for range r.drafts {
		drop = append(drop, false)
	}
	r.dropBuf = drop
	for i := range r.drafts {
		t := &r.drafts[i]
		n, ok := exact(&t.d)
		if !ok || drop[i] {
			continue
		}
		// units of the total's size: "five teams of two"
		for j := i + 1; j < len(r.drafts); j++ {
			d := &r.drafts[j]
			if m, ok := exact(&d.d); ok && m == n && part(t, d, false) && d.needsCon && depWordClass(d.head).is(dwUnit) {
				drop[j] = true
			}
			// "Ten officers ..., in two rotations of five": a product of
			// the same size in the total's own sentence says how the
			// same people were sent, whatever sender the clause names
			if m, ok := exact(&d.d); ok && m == n && d.sent == t.sent && part(t, d, false) && r.productCount(d) {
				drop[j] = true
			}
		}
		// parts adding up to it: "three officials ... and three from ..."
		sum, j := 0, i+1
		for ; j < len(r.drafts) && sum < n; j++ {
			d := &r.drafts[j]
			m, ok := exact(&d.d)
			if !ok || !part(t, d, true) || drop[j] {
				break
			}
			sum += m
		}
		if sum == n && j-i-1 >= 2 {
			for k := i + 1; k < j; k++ {
				drop[k] = true
			}
		}
	}
	keep := r.drafts[:0]
	for i := range r.drafts {
		if !drop[i] {
			keep = append(keep, r.drafts[i])
		}
	}
	r.drafts = keep
}

// productCount reports whether a draft's count is a product of units and
// their size ("two rotations of five", "six teams of two each"): a number,
// a unit noun (with modifiers between) and "of" before the size.
func (r *depReader) productCount(d *depDraft) bool {
	for _, sp := range d.sources {
		f := strings.Fields(r.a.Doc.Text[sp.Start:sp.End])
		if len(f) < 4 || !depNumberWord(f[0]) {
			continue
		}
		for k := 2; k+1 < len(f) && k <= 4; k++ {
			if f[k] == "of" && depWordClass(f[k-1]).is(dwUnit) && depNumberWord(f[k+1]) {
				return true
			}
		}
	}
	return false
}

// depNumberWord reports whether w is written in digits or is a number word.
func depNumberWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return normalize.IsNumberWord(depLower(w))
}

// dropRolelessRows drops table rows (see readGridRow) whose people no
// role names, neither the row nor the page's sections: a column of
// figures under "Troops" on a mission's fact sheet is its strength over
// time, not anyone's dispatch.
func (r *depReader) dropRolelessRows() {
	keep := r.drafts[:0]
	for i := range r.drafts {
		if r.drafts[i].gridRow && r.drafts[i].d.Role == "" {
			continue
		}
		keep = append(keep, r.drafts[i])
	}
	r.drafts = keep
}

// fillRolesByNoun gives a role to a count that has none when its noun is
// the head of exactly one role the document names ("some 30 observers" on
// a page about election observers). Of two candidate roles ("military
// observer" and "election observer") the one other deployments of the
// document were read with is taken (people were sent as it; the other may
// name someone met there); when both or neither are, null is better than
// a guess. A count of people placed "in the unit" stands for the one unit
// role the document names.
func (r *depReader) fillRolesByNoun() {
	var cands []string
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role != "" || d.head == "" {
			continue
		}
		head := d.head
		if r.mentionsTheUnit(d.sent) && depWordClass(head).is(dwPeople) {
			head = "unit" // "3,000 personnel have served in the unit": the one unit named
		} else if depGenericPeople(head) {
			continue // "144 personnel" is no more "liaison and coordination personnel" than any other
		}
		sing := strings.TrimSuffix(head, "s")
		cands = cands[:0]
		for _, ro := range r.a.Res.Roles {
			last := ro.Name[strings.LastIndexByte(ro.Name, ' ')+1:]
			if (last == sing || last == head) && !slices.Contains(cands, ro.Name) {
				cands = append(cands, ro.Name)
			}
		}
		switch len(cands) {
		case 0:
		case 1:
			d.d.Role = cands[0]
		default:
			d.d.Role = r.onlyRoleSent(cands)
		}
	}
}

// fixRolesByOwnNoun replaces a role named by a generic word for people
// ("liaison and coordination personnel") when the count names its people
// by a word of their own that ends exactly one other role of the document
// ("one stayed" of the observers, "Fourteen observers" in a section on the
// liaison personnel) and nothing else: a count's own noun says what its people are more
// plainly than the section or paragraph it stands in.
func (r *depReader) fixRolesByOwnNoun() {
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role == "" || d.head == "" || d.noun != d.head || depGenericPeople(d.head) || !depWordClass(d.head).is(dwPeople|dwPerson) {
			// a noun of more words ("three liaison and coordination
			// officers") may itself be the role's mention
			continue
		}
		if !depGenericPeople(depLastWord(d.d.Role)) {
			continue
		}
		sing := strings.TrimSuffix(d.head, "s")
		found := ""
		for _, ro := range r.a.Res.Roles {
			if ro.Name == d.d.Role || depLastWord(ro.Name) != sing {
				continue
			}
			if found != "" && found != ro.Name {
				found = ""
				break
			}
			found = ro.Name
		}
		if found != "" {
			d.d.Role = found
		}
	}
}

// fillRolesByDefiniteNoun gives a role to a count of people named by a
// generic noun ("one staff member of the agency", "two officials") when
// the next sentence opens on a definite noun phrase that is a role of the
// same number ("The expert will advise ...", "The observers will ..."):
// English names people first by what they are and then by what they do,
// and a definite noun right after refers back to the people just named.
func (r *depReader) fillRolesByDefiniteNoun() {
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role != "" || d.d.Min == nil || d.d.Max == nil || d.head == "" || d.sent+1 >= len(r.sents) {
			continue
		}
		if !depGenericPeople(d.head) && !depGenericPerson(d.head) {
			continue
		}
		m := r.definiteRoleOpening(d.sent + 1)
		if m == nil {
			continue
		}
		last := depLastWord(r.a.Doc.Text[m.span.Start:m.span.End])
		one := *d.d.Min == 1 && *d.d.Max == 1
		if one == strings.HasSuffix(last, "s") {
			continue // "one staff member ... The observers": not the same people
		}
		d.d.Role = r.a.Res.Roles[m.idx].Name
		d.context = append(d.context, m.span)
	}
}

// fillRolesByUnitModifier gives a role to an uncounted unit whose kind a
// noun before it names ("a police contingent", "a medical team") when the
// document names exactly one role with a mention opening on that word
// ("Police officers come from ...", "Medical Unit"): a unit takes its
// name from the people it is made of.
func (r *depReader) fillRolesByUnitModifier() {
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role != "" || d.modifier == "" {
			continue
		}
		found := -1
		var src Span
		for ri, ro := range r.a.Res.Roles {
			for _, m := range ro.Mentions {
				w, _, _ := strings.Cut(m.Text, " ")
				if strings.EqualFold(w, d.modifier) {
					if found >= 0 && found != ri {
						found = -2 // two roles: null is better than a guess
					} else if found == -1 {
						found, src = ri, m.Span
					}
					break
				}
			}
			if found == -2 {
				break
			}
		}
		if found >= 0 {
			d.d.Role = r.a.Res.Roles[found].Name
			d.context = append(d.context, src)
		}
	}
}

// fillRolesByAntecedent gives an uncounted deployment named by a plural
// noun of people and no role ("The officers are expected to serve from
// May") the role of the last counted deployment of the same noun in the
// few sentences before ("to dispatch two army officers as military
// observers"): a definite noun taken up again refers to the people just
// counted by it.
func (r *depReader) fillRolesByAntecedent() {
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role != "" || d.d.Min != nil || d.d.Max != nil || d.head == "" || depGenericPeople(d.head) {
			continue
		}
		var ante *depDraft
		for j := i - 1; j >= 0; j-- {
			o := &r.drafts[j]
			if o.sent < d.sent-3 {
				break
			}
			if o.head == d.head && o.d.Role != "" && (o.d.Min != nil || o.d.Max != nil) {
				if ante != nil && ante.d.Role != o.d.Role {
					ante = nil // "two officers as observers and two liaison officers": which officers is unclear
					break
				}
				ante = o
			}
		}
		if ante != nil {
			d.d.Role = ante.d.Role
			if d.d.Mission == "" {
				d.d.Mission = ante.d.Mission
			}
		}
	}
}

// fillRoleByTitle gives the title's role to the document's first
// deployment when that one counts people by a generic noun ("to dispatch
// one staff member of the agency to ..." under the title "Dispatch of a
// Development Expert to ..."): a release titled "Dispatch of X to Y"
// announces that dispatch, and its first statement is the one it
// announces. The title must name one role, after a noun of sending; later
// deployments (others sent beside them) are left alone.
func (r *depReader) fillRoleByTitle() {
	if len(r.drafts) == 0 || len(r.sents) == 0 || !r.headingAt(0) {
		return
	}
	d := &r.drafts[0]
	if d.d.Role != "" || d.d.Min == nil || d.d.Max == nil || !(depGenericPeople(d.head) || depGenericPerson(d.head)) {
		return
	}
	title := r.sents[0]
	sending := -1 // where the noun of sending ends
	t0 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Span.Start >= title.Start })
	for i := t0; i+1 < len(r.toks) && r.toks[i].Span.End <= title.End; i++ {
		if r.classOf(i).is(dwNominal) && strings.EqualFold(r.toks[i+1].Text, "of") {
			sending = r.toks[i].Span.End
			break
		}
	}
	if sending < 0 {
		return
	}
	var role *depRef
	k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= sending })
	for ; k < len(r.ms) && r.ms[k].span.End <= title.End; k++ {
		m := &r.ms[k]
		if m.kind != dkRole {
			continue
		}
		if role != nil && r.a.Res.Roles[role.idx].Name != r.a.Res.Roles[m.idx].Name {
			return // two roles: which one is whose is not plain
		}
		role = m
	}
	if role != nil {
		d.d.Role = r.a.Res.Roles[role.idx].Name
		d.context = append(d.context, role.span)
	}
}

// depGenericPerson reports whether a word names one person of any kind
// ("member", "official"): it says nothing of their role.
func depGenericPerson(w string) bool {
	switch w {
	case "member", "person", "individual", "official", "employee":
		return true
	}
	return false
}

// definiteRoleOpening is the role mention that sentence si opens with
// after a definite determiner ("The expert will ...", "These observers
// ..."), or nil.
func (r *depReader) definiteRoleOpening(si int) *depRef {
	sp := r.sents[si]
	t0 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Span.Start >= sp.Start })
	if t0+1 >= len(r.toks) || r.toks[t0+1].Span.Start >= sp.End {
		return nil
	}
	switch depLower(r.toks[t0].Text) {
	case "the", "this", "these", "those":
	default:
		return nil
	}
	st := r.toks[t0+1].Span.Start
	k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= st })
	for ; k < len(r.ms) && r.ms[k].span.Start == st; k++ {
		if r.ms[k].kind == dkRole {
			return &r.ms[k]
		}
	}
	return nil
}

// onlyRoleSent is the one role of cands that a deployment read so far
// has, or "" when none or several have.
func (r *depReader) onlyRoleSent(cands []string) string {
	found := ""
	for _, c := range cands {
		for i := range r.drafts {
			if r.drafts[i].d.Role == c {
				if found != "" {
					return ""
				}
				found = c
				break
			}
		}
	}
	return found
}

// dropRestatedRoles drops a deployment with no count when the document
// states a counted one of the same role and mission whose period it does
// not contradict: "the observers will be stationed in the capital" after
// "to dispatch six personnel as military observers" adds nothing, and a
// count-less reading of a statement whose count was read is a duplicate.
// One with no role either, opening in a month, is covered by a counted one
// of its mission starting in that month; but a named country's statement
// that it sends people of a role ("Japan decided to dispatch a team of
// observers"), made before any count of them, is a statement of its own.
// A definite count ("the two
// officers") repeating an earlier deployment's count, role and mission is
// the same people again.
func (r *depReader) dropRestatedRoles() {
	counted := func(d *Deployment) bool { return d.Min != nil || d.Max != nil }
	restates := func(dd *depDraft, o *Deployment) bool {
		d := &dd.d
		if !counted(o) || o.Mission != d.Mission {
			return false
		}
		if dd.open && o.End != "" {
			// "since April 2019 ... has sent officers" is the ongoing
			// dispatch; "the first pair served from April to November
			// 2019" one rotation of it
			return false
		}
		if d.Role == "" && d.End == "" && len(d.Start) >= 7 && len(o.Start) >= 7 {
			// "took part in the elections of September 1998" and "sent 30
			// observers from 7 to 17 September 1998": one dispatch
			return d.Start[:7] == o.Start[:7] && strings.HasSuffix(d.Start, "-01")
		}
		return d.Role != "" && o.Role == d.Role &&
			(d.Start == "" || d.Start == o.Start) && (d.End == "" || d.End == o.End)
	}
	// "The two officers will serve for a year" after "to dispatch two
	// officers as staff officers": the same people again
	repeats := func(dd *depDraft, o *Deployment) bool {
		d := &dd.d
		return dd.definite && counted(o) && depSameInt(d.Min, o.Min) && depSameInt(d.Max, o.Max) &&
			d.Mission == o.Mission && d.Role == o.Role &&
			(d.Start == "" || d.Start == o.Start) && (d.End == "" || d.End == o.End)
	}
	keep := r.drafts[:0]
	for i := range r.drafts {
		d := &r.drafts[i].d
		drop := false
		for j := 0; j < i && !drop; j++ {
			drop = repeats(&r.drafts[i], &r.drafts[j].d)
		}
		if !drop && !counted(d) {
			for j := range r.drafts {
				if r.drafts[i].announces && j > i {
					break // "Japan decided to dispatch a team of observers", told before any count: a statement of its own
				}
				if j != i && restates(&r.drafts[i], &r.drafts[j].d) {
					drop = true
					break
				}
			}
		}
		if !drop {
			keep = append(keep, r.drafts[i])
		}
	}
	r.drafts = keep
}

// fillRolesBySection gives a role to a deployment that has none when it
// sits in a section whose heading is a role and nothing else ("Engineering
// Unit" above "Japan sent engineers to ..."): pages about one country's
// contributions are laid out by the kind of personnel sent. Captions and
// other headings in between do not end the section; another heading
// naming people (a role or a kind of personnel) does.
func (r *depReader) fillRolesBySection() {
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role != "" {
			continue
		}
		for si := d.sent - 1; si >= 0; si-- {
			if !r.headingAt(si) {
				continue
			}
			if m := r.roleHeading(r.sents[si]); m != nil {
				d.d.Role = r.a.Res.Roles[m.idx].Name
				d.context = append(d.context, m.span)
				break
			}
			if r.sectionHeading(r.sents[si]) && r.namesPeople(r.sents[si]) && !r.tableLine(r.sents[si]) {
				break // a section for personnel of a kind no role names (a caption naming people does not end it)
			}
		}
	}
}

// namesPeople reports whether a line holds a word for a group or kind of
// people ("Transport Coordination Units", "Civilian Personnel").
func (r *depReader) namesPeople(sp Span) bool {
	found := false
	eachWord(r.a.Doc.Text[sp.Start:sp.End], func(w string) {
		found = found || depWordClass(strings.ToLower(w)).is(dwUnit|dwPeople|dwPerson)
	})
	return found
}

// roleHeading returns the role mention a heading consists of, or nil.
func (r *depReader) roleHeading(sp Span) *depRef {
	k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= sp.Start })
	for ; k < len(r.ms) && r.ms[k].span.Start == sp.Start; k++ {
		if r.ms[k].kind == dkRole && r.ms[k].span == sp {
			return &r.ms[k]
		}
	}
	return nil
}

// docContributor is the document's dispatching country when it is plain:
// every dispatch clause that names its subject names the same country.
func (r *depReader) docContributor() string {
	if len(r.contributors) != 1 {
		return ""
	}
	for c := range r.contributors {
		return c
	}
	return ""
}

// docMission is the document's mission when it is plain: the only UN
// mission it names, or the one named clearly more often than any other;
// with no UN mission, the only UN body people can be sent to.
func (r *depReader) docMission() string {
	best, bestN, second := "", 0, 0
	missions := 0
	for i, o := range r.a.Res.Orgs {
		if !r.isMission[i] || o.Category != "un-mission" {
			continue
		}
		missions++
		n := len(o.Mentions)
		if n > bestN {
			best, second, bestN = o.ID, bestN, n
		} else if n > second {
			second = n
		}
	}
	if missions == 1 {
		return best
	}
	if missions > 1 {
		if bestN >= 2 && bestN >= 2*second {
			return best
		}
		return ""
	}
	body := ""
	for i, o := range r.a.Res.Orgs {
		if !r.isMission[i] {
			continue
		}
		if body != "" && body != o.ID {
			return ""
		}
		body = o.ID
	}
	return body
}

func (r *depReader) fillDefaults() {
	con, mis := r.docContributor(), r.docMission()
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.needsCon {
			d.d.Contributor = con
		}
		if d.d.Location != "" && (d.d.Location == d.d.Contributor || r.inCountry(d.d.Location, d.d.Contributor)) {
			// "officials of the Embassy of Canada", "which left Ottawa on
			// 11 May": nobody is sent to their own country
			d.d.Location = ""
		}
		if d.needsMis {
			d.d.Mission = mis
		}
	}
}

// inCountry reports whether the place named place lies in the country
// named country (both as the places stage named them).
func (r *depReader) inCountry(place, country string) bool {
	if country == "" {
		return false
	}
	code := ""
	for i := range r.a.Res.Places {
		if p := &r.a.Res.Places[i]; p.Kind == "country" && p.Name == country {
			code = p.Country
		}
	}
	if code == "" {
		return false
	}
	for i := range r.a.Res.Places {
		if p := &r.a.Res.Places[i]; p.Name == place && p.Kind != "country" {
			return p.Country == code
		}
	}
	return false
}

// fillRolesByRestatement gives a role to a count that has none when the
// document restates the same count of the same noun for the same mission
// with its role ("two officials ..." and, later, "2 officials ... as
// military liaison officers").
func (r *depReader) fillRolesByRestatement() {
	// The first draft (in order) with a role and the same noun, mission and
	// size lends its role; an index keeps this linear on long documents.
	type key struct {
		noun, mission string
		min, max      int
		hasMin        bool
		hasMax        bool
	}
	keyOf := func(d *depDraft) key {
		k := key{noun: d.noun, mission: d.d.Mission}
		if d.d.Min != nil {
			k.min, k.hasMin = *d.d.Min, true
		}
		if d.d.Max != nil {
			k.max, k.hasMax = *d.d.Max, true
		}
		return k
	}
	first := map[key]int{}
	for j := range r.drafts {
		o := &r.drafts[j]
		if o.d.Role == "" {
			continue
		}
		if _, ok := first[keyOf(o)]; !ok {
			first[keyOf(o)] = j
		}
	}
	if len(first) == 0 {
		return
	}
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.d.Role != "" || d.d.Min == nil || d.noun == "" {
			continue
		}
		k := keyOf(d)
		j, ok := first[k]
		if !ok {
			continue
		}
		o := &r.drafts[j]
		d.d.Role = o.d.Role
		d.context = append(d.context, o.d.Evidence.Span)
		if i < j {
			first[k] = i
		}
	}
}

func depSameInt(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// deployments turns the drafts into results, with evidence covering the
// sentence and every source mention.
func (r *depReader) deployments() []Deployment {
	if len(r.drafts) == 0 {
		return nil
	}
	out := make([]Deployment, 0, len(r.drafts))
	for i := range r.drafts {
		out = append(out, r.drafts[i].d)
	}
	return out
}

// evidenceFor sets a draft's evidence: its sentence, stretched to cover
// every source span.
func (r *depReader) evidenceFor(d *depDraft) {
	sp := r.clauseOf(d)
	for _, s := range d.sources {
		if s.Start < sp.Start {
			// from the start of the earlier sentence the field was read in
			k := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].End > s.Start })
			sp.Start = s.Start
			if k < len(r.sents) && r.sents[k].Start < sp.Start {
				sp.Start = r.sents[k].Start
			}
		}
		if s.End > sp.End {
			// to the end of the later sentence the field was read in
			k := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].End >= s.End })
			sp.End = s.End
			if k < len(r.sents) && r.sents[k].Start <= s.Start {
				sp.End = r.sents[k].End
			}
		}
	}
	d.d.Evidence = Mention{Text: r.a.Doc.Text[sp.Start:sp.End], Span: sp}
}

// clauseOf is the part of a draft's sentence its fields were read from:
// the sentence, narrowed to the clauses between semicolons that hold the
// sources ("... in 2004 with 12 observers; the unit served ..." in a
// run-on list of statements).
func (r *depReader) clauseOf(d *depDraft) Span {
	sent := r.sents[d.sent]
	lo, hi := sent.End, sent.Start
	for _, s := range d.sources {
		if s.Start >= sent.Start && s.End <= sent.End {
			lo, hi = min(lo, s.Start), max(hi, s.End)
		}
	}
	if lo >= hi {
		return sent
	}
	text := r.a.Doc.Text
	sp := sent
	if i := strings.LastIndexByte(text[sent.Start:lo], ';'); i >= 0 {
		sp.Start = sent.Start + i + 1
		for sp.Start < lo && isSpaceByte(text[sp.Start]) {
			sp.Start++
		}
	}
	if i := strings.IndexByte(text[hi:sent.End], ';'); i >= 0 {
		sp.End = hi + i
		for sp.End > hi && isSpaceByte(text[sp.End-1]) {
			sp.End--
		}
	}
	return sp
}

// depLower returns the lower-case form of an ASCII-cased word (allocation only
// when it has upper-case letters).
func depLower(w string) string {
	for i := 0; i < len(w); i++ {
		if depIsUpper(w[i]) {
			return strings.ToLower(w)
		}
	}
	return w
}

// mentionsTheUnit reports whether sentence si places people in the unit
// ("served in the unit", "members of the unit"); "The unit built roads;
// 900 personnel served in total" does not say whose the 900 were.
func (r *depReader) mentionsTheUnit(si int) bool {
	sp := r.sents[si]
	t0 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Span.Start >= sp.Start })
	for i := t0 + 1; i+1 < len(r.toks) && r.toks[i+1].Span.End <= sp.End; i++ {
		if strings.EqualFold(r.toks[i].Text, "the") && strings.EqualFold(r.toks[i+1].Text, "unit") {
			p := r.toks[i-1].Text
			if strings.EqualFold(p, "in") || strings.EqualFold(p, "of") || strings.EqualFold(p, "with") {
				return true
			}
		}
	}
	return false
}

// depLastWord is the last word of a noun phrase, lower case.
func depLastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return depLower(s[strings.LastIndexByte(s, ' ')+1:])
}

// depGenericPeople reports whether a word names people of any kind
// ("personnel", "members"): it says nothing of their role.
func depGenericPeople(w string) bool {
	switch w {
	case "personnel", "staff", "members", "people", "persons", "individuals":
		return true
	}
	return false
}

// tableLine reports whether a line is a row or header of a laid-out
// table ("Period | Personnel | Number"): a column named "Personnel" is no
// section for a kind of personnel.
func (r *depReader) tableLine(sp Span) bool {
	text := r.a.Doc.Text
	line := depLineAround(text, sp.Start)
	n := len(depGridCells(text, line))
	return n >= 3 || (n == 2 && strings.IndexByte(text[line.Start:line.End], '|') >= 0)
}
