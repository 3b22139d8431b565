package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/missionx/missionx/normalize"
)

// FindCounts finds counts of people and of groups or units of people: a
// number phrase (normalize.ReadQuantity) followed by a noun phrase whose head
// names people ("16 SDF personnel", "two or three coordination and liaison
// personnel", "Both units"), or a number whose noun is elided and taken from
// the count before it ("Eight were sent", "a second contingent of eight",
// "the first pair"). Products of groups and members are one count ("three
// groups of 5-member teams" is 15). Numbers of anything else (years, yen,
// countries, operations) and numbers inside dates are left out.
//
// The noun phrase is read by hand over the tokens with the word lists of
// package normalize, which keeps this stage fast; the role of a count is the
// role its noun names, else, for a bare "personnel" or an elided noun, the
// role the sentence, the paragraph or the section heading names.
func FindCounts(a *Analysis) {
	c := newCountReader(a)
	c.scan()
	c.assignRoles()
	n, nbounds := 0, 0
	for _, k := range c.found {
		if !k.dropped {
			n++
			nbounds += btoi(k.q.HasMin) + btoi(k.q.HasMax)
		}
	}
	if n > 0 {
		a.Res.Counts = slices.Grow(a.Res.Counts, n)
	}
	bounds := make([]int, nbounds)
	for _, k := range c.found {
		if k.dropped {
			continue
		}
		var rec Count
		rec, bounds = k.count(a.Doc.Text, a.Tokens, bounds)
		a.Res.Counts = append(a.Res.Counts, rec)
	}
	c.release()
}

// countReader is the state of one document's count extraction.
type countReader struct {
	a      *Analysis
	toks   []Token
	ws     []normalize.Word
	inDate []bool
	sent   []int // sentence index of each token, -1 outside any
	sents  []tokRange
	roles  []roleHit // sorted by start; see roleStartingAt
	found  []*found
	// arena holds the found values of the document, allocated a chunk at a
	// time (newFound); found and elidedFrom point into it
	arena []found
	// cells is splitCells' buffer, reused line after line
	cells [][2]int
	// cellGaps says that the text has two spaces in a row or a tab, as
	// between the cells of a table
	cellGaps bool
	// tableRole maps a token of a table's size cell to the role (index into
	// roles) its number counts; nil without such a table
	tableRole map[int]int
	// set by assignRoles, so that role lookups stay linear on long texts:
	// counted marks the sentences that hold a count; foundSorted says that
	// found is in text order, and cur is the index of the count at hand
	counted     []bool
	foundSorted bool
	cur         int
}

type tokRange struct{ start, end int } // token indices, end exclusive

// roleHit is a role mention as token indices.
type roleHit struct {
	start, end int
	name       string
	ofCount    bool // the noun of a count: it names those people, not others nearby
}

// found is a count being built.
type found struct {
	start, end  int // token range of the mention text
	q           normalize.Quantity
	aggregate   bool
	noun        string
	nounHead    string // lower-case singular head word, for matching restatements
	class       normalize.NounClass
	role        string
	elidedFrom  *found // the count whose noun an elided count takes
	elided      bool
	product     bool
	restatement bool   // "(15 personnel in total)" after a product
	roleText    string // the role mention the role was read from, when not the noun ("as cease-fire monitors")
	sentence    int
	dropped     bool
}

// count makes the record of f. Its bounds point into bounds, the room for
// the bounds of all the document's counts (one allocation, not one per
// count), which it returns short of those it took.
func (f *found) count(text string, toks []Token, bounds []int) (Count, []int) {
	span := Span{toks[f.start].Span.Start, toks[f.end-1].Span.End}
	c := Count{
		Mention:     Mention{Text: text[span.Start:span.End], Span: span},
		Approximate: f.q.Approximate,
		Aggregate:   f.aggregate,
		Noun:        f.noun,
		Role:        f.role,
	}
	if f.q.HasMin {
		bounds[0] = int(f.q.Min)
		c.Min, bounds = &bounds[0], bounds[1:]
	}
	if f.q.HasMax {
		bounds[0] = int(f.q.Max)
		c.Max, bounds = &bounds[0], bounds[1:]
	}
	return c, bounds
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countReaders keeps the readers of finished documents, whose arrays the
// next document reuses: a reader allocates several arrays of the length of
// the document's tokens, which would otherwise be garbage after each one.
var countReaders = sync.Pool{New: func() any { return new(countReader) }}

// maxPooledWordTokens bounds the documents whose per-token arrays (the
// count reader's, the words') go back to their pools, so that one very
// long document does not keep its arrays alive.
const maxPooledWordTokens = 1 << 15

func newCountReader(a *Analysis) *countReader {
	c := countReaders.Get().(*countReader)
	c.a, c.toks, c.ws = a, a.Tokens, a.Words()
	n := len(c.toks)
	c.inDate = resize(c.inDate, n)
	dates := a.Res.Dates
	walkDates := datesInOrder(dates) // else marked before the walk below
	if !walkDates {
		c.markDates(dates)
	}
	// one pass over the tokens: the dates they are in (as markDates does),
	// their sentences, the sentences' token ranges, and whether a gap
	// between tokens looks like one between table cells (tokens themselves
	// hold no spaces or tabs)
	c.sent = resize(c.sent, n)
	c.sents = resize(c.sents, len(a.Sentences))
	for i := range c.sents {
		c.sents[i] = tokRange{-1, -1}
	}
	text := a.Doc.Text
	si, prevEnd := 0, 0
	di, furthest := 0, -1
	c.cellGaps = false
	for i := range c.toks {
		span := c.toks[i].Span
		if walkDates {
			for di < len(dates) && dates[di].Span.Start < span.End {
				furthest = max(furthest, dates[di].Span.End)
				di++
			}
			c.inDate[i] = furthest > span.Start
		}
		for si < len(a.Sentences) && a.Sentences[si].End <= span.Start {
			si++
		}
		if si < len(a.Sentences) && a.Sentences[si].Start <= span.Start {
			c.sent[i] = si
			if c.sents[si].start < 0 {
				c.sents[si].start = i
			}
			c.sents[si].end = i + 1
		} else {
			c.sent[i] = -1
		}
		// a gap of one byte (the common one) needs one test
		if g := span.Start - prevEnd; g == 1 && text[prevEnd] == '\t' || g > 1 && isCellGapText(text[prevEnd:span.Start]) {
			c.cellGaps = true
		}
		prevEnd = span.End
	}
	if isCellGapText(text[prevEnd:]) {
		c.cellGaps = true
	}
	for _, r := range a.Res.Roles {
		for _, m := range r.Mentions {
			s := c.tokenAt(m.Span.Start)
			e := s
			for e < n && c.toks[e].Span.Start < m.Span.End {
				e++
			}
			c.roles = append(c.roles, roleHit{start: s, end: e, name: r.Name})
		}
	}
	// the starts are distinct (role mentions do not overlap), so any sort
	// gives one order; slices.SortFunc allocates nothing
	slices.SortFunc(c.roles, func(x, y roleHit) int { return x.start - y.start })
	c.tableRole = c.tableRoles()
	return c
}

// datesInOrder reports whether dates are in the order of their starts.
func datesInOrder(dates []Date) bool {
	for k := 1; k < len(dates); k++ {
		if dates[k].Span.Start < dates[k-1].Span.Start {
			return false
		}
	}
	return true
}

// markDates sets inDate for the tokens that overlap a date's span.
// newCountReader does the same for dates in order in its walk over the
// tokens.
func (c *countReader) markDates(dates []Date) {
	n := len(c.toks)
	if !datesInOrder(dates) {
		clear(c.inDate)
		for _, d := range dates {
			for i := c.tokenAt(d.Span.Start); i < n && c.toks[i].Span.Start < d.Span.End; i++ {
				c.inDate[i] = true
			}
		}
		return
	}
	// dates in text order (the usual case): one walk. A token overlaps a
	// date when some date that starts before the token ends ends after
	// the token starts, that is when the furthest end of those dates does.
	di, furthest := 0, -1
	for i := range c.toks {
		span := c.toks[i].Span
		for di < len(dates) && dates[di].Span.Start < span.End {
			furthest = max(furthest, dates[di].Span.End)
			di++
		}
		c.inDate[i] = furthest > span.Start
	}
}

// release clears the reader of everything of its document and puts it
// back in the pool. Nothing of the results points into it: counts copy
// what they take from found.
func (c *countReader) release() {
	if len(c.toks) > maxPooledWordTokens {
		return
	}
	clear(c.roles)
	clear(c.found)
	clear(c.arena)
	*c = countReader{inDate: c.inDate[:0], sent: c.sent[:0], sents: c.sents[:0], roles: c.roles[:0],
		found: c.found[:0], arena: c.arena[:0], cells: c.cells[:0], counted: c.counted[:0]}
	countReaders.Put(c)
}

// resize returns s with length n, reusing its array when it is big enough.
// The elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// alloc gives a found with value v from the arena.
func (c *countReader) alloc(v found) *found {
	f := c.newFound()
	*f = v
	return f
}

// newFound gives a zero found from the arena. A full chunk is not grown but
// replaced by a new one, so that pointers into the old one stay valid.
func (c *countReader) newFound() *found {
	if len(c.arena) == cap(c.arena) {
		c.arena = make([]found, 0, max(16, 2*cap(c.arena)))
	}
	c.arena = c.arena[:len(c.arena)+1]
	return &c.arena[len(c.arena)-1]
}

// roleStartingAt is the index into c.roles of the role mention that starts
// at token j.
func (c *countReader) roleStartingAt(j int) (int, bool) {
	// the last of the roles that start at or before j
	lo, hi := 0, len(c.roles)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.roles[m].start <= j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 && c.roles[lo-1].start == j {
		return lo - 1, true
	}
	return 0, false
}

// tokenAt is the index of the first token that ends after byte offset b.
func (c *countReader) tokenAt(b int) int {
	// sort.Search without its closure call per step: this runs for every
	// date and role mention
	lo, hi := 0, len(c.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.toks[m].Span.End > b {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// sentenceEnd is the token index where the sentence of token i ends.
func (c *countReader) sentenceEnd(i int) int {
	if s := c.sent[i]; s >= 0 {
		return c.sents[s].end
	}
	return len(c.toks)
}

func (c *countReader) scan() {
	for i := 0; i < len(c.toks); {
		if next := c.at(i); next > i {
			i = next
			continue
		}
		i++
	}
	c.foldRestatements()
}

// at tries to read a count starting at token i and returns the index after
// it, or i when there is none.
func (c *countReader) at(i int) int {
	if c.inDate[i] || c.sent[i] < 0 {
		return i
	}
	w := c.ws[i]
	// "the first pair", "the second pair": two, of the noun counted before
	if w.Text == "pair" && i >= 1 {
		return c.pair(i)
	}
	if w.Text == "over" && i > 0 && phrasalOver[c.ws[i-1].Text] {
		return i // "handed over 30 detainees": 30, not more than 30
	}
	if !normalize.MayStartQuantity(w) {
		return i // most words: ReadQuantity would find nothing
	}
	if !c.numberContextOK(i) {
		return i
	}
	q, qend, ok := normalize.ReadQuantity(c.ws, i)
	if !ok {
		return i
	}
	limit := c.sentenceEnd(i)
	if qend > limit {
		return i
	}
	for k := i; k < qend; k++ {
		if c.inDate[k] {
			return i
		}
	}
	start := c.aggregateStart(i)
	aggregate := start < i || c.totalBefore(i)
	// "three 5-member teams", "a 10-member team"
	if f := c.memberGroups(q, start, qend, limit, true); f != nil {
		f.aggregate = f.aggregate || aggregate
		return c.add(f)
	}
	np, ok := nounPhrase{}, false
	if !c.cellGap(qend) {
		// "2003  Staff officers" in a table row: a gap of cells is no noun phrase
		np, ok = c.nounPhrase(qend, limit)
	}
	if ok && c.singularModifier(q, np, limit) {
		// "nine team sites": the singular "team" modifies the noun the
		// number counts, which names no people
		return qend
	}
	if !ok {
		// "two rotations of two persons each": that many people each time
		if f := c.rotationProduct(q, start, qend, limit, aggregate); f != nil {
			return c.add(f)
		}
		if f := c.tableCount(start, i, qend, found{q: q, aggregate: aggregate, sentence: c.sent[i]}); f != nil {
			return c.add(f)
		}
		if next := c.elided(q, start, i, qend, limit, aggregate); next > i {
			return next
		}
		// a number that counts no one: go on after it, not inside it
		return qend
	}
	f := c.alloc(found{start: start, end: np.end, q: q, aggregate: aggregate, noun: c.text(np.start, np.end),
		nounHead: np.head, class: np.class, role: np.role, sentence: c.sent[i]})
	if np.roleIdx >= 0 {
		c.roles[np.roleIdx].ofCount = true
	}
	if np.class == normalize.GroupNoun && q.Exact() {
		// "two transport units of 40 SDF personnel each", "three groups of
		// 5-member teams", "three groups of four": one product
		if p := c.product(f, np, limit); p != nil {
			return c.add(p)
		}
	}
	// "six personnel on four occasions": that many people each time, all of
	// them together counted (24), as "three groups of four" is 12
	if q.Exact() && np.end+2 < limit && c.ws[np.end].Text == "on" {
		if q2, q2end, ok := normalize.ReadQuantity(c.ws, np.end+1); ok && q2.Exact() && q2end < limit && occasionWords[c.ws[q2end].Text] {
			f.q = q.Times(q2.Value())
			f.product, f.aggregate = true, true
			f.end = q2end + 1
			return c.add(f)
		}
	}
	// "a medical team of about 20 doctors and nurses", "the engineering
	// unit of 350 personnel": the people a group of a role is made of
	// have its role, whatever their noun
	if f.role == "" && start >= 2 && c.ws[start-1].Text == "of" {
		if ri, ok := c.roleEndingAt(start - 1); ok {
			f.role = c.roles[ri].name
			f.roleText = c.text(c.roles[ri].start, c.roles[ri].end)
		}
	}
	end := np.end
	// "of the transport platoon", "of the Self-Defense Forces": the role may follow
	if f.role == "" && end+1 < limit && c.ws[end].Text == "of" {
		k := end + 1
		if w := c.ws[k].Text; (w == "the" || w == "a" || w == "an") && k+1 < limit {
			k++
		}
		for m := k; m < limit && m < k+4; m++ {
			if ri, ok := c.roleStartingAt(m); ok {
				f.role = c.roles[ri].name
				c.roles[ri].ofCount = true
				break
			}
			if c.toks[m].Kind != Word || isStopWord(c.ws[m].Text) {
				break
			}
		}
	}
	if np.role == "" && (np.class == normalize.GenericNoun || np.class == normalize.PersonNoun) {
		// "officials from the Self-Defense Forces", "individuals from the
		// private sector": who the bare noun's people are is part of the
		// mention
		end = c.ofTail(end, limit)
	}
	if e, ok := c.inTotal(end, limit); ok {
		f.aggregate = true
		f.restatement = true
		end = e
	} else if c.totalLater(end, limit) {
		f.aggregate = true // "1,500 members ... served there in total"
	}
	f.end = end
	return c.add(f)
}

// singularModifier reports whether the head of np, read after a number
// above one, is a singular noun followed by another word of the phrase:
// "nine team sites", "three unit vehicles". English puts a plural head
// after such a number, so the singular noun modifies the word after it,
// and that word, which names no people (else nounPhrase would have read
// it), is what the number counts. Nouns whose singular serves as a plural
// ("staff", "crew", "police") are heads as written.
func (c *countReader) singularModifier(q normalize.Quantity, np nounPhrase, limit int) bool {
	if q.HasMin && q.Min <= 1 || !q.HasMin && q.HasMax && q.Max <= 1 || np.role != "" || np.end >= limit || np.end <= np.start {
		return false
	}
	w := c.ws[np.end-1].Text
	if c.toks[np.end-1].Kind != Word || normalize.Singular(w) != w || strings.HasSuffix(w, "s") || collectiveNouns[w] {
		return false
	}
	next := c.toks[np.end]
	return next.Kind == Word && !next.NewlineBefore && !capitalized(next.Text) && !isStopWord(c.ws[np.end].Text) &&
		!elidedVerbs[c.ws[np.end].Text]
}

// collectiveNouns are singular in form and plural in use after a number:
// "12 staff", "three crew", "8 aircrew".
var collectiveNouns = setOf("staff", "personnel", "police", "crew", "aircrew", "militia", "people", "infantry", "cavalry",
	"artillery", "security", "youth", "clergy", "cadre", "folk")

// rotationProduct reads "two rotations of two persons each", "three shifts
// of four officers each": a number of turns, each of that many people,
// which together count the product, as "three groups of four" does. The
// turns name no people themselves, so nounPhrase did not read them.
func (c *countReader) rotationProduct(q normalize.Quantity, start, qend, limit int, aggregate bool) *found {
	if !q.Exact() || qend+2 >= limit || !turnNouns[c.ws[qend].Text] || c.ws[qend+1].Text != "of" {
		return nil
	}
	turns := found{start: start, end: qend + 1, q: q, aggregate: aggregate, class: normalize.GroupNoun, sentence: c.sent[start]}
	f := c.product(&turns, nounPhrase{start: qend, end: qend + 1, roleIdx: -1}, limit)
	if f != nil && f.noun == "" {
		// "Ten officers served, in two rotations of five": the people are
		// those the sentence counted just before; with none, of five what
		// is not said
		if ante := c.antecedent(start); ante != nil && ante.sentence == c.sent[start] && !ante.elided && ante.q.Exact() &&
			ante.q.Value() == f.q.Value() {
			f.elided, f.elidedFrom = true, ante
			f.noun, f.nounHead, f.class = ante.noun, ante.nounHead, ante.class
			return f
		}
		return nil
	}
	return f
}

// turnNouns are turns that a number of people takes one after another.
// (groups, teams and contingents name people and are read by product)
var turnNouns = setOf("rotations", "shifts", "batches", "waves", "relays", "rounds")

func (c *countReader) add(f *found) int {
	c.found = append(c.found, f)
	return f.end
}

func (c *countReader) text(s, e int) string {
	if s >= e {
		return ""
	}
	return c.a.Doc.Text[c.toks[s].Span.Start:c.toks[e-1].Span.End]
}

// numberContextOK rejects numbers that name things rather than count them:
// "resolution 1908", "No. 9", "B-747", a day next to a month name, a year
// after "in".
func (c *countReader) numberContextOK(i int) bool {
	t := c.toks[i]
	if t.Kind != Number {
		return true
	}
	if i > 0 {
		p := c.toks[i-1]
		pw := c.ws[i-1].Text
		if p.Kind == Punct && (p.Text == "-" || p.Text == "/" || p.Text == "#") && !t.SpaceBefore && i >= 2 && c.toks[i-2].Kind == Word && !p.SpaceBefore {
			return false // B-747, C-130
		}
		if p.Kind == Word && !t.SpaceBefore {
			return false // glued to a word before it: "Headquarters2", "on19"
		}
		pc := numberContexts[pw]
		if pc&(isIdentifierWord|isMonthName) != 0 {
			return false
		}
		if pw == "." && i >= 2 && (c.ws[i-2].Text == "no" || c.ws[i-2].Text == "nos") {
			return false
		}
		if pc&isYearPreposition != 0 && len(t.Text) == 4 && t.Text >= "1800" && t.Text <= "2199" {
			return false
		}
	}
	if i+1 < len(c.toks) && numberContexts[c.ws[i+1].Text]&isMonthName != 0 && capitalized(c.toks[i+1].Text) && !c.toks[i+1].NewlineBefore {
		return false // "12 January"; not the last cell of a table row before one that opens with a month
	}
	return true
}

// numberContexts merges identifierWords, monthNames and yearPrepositions,
// so that numberContextOK looks a word up once.
var numberContexts = func() map[string]numberContext {
	m := map[string]numberContext{}
	for bit, set := range map[numberContext]map[string]bool{
		isIdentifierWord: identifierWords, isMonthName: monthNames, isYearPreposition: yearPrepositions,
	} {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
}()

type numberContext uint8

const (
	isIdentifierWord numberContext = 1 << iota
	isMonthName
	isYearPreposition
)

// looksLikeYear reports whether token i is four digits from 1800 to 2199.
func (c *countReader) looksLikeYear(i int) bool {
	t := c.toks[i].Text
	return c.toks[i].Kind == Number && len(t) == 4 && t >= "1800" && t <= "2199"
}

// aggregateStart extends a count back over "a total of" / "total of" /
// "totalling" before it and returns the new start (i when there is none).
func (c *countReader) aggregateStart(i int) int {
	if i >= 2 && c.ws[i-1].Text == "of" && c.ws[i-2].Text == "total" {
		if i >= 3 && c.ws[i-3].Text == "a" {
			return i - 3
		}
		return i - 2
	}
	if i >= 1 && (c.ws[i-1].Text == "totalling" || c.ws[i-1].Text == "totaling") {
		return i - 1
	}
	return i
}

// ofTail reads "of (the) NAME" or "from (the) NAME" after a noun at k and
// returns the index after it (k when there is none). NAME is a role
// ("of the transport platoon"), capitalized words ("from the Self-Defense
// Forces") or up to three lower-case words that are no verbs ("from the
// private sector"), ending before a stop word or punctuation.
func (c *countReader) ofTail(k, limit int) int {
	if k+1 >= limit || (c.ws[k].Text != "of" && c.ws[k].Text != "from") {
		return k
	}
	j := k + 1
	if w := c.ws[j].Text; w == "the" || w == "a" || w == "an" {
		j++
	}
	if j >= limit || c.toks[j].NewlineBefore || c.toks[j].Kind != Word {
		return k
	}
	if ri, ok := c.roleStartingAt(j); ok {
		return c.roles[ri].end
	}
	first := j
	if capitalized(c.toks[j].Text) {
		for j < limit && !c.toks[j].NewlineBefore {
			t := c.toks[j]
			if t.Kind == Word && capitalized(t.Text) {
				j++
				continue
			}
			if t.Kind == Punct && isDashText(t.Text) && j > first && j+1 < limit && c.toks[j+1].Kind == Word {
				j++
				continue
			}
			break
		}
	} else {
		for j < limit && j < first+3 && c.toks[j].Kind == Word && !isStopWord(c.ws[j].Text) {
			w := c.ws[j].Text
			if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || elidedVerbs[w] {
				return k
			}
			j++
		}
	}
	if j == first || j < limit && c.toks[j].Kind == Word && !isStopWord(c.ws[j].Text) {
		return k // nothing named, or more than a short name
	}
	return j
}

// totalBefore reports "In total," / "In all," / "Altogether," opening the
// clause of the number at i.
func (c *countReader) totalBefore(i int) bool {
	if i < 2 || c.ws[i-1].Text != "," {
		return false
	}
	if c.ws[i-2].Text == "altogether" {
		return true
	}
	return i >= 3 && c.ws[i-3].Text == "in" && (c.ws[i-2].Text == "total" || c.ws[i-2].Text == "all")
}

// totalLater reports "in total" / "in all" / "altogether" later in the
// clause of a count that ends at k, before any other number.
func (c *countReader) totalLater(k, limit int) bool {
	for j := k; j < limit && j < k+10; j++ {
		w := c.ws[j].Text
		if c.toks[j].Kind == Number || normalize.IsNumberWord(w) || w == "," || w == ";" || w == ":" || w == "(" {
			return false
		}
		if _, ok := c.inTotal(j, limit); ok {
			return true
		}
	}
	return false
}

// inTotal reads "in total" / "in all" / "altogether" after a count.
func (c *countReader) inTotal(k, limit int) (int, bool) {
	if k+1 < limit && c.ws[k].Text == "in" && (c.ws[k+1].Text == "total" || c.ws[k+1].Text == "all") {
		return k + 2, true
	}
	if k < limit && c.ws[k].Text == "altogether" {
		return k + 1, true
	}
	return k, false
}

// nounPhrase is what nounPhrase read.
type nounPhrase struct {
	start, end int // token range of the phrase
	head       string
	class      normalize.NounClass
	role       string
	roleIdx    int // into c.roles, -1 when the phrase names no role
}

// nounPhrase reads the noun phrase a number counts, from token k: modifiers
// ("SDF", "Air Self-Defense Force", "national government", "additional")
// and a head noun that names people or a group of people. It fails when the
// head names anything else ("12 years", "five provinces", "two special
// government planes") or when no noun follows ("Eight were sent").
func (c *countReader) nounPhrase(k, limit int) (nounPhrase, bool) {
	np := nounPhrase{start: k, roleIdx: -1}
	head := -1
	j := k
	coordinated := false // modifiers joined by "and"/"or" or commas came before
	for mods := 0; j < limit && mods < 8; mods++ {
		if j > k && c.toks[j].NewlineBefore {
			break
		}
		if ri, ok := c.roleStartingAt(j); ok {
			r := c.roles[ri]
			if coordinated {
				// "engineering, transport and medical personnel": the role
				// is the last of several kinds, the count is of them all
				// (and the role, part of this count's noun, names no others)
				c.roles[ri].ofCount = true
				ri = -1
				r.name = ""
			}
			last := c.ws[r.end-1].Text
			// "civilian police component": the role word is a modifier
			if r.end < limit && normalize.ClassOf(c.ws[r.end].Text) == normalize.TailNoun && !c.toks[r.end].NewlineBefore {
				j = r.end + 1
				head = -1
				continue
			}
			np.end, np.head, np.role, np.roleIdx = r.end, normalize.Singular(last), r.name, ri
			np.class = normalize.ClassOf(last)
			if coordinated && (np.class == normalize.NotPeople || np.class == normalize.TailNoun) {
				return np, false // "medical and engineering unit ...": no people noun read
			}
			if np.class == normalize.NotPeople || np.class == normalize.TailNoun {
				np.class = normalize.GenericNoun // a role names people whatever its last word
			}
			// "engineering unit personnel", "transport unit members": the
			// people noun after the role is the head
			if e := r.end; e < limit && !c.toks[e].NewlineBefore && c.toks[e].Kind == Word {
				if cl := normalize.ClassOf(c.ws[e].Text); cl == normalize.GenericNoun || cl == normalize.PersonNoun {
					np.end, np.head, np.class = e+1, normalize.Singular(c.ws[e].Text), cl
				}
			}
			return np, true
		}
		t := c.toks[j]
		w := c.ws[j].Text
		if t.Kind == Punct {
			// hyphens inside a compound: "Self-Defense", "Self - Defense"
			if isDashText(w) && j > k && j+1 < limit && c.toks[j-1].Kind == Word && c.toks[j+1].Kind == Word {
				j++
				continue
			}
			// "120 Ground Self-Defense Force (GSDF) personnel": an
			// organization's name with its acronym in brackets modifies the
			// people noun after it as the name alone does ("120 GSDF
			// personnel")
			if w == "(" && j > k && j+2 < limit && capitalized(c.toks[j-1].Text) && c.toks[j+1].Kind == Word &&
				isCapsWord(c.toks[j+1].Text) && c.ws[j+2].Text == ")" {
				j += 3
				continue
			}
			// "engineering, transport and medical personnel": a list of
			// modifiers that closes with a coordinated one
			if w == "," && c.modifierList(k, j, limit) {
				coordinated = true
				j++
				continue
			}
			break
		}
		if (w == "and" || w == "or") && c.coordinatedModifier(k, j, limit) {
			coordinated = true
			j++ // "national and local government officials"
			continue
		}
		if t.Kind != Word || isStopWord(w) {
			break
		}
		switch cl := normalize.ClassOf(w); cl {
		case normalize.PersonNoun, normalize.GenericNoun, normalize.GroupNoun:
			head = j
			np.class = cl
			j++
			// "troop-contributing countries", "police-contributing
			// States": a people noun joined by a tight hyphen to the word
			// after it is part of a compound modifier
			if j+1 < limit && isDashText(c.ws[j].Text) && !c.toks[j].SpaceBefore && !c.toks[j+1].SpaceBefore && c.toks[j+1].Kind == Word &&
				normalize.ClassOf(c.ws[j+1].Text) == normalize.NotPeople {
				head = -1
				j += 2
				continue
			}
			if j < limit && !c.toks[j].NewlineBefore && c.toks[j].Kind == Word {
				next := normalize.ClassOf(c.ws[j].Text)
				if next == normalize.TailNoun {
					head = -1 // "police stations", "member states"
					j++
					continue
				}
				// "civilian police officers", "staff members" go on; after
				// a plural head a singular noun is a verb ("860 troops man
				// the posts")
				nw := c.ws[j].Text
				if next != normalize.NotPeople && !(w != normalize.Singular(w) && nw == normalize.Singular(nw) && !collectiveNouns[nw]) {
					continue
				}
				if _, ok := c.roleStartingAt(j); ok {
					continue
				}
			}
			np.end = j
			np.head = normalize.Singular(c.ws[head].Text)
			return np, true
		default:
			// a modifier; a lower-case plural that names no people is the
			// head of something else: "five provinces", "12 years"
			if !capitalized(t.Text) && normalize.Singular(w) != w && len(w) > 3 {
				return np, false
			}
			// "50,000 Afghans", "some 300 Liberians": a nationality in
			// the plural names people (the singular, "Afghan refugees",
			// stays a modifier)
			if capitalized(t.Text) && len(w) > 3 && w[len(w)-1] == 's' {
				// demonym + "s" ("Somalis", "Iraqis": Singular keeps
				// the "-is" of "analysis")
				if _, ok := normalize.CountryByDemonym(w[:len(w)-1]); ok {
					np.class, np.end, np.head = normalize.PersonNoun, j+1, w[:len(w)-1]
					return np, true
				}
			}
			j++
		}
	}
	return np, false
}

// coordinatedModifier reports whether "and"/"or" at j joins two modifiers of
// one noun phrase that starts at k ("national and local government
// officials", "civilian and military personnel"): a word that is no head
// before it, and after it a word that is no stop word, then more words up to
// a head that names people.
func (c *countReader) coordinatedModifier(k, j, limit int) bool {
	p := j - 1 // the modifier before "and"
	if p > k && c.ws[p].Text == "," {
		p-- // the serial comma: "supply, signal, or repair staff"
	}
	if j == k || j+1 >= limit || c.toks[p].Kind != Word || c.toks[j+1].Kind != Word || c.toks[j+1].NewlineBefore {
		return false
	}
	if isStopWord(c.ws[p].Text) || isStopWord(c.ws[j+1].Text) || normalize.IsNumberWord(c.ws[j+1].Text) {
		return false
	}
	if cl := normalize.ClassOf(c.ws[p].Text); cl != normalize.NotPeople && cl != normalize.TailNoun {
		return false // a head before "and": two noun phrases, not one
	}
	// the head must follow within a few words, with no other "and"
	for m := j + 1; m < limit && m < j+5; m++ {
		if c.toks[m].Kind != Word || isStopWord(c.ws[m].Text) {
			return false
		}
		if cl := normalize.ClassOf(c.ws[m].Text); cl == normalize.PersonNoun || cl == normalize.GenericNoun || cl == normalize.GroupNoun {
			return true
		}
		if _, ok := c.roleStartingAt(m); ok {
			return true
		}
	}
	return false
}

// modifierList reports whether the comma at j separates modifiers of one
// noun phrase that starts at k: single words, no heads, separated by
// commas, up to an "and"/"or" that coordinatedModifier accepts
// ("engineering, transport and medical personnel"). A list of noun phrases
// ("observers, drivers and interpreters") has a head before the comma.
func (c *countReader) modifierList(k, j, limit int) bool {
	for m := j; m < limit && m < j+8; m += 2 {
		if m == k || c.toks[m-1].Kind != Word || isStopWord(c.ws[m-1].Text) {
			return false
		}
		if cl := normalize.ClassOf(c.ws[m-1].Text); cl != normalize.NotPeople {
			return false
		}
		switch c.ws[m].Text {
		case ",":
			if m+1 < limit && (c.ws[m+1].Text == "and" || c.ws[m+1].Text == "or") {
				return c.coordinatedModifier(k, m+1, limit) // the serial comma
			}
			continue
		case "and", "or":
			return c.coordinatedModifier(k, m, limit)
		}
		return false
	}
	return false
}

// anyNounPhrase reads up to four words up to a stop word as a noun phrase
// of unknown head, for "a 2,000-strong force" where the words before
// already say that people are counted.
func (c *countReader) anyNounPhrase(k, limit int) (nounPhrase, bool) {
	np := nounPhrase{start: k, roleIdx: -1, class: normalize.GroupNoun}
	j := k
	for j < limit && j < k+4 && c.toks[j].Kind == Word && !isStopWord(c.ws[j].Text) && (j == k || !c.toks[j].NewlineBefore) {
		j++
	}
	if j == k {
		return np, false
	}
	np.end, np.head = j, normalize.Singular(c.ws[j-1].Text)
	return np, true
}

// elided handles a number with no noun after it: "Eight were sent", "and
// one was stationed" (the noun of the count before), "a second contingent
// of eight" (a group of people).
func (c *countReader) elided(q normalize.Quantity, start, i, qend, limit int, aggregate bool) int {
	if qend == i+1 && c.looksLikeYear(i) {
		return i // "1996 was the year": a bare year counts no one
	}
	// "formed a pair in the capital and two pairs in the west": pairs of
	// the people counted just before, two each ("a pair of officers",
	// with its noun, is read as a number phrase)
	if f := c.pairs(q, start, qend, limit, aggregate); f != nil {
		return c.add(f)
	}
	if f := c.elidedPeople(q, start, i, qend, limit, aggregate); f != nil {
		return c.add(f)
	}
	// "a (second) contingent of eight", "the Japanese contingent of 400"
	// (nothing nounlike may follow: in "units of both parties" the number
	// counts the parties, a noun that names no people)
	if i >= 2 && c.ws[i-1].Text == "of" && (normalize.ClassOf(c.ws[i-2].Text) == normalize.GroupNoun || peopleBodyNouns[c.ws[i-2].Text]) && c.toks[i-2].Kind == Word &&
		(bareNumberEnd(c, qend, limit) || elidedVerbs[c.ws[qend].Text]) {
		s := i - 2 // the start of the text: the determiner, if any
		nounStart := s
		follows := false // "second", "another", "further": more of the people counted before
		for s > 0 && s > i-6 && c.sent[s-1] == c.sent[i] && c.toks[s-1].Kind == Word {
			w := c.ws[s-1].Text
			if w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "another" || strings.HasSuffix(w, "'s") {
				s--
				follows = follows || w == "another"
				break
			}
			if isStopWord(w) {
				break
			}
			follows = follows || normalize.IsOrdinalWord(w) || w == "new" || w == "further" || w == "additional" || w == "next"
			s--
			nounStart = s
		}
		f := c.alloc(found{start: s, end: qend, q: q, aggregate: aggregate, class: normalize.GroupNoun, sentence: c.sent[i],
			noun: c.text(nounStart, i-1), nounHead: normalize.Singular(c.ws[i-2].Text)})
		if ante := c.antecedent(i); ante != nil && follows {
			f.elided, f.elidedFrom = true, ante
			f.noun, f.nounHead, f.class = ante.noun, ante.nounHead, ante.class
		}
		return c.add(f)
	}
	// "personnel numbering approximately 200", "Number of personnel: 350",
	// "SDF personnel (350)": the people noun comes first
	if b := i - 1; b >= 1 && (numberingWords[c.ws[b].Text] || c.ws[b].Text == "(" && qend < limit && c.ws[qend].Text == ")") && c.sent[b] == c.sent[i] {
		h := b - 1
		if cl := normalize.ClassOf(c.ws[h].Text); c.toks[h].Kind == Word && c.sent[h] == c.sent[i] && !c.toks[b].NewlineBefore && !c.toks[i].NewlineBefore && (cl == normalize.GenericNoun || cl == normalize.PersonNoun || cl == normalize.GroupNoun) {
			from := h // the text runs from the noun: "personnel numbering approximately 200"
			if c.ws[b].Text == "(" {
				from = i
			}
			f := c.alloc(found{start: from, end: qend, q: q, aggregate: aggregate || strings.HasPrefix(c.ws[b].Text, "total"),
				noun: c.toks[h].Text, nounHead: normalize.Singular(c.ws[h].Text), class: cl, sentence: c.sent[i]})
			if ri, ok := c.roleEndingAt(h + 1); ok {
				f.role = c.roles[ri].name
				f.noun = c.text(c.roles[ri].start, h+1)
				c.roles[ri].ofCount = true
				if from == h {
					f.start = c.roles[ri].start // "UN police: 68": the whole role
				}
			}
			return c.add(f)
		}
	}
	// "Total: 3,948" under lines that count people by kind ("Troops:
	// 3,145", "Police: 139"): the label of a strength list's sum counts
	// all of them; it names no one kind, so it borrows no role
	if i >= 2 && c.ws[i-1].Text == ":" && c.ws[i-2].Text == "total" && c.toks[i-2].NewlineBefore && q.Exact() && bareNumberEnd(c, qend, limit) {
		// the line just before counts people: the sum is of that list
		if ante := c.antecedent(i); ante != nil && ante.sentence == c.sent[i]-1 && !c.toks[i].NewlineBefore {
			return c.add(c.alloc(found{start: i - 2, end: qend, q: q, aggregate: true, noun: c.toks[i-2].Text,
				nounHead: "total", class: normalize.PersonNoun, sentence: c.sent[i]}))
		}
	}
	// "Civilians: 268 international, 92 national", "300 staff, 200
	// international and 100 local": a number and an adjective of a staff
	// category, in a list after a count, count that count's people of
	// the category (the noun is left out as it was just named)
	if qend < limit && staffCategories[c.ws[qend].Text] && q.Exact() && start > 0 &&
		(c.ws[start-1].Text == "," || c.ws[start-1].Text == "and" || c.ws[start-1].Text == ":" || c.ws[start-1].Text == "(") &&
		(qend+1 >= limit || c.toks[qend+1].Kind == Punct || isStopWord(c.ws[qend+1].Text) || c.toks[qend+1].NewlineBefore) {
		if ante := c.antecedent(i); ante != nil && ante.sentence == c.sent[i] {
			return c.add(c.alloc(found{start: start, end: qend + 1, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]}))
		}
	}
	// "Staff officers at the headquarters: 4": a list item naming the people
	// before a colon
	if i >= 2 && c.ws[i-1].Text == ":" && (qend >= limit || c.toks[qend].Kind == Punct) {
		for h := i - 2; h >= 0 && h > i-10 && c.sent[h] == c.sent[i]; h-- {
			if ri, ok := c.roleStartingAt(h); ok {
				r := &c.roles[ri]
				r.ofCount = true
				return c.add(c.alloc(found{start: h, end: qend, q: q, noun: c.text(h, r.end), nounHead: normalize.Singular(c.ws[r.end-1].Text),
					class: normalize.GenericNoun, role: r.name, sentence: c.sent[i]}))
			}
		}
	}
	// "Experts on mission: 20", "Personnel in the field: 40", "National
	// staff (local): 55", "Total strength: 7,900": a label that opens its
	// line (or a cell after "|") and whose head, before any qualifier,
	// names people, counts them
	if f := c.labelCount(q, i, qend, limit, aggregate); f != nil {
		return c.add(f)
	}
	// "Two or three of them rotated", "one of whom": people counted before
	if qend+1 < limit && c.ws[qend].Text == "of" && (c.ws[qend+1].Text == "them" || c.ws[qend+1].Text == "whom" || c.ws[qend+1].Text == "these" || c.ws[qend+1].Text == "those") {
		if ante := c.antecedent(i); ante != nil {
			f := c.alloc(found{start: start, end: qend + 2, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		}
	}
	// "12 of the 30 observers", "More than 40 of our members": a part of
	// people named after "of" and a determiner
	if qend+3 < limit && c.ws[qend].Text == "of" && partitiveDeterminers[c.ws[qend+1].Text] &&
		c.toks[qend+2].Kind != Number && !normalize.IsNumberWord(c.ws[qend+2].Text) {
		if np, ok := c.nounPhrase(qend+2, limit); ok && np.class != normalize.NotPeople {
			f := c.alloc(found{start: start, end: np.end, q: q, aggregate: aggregate, noun: c.text(np.start, np.end),
				nounHead: np.head, class: np.class, role: np.role, sentence: c.sent[i]})
			if np.roleIdx >= 0 {
				c.roles[np.roleIdx].ofCount = true
			}
			return c.add(f)
		}
	}
	// "a further fifteen for the run-off", "another 20 in May": more of the
	// people counted just before, the noun left out
	if i >= 1 && moreWords[c.ws[i-1].Text] && q.Exact() && (bareNumberEnd(c, qend, limit) || elidedVerbs[c.ws[qend].Text]) {
		if ante := c.antecedent(i); ante != nil {
			s := i - 1
			if s >= 1 && (c.ws[s-1].Text == "a" || c.ws[s-1].Text == "an") {
				s--
			}
			if s < start {
				start = s
			}
			f := c.alloc(found{start: start, end: qend, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		}
	}
	// "the unit was later reduced to some 520 and then to around 400": the
	// new size of the people counted before, or, when none was counted
	// nearby, of the people the subject names ("the team was cut to four")
	if subj := c.changedTo(start, qend, limit); subj >= 0 {
		if ante := c.antecedent(i); ante != nil {
			f := c.alloc(found{start: start, end: qend, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		}
		if f := c.subjectCount(subj, q, start, qend, aggregate); f != nil {
			return c.add(f)
		}
	}
	// "the third contingent numbered 522 and the fourth 405": a number after
	// "the" and an ordinal counts the noun of a count before it in the
	// sentence, which the ordinal leaves out
	if i >= 2 && c.ws[i-2].Text == "the" && (normalize.IsOrdinalWord(c.ws[i-1].Text) || ordinalLikeWords[c.ws[i-1].Text]) &&
		q.Exact() && start == i && bareNumberEnd(c, qend, limit) && !c.toks[i].NewlineBefore {
		if ante := c.antecedent(i); ante != nil && ante.sentence == c.sent[i] && ante.q.Exact() {
			f := c.alloc(found{start: i - 2, end: qend, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		}
	}
	// "the remaining ten", "the other three", "The first two served", "its
	// last two": a determiner and a word that picks out part of a group,
	// then a number with no noun after it, count part of the people counted
	// just before (in the sentence or the two before it). English leaves
	// the noun out here only when it was just named; a noun after the
	// number ("the first two years") is read as that noun's count or none.
	if i >= 2 && partDeterminers[c.ws[i-2].Text] && (normalize.IsOrdinalWord(c.ws[i-1].Text) || partWords[c.ws[i-1].Text]) &&
		q.Exact() && start == i && !c.toks[i].NewlineBefore && c.sent[i-2] == c.sent[i] &&
		(bareNumberEnd(c, qend, limit) || c.elidedVerb(qend, limit)) {
		// "Five aircraft returned; the last one stayed": a number of
		// things since the people counted last is what the part is of
		if ante := c.antecedent(i); ante != nil && !c.numberBetween(ante.end, i-2) {
			f := c.alloc(found{start: i - 2, end: qend, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		} else if ante == nil && c.ws[i-2].Text == "the" && normalize.IsOrdinalWord(c.ws[i-1].Text) && qend < limit && c.elidedVerb(qend, limit) {
			// "Japan assigned staff officers to the headquarters. The first
			// two arrived in May": the people were named, not counted, just
			// before; a verb after the number says they are its subject. An
			// ordinal is needed: "the other three" is the rest of a number
			// the text has not given.
			if h := c.peopleNamedBefore(i - 2); h >= 0 {
				end := qend + 1
				return c.add(c.alloc(found{start: i - 2, end: end, q: q, aggregate: aggregate, elided: true,
					noun: c.toks[h].Text, nounHead: normalize.Singular(c.ws[h].Text), class: normalize.GenericNoun, sentence: c.sent[i]}))
			}
		}
	}
	// "four more followed", "two others joined": more of the people counted before
	if qend < limit && (c.ws[qend].Text == "more" || c.ws[qend].Text == "others") && q.Exact() {
		if ante := c.antecedent(i); ante != nil {
			f := c.alloc(found{start: start, end: qend + 1, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		}
	}
	// "Eight were sent", "and one was stationed"
	if qend < limit && c.elidedVerb(qend, limit) && c.clauseStart(start) && q.Exact() {
		ante := c.antecedent(i)
		if ante == nil {
			if serviceVerbs[c.ws[qend].Text] {
				return c.servedSent(q, start, i, qend, limit, aggregate)
			}
			if !elidedVerbs[c.ws[qend].Text] {
				return i
			}
			return c.elidedSent(q, start, i, qend, limit, aggregate)
		}
		end := qend + 1
		if !elidedVerbs[c.ws[qend].Text] {
			// "Four covered": the verb alone, of the people counted last
			// unless things were counted since ("Of the 12 sites, 4
			// hosted a team")
			if c.numberBetween(ante.end, start) {
				return i
			}
		} else if end < limit && c.toks[end].Kind == Word && strings.HasSuffix(c.ws[end].Text, "ed") || end < limit && irregularParticiples[c.ws[end].Text] {
			end++
		}
		f := c.alloc(found{start: start, end: end, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
			noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
		return c.add(f)
	}
	// "680 personnel in the first rotation and 600 in the second": a number
	// in parallel with a count earlier in the same sentence
	if qend < limit && parallelPrepositions[c.ws[qend].Text] && q.Exact() && start > 0 && c.ws[start-1].Text == "and" {
		if ante := c.antecedent(i); ante != nil && ante.sentence == c.sent[i] && !ante.elided {
			f := c.alloc(found{start: start, end: qend, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
			return c.add(f)
		}
	}
	// "the number of SDF personnel was increased to 330": the people are
	// named before the number, after "number of"
	if qend >= limit || c.toks[qend].Kind == Punct || isStopWord(c.ws[qend].Text) {
		if f := c.numberOf(q, start, i, qend, aggregate); f != nil {
			return c.add(f)
		}
	}
	return i
}

// elidedPeople reads counts whose people noun is left out because the
// words around the number say what it counts:
//
//   - "the battalion, about 600 strong": a number before "strong" is the
//     size of a body of people, as in "a 600-strong battalion";
//   - "trained 61 Timorese", "40 Afghans": a plural noun of nationality is
//     people of that nation (a noun after it, "61 Timorese workers", is
//     read as a noun phrase before this);
//   - "a group of observers, 12 in all": a bare number with "in all" or
//     "in total" sums the people the clause named just before;
//   - "Norway provided about 80", "and the Netherlands up to 60", "Egypt
//     and Senegal between 800 and 1,000 each": after a verb of giving
//     people, or after a country in a clause that repeats the verb of a
//     count of people earlier in the same sentence (gapping), a bare
//     number counts that count's people. The country (a known place)
//     keeps identifiers ("Resolution 1769") out;
//   - "Germany (two officers) and Italy (three)": a number in parentheses
//     after a country, in parallel with a count in parentheses before it.
func (c *countReader) elidedPeople(q normalize.Quantity, start, i, qend, limit int, aggregate bool) *found {
	if qend < limit && c.ws[qend].Text == "strong" && q.Value() > 1 &&
		(qend+1 >= limit || c.toks[qend+1].Kind == Punct && !isDashText(c.toks[qend+1].Text) || isStopWord(c.ws[qend+1].Text)) {
		return c.alloc(found{start: start, end: qend + 1, q: q, aggregate: aggregate, elided: true,
			nounHead: "strong", class: normalize.GenericNoun, sentence: c.sent[i]})
	}
	if qend < limit && c.toks[qend].Kind == Word && capitalized(c.toks[qend].Text) && bareNumberEnd(c, qend+1, limit) &&
		!(qend == i+1 && c.looksLikeYear(i)) && c.nationalityNoun(qend) {
		return c.alloc(found{start: start, end: qend + 1, q: q, aggregate: aggregate, noun: c.toks[qend].Text,
			nounHead: c.ws[qend].Text, class: normalize.PersonNoun, sentence: c.sent[i]})
	}
	end, total := c.inTotal(qend, limit)
	if total && bareNumberEnd(c, end, limit) && start > 0 && c.ws[start-1].Text == "," {
		// things counted between the people and the sum make it theirs
		// ("observers held 8 sites in one sector, 12 in all")
		if h := c.peopleNamedBefore(start); h >= 0 && c.sent[h] == c.sent[i] && !c.numberBetween(h, start) {
			f := found{start: start, end: end, q: q, aggregate: true, noun: c.toks[h].Text, nounHead: normalize.Singular(c.ws[h].Text),
				class: normalize.ClassOf(c.ws[h].Text), sentence: c.sent[i]}
			if f.class == normalize.NotPeople {
				f.class = normalize.GenericNoun // a role's last word ("military observers")
			}
			if ri, ok := c.roleEndingAt(h + 1); ok {
				f.role = c.roles[ri].name
			}
			return c.alloc(f)
		}
	}
	each := qend < limit && c.ws[qend].Text == "each"
	if !bareNumberEnd(c, qend, limit) && !each || qend == i+1 && c.looksLikeYear(i) {
		return nil
	}
	end = qend
	if each {
		end++
	}
	if start >= 1 && givingVerbs[c.ws[start-1].Text] {
		if ante := c.antecedent(i); ante != nil && ante.nounHead != "" && ante.class != normalize.GroupNoun && !c.numberBetween(c.pastContributors(ante.end, start), start) {
			return c.alloc(found{start: start, end: end, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
		}
	}
	// "Germany (two officers) and Italy (three)", "Nepal (900 troops),
	// Kenya (750)": a bare number in parentheses after a country, in a
	// sentence that counted people the same way before it, counts those
	// people for that country, as a list of contributors writes them
	if start >= 2 && c.ws[start-1].Text == "(" && end < limit && c.ws[end].Text == ")" && c.countryBefore(start-1) >= 0 {
		if ante := c.antecedent(i); ante != nil && ante.sentence == c.sent[i] && ante.nounHead != "" && ante.class != normalize.GroupNoun &&
			ante.start >= 1 && c.ws[ante.start-1].Text == "(" && !c.numberBetween(ante.end, start) {
			return c.alloc(found{start: start, end: end, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
		}
	}
	if n := c.countryBefore(start); n >= 0 && n > 0 && (c.ws[n-1].Text == "and" || c.ws[n-1].Text == ",") {
		if ante := c.antecedent(i); ante != nil && ante.sentence == c.sent[i] && ante.nounHead != "" && ante.class != normalize.GroupNoun {
			return c.alloc(found{start: start, end: end, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
				noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
		}
	}
	return nil
}

// pastContributors returns the token after the last count of contributing
// countries in [from, to) ("sent by over 40 countries"), or from when there
// is none: the countries people come from are no things the people might
// be, so a number of them does not stand between a count of people and a
// share of them that one country gave.
func (c *countReader) pastContributors(from, to int) int {
	at := from
	for k := max(from, 0); k+1 < to; k++ {
		if contributorNouns[c.ws[k+1].Text] && (c.toks[k].Kind == Number || normalize.IsNumberWord(c.ws[k].Text)) {
			at = k + 2
		}
	}
	return at
}

// contributorNouns name the ones that give people to an operation.
var contributorNouns = setOf("countries", "nations", "states", "governments", "contributors")

// givingVerbs give people: "Norway provided about 80".
var givingVerbs = setOf("provided", "contributed", "supplied", "sent", "dispatched", "deployed", "seconded", "fielded",
	"provides", "contributes", "supplies", "sends", "dispatches", "deploys", "seconds", "fields")

// nationalityNoun reports whether token k is a noun of nationality used for
// people: a demonym that is its own plural ("Timorese", "Sudanese",
// "Swiss") or a demonym with a plural "s" ("Afghans", "Cambodians").
func (c *countReader) nationalityNoun(k int) bool {
	w := c.ws[k].Text
	if _, ok := normalize.CountryByDemonym(w); ok {
		return strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ois") || strings.HasSuffix(w, "ch")
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") {
		_, ok := normalize.CountryByDemonym(w[:len(w)-1])
		return ok
	}
	return false
}

// countryBefore returns the first token of a run of capitalized words
// (with "the" before them, and "and" between names) that ends just before
// token s and names a known country or place, -1 when there is none.
func (c *countReader) countryBefore(s int) int {
	e := s
	b := e
	for b > 0 && c.sent[b-1] == c.sent[s] && c.toks[b-1].Kind == Word && capitalized(c.toks[b-1].Text) {
		b--
	}
	if b == e {
		return -1
	}
	// "Egypt and Senegal": the last name is enough to know a country
	key := normalize.NameKey(c.text(b, e))
	p, ok := normalize.LookupPlace(key)
	if !ok || p.Kind == "" {
		return -1
	}
	if b >= 1 && c.ws[b-1].Text == "the" {
		b--
	}
	for b >= 3 && c.ws[b-1].Text == "and" && c.toks[b-2].Kind == Word && capitalized(c.toks[b-2].Text) {
		if _, ok := normalize.LookupPlace(normalize.NameKey(c.toks[b-2].Text)); !ok {
			break
		}
		b -= 2
	}
	return b
}

// peopleNamedBefore finds the nearest word before token s, in its sentence
// or the one before, that names people: a role's last word or a plural
// noun of people ("staff officers", "observers"). It returns -1 when none
// stands within a dozen words.
func (c *countReader) peopleNamedBefore(s int) int {
	if s <= 0 {
		return -1
	}
	for h := s - 1; h >= 0 && h >= s-24 && c.sent[h] >= c.sent[s]-1; h-- {
		if c.toks[h].Kind != Word || c.inDate[h] {
			continue
		}
		w := c.ws[h].Text
		if _, ok := c.roleEndingAt(h + 1); ok && strings.HasSuffix(w, "s") {
			return h
		}
		if cl := normalize.ClassOf(w); (cl == normalize.GenericNoun || cl == normalize.PersonNoun) && w != normalize.Singular(w) {
			return h
		}
	}
	return -1
}

// labelCount reads a label line's count (see elided): the label runs from
// the start of its line or cell to the colon before the number at i, up
// to eight tokens; its head is its last word before a stop word or a
// bracket. A head that names people gives the count its noun (a role is
// read by the rules before this one); "Total" and a word of size
// ("Total strength") give an aggregate of people of every kind.
func (c *countReader) labelCount(q normalize.Quantity, i, qend, limit int, aggregate bool) *found {
	if i < 2 || c.ws[i-1].Text != ":" || c.toks[i].NewlineBefore || !(qend >= limit || c.toks[qend].NewlineBefore || c.ws[qend].Text == "|") {
		return nil
	}
	ls := i - 2
	for ls > 0 && ls > i-10 && !c.toks[ls].NewlineBefore && c.ws[ls-1].Text != "|" && c.sent[ls-1] == c.sent[i] {
		ls--
	}
	if !(c.toks[ls].NewlineBefore || ls == 0 || c.ws[ls-1].Text == "|") || c.toks[ls].Kind != Word || !capitalized(c.toks[ls].Text) {
		return nil
	}
	head := i - 2
	for k := ls + 1; k < i-1; k++ {
		if isStopWord(c.ws[k].Text) || c.ws[k].Text == "(" {
			head = k - 1
			break
		}
	}
	if c.toks[head].Kind != Word {
		return nil
	}
	hw := c.ws[head].Text
	f := found{start: ls, end: qend, q: q, aggregate: aggregate, noun: c.text(ls, head+1), nounHead: normalize.Singular(hw), sentence: c.sent[i]}
	if c.ws[ls].Text == "total" && head > ls && sizeWords[hw] {
		f.aggregate, f.class, f.nounHead = true, normalize.PersonNoun, "total"
		return c.alloc(f)
	}
	switch cl := normalize.ClassOf(hw); cl {
	case normalize.GenericNoun, normalize.PersonNoun, normalize.GroupNoun:
		f.class = cl
		return c.alloc(f)
	}
	return nil
}

// sizeWords name the size of a body of people after "Total": "Total
// strength: 7,900".
var sizeWords = setOf("strength", "personnel", "staff", "deployed", "headcount", "uniformed", "deployment")

// elidedVerb reports whether token k, after a bare number, is a verb
// whose subject is the number's elided people: one of elidedVerbs, or a
// verb in the past tense ("Four covered the east", "two flew home") that
// a determiner, a preposition, a name, a number or the end of the clause
// follows. A past form before any other word may be an adjective of a
// noun that names things ("four armed vehicles"), so it is not taken.
func (c *countReader) elidedVerb(k, limit int) bool {
	w := c.ws[k].Text
	if elidedVerbs[w] {
		return true
	}
	t := c.toks[k]
	if t.Kind != Word || capitalized(t.Text) || !(len(w) > 4 && strings.HasSuffix(w, "ed") || pastTenseVerbs[w]) {
		return false
	}
	if k+1 >= limit {
		return true
	}
	next := c.toks[k+1]
	nw := c.ws[k+1].Text
	if next.Kind != Word || capitalized(next.Text) || isStopWord(nw) || normalize.IsNumberWord(nw) || placeAdverbs[nw] {
		return true
	}
	// "Three handled transport": a singular object; a plural after the
	// past form is the noun it modifies ("four armed vehicles")
	return !strings.HasSuffix(nw, "s") && normalize.ClassOf(nw) == normalize.NotPeople
}

// placeAdverbs stand after a verb of moving: "two flew home".
var placeAdverbs = setOf("home", "back", "away", "abroad", "overseas", "out", "together", "separately", "ahead", "early", "later")

// durationUnits follow the number of a duration.
var durationUnits = setOf("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours")

// staffCategories are the adjectives that split a mission's staff into
// kinds: "268 international, 92 national".
var staffCategories = setOf("international", "national", "local", "expatriate", "uniformed", "civilian", "military",
	"male", "female", "foreign")

// pastTenseVerbs are irregular past forms of verbs of moving and working
// that people counted just before may do ("two flew home"), and of what
// befalls people in a disaster or a war ("more than 900 people died and
// some 40,000 lost their homes", "another 3,000 fled"), which reports
// state in gapped clauses the same way.
var pastTenseVerbs = setOf("flew", "drove", "rode", "ran", "took", "met", "saw", "spent", "began", "led", "went",
	"came", "left", "stood", "sat", "slept", "fought", "taught", "brought", "kept", "held", "made", "gave", "oversaw",
	"dealt", "undertook", "built", "sent", "found", "lent", "sought", "won",
	"lost", "fled", "died", "became", "fell", "got", "grew", "hid", "bled")

// elidedSent reads "Four were sent to the capital" with no count before
// it: a number opening a sentence, "was"/"were" and a verb of sending
// counts the people sent; their role comes from the context (the section
// heading) as for "personnel".
func (c *countReader) elidedSent(q normalize.Quantity, start, i, qend, limit int, aggregate bool) int {
	if start != i || qend+1 >= limit || c.sent[i] < 0 || c.sents[c.sent[i]].start != i ||
		c.ws[qend].Text != "was" && c.ws[qend].Text != "were" || !sendingParticiples[c.ws[qend+1].Text] {
		return i
	}
	f := c.alloc(found{start: start, end: qend + 2, q: q, aggregate: aggregate, elided: true,
		class: normalize.GenericNoun, sentence: c.sent[i]})
	return c.add(f)
}

// servedSent reads a sentence that opens with a number and a verb only
// people do ("Four served in turn", "A total of six worked at the
// office"): the subject is people, whose role the sentence or the
// paragraph names (assignRoles), as after "were sent".
func (c *countReader) servedSent(q normalize.Quantity, start, i, qend, limit int, aggregate bool) int {
	if qend >= limit || c.sent[i] < 0 || c.sents[c.sent[i]].start != start || !serviceVerbs[c.ws[qend].Text] {
		return i
	}
	if qend+1 < limit && c.ws[qend+1].Text == "as" {
		// "Four served as bases": after "as" the post must be a role
		k := qend + 2
		if k < limit && (c.ws[k].Text == "a" || c.ws[k].Text == "an") {
			k++
		}
		if _, ok := c.roleStartingAt(k); !ok {
			return i
		}
	}
	f := c.alloc(found{start: start, end: qend + 1, q: q, aggregate: aggregate, elided: true,
		class: normalize.GenericNoun, sentence: c.sent[i]})
	return c.add(f)
}

// serviceVerbs say that their subjects served in a post: only people do.
var serviceVerbs = setOf("served", "volunteered", "participated")

// sendingParticiples say that people were sent somewhere.
var sendingParticiples = setOf("sent", "dispatched", "deployed", "assigned", "stationed", "seconded", "posted")

// cellGap reports whether the space before token k separates cells of a
// table: a tab or two or more spaces.
func (c *countReader) cellGap(k int) bool {
	if k <= 0 || k >= len(c.toks) {
		return false
	}
	gap := c.a.Doc.Text[c.toks[k-1].Span.End:c.toks[k].Span.Start]
	return len(gap) >= 2 && !strings.ContainsRune(gap, '\n') || strings.ContainsRune(gap, '\t')
}

// bareNumberEnd reports whether nothing nounlike follows a number that ends
// at qend: the end of the sentence, punctuation or a stop word.
func bareNumberEnd(c *countReader, qend, limit int) bool {
	return qend >= limit || c.toks[qend].Kind == Punct || isStopWord(c.ws[qend].Text)
}

// changedTo reports whether the number phrase [start, qend) is the new size
// after "reduced to", "increased to", "expanded to" in its clause, also in
// a second step ("... reduced to 520 and then to 400"). No noun may follow
// the number ("reduced to 50 percent" is not a size of people). It returns
// the token of the subject that names the people (peopleSubject), -1 when
// the number is no such size.
func (c *countReader) changedTo(start, qend, limit int) int {
	if start < 2 || c.ws[start-1].Text != "to" || !bareNumberEnd(c, qend, limit) || qend == start+1 && c.looksLikeYear(start) {
		return -1
	}
	for b := start - 2; b >= 0 && b >= start-14 && c.sent[b] == c.sent[start]; b-- {
		w := c.ws[b].Text
		if w == ";" || w == ":" || w == "(" || w == ")" {
			return -1
		}
		if changeVerbs[w] {
			return c.peopleSubject(b)
		}
	}
	return -1
}

// peopleSubject finds the words before the verb at v that name people or
// a group of people ("the unit was reduced", "the contingent's strength
// was cut", "their number fell"), not things ("the number of flights was
// increased"), and returns the token of the naming word, -1 when there is
// none.
func (c *countReader) peopleSubject(v int) int {
	for b := v - 1; b >= 0 && b >= v-10 && c.sent[b] == c.sent[v]; b-- {
		w := c.ws[b].Text
		// a comma may stand before a second change: "..., then reduced to 180"
		if c.toks[b].Kind == Punct && w != "'" && w != "’" && w != "," {
			return -1
		}
		if _, ok := c.roleStartingAt(b); ok {
			return b
		}
		switch normalize.ClassOf(w) {
		case normalize.PersonNoun, normalize.GenericNoun, normalize.GroupNoun:
			return b
		}
		if w == "strength" || w == "size" || w == "they" || w == "it" {
			return b
		}
		// "their number", "the number ... fell": the number of people
		// counted before; "the number of flights" names its own things
		if w == "number" && b >= 1 && (c.ws[b-1].Text == "their" || c.ws[b-1].Text == "its" || c.ws[b-1].Text == "the") &&
			c.ws[b+1].Text != "of" {
			return b
		}
		if changeVerbs[w] {
			return c.peopleSubject(b) // "cut to 500, then reduced to 300": one subject
		}
	}
	return -1
}

// subjectCount makes the count of a new size [start, qend) whose people
// no count before names: the subject at token subj names them, when it is
// a role ("the election observers were cut to six") or a noun of people
// or of a group of people ("the team was reduced to four"); nil otherwise.
func (c *countReader) subjectCount(subj int, q normalize.Quantity, start, qend int, aggregate bool) *found {
	f := found{start: start, end: qend, q: q, aggregate: aggregate, sentence: c.sent[start]}
	ri, ok := c.roleEndingAt(subj + 1) // "the election observers": the walk back meets the role's last word
	if !ok {
		ri, ok = c.roleStartingAt(subj)
	}
	if ok {
		r := c.roles[ri]
		f.noun, f.nounHead, f.class, f.role = c.text(r.start, r.end), normalize.Singular(c.ws[r.end-1].Text), normalize.GenericNoun, r.name
		f.roleText = f.noun
		return c.alloc(f)
	}
	switch cl := normalize.ClassOf(c.ws[subj].Text); cl {
	case normalize.PersonNoun, normalize.GroupNoun:
		f.noun, f.nounHead, f.class = c.toks[subj].Text, normalize.Singular(c.ws[subj].Text), cl
		return c.alloc(f)
	}
	return nil
}

// numberOf looks back from a bare number for "the (total) number of
// PEOPLE" or "the strength of PEOPLE" in the same clause.
func (c *countReader) numberOf(q normalize.Quantity, start, i, qend int, aggregate bool) *found {
	for b := start - 1; b >= 1 && b >= start-10 && c.sent[b] == c.sent[i]; b-- {
		w := c.ws[b].Text
		if c.toks[b].Kind == Number || w == ";" || w == "." || normalize.IsNumberWord(w) {
			return nil
		}
		if w != "of" || (c.ws[b-1].Text != "number" && c.ws[b-1].Text != "strength") {
			continue
		}
		k := b + 1
		if k < start && c.ws[k].Text == "the" {
			k++
		}
		np, ok := c.nounPhrase(k, start)
		if !ok || np.class == normalize.NotPeople {
			return nil
		}
		total := aggregate || b >= 2 && c.ws[b-2].Text == "total"
		f := c.alloc(found{start: start, end: qend, q: q, aggregate: total, noun: c.text(np.start, np.end),
			nounHead: np.head, class: np.class, role: np.role, sentence: c.sent[i]})
		if np.roleIdx >= 0 {
			c.roles[np.roleIdx].ofCount = true
		}
		return f
	}
	return nil
}

// roleEndingAt finds a role mention that ends just before token e.
func (c *countReader) roleEndingAt(e int) (int, bool) {
	for k := len(c.roles) - 1; k >= 0; k-- {
		if c.roles[k].end == e {
			return k, true
		}
		if c.roles[k].end < e {
			break
		}
	}
	return 0, false
}

// pairs reads "a pair" (read by ReadQuantity as 2) and "two pairs" with
// no "of" after them as that many of the people counted just before: a
// pair of people is two of them ("the observers worked in two pairs").
func (c *countReader) pairs(q normalize.Quantity, start, qend, limit int, aggregate bool) *found {
	if !q.Exact() {
		return nil
	}
	end := qend
	switch {
	case qend > start && c.ws[qend-1].Text == "pair" && c.ws[start].Text == "a":
	case qend < limit && c.ws[qend].Text == "pairs":
		q = q.Times(2)
		end = qend + 1
	default:
		return nil
	}
	if end < limit && c.ws[end].Text == "of" {
		return nil
	}
	ante := c.antecedent(start)
	if ante == nil {
		return nil
	}
	return c.alloc(found{start: start, end: end, q: q, aggregate: aggregate, elided: true, elidedFrom: ante,
		noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[start]})
}

// pair reads "the first pair", "the second pair", "the other pair": two of
// the noun counted just before.
func (c *countReader) pair(i int) int {
	s := i
	if s >= 1 && (normalize.IsOrdinalWord(c.ws[s-1].Text) || c.ws[s-1].Text == "other" || c.ws[s-1].Text == "next" || c.ws[s-1].Text == "last") {
		s--
	}
	if s < 1 || (c.ws[s-1].Text != "the" && c.ws[s-1].Text != "a" && c.ws[s-1].Text != "another" && c.ws[s-1].Text != "each") || s == i && c.ws[s-1].Text == "a" {
		return i
	}
	s--
	limit := c.sentenceEnd(i)
	if i+1 < limit && c.ws[i+1].Text == "of" {
		return i // "a pair of officers": read as a number phrase elsewhere
	}
	ante := c.antecedent(i)
	if ante == nil {
		return i
	}
	f := c.alloc(found{start: s, end: i + 1, q: normalize.ExactQuantity(2), elided: true, elidedFrom: ante,
		noun: ante.noun, nounHead: ante.nounHead, class: ante.class, sentence: c.sent[i]})
	return c.add(f)
}

// antecedent is the count of people whose noun an elided count takes: the
// latest count in the same sentence or the two before it.
func (c *countReader) antecedent(i int) *found {
	s := c.sent[i]
	for k := len(c.found) - 1; k >= 0; k-- {
		f := c.found[k]
		if f.sentence < s-2 {
			break
		}
		if f.dropped || f.start >= i {
			continue
		}
		if f.noun != "" || f.elidedFrom != nil {
			return f
		}
	}
	return nil
}

// numberBetween reports whether a number outside dates and counts of
// people stands in tokens [from, to): a count of something else.
func (c *countReader) numberBetween(from, to int) bool {
	for k := max(from, 0); k < to && k < len(c.toks); k++ {
		if c.inDate[k] || !(c.toks[k].Kind == Number || normalize.IsNumberWord(c.ws[k].Text)) {
			continue
		}
		// "for about six months": a duration, not things counted
		if k+1 < len(c.toks) && durationUnits[c.ws[k+1].Text] {
			continue
		}
		// "Of the six, four covered ...": a number after "the" with no
		// noun names the people just counted again, not things
		if k >= 1 && k+1 < len(c.toks) && c.toks[k+1].Kind == Punct && (c.ws[k-1].Text == "the" || c.ws[k-1].Text == "these" || c.ws[k-1].Text == "those") {
			continue
		}
		counted := false
		for n := len(c.found) - 1; n >= 0 && !counted; n-- {
			f := c.found[n]
			counted = !f.dropped && f.start <= k && k < f.end
		}
		if !counted {
			return true
		}
	}
	return false
}

// clauseStart reports whether a count starting at token s opens a clause:
// the start of a sentence, or after "and", "but", "while", a comma or a
// semicolon.
func (c *countReader) clauseStart(s int) bool {
	if s == 0 || c.sent[s-1] != c.sent[s] {
		return true
	}
	switch c.ws[s-1].Text {
	case ",", ";", "and", "but", "while", "whereas", "whom", ":":
		return true
	}
	return false
}

// memberGroups reads "5-member teams", "30-strong contingent" after a
// number: a group of that many people, or with a multiplier before it
// ("three 5-member teams", "three groups of 5-member teams") a product.
// For a plain number q at [start, qend) it also tries "q N-member groups".
func (c *countReader) memberGroups(q normalize.Quantity, start, qend, limit int, allowMultiplier bool) *found {
	// "three 5-member teams": the member count is a second number
	if allowMultiplier && qend < limit && (c.toks[qend].Kind == Number || normalize.IsNumberWord(c.ws[qend].Text)) && q.Exact() {
		q2, q2end, ok := normalize.ReadQuantity(c.ws, qend)
		if ok && q2.Exact() {
			if f := c.memberGroups(q2, qend, q2end, limit, false); f != nil {
				f.start = start
				f.q = q2.Times(q.Value())
				f.product = true
				return f
			}
		}
		return nil
	}
	k := qend
	if k+1 >= limit || !isDashText(c.ws[k].Text) || !memberWords[c.ws[k+1].Text] {
		return nil
	}
	np, ok := c.nounPhrase(k+2, limit)
	if !ok {
		// "a 2,000-strong force": whatever the group is called, it is of people
		np, ok = c.anyNounPhrase(k+2, limit)
	}
	if !ok || np.class == normalize.PersonNoun || np.class == normalize.GenericNoun && np.role == "" {
		return nil
	}
	if np.roleIdx >= 0 {
		c.roles[np.roleIdx].ofCount = true
	}
	f := c.alloc(found{start: start, end: np.end, q: q, noun: c.text(np.start, np.end), nounHead: "member",
		class: normalize.GenericNoun, role: np.role, sentence: c.sent[start]})
	// "of Self-Defense Force personnel": the people the groups are made of
	if np.end+1 < limit && c.ws[np.end].Text == "of" {
		if pp, ok := c.nounPhrase(np.end+1, limit); ok && pp.class != normalize.GroupNoun {
			f.end = pp.end
			f.noun = c.text(pp.start, pp.end)
			f.nounHead = pp.head
			if f.role == "" {
				f.role = pp.role
			}
		}
	}
	return f
}

// product reads what follows a count of groups: "of 40 SDF personnel each",
// "of 5-member teams", "of four". It returns the product as one count, or
// nil when the groups are not multiplied out.
func (c *countReader) product(groups *found, np nounPhrase, limit int) *found {
	k := np.end
	if k+1 >= limit || c.ws[k].Text != "of" {
		return nil
	}
	q2, q2end, ok := normalize.ReadQuantity(c.ws, k+1)
	if !ok || !q2.Exact() || c.toks[k+1].Kind == Word && c.ws[k+1].Text == "the" {
		return nil
	}
	n := groups.q.Value()
	if f := c.memberGroups(q2, k+1, q2end, limit, false); f != nil {
		f.start = groups.start
		f.q = q2.Times(n)
		f.product = true
		f.aggregate = groups.aggregate
		if f.role == "" {
			f.role = groups.role
		}
		return f
	}
	if pp, ok := c.nounPhrase(q2end, limit); ok {
		if pp.class != normalize.GroupNoun {
			end := pp.end
			if end < limit && c.ws[end].Text == "each" {
				end++
			}
			f := c.alloc(found{start: groups.start, end: end, q: q2.Times(n), aggregate: groups.aggregate,
				noun: c.text(pp.start, pp.end), nounHead: pp.head, class: pp.class, role: pp.role,
				product: true, sentence: groups.sentence})
			if f.role == "" {
				f.role = groups.role
			}
			if pp.roleIdx >= 0 {
				c.roles[pp.roleIdx].ofCount = true
			}
			return f
		}
		return nil
	}
	// "three groups of four": no noun after the second number
	f := c.alloc(found{start: groups.start, end: q2end, q: q2.Times(n), aggregate: groups.aggregate,
		noun: groups.noun, nounHead: groups.nounHead, class: groups.class, role: groups.role,
		product: true, sentence: groups.sentence})
	return f
}

// foldRestatements keeps one count where a sentence states the same people
// twice: a product and its total ("two units of 40 personnel each, 80
// personnel in total"; "a total of 12 personnel in three groups of four").
func (c *countReader) foldRestatements() {
	for k, f := range c.found {
		if k == 0 || f.dropped {
			continue
		}
		for b := k - 1; b >= 0; b-- {
			p := c.found[b]
			if p.sentence != f.sentence {
				break
			}
			if p.dropped || !p.q.Exact() || !f.q.Exact() || p.q.Min != f.q.Min {
				continue
			}
			switch {
			case p.product && f.restatement:
				p.aggregate = true
				f.dropped = true
			case f.product && p.aggregate:
				f.dropped = true
			}
		}
	}
}

// assignRoles gives a role to each count whose noun names none but says
// only "personnel", "officials", "members" or is elided: the role of the
// count it elides, else one named in the same sentence (not the noun of
// another count), in the sentence before it in the same paragraph, in the
// section heading above it, or by a count of the same number and noun
// elsewhere in the document.
func (c *countReader) assignRoles() {
	c.counted = resize(c.counted, len(c.sents))
	clear(c.counted)
	c.foundSorted = true
	for i, f := range c.found {
		if !f.dropped && f.sentence >= 0 && f.sentence < len(c.counted) {
			c.counted[f.sentence] = true
		}
		if i > 0 && c.found[i-1].start > f.start {
			c.foundSorted = false
		}
	}
	for i, f := range c.found {
		if f.dropped || f.role != "" {
			continue
		}
		if f.elidedFrom != nil {
			f.role = f.elidedFrom.role
			if f.elidedFrom.roleText != "" {
				// "16 SDF personnel ... as cease-fire monitors. Eight were
				// sent": the eight are counted as cease-fire monitors
				f.noun = f.elidedFrom.roleText
			}
			f.roleText = f.elidedFrom.roleText
			continue
		}
		if f.class != normalize.GenericNoun && f.class != normalize.GroupNoun || c.affectedPeople(f) {
			continue
		}
		c.cur = i
		f.role = c.contextRole(f)
	}
	// a count of the same number and noun elsewhere: the first such count
	// (in order) with a role lends it; the index keeps this linear, and is
	// built only when a count still wants a role
	wants := false
	for _, f := range c.found {
		if !(f.dropped || f.role != "" || f.elided || (f.class != normalize.GenericNoun && f.class != normalize.GroupNoun)) {
			wants = true
			break
		}
	}
	if !wants {
		return
	}
	type key struct {
		q    normalize.Quantity
		head string
	}
	first := map[key]int{}
	for j, g := range c.found {
		if g.dropped || g.role == "" {
			continue
		}
		if _, ok := first[key{g.q, g.nounHead}]; !ok {
			first[key{g.q, g.nounHead}] = j
		}
	}
	for i, f := range c.found {
		if f.dropped || f.role != "" || f.elided || (f.class != normalize.GenericNoun && f.class != normalize.GroupNoun) {
			continue
		}
		k := key{f.q, f.nounHead}
		j, ok := first[k]
		if !ok {
			continue
		}
		f.role = c.found[j].role
		if i < j {
			first[k] = i
		}
	}
}

// affectedPeople reports whether f counts plain "people" whom an event
// or the work befell rather than who did it: "killing nearly 9,000
// people", "leaving 6,000 people dead", "vaccinated 11,924 people", "about
// 300 people were killed". Such people are victims or patients, whom no
// role of the page's personnel describes (corpus Rwanda counts them with
// no role), however close a role is named.
func (c *countReader) affectedPeople(f *found) bool {
	switch f.nounHead {
	case "people", "person", "individual":
	default:
		return false
	}
	if f.start > 0 && c.sent[f.start-1] == f.sentence && harmVerbs[c.ws[f.start-1].Text] {
		return true
	}
	k := f.end
	if k < len(c.toks) && c.sent[k] == f.sentence && (c.ws[k].Text == "were" || c.ws[k].Text == "had" || c.ws[k].Text == "have" || c.ws[k].Text == "are") {
		k++
		if k < len(c.toks) && c.ws[k].Text == "been" {
			k++
		}
	}
	return k < len(c.toks) && c.sent[k] == f.sentence && harmStates[c.ws[k].Text]
}

// harmVerbs, before a count of people, make them victims, patients or
// people helped: "killing 300 people", "treated 900 persons".
var harmVerbs = setOf("killing", "killed", "kill", "injuring", "injured", "wounding", "wounded", "leaving", "displacing",
	"displaced", "affecting", "affected", "treated", "treating", "vaccinated", "vaccinating", "evacuated", "evacuating",
	"rescued", "rescuing", "sheltered", "sheltering", "fed", "feeding", "examined", "examining")

// harmStates, after a count of people, say what befell them: "300 people
// dead", "300 people were killed".
var harmStates = setOf("dead", "killed", "died", "injured", "wounded", "missing", "homeless", "displaced", "affected",
	"evacuated", "rescued", "treated", "vaccinated", "lost", "fled", "perished", "drowned")

func (c *countReader) contextRole(f *found) string {
	s := f.sentence
	if s < 0 {
		return ""
	}
	// "observers" and "monitors" name their people's work: only a role of
	// observers may be theirs ("Fourteen observers returned" in a section
	// on liaison personnel are still the observers)
	observers := watcherNouns[f.nounHead]
	if k := c.nearestRoleHit(c.sents[s], f.start, f.end); k >= 0 && (!observers || observerRole(c.roles[k].name)) {
		h := c.roles[k]
		f.roleText = c.text(h.start, h.end)
		return h.name
	}
	// "some 30 observers to the municipal elections": observers at a vote
	// observe the election
	if observers && c.sentenceNamesVote(s) {
		return electionObserver
	}
	// "have served in the unit": a definite unit is the unit named last
	if name := c.definiteUnit(s, f); name != "" {
		return name
	}
	// the sentence before, when it is in the same paragraph and counts no
	// one itself (a role there then describes the people talked about)
	b := s - 1
	if b >= 0 && c.sents[b].start >= 0 && !c.toks[c.sents[s].start].NewlineBefore && !c.countsIn(b) {
		if r := c.nearestRole(c.sents[b], -1, -1); r != "" && (!observers || observerRole(r)) {
			return r
		}
	}
	// an earlier count of the same noun in the paragraph: "3 election
	// observers ... Two observers stayed" (not for a total, which may sum
	// people of every kind)
	from := len(c.found) - 1
	if c.foundSorted && c.cur < len(c.found) && c.found[c.cur] == f {
		from = c.cur - 1 // the counts after f start after it
	}
	for k := from; k >= 0 && !f.aggregate; k-- {
		g := c.found[k]
		if g.start >= f.start || g.dropped {
			continue
		}
		if g.sentence < s-2 || !c.sameParagraph(g.sentence, s) {
			break
		}
		if g.role != "" && g.nounHead == f.nounHead && f.nounHead != "" {
			return g.role
		}
	}
	// the section heading: walk back to the paragraph's first sentence, then
	// over short heading and caption lines up to the paragraph before
	for b >= 0 && c.sents[b+1].start >= 0 && !c.toks[c.sents[b+1].start].NewlineBefore {
		b--
	}
	for ; b >= 0 && s-b < 12; b-- {
		r := c.sents[b]
		if r.start < 0 {
			continue
		}
		if !c.headingLike(r) {
			break
		}
		if name := c.nearestRole(r, -1, -1); name != "" {
			if observers && !observerRole(name) {
				break
			}
			return name
		}
	}
	if observers {
		return c.pageObserverRole()
	}
	return ""
}

// watcherNouns name people by their work of watching or checking a vote or
// a process ("observers", "monitors", "supervisors", "verifiers",
// "scrutineers"): only a role of observers or monitors may be theirs.
var watcherNouns = setOf("observer", "monitor", "supervisor", "verifier", "scrutineer")

// observerRole reports whether a canonical role names observers or
// monitors.
func observerRole(name string) bool {
	return strings.HasSuffix(name, "observer") || strings.HasSuffix(name, "monitor")
}

// pageObserverRole is the one role of observers the page names (with
// "observers" alone, a page about election observers means them), "" when
// it names none or several.
func (c *countReader) pageObserverRole() string {
	name := ""
	for _, h := range c.roles {
		if !observerRole(h.name) {
			continue
		}
		if name != "" && name != h.name {
			return ""
		}
		name = h.name
	}
	return name
}

// electionObserver is the canonical role of people who observe a vote.
const electionObserver = "election observer"

// voteWords name a vote that observers may watch.
var voteWords = setOf("election", "elections", "electoral", "referendum", "referendums", "referenda", "poll",
	"polls", "polling", "ballot", "ballots", "plebiscite", "vote", "voting", "run-off", "runoff")

// sentenceNamesVote reports whether sentence s names an election or a vote.
func (c *countReader) sentenceNamesVote(s int) bool {
	r := c.sents[s]
	for k := r.start; k < r.end; k++ {
		if voteWords[c.ws[k].Text] {
			return true
		}
	}
	return false
}

// definiteUnit resolves "the unit" / "this contingent" in the clause of a
// count (after it, in the same sentence) to the last role mentioned before
// the count with that group noun as its last word ("engineering unit",
// "medical team"); "" when there is no such phrase or role.
func (c *countReader) definiteUnit(s int, f *found) string {
	r := c.sents[s]
	for k := f.end; k+1 < r.end; k++ {
		w := c.ws[k].Text
		if w != "the" && w != "this" && w != "that" && w != "its" && w != "our" {
			continue
		}
		head := c.ws[k+1].Text
		if normalize.ClassOf(head) != normalize.GroupNoun || normalize.Singular(head) != head {
			continue
		}
		if _, ok := c.roleStartingAt(k + 1); ok {
			return "" // "the transport unit" names its role itself
		}
		// roles are sorted by start: begin with the last one before f
		for h := sort.Search(len(c.roles), func(h int) bool { return c.roles[h].start >= f.start }) - 1; h >= 0; h-- {
			hit := c.roles[h]
			if normalize.Singular(c.ws[hit.end-1].Text) == head {
				return hit.name
			}
		}
		return ""
	}
	return ""
}

// sameParagraph reports whether sentences a <= b are on one line.
func (c *countReader) sameParagraph(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if st := c.sents[k].start; st < 0 || c.toks[st].NewlineBefore {
			return false
		}
	}
	return true
}

// countsIn reports whether sentence s holds a count.
func (c *countReader) countsIn(s int) bool {
	if c.counted != nil && s >= 0 && s < len(c.counted) {
		return c.counted[s]
	}
	for _, f := range c.found {
		if f.sentence == s && !f.dropped {
			return true
		}
	}
	return false
}

// headingLike reports whether a sentence is a heading or caption line: on a
// line of its own, short, not ending in a full stop.
func (c *countReader) headingLike(r tokRange) bool {
	// the document's title, its first line, may be longer than a section
	// heading ("Dispatch of a Development Expert to the International
	// Monitoring Team in ..."); it names what the whole page is about
	maxLen := 12
	if r.start == 0 {
		maxLen = 30
	}
	if r.end-r.start > maxLen || !c.toks[r.start].NewlineBefore && r.start > 0 {
		return false
	}
	if r.end < len(c.toks) && !c.toks[r.end].NewlineBefore {
		return false
	}
	last := c.ws[r.end-1].Text
	return last != "." && last != "!" && last != "?"
}

// nearestRole is the role mentioned in r nearest to [from, to) that is not
// the noun of a count; with from < 0, the last one in r.
func (c *countReader) nearestRole(r tokRange, from, to int) string {
	if k := c.nearestRoleHit(r, from, to); k >= 0 {
		return c.roles[k].name
	}
	return ""
}

// nearestRoleHit is nearestRole's index into c.roles, -1 when none.
func (c *countReader) nearestRoleHit(r tokRange, from, to int) int {
	best, bestDist := -1, 1<<30
	for k, h := range c.roles {
		if h.start < r.start || h.end > r.end || h.ofCount || (h.start >= from && h.end <= to && from >= 0) {
			continue
		}
		d := 0
		if from >= 0 {
			if h.start >= to {
				d = h.start - to
			} else {
				d = from - h.end
			}
		} else {
			d = r.end - h.end
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// isCapsWord reports whether s is written as an acronym: two or more
// capitals and no lower-case letter ("GSDF", "UNMIT", "U.N.", "G-5").
func isCapsWord(s string) bool {
	caps := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 'A' && b <= 'Z':
			caps++
		case b >= '0' && b <= '9' || b == '-' || b == '.':
		default:
			return false
		}
	}
	return caps >= 2
}

func isDashText(s string) bool { return s == "-" || s == "–" || s == "—" || s == "‐" }

func isDeterminerEnd(w string) bool { return w == "." || w == "," }

var (
	// words after which a number is a name or a number, not a count
	identifierWords = setOf("resolution", "resolutions", "no", "nos", "number", "article", "paragraph",
		"chapter", "section", "page", "pages", "room", "route", "highway", "phase", "grade", "class",
		"annex", "table", "figure", "flight", "level", "sector", "zone", "code", "version", "vol", "volume",
		"item", "point", "rule", "law", "act", "order", "decree", "line", "block", "lot", "km", "kilometre", "kilometer")
	monthNames = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec")
	yearPrepositions = setOf("in", "since", "until", "till", "by", "from", "to", "through", "before", "after",
		"during", "of", "and", "year", "fiscal", "fy")
	// the verbs that follow an elided count: "Eight were sent"
	elidedVerbs = setOf("was", "were", "is", "are", "has", "have", "had", "will", "would", "remained",
		"remain", "stayed", "served", "returned", "arrived", "left", "joined", "worked", "went", "came", "followed")
	irregularParticiples = setOf("sent", "left", "kept", "held", "seen", "taken", "given", "made", "put", "built")
	parallelPrepositions = setOf("in", "for", "to", "at", "from", "on", "during", "as")
	phrasalOver          = setOf("hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking",
		"turn", "turns", "turned", "turning", "pass", "passed", "passing", "won", "win", "brought", "bring")
	numberingWords = setOf("numbering", "totalling", "totaling", "totaled", "totalled", "numbered", ":")
	// after a number and "of", a determiner before the people a part is taken from
	partitiveDeterminers = setOf("the", "our", "its", "their", "these", "those", "his", "her", "your", "my")
	// before a bare number: more of the people counted before
	occasionWords = setOf("occasions", "occasion", "rotations")
	// bodies of people that are not units by name but are sized the same
	// way: "a civilian component of roughly 100", "a force of 5,000", "a
	// crew of 12", "a delegation of six", "an advance party of 30"
	peopleBodyNouns = setOf("component", "force", "crew", "delegation", "party", "workforce", "garrison", "complement", "cadre")
	moreWords       = setOf("further", "additional", "another")
	// words that stand where an ordinal does: "the first contingent had 300
	// and the next 280"
	ordinalLikeWords = setOf("next", "last", "latter", "final")
	// between a determiner and a bare number, words that pick out part of
	// the people counted before: "the remaining ten", "the other three"
	partWords       = setOf("remaining", "other", "next", "last", "latter", "final", "former", "latest", "new", "original")
	partDeterminers = setOf("the", "its", "their", "our", "these", "those")
	// verbs of a change of size: "reduced to 520"
	changeVerbs = setOf("reduced", "increased", "expanded", "raised", "cut", "lowered", "scaled",
		"downsized", "enlarged", "grew", "rose", "fell", "decreased", "shrank", "shrunk", "reinforced", "augmented",
		// the base and -s forms, after a modal or in the present: "which may
		// grow to about 1,200", "the unit expands to 400"
		"reduce", "reduces", "increase", "increases", "expand", "expands", "grow", "grows", "rise", "rises",
		"swell", "swells", "swelled", "shrink", "shrinks", "decrease", "decreases", "enlarge", "enlarges")
	memberWords = setOf("member", "man", "men", "strong", "person", "people", "personnel")
	stopWords   = setOf("the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from",
		"into", "onto", "and", "or", "but", "as", "was", "were", "is", "are", "be", "been", "being", "have",
		"has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
		"did", "who", "whom", "whose", "which", "that", "this", "these", "those", "each", "per", "than",
		"where", "when", "while", "their", "its", "his", "her", "our", "they", "them", "it", "he", "she",
		"we", "not", "also", "all", "both", "every", "between", "among", "under", "over", "after", "before",
		"during", "since", "until", "through", "about", "around", "including", "such", "there", "here",
		"then", "so", "if", "because", "within", "without", "against", "toward", "towards", "via", "upon",
		"consisting", "composed", "made", "led", "based", "stationed", "deployed", "dispatched", "sent", "assigned")
)

func isStopWord(w string) bool { return stopWords[w] }

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
