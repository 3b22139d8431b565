package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/missionx/missionx/normalize"
)

// This file holds what the organization and place stages share: a view of
// the tokens with possessives split off, phrase tables built once from the
// normalize tables, and the finder of acronym definitions
// ("Full Name ( ACR )", "ACR (Full Name)").

// word is a token as the name finders see it: a possessive "'s" or "’s"
// glued to a word ("UNDOF’s", "Timor-Leste's") is cut off the span and noted.
type word struct {
	Text string
	Span Span
	// keys is the document's key text (see phraseKey) from this word's key
	// to the end: the key of the phrase of words [i, j) is a prefix of
	// ws[i].keys (keyOf), so the phrase tables are read without composing
	// keys word by word for every lookup.
	keys    []byte
	Kind    TokenKind
	NL      bool  // a line break comes before it
	Poss    bool  // it carried a possessive 's
	Capital bool  // it starts with an upper-case letter
	keyLen  int32 // the length of this word's own key at the start of keys
}

// nameBuf is the recycled memory of one document's words and key text.
type nameBuf struct {
	ws   []word
	keys []byte
	toks []Token // the tokens ws was built from
	// defs are the acronym definitions of ws, once found (haveDefs): both
	// name stages read them.
	defs     []acronymDef
	haveDefs bool
}

// wordPool recycles word slices and key texts: the name stages run on every
// document.
var wordPool = sync.Pool{New: func() any { return new(nameBuf) }}

// nameWordsOf returns the document's words as the name stages see them,
// built once per document: FindOrgs builds them into recycled memory and
// FindPlaces, which runs after it, reads the same words and then calls
// releaseNameWords. A stage run alone builds them itself.
func (a *Analysis) nameWordsOf() []word {
	if p := a.names; p != nil && sameTokens(p.toks, a.Tokens) {
		return p.ws
	}
	p := wordPool.Get().(*nameBuf)
	if cap(p.ws) < len(a.Tokens) {
		p.ws = make([]word, len(a.Tokens))
	}
	p.ws = p.ws[:len(a.Tokens)]
	fillWords(p.ws, a.Tokens, p)
	p.toks, p.defs, p.haveDefs = a.Tokens, nil, false
	a.names = p
	return p.ws
}

// sameTokens reports whether a and b are the same slice of tokens.
func sameTokens(a, b []Token) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// acronymDefsOf is findAcronymDefs of the words of nameWordsOf, found once
// per document.
func (a *Analysis) acronymDefsOf(ws []word) []acronymDef {
	p := a.names
	if p == nil || len(p.ws) != len(ws) || len(ws) > 0 && &p.ws[0] != &ws[0] {
		return findAcronymDefs(a.Doc.Text, ws) // not those words
	}
	if !p.haveDefs {
		p.defs, p.haveDefs = findAcronymDefs(a.Doc.Text, ws), true
	}
	return p.defs
}

// releaseNameWords recycles the words of nameWordsOf: none may be used
// after it (results hold only strings of the text, never keys).
func (a *Analysis) releaseNameWords() {
	p := a.names
	if p == nil {
		return
	}
	a.names = nil
	clear(p.ws) // drop the document's strings
	p.toks, p.defs, p.haveDefs = nil, nil, false
	wordPool.Put(p)
}

func nameWords(toks []Token) []word {
	ws := make([]word, len(toks))
	fillWords(ws, toks, &nameBuf{})
	return ws
}

// fillWords fills ws from toks, and the key text of the words into
// buf.keys: each word's key, with a space between two words unless they are
// glued, exactly as phraseKey composes them.
func fillWords(ws []word, toks []Token, buf *nameBuf) {
	keys := buf.keys[:0]
	if n := len(toks); n > 0 && cap(keys) < toks[n-1].Span.End+n {
		// an ASCII text's keys are as long as its words, plus a space
		// between two: room for them all, so that keys does not move
		keys = make([]byte, 0, toks[n-1].Span.End+n)
	}
	room := cap(keys)
	prev := ""
	for i, t := range toks {
		w := word{Text: t.Text, Span: t.Span, Kind: t.Kind, NL: t.NewlineBefore}
		if t.Kind == Word {
			if n := possessiveLen(t.Text); n > 0 && len(t.Text) > n {
				w.Text = t.Text[:len(t.Text)-n]
				w.Span.End -= n
				w.Poss = true
			}
			if c := w.Text[0]; c < utf8.RuneSelf {
				w.Capital = 'A' <= c && c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(w.Text)
				w.Capital = unicode.IsUpper(r)
			}
		}
		if i > 0 && !glued(prev, w.Text) {
			keys = append(keys, ' ')
		}
		start := len(keys)
		keys = appendWordKey(keys, w.Text)
		w.keyLen = int32(len(keys) - start)
		if cap(keys) == room {
			// every word's keys runs to the end of the room, while keys
			// has not moved (see below)
			w.keys = keys[start:room]
		}
		ws[i] = w
		prev = w.Text
	}
	if cap(keys) != room {
		// keys outgrew its room and moved (keys longer than the words):
		// point the words into where it is now, the same way
		off := 0
		for i := range ws {
			if i > 0 && !glued(ws[i-1].Text, ws[i].Text) {
				off++
			}
			ws[i].keys = keys[off:]
			off += int(ws[i].keyLen)
		}
	}
	buf.keys = keys
}

// keyOf is the key of the phrase of words [i, j), j > i: a prefix of word
// i's keys up to the end of word j-1's key. It is shared memory: read it,
// or copy it with string(...).
func keyOf(ws []word, i, j int) []byte {
	last := &ws[j-1]
	return ws[i].keys[:len(ws[i].keys)-len(last.keys)+int(last.keyLen)]
}

// possessiveLen is the byte length of a final "'s" or "’s", or 0.
func possessiveLen(s string) int {
	if len(s) < 2 || s[len(s)-1]|0x20 != 's' {
		return 0 // most words: no "'s", "'S" or "’s" ending
	}
	if strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "'S") {
		return 2
	}
	if strings.HasSuffix(s, "’s") {
		return len("’s")
	}
	return 0
}

func rangeText(text string, ws []word, i, j int) string {
	return text[ws[i].Span.Start:ws[j-1].Span.End]
}

// phraseEntry is what a surface form stands for.
type phraseEntry struct {
	org     *normalize.Org
	place   *normalize.Place
	acronym bool // match only when written without lower-case letters
}

// phraseTable finds the longest known phrase starting at a word with map
// lookups only. Phrase keys are composed from the words' keys (lower case,
// accents folded) with one space between words and none around hyphens,
// slashes and brackets, so "Timor - Leste" and "Timor-Leste" share a key.
// A document's phrase keys are prefixes of its words' key text (keyOf): a
// lookup composes nothing and allocates nothing.
type phraseTable struct {
	first   map[string]int // first word's key -> most words of a phrase starting so
	phrases map[string]phraseEntry
	// fuzzy maps each one-letter deletion of a long first word to that word
	// ("minstry" -> "ministry"), "" when two words share the deletion: a
	// misspelt first word of a phrase of three or more words is still read.
	fuzzy map[string]string
	// fuzzyPending are long first words whose deletions are not in fuzzy
	// yet: a document's own table fills fuzzy only when correct needs it,
	// which is seldom (the map comes out the same in any order of words).
	fuzzyPending []string
	// near holds the first words a misspelling may be corrected to (ASCII
	// letters, minFuzzyLen or more), and nearIndex, once they are many, a
	// filter of them: correct looks up a word's deletions only when one of
	// these words is one edit away from it or may be.
	near      []string
	nearIndex *nearFilter
	// pairs, when kept (the shared tables), holds the key of the first two
	// words of every phrase of two or more: longest stops after the first
	// word when the next one begins no phrase, most often at once.
	pairs map[string]bool
}

func newPhraseTable() *phraseTable {
	return &phraseTable{first: map[string]int{}, phrases: map[string]phraseEntry{}}
}

// newPhraseTableSized is newPhraseTable with room for n phrases.
func newPhraseTableSized(n int) *phraseTable {
	return &phraseTable{first: make(map[string]int, n/4), phrases: make(map[string]phraseEntry, n)}
}

// minFuzzyLen is the shortest first word that may be misspelt by one letter.
const minFuzzyLen = 6

// appendWordKey appends the key of one token: lower case, accents folded,
// curly apostrophes straightened.
func appendWordKey(buf []byte, s string) []byte {
	// most words are ASCII: lower-case them byte by byte into the room
	// after buf, and start again the long way at the first other byte
	if n := len(buf); cap(buf)-n >= len(s) {
		out := buf[n : n+len(s)]
		ascii := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
		}
		if ascii {
			return buf[:n+len(s)]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w - 1
		switch r {
		case '’', '‘':
			r = '\''
		case '–', '—', '‐', '‑':
			r = '-'
		}
		buf = utf8.AppendRune(buf, foldLower(r))
	}
	return buf
}

func foldLower(r rune) rune {
	r = unicode.ToLower(r)
	if f, ok := accentFold[r]; ok {
		return f
	}
	return r
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, list := range map[rune]string{
		'a': "àáâãäåā", 'c': "çčć", 'e': "èéêëēě", 'i': "ìíîïī", 'n': "ñń",
		'o': "òóôõöøō", 'u': "ùúûüū", 'y': "ýÿ", 's': "šś", 'z': "žźż",
	} {
		for _, r := range list {
			m[r] = base
		}
	}
	return m
}()

// glued reports whether no space separates tokens a and b in a key.
func glued(a, b string) bool {
	switch a {
	case "-", "/", "(", "–":
		return true
	}
	switch b {
	case "-", "/", ")", ",", "–":
		return true
	}
	return false
}

// phraseKey composes the key of words [i, j) into buf: the definition
// that the key text of fillWords follows (TestKeyOfMatchesPhraseKey).
func phraseKey(buf []byte, ws []word, i, j int) []byte {
	for k := i; k < j; k++ {
		if k > i && !glued(ws[k-1].Text, ws[k].Text) {
			buf = append(buf, ' ')
		}
		buf = appendWordKey(buf, ws[k].Text)
	}
	return buf
}

func (t *phraseTable) add(form string, e phraseEntry) {
	var b formBuf
	b.add(t, form, e)
}

// formBuf holds the tokens, words and key text of one form at a time, so
// that the thousands of forms of the shared tables (6,000-odd place names
// with their formal variants) reuse three buffers instead of allocating
// them per form: that was most of the tables' build time, which every
// process pays before its first document.
type formBuf struct {
	toks []Token
	buf  nameBuf
}

// add is phraseTable.add with b's buffers.
func (b *formBuf) add(t *phraseTable, form string, e phraseEntry) {
	b.toks = appendTokens(b.toks[:0], form)
	if len(b.toks) == 0 {
		return
	}
	if cap(b.buf.ws) < len(b.toks) {
		b.buf.ws = make([]word, len(b.toks))
	}
	ws := b.buf.ws[:len(b.toks)]
	fillWords(ws, b.toks, &b.buf)
	t.addWords(ws, 0, len(ws), e)
}

// addWords adds the phrase of words [i, j) of a document. It is add of the
// phrase's text without tokenizing it again: a token's extent depends only
// on the characters inside it, so the text of words [i, j) tokenizes into
// the same words (TestAddWordsIsAdd).
func (t *phraseTable) addWords(ws []word, i, j int, e phraseEntry) {
	n := j - i
	fk := string(keyOf(ws, i, i+1))
	if _, known := t.first[fk]; !known && len(fk) >= minFuzzyLen && isASCIILetters([]byte(fk)) {
		t.addNear(fk)
	}
	if n > t.first[fk] {
		t.first[fk] = n
	}
	if n >= 3 {
		t.addFuzzy(fk)
	}
	if n >= 2 && t.pairs != nil {
		t.pairs[string(keyOf(ws, i, i+2))] = true
	}
	k := string(keyOf(ws, i, j))
	if old, dup := t.phrases[k]; !dup {
		t.phrases[k] = e
	} else if old.acronym && !e.acronym && old.org == e.org && old.place == e.place {
		t.phrases[k] = e // "POLISARIO" and "Polisario": the name form matches in any case
	}
}

func (t *phraseTable) addFuzzy(first string) {
	if len(first) < minFuzzyLen || !isASCIILetters([]byte(first)) {
		return
	}
	t.fuzzyPending = append(t.fuzzyPending, first)
}

// fillFuzzy puts the deletions of the pending words into fuzzy. The shared
// tables are filled when built: later calls on them write nothing.
func (t *phraseTable) fillFuzzy() {
	if len(t.fuzzyPending) == 0 {
		return
	}
	if t.fuzzy == nil {
		t.fuzzy = map[string]string{}
	}
	for _, first := range t.fuzzyPending {
		for k := 0; k < len(first); k++ {
			d := first[:k] + first[k+1:]
			if prev, ok := t.fuzzy[d]; ok && prev != first {
				t.fuzzy[d] = ""
				continue
			}
			t.fuzzy[d] = first
		}
	}
	t.fuzzyPending = nil
}

// maxNearScan is how many near words correct compares with one by one;
// past it, a table indexes them in a nearFilter.
const maxNearScan = 32

func (t *phraseTable) addNear(w string) {
	t.near = append(t.near, w)
	if t.nearIndex == nil && len(t.near) > maxNearScan {
		t.nearIndex = &nearFilter{}
		for _, v := range t.near[:len(t.near)-1] {
			t.nearIndex.add(v)
		}
	}
	if t.nearIndex != nil {
		t.nearIndex.add(w)
	}
}

// mayHaveNear reports whether k (ASCII letters, minFuzzyLen or more) may be
// one edit away from a near word; false means surely not.
func (t *phraseTable) mayHaveNear(k []byte) bool {
	if t.nearIndex != nil {
		return t.nearIndex.mayHave(k)
	}
	for _, v := range t.near {
		if oneEditApart(string(k), v) {
			return true
		}
	}
	return false
}

// nearFilter tells, with no false negatives, whether a word may be one
// edit (insertion, deletion, replacement, swap of neighbours) away from a
// word of a set. Both being ASCII letters and six or more long, two such
// words share their first three letters (an edit after them), their last
// three (an edit among the first three), or, for a swap of the third and
// fourth letters, the first two and the fourth. The filter keeps one bit per
// three letters (5 bits a letter) for the beginnings and for the ends.
type nearFilter struct{ pre, suf [1 << 15 / 64]uint64 }

func trigram(a, b, c byte) uint { return uint(a-'a')<<10 | uint(b-'a')<<5 | uint(c-'a') }

func (f *nearFilter) add(w string) {
	n := len(w)
	p, s := trigram(w[0], w[1], w[2]), trigram(w[n-3], w[n-2], w[n-1])
	f.pre[p/64] |= 1 << (p % 64)
	f.suf[s/64] |= 1 << (s % 64)
}

func (f *nearFilter) mayHave(k []byte) bool {
	n := len(k)
	p, q, s := trigram(k[0], k[1], k[2]), trigram(k[0], k[1], k[3]), trigram(k[n-3], k[n-2], k[n-1])
	return f.pre[p/64]&(1<<(p%64)) != 0 || f.pre[q/64]&(1<<(q%64)) != 0 || f.suf[s/64]&(1<<(s%64)) != 0
}

func isASCIILetters(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// correct returns the known first word that k misspells by one deleted,
// inserted, replaced or swapped letter, or "".
func (t *phraseTable) correct(k []byte) string {
	if len(t.fuzzy) == 0 && len(t.fuzzyPending) == 0 || len(k) < minFuzzyLen || len(k) > 40 || !isASCIILetters(k) {
		return ""
	}
	// Only a near word can be returned (the result is a first word one edit
	// away from k): without one, the lookups below cannot find anything.
	if !t.mayHaveNear(k) {
		return ""
	}
	t.fillFuzzy()
	found := ""
	try := func(c string) {
		if c == "" || (found != "" && found != c) {
			found = "?"
			return
		}
		found = c
	}
	if c, ok := t.fuzzy[string(k)]; ok { // a letter left out
		try(c)
	}
	var tmp [40]byte
	for i := 0; i < len(k); i++ {
		d := append(append(tmp[:0], k[:i]...), k[i+1:]...)
		if len(d) >= minFuzzyLen {
			if _, ok := t.first[string(d)]; ok { // a letter too many
				try(string(d))
			}
		}
		if c, ok := t.fuzzy[string(d)]; ok && c != string(k) { // a letter replaced or swapped
			try(c)
		}
	}
	if found == "?" || !oneEditApart(string(k), found) {
		return "" // shared deletions also pair words two edits apart ("minister", "ministry")
	}
	return found
}

// oneEditApart reports whether a and b (ASCII) differ by exactly one
// inserted, deleted or replaced letter or one swap of neighbours.
func oneEditApart(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) == len(b) {
		first, second, diffs := -1, -1, 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diffs++
				if diffs > 2 {
					return false
				}
				if first < 0 {
					first = i
				} else {
					second = i
				}
			}
		}
		if diffs == 1 {
			return true
		}
		return diffs == 2 && second == first+1 && a[first] == b[second] && a[second] == b[first]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) != 1 {
		return false
	}
	for i := 0; i < len(b); i++ {
		if a[i] != b[i] {
			return a[i+1:] == b[i:]
		}
	}
	return true
}

// longest returns the end of the longest known phrase starting at word i
// and its entry. A phrase written with a lower-case letter must start with
// a capital in the text; an acronym must be written in capitals. Words
// marked in skip are not read; a phrase does not run across lines.
func (t *phraseTable) longest(text string, ws []word, i int, skip []bool) (int, phraseEntry, bool) {
	if ws[i].Kind != Word || !ws[i].Capital || (skip != nil && skip[i]) {
		return 0, phraseEntry{}, false
	}
	max, ok := t.first[string(keyOf(ws, i, i+1))]
	fixed := ""
	if !ok {
		if i+2 >= len(ws) || ws[i+1].Kind != Word || !(ws[i+1].Capital || ws[i+1].Text == "of") {
			return 0, phraseEntry{}, false
		}
		fixed = t.correct(keyOf(ws, i, i+1))
		if fixed == "" {
			return 0, phraseEntry{}, false
		}
		max = t.first[fixed] // fixed: phrases of three or more words only
	}
	minLen := 1
	if !ok {
		minLen = 3
	}
	var scratch [160]byte
	bestEnd, best := 0, phraseEntry{}
	for j := i + 1; j <= len(ws) && j-i <= max; j++ {
		if j > i+1 {
			w := &ws[j-1]
			if w.NL || (skip != nil && skip[j-1]) || w.Text == "\"" || w.Text == "“" || w.Text == "”" {
				break
			}
		}
		key := keyOf(ws, i, j)
		if fixed != "" {
			// the corrected first word, then the rest of the phrase as written
			key = append(append(scratch[:0], fixed...), key[ws[i].keyLen:]...)
		}
		if j == i+2 && t.pairs != nil && !t.pairs[string(key)] {
			// No phrase begins with these two words, so none is longer. A
			// key splits into its words' keys one way only: a word's key
			// holds no space, and words glue only to a one-rune "-", "/",
			// "(", ")", ",", which no longer word's key holds but a
			// number's ("1,500"), and a "," never glues to a number after
			// it. So a phrase whose key began with this one has these two
			// words first, and addWords noted their key.
			break
		}
		if j-i < minLen {
			continue
		}
		if ws[j-1].Kind == Punct && ws[j-1].Text != ")" {
			continue
		}
		e, found := t.phrases[string(key)]
		if !found {
			continue
		}
		if e.acronym && hasLowerLetter(text[ws[i].Span.Start:ws[j-1].Span.End]) {
			continue
		}
		bestEnd, best = j, e
	}
	return bestEnd, best, bestEnd > 0
}

func hasLowerLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

var (
	tablesOnce sync.Once
	orgPhrases *phraseTable
	placeNames *phraseTable
	// orgCountry is the country of a known national body, read from its
	// forms ("Japanese Ministry of Defense", "Cabinet Office of Japan")
	orgCountry map[*normalize.Org]*normalize.Place
)

func loadTables() {
	var b formBuf
	orgForms, placeForms := normalize.OrgForms(), normalize.PlaceForms()
	orgPhrases = newPhraseTableSized(len(orgForms))
	orgPhrases.pairs = make(map[string]bool, len(orgForms))
	for _, f := range orgForms {
		b.add(orgPhrases, f.Text, phraseEntry{org: f.Org, acronym: f.Acronym})
	}
	placeNames = newPhraseTableSized(len(placeForms))
	placeNames.pairs = make(map[string]bool, len(placeForms))
	for _, f := range placeForms {
		b.add(placeNames, f.Text, phraseEntry{place: f.Place, acronym: f.Acronym})
	}
	orgPhrases.fillFuzzy() // now, while no document reads the table
	orgCountry = make(map[*normalize.Org]*normalize.Place)
	for _, f := range orgForms {
		if f.Acronym {
			continue
		}
		first, _, _ := strings.Cut(f.Text, " ")
		c := countryOfWord(first)
		if i := strings.LastIndex(f.Text, " of "); c == nil && i >= 0 {
			c = countryOfWord(f.Text[i+len(" of "):])
		}
		if c != nil {
			orgCountry[f.Org] = c
		}
	}
	// place names are short and many: a misspelt one is left to --ner
	placeNames.fuzzy, placeNames.fuzzyPending = nil, nil
}

// countryOfWord is the country a word names or qualifies ("Japan",
// "Japanese"), or nil.
func countryOfWord(w string) *normalize.Place {
	k := normalize.NameKey(w)
	if p, ok := normalize.CountryByDemonym(k); ok {
		return p
	}
	if p, ok := normalize.LookupPlace(k); ok && p.Kind == "country" {
		return p
	}
	return nil
}

func tables() (orgs, places *phraseTable) {
	tablesOnce.Do(loadTables)
	return orgPhrases, placeNames
}

// nameConnectors may stand between the capitalized words of a name.
var nameConnectors = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "in": true, "on": true, "to": true,
	"de": true, "du": true, "des": true, "au": true, "la": true, "le": true, "el": true, "da": true, "do": true, "&": true,
}

// acronymDef is "Long Form ( ACR )" or "ACR ( Long Form )": the words of the
// long form [LongStart, LongEnd) and of the acronym [AcrStart, AcrEnd).
type acronymDef struct {
	LongStart, LongEnd int
	AcrStart, AcrEnd   int
	// QualStart is where a qualifier of the acronym begins, the name of one
	// of the operations that share it ("EUFOR Tchad/RCA", "EUFOR Althea"),
	// or AcrEnd when it has none.
	QualStart int
}

// isAcronymWord: two or more capitals, optionally with dots or a digit
// ("UNMIT", "U.N.", "PNTL"), not a Roman numeral alone.
func isAcronymWord(w word) bool {
	if w.Kind != Word || len(w.Text) < 2 {
		return false
	}
	caps := 0
	for _, r := range w.Text {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return caps >= 2 && !isRoman(w.Text)
}

func isRoman(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// acronymAt reports the end of an acronym starting at word i: an acronym word
// optionally followed by a Roman numeral or a number ("UNAVEM II",
// "UNEF 2") or a hyphenated part ("F-FDTL").
func acronymAt(ws []word, i int) int {
	if i >= len(ws) || !isAcronymWord(ws[i]) && !(ws[i].Kind == Word && len(ws[i].Text) == 1 && ws[i].Capital && i+2 < len(ws) && ws[i+1].Text == "-" && isAcronymWord(ws[i+2])) {
		return 0
	}
	j := i + 1
	if !isAcronymWord(ws[i]) { // F - FDTL
		j = i + 3
	}
	if j < len(ws) && !ws[j].NL && (ws[j].Kind == Word && isRoman(ws[j].Text) || ws[j].Kind == Number && len(ws[j].Text) == 1) {
		j++
	}
	// "JTF-NDR", "JTF-R", "JTF-Leyte": a family's acronym and, after a tight
	// hyphen, the letters or the name of one of its kind, as "Joint Task
	// Force-Nepal Disaster Relief" names one joint task force
	if j+1 < len(ws) && j == i+1 && ws[j].Text == "-" && ws[j].Span.Start == ws[j-1].Span.End &&
		ws[j+1].Span.Start == ws[j].Span.End && ws[j+1].Kind == Word && ws[j+1].Capital && !ws[j+1].Poss {
		j += 2
	}
	// SPLM/A
	if j+1 < len(ws) && ws[j].Text == "/" && ws[j+1].Kind == Word && !hasLowerLetter(ws[j+1].Text) && ws[j+1].Capital {
		j += 2
	}
	return j
}

// longFormBefore walks back from word end (exclusive) over a name: capitalized
// words, connectors and hyphens on one line. It returns the start of the
// longest such run that begins with a capital, or -1.
func longFormBefore(ws []word, end int) int {
	start := -1
	for k := end - 1; k >= 0; k-- {
		w := ws[k]
		ok := false
		switch {
		case w.Kind == Word && w.Capital:
			ok = true
			start = k
		case w.Kind == Word && nameConnectors[w.Text]:
			ok = true
		case w.Kind == Word && k > 0 && ws[k-1].Text == "-" && !w.NL:
			ok = true // the lower-case half of a compound: "High-level"
		case k == end-1 && w.Kind == Word && lowerBodyNouns[w.Text]:
			// "the European Union force ( EUFOR Tchad/RCA )": a body named
			// by a common noun after a proper name; the acronym must then
			// spell it too (E-U-FOR), which a description seldom does
			ok = true
		case w.Kind == Punct && (w.Text == "-" || w.Text == "/" || w.Text == "’" || w.Text == "'"):
			ok = true
		case w.Kind == Punct && w.Text == "," && commaInNameList(ws, k, end):
			// "Authority for Disarmament, Demobilization and Reintegration
			// ( ADDR )": a name may list its tasks; the acronym's letters
			// then decide where the name starts (acronymFits)
			ok = true
		}
		if !ok || (k < end-1 && ws[k+1].NL) {
			break
		}
		if w.NL && ok {
			break
		}
	}
	return start
}

// commaInNameList reports a comma at k inside a list of capitalized words
// that "and" closes before end: "Disarmament, Demobilization and
// Reintegration". Capitalized words on both sides and the closing "and"
// keep out a comma that ends a clause before the name.
func commaInNameList(ws []word, k, end int) bool {
	if k == 0 || k+1 >= end || !ws[k-1].Capital || ws[k-1].Kind != Word || !ws[k+1].Capital || ws[k+1].Kind != Word {
		return false
	}
	for j := k + 2; j < end; j++ {
		switch {
		case ws[j].Text == "and" && j+1 < end && ws[j+1].Capital:
			return true
		case ws[j].Kind == Word && ws[j].Capital, ws[j].Text == ",":
		default:
			return false
		}
	}
	return false
}

// listHasHead reports whether a long form [s, end) with a comma names a
// body: a head word ("Authority", "Commission") must stand in it, else the
// commas list names ("Ghana, Nigeria and Senegal"). Without a comma it is
// true: the other checks decide.
func listHasHead(ws []word, s, end int) bool {
	comma := false
	for k := s; k < end; k++ {
		if ws[k].Text == "," {
			comma = true
			break
		}
	}
	if !comma {
		return true
	}
	for k := s; k < end; k++ {
		if ws[k].Kind == Word && isOrgHeadWord(ws, k) {
			return true
		}
	}
	return false
}

// lowerBodyNouns are the common nouns for a body that may end a defined
// name written in lower case ("the European Union force ( EUFOR )").
var lowerBodyNouns = map[string]bool{
	"force": true, "forces": true, "mission": true, "team": true, "group": true, "body": true, "office": true,
	"police": true, "army": true, "navy": true, "committee": true, "council": true, "commission": true, "agency": true,
}

// acronymQualifierEnd reads the qualifier after an acronym inside brackets,
// at word j: one to three capitalized words, maybe joined by "/" ("EUFOR
// Tchad/RCA", "EUFOR RD Congo", "EUFOR Althea"), then ")". A shared
// acronym of a family of operations names one of them with it. It returns
// the index of the ")", or 0. Words that say something else than a name (a
// month, a gloss like "English", a head noun like "Headquarters" or
// "Team", a "Sector" or a "Camp") are not a qualifier.
func acronymQualifierEnd(text string, ws []word, j int) int {
	orgTab, _ := tables()
	if end, e, ok := orgTab.longest(text, ws, j-1, nil); ok && end == j && e.org.Category == "un-mission" {
		return 0 // UN operations have acronyms of their own: "(UNMISS Juba)" is a post of UNMISS
	}
	words := 0
	for k := j; k < len(ws) && k-j < 6; k++ {
		w := ws[k]
		if w.NL {
			return 0
		}
		switch {
		case w.Text == ")":
			if words == 0 || ws[k-1].Text == "/" {
				return 0
			}
			return k
		case w.Text == "/" && k > j && ws[k-1].Kind == Word:
			continue
		case w.Kind == Word && w.Capital && !w.Poss:
			key := strings.ToLower(w.Text)
			if calendarWords[key] || glossWords[key] || isOrgHead(w.Text) || bodyNouns[key] || notBodyWords[key] != "" {
				return 0
			}
			if words++; words > 3 {
				return 0
			}
		default:
			return 0
		}
	}
	return 0
}

// prefixAcronymStart reads an acronym whose letters are the first letters
// of the long form's words, one or more of each, in order, as the
// Schwartz-Hearst algorithm matches them: "African-led International
// Support Mission to Mali ( AFISMA )" is AF-I-S-MA, "European Union force
// ( EUFOR )" is E-U-FOR. It is tried after the stricter rules. A word
// gives the first one or more of its letters, or none: small connectors,
// the second parts of hyphenated words ("-led", "Counter-Piracy") and
// punctuation freely, at most one other word ("Mission" above). The name's first word gives the
// first letter, at least two words give some, and every letter is given.
// It returns the first word of the shortest such name.
func prefixAcronymStart(ws []word, longStart, longEnd int, acr string) (int, bool) {
	if !plainAcronym(acr) {
		return longStart, false
	}
	const maxWords = 24
	// free reports whether word k may give nothing at no cost
	free := func(k int) bool {
		w := ws[k]
		return w.Kind != Word || !w.Capital && nameConnectors[w.Text] || k > 0 && ws[k-1].Text == "-"
	}
	// failed[k-s][p][skipped][min(gave, 2)] == try marks states known not
	// to fit from the start tried now (try counts the starts: no clearing)
	var failed [maxWords + 1][13][2][3]uint8
	var try uint8
	var fits func(s, k, p, skipped, gave int) bool
	fits = func(s, k, p, skipped, gave int) bool {
		if p == len(acr) {
			// the rest of the name gives nothing
			for ; k < longEnd; k++ {
				if !free(k) {
					if skipped++; skipped > 1 {
						return false
					}
				}
			}
			return gave >= 2
		}
		g := min(gave, 2)
		if k >= longEnd || failed[k-s][p][skipped][g] == try {
			return false
		}
		w := ws[k]
		if w.Kind == Word {
			for n := 1; n <= acronymPrefix(w.Text, acr, p); n++ {
				if fits(s, k+1, p+n, skipped, gave+1) {
					return true
				}
			}
		}
		if k > s {
			if free(k) && fits(s, k+1, p, skipped, gave) || !free(k) && skipped == 0 && fits(s, k+1, p, 1, gave) {
				return true
			}
		}
		failed[k-s][p][skipped][g] = try
		return false
	}
	for s := longEnd - 1; s >= longStart && longEnd-s <= maxWords; s-- {
		if ws[s].Kind != Word || !ws[s].Capital || ws[s].Text[0] != acr[0] || openingWords[ws[s].Text] {
			continue // the first word gives the first letter, a capital
		}
		try++
		if fits(s, s, 0, 0, 0) {
			return s, true
		}
	}
	return longStart, false
}

// acronymFits checks that an acronym could abbreviate the long form: its
// letters appear in order among the initials of the long form's words, or
// (for acronyms of names in another language, "MPLA" for "Popular Movement
// for the Liberation of Angola") all of them appear among the initials.
func acronymFits(text string, ws []word, longStart, longEnd int, acr string) (int, bool) {
	// small stack buffers: acronyms and long forms are short (append
	// spills to the heap for longer ones)
	var lettersBuf [16]rune
	letters := lettersBuf[:0]
	for _, r := range acr {
		if unicode.IsUpper(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) == 0 {
		return longStart, false
	}
	// the upper-cased initial of every word of the long form, in order, with
	// the word's index: initials(s) is the part from word s on
	type initial struct {
		word int
		r    rune
	}
	var allBuf [32]initial
	all := allBuf[:0]
	for k := longStart; k < longEnd; k++ {
		if ws[k].Kind != Word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(ws[k].Text)
		all = append(all, initial{k, unicode.ToUpper(r)})
		// inner capitals of a hyphenated or glued word count too (Self-Defense)
	}
	initials := func(s int) []initial {
		n := 0
		for n < len(all) && all[n].word < s {
			n++
		}
		return all[n:]
	}
	// in order, starting at a capitalized word whose initial is the first
	// letter; the shortest such run, so that words before the name ("Sudan
	// and the Sudan People's ...") stay out
	for s := longEnd - 1; s >= longStart; s-- {
		if ws[s].Kind != Word || !ws[s].Capital {
			continue
		}
		ini := initials(s)
		if len(ini) == 0 || ini[0].r != letters[0] {
			continue
		}
		li := 0
		for _, in := range ini {
			if li < len(letters) && in.r == letters[li] {
				li++
			}
		}
		if li == len(letters) {
			return s, true
		}
	}
	// any order: the shortest run, starting at a capitalized word, whose
	// initials hold every letter (each initial stands for one letter)
	var usedBuf [32]bool
	for s := longEnd - 1; s >= longStart; s-- {
		if ws[s].Kind != Word || !ws[s].Capital {
			continue
		}
		ini := initials(s)
		used := usedBuf[:0]
		if len(ini) > len(usedBuf) {
			used = make([]bool, 0, len(ini))
		}
		used = used[:len(ini)]
		clear(used)
		ok := true
		for _, r := range letters {
			found := false
			for k, in := range ini {
				if !used[k] && in.r == r {
					used[k], found = true, true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			// the letters may come in any order, so the shortest run can stop
			// short of a first name: "Farabundo Marti National Liberation
			// Front ( FMLN )"; take the capitalized words just before it
			// whose initials the acronym also has
			for s > longStart && ws[s-1].Kind == Word && ws[s-1].Capital && !ws[s].NL &&
				!openingWords[ws[s-1].Text] && initialIn(ws[s-1].Text, letters) {
				s--
			}
			return s, true
		}
	}
	return longStart, false
}

// acronymPrefix is how many leading letters of word, read as capitals,
// spell acr from position p on: the letters a word may give an acronym.
func acronymPrefix(word, acr string, p int) int {
	n := 0
	for n < len(word) && p+n < len(acr) {
		c := word[n]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c != acr[p+n] {
			break
		}
		n++
	}
	return n
}

// plainAcronym reports whether acr is 3 to 12 capital letters A-Z, the
// acronyms the letter-matching rules read.
func plainAcronym(acr string) bool {
	if len(acr) < 3 || len(acr) > 12 {
		return false
	}
	for i := 0; i < len(acr); i++ {
		if acr[i] < 'A' || acr[i] > 'Z' {
			return false
		}
	}
	return true
}

// syllabicAcronymStart reads "ECOWAS Mission in Liberia ( ECOMIL )",
// "Assistance Mission in Sierra Leone ( AMSIL )": an acronym made of the
// first letters of each word rather than the initials alone. Every
// capitalized word of the name, up to the bracket, gives a prefix of itself
// (one letter or more, in order); small connectors ("in", "of", "the") and
// hyphens give nothing. At least one word must give two letters or more (or
// the initials rule would have read it). It returns the first word of the
// shortest such name.
func syllabicAcronymStart(ws []word, longStart, longEnd int, acr string) (int, bool) {
	if !plainAcronym(acr) {
		return longStart, false
	}
	// fits reports whether words k.. spell acr[p:] and end at longEnd;
	// long is set once a word gave more than one letter
	var fits func(k, p int, long bool) bool
	fits = func(k, p int, long bool) bool {
		if p == len(acr) {
			return k == longEnd && long
		}
		if k >= longEnd {
			return false
		}
		w := ws[k]
		if w.Kind != Word {
			return w.Text == "-" && fits(k+1, p, long)
		}
		if !w.Capital {
			return nameConnectors[w.Text] && w.Text != "and" && fits(k+1, p, long)
		}
		for n := 1; n <= acronymPrefix(w.Text, acr, p); n++ {
			if fits(k+1, p+n, long || n > 1) {
				return true
			}
		}
		return false
	}
	for s := longEnd - 1; s >= longStart; s-- {
		if ws[s].Kind == Word && ws[s].Capital && !openingWords[ws[s].Text] && fits(s, 0, false) {
			return s, true
		}
	}
	return longStart, false
}

// initialIn reports whether the first letter of w, in upper case, is one of
// letters.
func initialIn(w string, letters []rune) bool {
	r, _ := utf8.DecodeRuneInString(w)
	r = unicode.ToUpper(r)
	for _, l := range letters {
		if l == r {
			return true
		}
	}
	return false
}

// foreignAcronymStart reads "Mozambican National Resistance ( RENAMO )":
// an acronym made from a name in another language, whose letters do not
// follow the English words. The definition is accepted only in a narrow
// shape: the bracket holds one word of three or more capital letters, the
// name ends in an organization's head word (Resistance, Front, Party) that
// is not a place or a date, and it has at least two capitalized words whose
// initials all occur in the acronym (the translated words keep theirs).
// It returns the first word of the name.
func foreignAcronymStart(text string, ws []word, longStart, longEnd int, acr string) (int, bool) {
	if utf8.RuneCountInString(acr) < 3 {
		return longStart, false
	}
	var letters []rune
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			return longStart, false // "U.N.", "F-FDTL": the ordinary rules read those
		}
		letters = append(letters, r)
	}
	last := ws[longEnd-1]
	if last.Kind != Word || !last.Capital || !isOrgHead(last.Text) || calendarWords[strings.ToLower(last.Text)] {
		return longStart, false
	}
	_, placeTab := tables()
	if end, _, ok := placeTab.longest(text, ws, longEnd-1, nil); ok && end == longEnd {
		return longStart, false
	}
	s, caps := -1, 0
	for k := longEnd - 1; k >= longStart; k-- {
		w := ws[k]
		if w.Kind == Word && w.Capital {
			if openingWords[w.Text] || !initialIn(w.Text, letters) {
				break
			}
			s = k
			caps++
			continue
		}
		if w.Kind == Word && nameConnectors[w.Text] && w.Text != "and" && w.Text != "&" || w.Text == "-" {
			continue
		}
		break
	}
	if s < 0 || caps < 2 {
		return longStart, false
	}
	return s, true
}

// qualifiedHeads are the head words of names of parties and armed
// movements, which take a bracketed qualifier as part of the name:
// "Communist Party of Nepal (Maoist)", "Liberation Movement (North)".
var qualifiedHeads = map[string]bool{
	"party": true, "movement": true, "front": true, "army": true, "alliance": true, "coalition": true,
	"league": true, "union": true, "resistance": true, "congress": true,
}

func takesQualifier(head string) bool { return qualifiedHeads[strings.ToLower(head)] }

// glossWords are capitalized words that, alone in brackets after a name,
// say what language or source it is in rather than qualify it.
var glossWords = map[string]bool{"english": true, "arabic": true, "tetum": true, "swahili": true, "latin": true, "photo": true, "img": true}

// qualifierEnd reads a bracketed qualifier starting at the "(" at word open:
// one to three capitalized words that are not an acronym, a place, an
// adjective of nationality, a language or a date ("(Maoist)", "(North)",
// "(In Opposition)"). It returns the word after the ")", or 0.
func qualifierEnd(text string, ws []word, open int) int {
	if open >= len(ws) || ws[open].Text != "(" {
		return 0
	}
	_, placeTab := tables()
	k := open + 1
	for ; k < len(ws) && k-open <= 3 && ws[k].Text != ")"; k++ {
		w := ws[k]
		if w.NL || w.Kind != Word || !w.Capital || isAcronymWord(w) || w.Poss {
			return 0
		}
		key := strings.ToLower(w.Text)
		if calendarWords[key] || glossWords[key] {
			return 0
		}
		if _, ok := normalize.CountryByDemonym(normalize.NameKey(w.Text)); ok {
			return 0
		}
		if _, _, ok := placeTab.longest(text, ws, k, nil); ok {
			return 0
		}
	}
	if k == open+1 || k >= len(ws) || ws[k].Text != ")" || ws[k].NL {
		return 0
	}
	return k + 1
}

// findAcronymDefs finds acronym definitions in the text.
func findAcronymDefs(text string, ws []word) []acronymDef {
	var defs []acronymDef
	for i := 0; i < len(ws); i++ {
		if ws[i].Text != "(" {
			continue
		}
		// Long ( ACR ) — possibly Long ( gloss ) ( ACR ), and Long in quotes,
		// and Long ( ACR Qualifier )
		j := acronymAt(ws, i+1)
		qual := j
		if j > 0 && j < len(ws) && ws[j].Text != ")" && j == i+2 {
			if q := acronymQualifierEnd(text, ws, j); q > 0 {
				j = q
			}
		}
		if j > 0 && j < len(ws) && ws[j].Text == ")" {
			end := i
			if end > 0 && (ws[end-1].Text == "\"" || ws[end-1].Text == "”") {
				end--
			}
			// skip one parenthesized gloss before: Name (East Timor) ( UNMIT ),
			// but keep a qualifier that is part of the name: Party (Maoist) ( CPN-M )
			longEnd := 0
			if end > 0 && ws[end-1].Text == ")" {
				for k := end - 2; k >= 0 && k >= end-8; k-- {
					if ws[k].Text == "(" {
						if qualifierEnd(text, ws, k) == end {
							longEnd = end
						}
						end = k
						break
					}
				}
			}
			if end > 0 && (ws[end-1].Text == "\"" || ws[end-1].Text == "”") {
				end--
			}
			if start := longFormBefore(ws, end); start >= 0 && end-start >= 2 {
				acr := rangeText(text, ws, i+1, qual) // the letters: not the qualifier's
				oneWord := qual == i+2
				s, ok := acronymFits(text, ws, start, end, acr)
				if ok && isGovernment(ws[s].Text) {
					// "between the Government of Indonesia and the Free Aceh
					// Movement ( GAM )": the parties of an agreement are two
					// names; the acronym is the second party's, whose letters
					// may come from its own language
					for k := s + 1; k < end; k++ {
						if ws[k].Text == "and" {
							ok, start = false, k+1
							break
						}
					}
				}
				if !ok && oneWord {
					s, ok = foreignAcronymStart(text, ws, start, end, acr)
				}
				if !ok && oneWord {
					s, ok = syllabicAcronymStart(ws, start, end, acr)
				}
				if !ok && oneWord {
					s, ok = prefixAcronymStart(ws, start, end, acr)
				}
				if !ok && qual == i+4 && ws[i+2].Text == "-" && hasLowerLetter(ws[i+3].Text) {
					// "a Joint Task Force ( JTF-Leyte )": the family's
					// letters, then the name of the place or task that
					// makes this one, which the long form leaves out and
					// the name takes as a qualifier
					if s, ok = acronymFits(text, ws, start, end, ws[i+1].Text); ok {
						qual = i + 2
					}
				}
				if ok && !listHasHead(ws, s, end) {
					ok = false // "Ghana, Nigeria and Senegal ( GNS )": a list of names, no body
				}
				if ok {
					if longEnd == 0 || !takesQualifier(headOf(ws, s, end)) {
						longEnd = end
					}
					defs = append(defs, acronymDef{s, longEnd, i + 1, j, qual})
				}
			}
			continue
		}
		// ACR ( Long )
		if i == 0 {
			continue
		}
		as := i - 1
		if as > 0 && ws[as].Kind != Word {
			continue
		}
		if as > 0 && isRoman(ws[as].Text) && isAcronymWord(ws[as-1]) {
			as--
		}
		if acronymAt(ws, as) != i {
			continue
		}
		k := i + 1
		for k < len(ws) && ws[k].Text != ")" && !ws[k].NL && k-i < 16 {
			k++
		}
		if k >= len(ws) || ws[k].Text != ")" || k-(i+1) < 2 || !ws[i+1].Capital {
			continue
		}
		if longFormBefore(ws, k) != i+1 {
			continue
		}
		acr := rangeText(text, ws, as, i)
		s, ok := acronymFits(text, ws, i+1, k, acr)
		if (!ok || s != i+1) && as == i-1 {
			// "AFISMA (African-led International Support Mission to Mali)"
			s, ok = prefixAcronymStart(ws, i+1, k, acr)
		}
		if ok && s == i+1 {
			defs = append(defs, acronymDef{i + 1, k, as, i, i})
		}
	}
	return defs
}

// cleanName is a canonical name from the text: white space collapsed,
// spaced hyphens closed up, quotes and a leading "the" dropped.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.NewReplacer(" - ", "-", " -", "-", "- ", "-", "( ", "(", " )", ")", " / ", "/", "\"", "", "“", "", "”", "", "’", "'").Replace(s)
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}
