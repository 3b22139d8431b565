package normalize

import (
	"math"
	"strconv"
	"strings"
)

// Word is one token as the word readers of this package see it: the
// extractors hand over their tokens in this form so that normalize needs to
// know nothing of spans.
type Word struct {
	Text    string // token text, lower-cased
	Space   bool   // white space separates it from the previous token
	Newline bool   // a line break separates it from the previous token
	Digits  bool   // a numeral: digits with inner "," or "." ("1,500", "2.000", "13.84")
}

// Quantity is the value of a number phrase: an exact number, a closed range
// ("two or three"), or a range open on one side ("more than 30", "up to 350").
type Quantity struct {
	Min, Max       int64
	HasMin, HasMax bool // false for an open side
	Approximate    bool // about, approximately, some, around, roughly, nearly, dozens of
}

// ExactQuantity is the quantity n, exactly.
func ExactQuantity(n int64) Quantity { return Quantity{Min: n, Max: n, HasMin: true, HasMax: true} }

// Exact reports whether the quantity is one known number.
func (q Quantity) Exact() bool { return q.HasMin && q.HasMax && q.Min == q.Max }

// Value is the number a quantity stands for when a single one is needed (a
// product of groups and members): the lower bound, else the upper one.
func (q Quantity) Value() int64 {
	if q.HasMin {
		return q.Min
	}
	return q.Max
}

// Times multiplies both sides by n ("three groups of five": 3 x 5).
func (q Quantity) Times(n int64) Quantity {
	q.Min *= n
	q.Max *= n
	return q
}

// The cardinal vocabulary. Number words are the grammar itself, not a list
// that changes, so they live in code.
var (
	numUnits = map[string]int64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9,
	}
	numTeens = map[string]int64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	numTens = map[string]int64{
		"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	// numScales multiply everything read since the last larger scale.
	numScales = map[string]int64{
		"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6,
		"billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12,
	}
	numOrdinals = map[string]bool{
		"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
		"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
		"thirteenth": true, "fourteenth": true, "fifteenth": true, "sixteenth": true, "seventeenth": true,
		"eighteenth": true, "nineteenth": true, "twentieth": true, "thirtieth": true, "fortieth": true,
		"fiftieth": true, "sixtieth": true, "seventieth": true, "eightieth": true, "ninetieth": true,
		"hundredth": true, "thousandth": true, "millionth": true,
	}
	// vague plurals: "dozens of" is at least two dozen, "hundreds of" at
	// least two hundred; the upper side stays open.
	vaguePlurals = map[string]int64{"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6}
)

// IsOrdinalWord reports whether w (lower case) is an ordinal number word
// ("second", "twenty-fifth" is read as "twenty" "-" "fifth").
func IsOrdinalWord(w string) bool { return lookupNum(w).has&isOrdinal != 0 }

// IsNumberWord reports whether w (lower case) is a cardinal number word.
func IsNumberWord(w string) bool {
	return lookupNum(w).has&(isUnit|isTeen|isTens|isScale) != 0 || w == "hundred" || w == "dozen"
}

// Bound phrases, tried longest first. Each is a sequence of lower-case words.
type boundPhrase struct {
	words []string
	kind  boundKind
}

type boundKind uint8

const (
	approxBound boundKind = iota + 1 // about N: exact, approximate
	lowerExcl                        // more than N: N+1..
	lowerIncl                        // at least N: N..
	upperIncl                        // up to N: ..N
	upperExcl                        // fewer than N: ..N-1
)

var boundPhrases = func() []boundPhrase {
	src := []struct {
		s string
		k boundKind
	}{
		{"about", approxBound}, {"approximately", approxBound}, {"approx", approxBound},
		{"around", approxBound}, {"roughly", approxBound}, {"some", approxBound},
		{"nearly", approxBound}, {"almost", approxBound}, {"an estimated", approxBound},
		{"estimated", approxBound}, {"circa", approxBound}, {"close to", approxBound},
		{"more than", lowerExcl}, {"over", lowerExcl}, {"greater than", lowerExcl},
		{"larger than", lowerExcl}, {"bigger than", lowerExcl}, {"in excess of", lowerExcl},
		{"exceeding", lowerExcl}, {"upwards of", lowerIncl},
		{"at least", lowerIncl}, {"a minimum of", lowerIncl}, {"no fewer than", lowerIncl},
		{"no less than", lowerIncl}, {"not less than", lowerIncl}, {"not fewer than", lowerIncl},
		{"bigger or equal than", lowerIncl}, {"greater or equal than", lowerIncl},
		{"greater than or equal to", lowerIncl}, {"more than or equal to", lowerIncl},
		{"bigger than or equal to", lowerIncl}, {"larger or equal than", lowerIncl},
		{"up to", upperIncl}, {"at most", upperIncl}, {"a maximum of", upperIncl},
		{"maximum of", upperIncl}, {"no more than", upperIncl}, {"not more than", upperIncl},
		{"as many as", upperIncl}, {"not exceeding", upperIncl},
		// "the number never exceeded 30": a ceiling the number was held to
		{"never exceeded", upperIncl}, {"did not exceed", upperIncl}, {"never exceeding", upperIncl},
		{"never more than", upperIncl}, {"up to a maximum of", upperIncl},
		{"less than or equal to", upperIncl}, {"fewer than or equal to", upperIncl},
		{"fewer than", upperExcl}, {"less than", upperExcl}, {"under", upperExcl}, {"below", upperExcl},
	}
	out := make([]boundPhrase, len(src))
	for i, p := range src {
		out[i] = boundPhrase{strings.Fields(p.s), p.k}
	}
	// longest first, so "no more than" wins over "more than"
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].words) > len(out[j-1].words); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// boundsByFirst indexes boundPhrases by their first word, longest first.
var boundsByFirst = func() map[string][]boundPhrase {
	m := map[string][]boundPhrase{}
	for _, p := range boundPhrases {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

// quantityStarters are the words a number phrase may begin with, checked
// first so that most words cost one look-up.
var quantityStarters = func() map[string]bool {
	m := map[string]bool{"between": true, "from": true, "a": true, "an": true, "both": true, "tens": true, "several": true}
	for _, p := range boundPhrases {
		m[p.words[0]] = true
	}
	for _, t := range []map[string]int64{numUnits, numTeens, numTens, vaguePlurals} {
		for w := range t {
			m[w] = true
		}
	}
	return m
}()

// numWord is all the number readers know of one word, so that reading a
// word costs one map look-up, not one per table.
type numWord struct {
	has    numBits
	val    int64 // the value of a unit, teen or tens word
	scale  int64 // numScales
	vague  int64 // vaguePlurals
	bounds []boundPhrase
}

type numBits uint8

const (
	isUnit    numBits = 1 << iota // numUnits
	isTeen                        // numTeens
	isTens                        // numTens
	isScale                       // numScales
	isVague                       // vaguePlurals
	isOrdinal                     // numOrdinals
	isStarter                     // quantityStarters
)

// numWords merges the tables above by word.
var numWords = func() map[string]*numWord {
	m := map[string]*numWord{}
	set := func(w string, f func(*numWord)) {
		nw := m[w]
		if nw == nil {
			nw = &numWord{}
			m[w] = nw
		}
		f(nw)
	}
	for w, v := range numUnits {
		set(w, func(nw *numWord) { nw.has |= isUnit; nw.val = v })
	}
	for w, v := range numTeens {
		set(w, func(nw *numWord) { nw.has |= isTeen; nw.val = v })
	}
	for w, v := range numTens {
		set(w, func(nw *numWord) { nw.has |= isTens; nw.val = v })
	}
	for w, v := range numScales {
		set(w, func(nw *numWord) { nw.has |= isScale; nw.scale = v })
	}
	for w, v := range vaguePlurals {
		set(w, func(nw *numWord) { nw.has |= isVague; nw.vague = v })
	}
	for w := range numOrdinals {
		set(w, func(nw *numWord) { nw.has |= isOrdinal })
	}
	for w := range quantityStarters {
		set(w, func(nw *numWord) { nw.has |= isStarter })
	}
	for w, b := range boundsByFirst {
		set(w, func(nw *numWord) { nw.bounds = b })
	}
	return m
}()

// numFilter rejects most words no number table holds without a map
// look-up: by first byte, the lengths (bit min(len, 63)) and the second
// bytes (bit b&31) of the words that start with it, and by first byte and
// length (lastIndex), their last bytes (bit b&31). "the" passes the first
// two tests, for "three"; not the last one.
var numFilter = func() (f struct {
	lens   [256]uint64
	second [256]uint32
	last   [32 * 16]uint32
}) {
	for w := range numWords {
		f.lens[w[0]] |= 1 << min(len(w), 63)
		if len(w) >= 2 {
			f.second[w[0]] |= 1 << (w[1] & 31)
		}
		f.last[lastIndex(w)] |= 1 << (w[len(w)-1] & 31)
	}
	return f
}()

// lastIndex is the index of a word in numFilter.last.
func lastIndex(w string) int { return int(w[0]&31)<<4 | min(len(w), 15) }

// MayStartQuantity reports whether ReadQuantity may find a number phrase
// that starts with w: false for most words, without a map look-up. A
// caller that reads every word tests this first.
func MayStartQuantity(w Word) bool {
	return w.Digits || mayBeNumWord(w.Text)
}

// mayBeNumWord is lookupNum's test before its map look-up: false when no
// number table holds w.
func mayBeNumWord(w string) bool {
	return w != "" && numFilter.lens[w[0]]&(1<<min(len(w), 63)) != 0 &&
		(len(w) < 2 || numFilter.second[w[0]]&(1<<(w[1]&31)) != 0) &&
		numFilter.last[lastIndex(w)]&(1<<(w[len(w)-1]&31)) != 0
}

// noNum is the entry of a word of no table.
var noNum numWord

// lookupNum is numWords[w], and the zero numWord for a word of no table.
// The result is shared: read it, do not change it.
func lookupNum(w string) *numWord {
	if !mayBeNumWord(w) {
		return &noNum
	}
	if nw, ok := numTable.get(w); ok {
		return nw
	}
	return &noNum
}

// numTable is numWords for lookupNum.
var numTable = newWordTable(numWords)

// openSuffixes follow a number: "500 or more", "500 or less".
var openSuffixes = []struct {
	words []string
	lower bool // true: N.. ; false: ..N
}{
	{[]string{"or", "more"}, true}, {[]string{"and", "more"}, true}, {[]string{"or", "above"}, true},
	{[]string{"and", "above"}, true}, {[]string{"or", "over"}, true}, {[]string{"and", "over"}, true},
	{[]string{"or", "greater"}, true},
	{[]string{"or", "less"}, false}, {[]string{"or", "fewer"}, false}, {[]string{"and", "less"}, false},
	{[]string{"or", "below"}, false}, {[]string{"or", "under"}, false}, {[]string{"and", "under"}, false},
}

func matchWords(ws []Word, i int, seq []string) bool {
	if i+len(seq) > len(ws) {
		return false
	}
	for k, s := range seq {
		if ws[i+k].Text != s || (k > 0 && ws[i+k].Newline) {
			return false
		}
	}
	return true
}

// ReadQuantity reads the number phrase that starts at ws[i]: bound words
// ("about", "more than", "up to", "between"), the number itself (digits or
// words of any size, "a dozen", "a couple", "a pair", "both", "dozens of"),
// and what may follow it ("or three", "to 300", "-5000", "or more"). It
// returns the quantity and the index just past the phrase; ok is false when
// no number starts at i. It reads numbers, not what they count: the caller
// decides whether the phrase counts people.
func ReadQuantity(ws []Word, i int) (q Quantity, end int, ok bool) {
	if i >= len(ws) {
		return q, i, false
	}
	first := lookupNum(ws[i].Text)
	if !ws[i].Digits && first.has&isStarter == 0 {
		return q, i, false
	}
	// between X and Y / from X to Y
	if w := ws[i].Text; w == "between" || w == "from" {
		if a, j, ok := readCore(ws, i+1); ok && j < len(ws) {
			sep := ws[j].Text
			if (w == "between" && sep == "and") || (w == "from" && (sep == "to" || sep == "through" || sep == "till" || sep == "until" || isDash(sep))) {
				if b, k, ok := readCore(ws, j+1); ok && !ws[j+1].Newline && b.Value() > a.Value() {
					return Quantity{Min: a.Value(), Max: b.Value(), HasMin: true, HasMax: true, Approximate: a.Approximate || b.Approximate}, k, true
				}
			}
		}
		return q, i, false
	}
	kind := boundKind(0)
	start := i
	for _, p := range first.bounds { // boundsByFirst[ws[i].Text]
		if matchWords(ws, i, p.words) {
			kind = p.kind
			i += len(p.words)
			// "approx." and similar: a dot after the bound word
			if i < len(ws) && ws[i].Text == "." && !ws[i].Space {
				i++
			}
			break
		}
	}
	if kind != 0 && i < len(ws) && ws[i].Newline {
		return q, start, false
	}
	q, end, ok = readCore(ws, i)
	if !ok {
		return q, start, false
	}
	n := q.Value()
	switch kind {
	case approxBound:
		q.Approximate = true
	case lowerExcl:
		q = Quantity{Min: n + 1, HasMin: true, Approximate: q.Approximate}
	case lowerIncl:
		q = Quantity{Min: n, HasMin: true, Approximate: q.Approximate}
	case upperIncl:
		q = Quantity{Max: n, HasMax: true, Approximate: q.Approximate}
	case upperExcl:
		q = Quantity{Max: n - 1, HasMax: true, Approximate: q.Approximate}
	}
	if !q.Exact() || end >= len(ws) || ws[end].Newline {
		return q, end, true
	}
	// what may follow an exact number: an open suffix or a second number
	for _, s := range openSuffixes {
		if matchWords(ws, end, s.words) {
			if s.lower {
				q = Quantity{Min: n, HasMin: true, Approximate: q.Approximate}
			} else {
				q = Quantity{Max: n, HasMax: true, Approximate: q.Approximate}
			}
			return q, end + len(s.words), true
		}
	}
	if ws[end].Text == "+" && !ws[end].Space {
		return Quantity{Min: n, HasMin: true, Approximate: q.Approximate}, end + 1, true
	}
	sep := ws[end].Text
	if sep == "or" || sep == "to" || sep == "through" || isDash(sep) || sep == "~" {
		if end+1 < len(ws) && !ws[end+1].Newline {
			// dashes and tildes join numerals only ("1000-5000", "20~100");
			// a dash after a word is a compound ("5-member")
			digitsOnly := isDash(sep) || sep == "~"
			if !digitsOnly || (ws[end-1].Digits && ws[end+1].Digits) {
				if b, k, ok := readCore(ws, end+1); ok && b.Exact() {
					m := b.Value()
					// "2 to 3 million": the scale of the second applies to the first
					if m > n && n > 0 && n < 1000 && b.Value() >= 1000 && endsWithScale(ws, end+1, k) {
						if sc := ws[k-1].scale(); sc > 0 && n*sc <= m {
							n *= sc
						}
					}
					if m > n {
						return Quantity{Min: n, Max: m, HasMin: true, HasMax: true, Approximate: q.Approximate || b.Approximate}, k, true
					}
				}
			}
		}
	}
	return q, end, true
}

func (w Word) scale() int64 { return lookupNum(w.Text).scale }

func endsWithScale(ws []Word, from, to int) bool {
	return to-1 >= from && ws[to-1].scale() > 0
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "‐" }

// readCore reads the number itself: "a dozen", "a couple (of)", "a pair
// (of)", "both", "dozens (of)", or a cardinal in digits or words.
func readCore(ws []Word, i int) (Quantity, int, bool) {
	if i >= len(ws) {
		return Quantity{}, i, false
	}
	w := ws[i].Text
	switch w {
	case "a", "an":
		if i+1 >= len(ws) || ws[i+1].Newline {
			break
		}
		switch n := ws[i+1].Text; n {
		case "few":
			if q, j, ok := severalScale(ws, i+2); ok {
				return q, j, true
			}
		case "single", "lone", "sole":
			// "a single liaison officer", "a lone observer": one, stressed;
			// the noun after it decides whether people are counted
			return ExactQuantity(1), i + 2, true
		case "couple", "pair":
			j := i + 2
			if j < len(ws) && ws[j].Text == "of" {
				j++
			}
			return ExactQuantity(2), j, true
		case "dozen", "hundred", "thousand", "million", "billion", "trillion":
			// "a hundred" is one hundred; go on reading "a thousand and five"
			v, j, ok := readCardinal(ws, i+1, 1)
			if !ok {
				break
			}
			if n == "dozen" && j < len(ws) && ws[j].Text == "of" {
				j++
			}
			return ExactQuantity(v), j, true
		}
		return Quantity{}, i, false
	case "both":
		return ExactQuantity(2), i + 1, true
	case "tens":
		// "tens of thousands": at least twenty thousand
		if i+2 < len(ws) && ws[i+1].Text == "of" && ws[i+2].scale() > 0 {
			j := i + 3
			if j < len(ws) && ws[j].Text == "of" {
				j++
			}
			return Quantity{Min: 20 * ws[i+2].scale(), HasMin: true, Approximate: true}, j, true
		}
		return Quantity{}, i, false
	case "several":
		// "several hundred": more than one hundred, fewer than a thousand
		if q, j, ok := severalScale(ws, i+1); ok {
			return q, j, true
		}
		return Quantity{}, i, false
	}
	if nw := lookupNum(w); nw.has&isVague != 0 {
		min := nw.vague
		j := i + 1
		if j < len(ws) && ws[j].Text == "of" {
			j++
		}
		// "hundreds of thousands"
		if j < len(ws) && ws[j].scale() > 0 && ws[j].scale() > min {
			min *= ws[j].scale()
			j++
			if j < len(ws) && ws[j].Text == "of" {
				j++
			}
		}
		return Quantity{Min: min, HasMin: true, Approximate: true}, j, true
	}
	if !ws[i].Digits && lookupNum(w).has&(isUnit|isTeen|isTens) == 0 {
		// readCardinal would stop at this word at once: a cardinal starts
		// with digits or a unit, teen or tens word
		return Quantity{}, i, false
	}
	v, j, ok := readCardinal(ws, i, 0)
	if !ok {
		return Quantity{}, i, false
	}
	if j < len(ws) && !ws[j].Space && (ws[j].Text == "%" || ws[j].Text == "th" || ws[j].Text == "st" || ws[j].Text == "nd" || ws[j].Text == "rd") {
		return Quantity{}, i, false // a percentage or an ordinal in digits
	}
	if j < len(ws) && (ws[j].Text == "percent" || ws[j].Text == "per" && !(j+1 < len(ws) && perGroupWords[ws[j+1].Text])) {
		return Quantity{}, i, false // "20 percent", "5 per cent", "60 per hour"; not "8 per rotation"
	}
	// an ordinal made of words: "twenty-fifth", "one hundred and first"
	if j < len(ws) && IsOrdinalWord(ws[j].Text) && !ws[j].Newline {
		return Quantity{}, i, false
	}
	if j+1 < len(ws) && (isDash(ws[j].Text) || ws[j].Text == "and") && IsOrdinalWord(ws[j+1].Text) {
		return Quantity{}, i, false
	}
	return ExactQuantity(v), j, true
}

// severalScale reads the scale word after "several" or "a few": "several
// hundred" is 200..999, approximately.
func severalScale(ws []Word, i int) (Quantity, int, bool) {
	if i >= len(ws) {
		return Quantity{}, i, false
	}
	sc := ws[i].scale()
	if t := ws[i].Text; t == "hundred" || t == "hundreds" {
		sc = 100
	}
	if sc == 0 {
		return Quantity{}, i, false
	}
	j := i + 1
	if j < len(ws) && ws[j].Text == "of" {
		j++
	}
	return Quantity{Min: 2 * sc, Max: 10*sc - 1, HasMin: true, HasMax: true, Approximate: true}, j, true
}

// readCardinal reads a cardinal number in words and digits from ws[i]:
// "one hundred and forty-four", "twenty-one thousand eleven", "322
// hundred", "4 thousand 3 hundred and 21", "two hundred dozens", "13.84
// million", "1,500", "2.000" (a dot as thousands separator), "1 414 021
// 100". A leading multiplier (1 for "a hundred") may be given as seed. It
// returns false for a bare decimal ("13.84") and for no number at all.
func readCardinal(ws []Word, i int, seed int64) (int64, int, bool) {
	var (
		total   int64 // groups closed by thousand, million, ...
		current int64 // the group being read (below a thousand, or digits)
		last    int   // what the previous word was
		lastBig int64 // the last big scale used, so "three thousand millions" multiplies
		read    bool
		// the state before an "and" that may turn out not to belong to the number
		spaceRun               bool
		andSaved               bool
		saveEnd, saveLast      int
		saveTotal, saveCurrent int64
		saveLastBig            int64
	)
	const (
		none = iota
		unit
		teen
		tens
		hundred
		big
		dozen
		digits
		and
		dash
	)
	current = seed
	if seed > 0 {
		last = unit
		read = true
	}
	j := i
	for j < len(ws) {
		w := ws[j]
		if j > i && w.Newline {
			break
		}
		t := w.Text
		nw := lookupNum(t) // the tables' entries for t, read once
		if w.Digits {
			if last != none && last != and && last != big && last != hundred {
				// "1993 200" is two numbers, unless it is a space-separated
				// thousands group ("1 414 021 100")
				if last == digits && len(t) == 3 && allDigits(t) && w.Space && spaceRun && current < 1e15 {
					current = current*1000 + mustAtoi(t)
					j++
					continue
				}
				break
			}
			if last == hundred && current%100 != 0 {
				break
			}
			// a decimal before a scale word: "13.84 million", "2.5 billion"
			if strings.IndexByte(t, '.') >= 0 && j+1 < len(ws) && ws[j+1].scale() > 0 && !ws[j+1].Newline {
				f, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", ""), 64)
				if err != nil {
					return 0, i, false
				}
				return total + int64(math.Round(f*float64(ws[j+1].scale()))), j + 2, true
			}
			v, isInt, ok := parseNumeral(t)
			if !ok || !isInt {
				return 0, i, false // malformed, or a bare decimal ("13.84")
			}
			if last == hundred || last == big || last == and {
				if v >= 1000 {
					break
				}
			}
			// a run of space-separated thousands groups must start with a
			// group of one to three plain digits ("1 414 021 100")
			spaceRun = last == none && len(t) <= 3 && allDigits(t)
			current += v
			last = digits
			read = true
			j++
			continue
		}
		if nw.has&isUnit != 0 {
			v := nw.val
			if last == tens || last == dash {
				if current%10 != 0 {
					break
				}
			} else if last != none && last != and && last != hundred && last != big {
				break
			}
			if last == hundred && current%100 != 0 {
				break
			}
			current += v
			last = unit
			read = true
			j++
			continue
		}
		if nw.has&isTeen != 0 {
			v := nw.val
			if last != none && last != and && last != hundred && last != big {
				break
			}
			if current%100 != 0 {
				break
			}
			current += v
			last = teen
			read = true
			j++
			continue
		}
		if nw.has&isTens != 0 {
			v := nw.val
			if last != none && last != and && last != hundred && last != big {
				break
			}
			if current%100 != 0 {
				break
			}
			current += v
			last = tens
			read = true
			j++
			continue
		}
		if t == "hundred" || t == "hundreds" {
			if !read || last == hundred || last == big || last == and || last == dash || last == dozen {
				break
			}
			if current == 0 || (current >= 100 && last != digits) {
				break
			}
			current *= 100
			last = hundred
			j++
			continue
		}
		if nw.has&isScale != 0 {
			sc := nw.scale
			if !read || last == and || last == dash || last == dozen {
				break
			}
			if last == big {
				// "three thousand millions": the scale multiplies all so far
				if sc <= lastBig {
					break
				}
				total *= sc
				lastBig = sc
				j++
				continue
			}
			if lastBig != 0 && sc >= lastBig {
				// "two thousand five thousand" is not one number
				break
			}
			total += current * sc
			current = 0
			last = big
			lastBig = sc
			j++
			continue
		}
		if t == "dozen" || t == "dozens" {
			if !read || last == and || last == dash || last == dozen {
				break
			}
			current = (total + current) * 12
			total = 0
			last = dozen
			j++
			continue
		}
		if t == "and" && (last == hundred || last == big) && j+1 < len(ws) {
			// "one hundred and six": keep going, but remember where the
			// number stood in case what follows is not its continuation
			saveEnd, saveTotal, saveCurrent, saveLast, saveLastBig = j, total, current, last, lastBig
			andSaved = true
			last = and
			j++
			continue
		}
		if isDash(t) && last == tens && j+1 < len(ws) {
			if lookupNum(ws[j+1].Text).has&isUnit != 0 {
				last = dash
				j++
				continue
			}
		}
		break
	}
	if !read {
		return 0, i, false
	}
	// "two hundred and three hundred": the "and" joined two numbers
	if andSaved && j < len(ws) && (ws[j].Text == "hundred" || ws[j].scale() > 0) && last != big && last != hundred {
		total, current, last, lastBig, j = saveTotal, saveCurrent, saveLast, saveLastBig, saveEnd
	}
	// never end on a joiner
	for j > i && (last == and || last == dash) {
		j--
		last = none
	}
	return total + current, j, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// mustAtoi reads digits already checked by allDigits.
func mustAtoi(s string) int64 {
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// parseNumeral reads digits with separators. "1,500" and "1,234,567" are
// thousands; "2.000" and "1.234.567" (groups of exactly three after each
// dot) are read as thousands too, the continental way; any other dot is a
// decimal point (isInt false). Malformed groupings ("1,50") are not numbers.
func parseNumeral(s string) (v int64, isInt bool, ok bool) {
	if allDigits(s) {
		n, err := strconv.ParseInt(s, 10, 64)
		return n, err == nil, err == nil
	}
	hasComma := strings.IndexByte(s, ',') >= 0
	hasDot := strings.IndexByte(s, '.') >= 0
	// groups checks "d{1,3}(<sep>ddd)+" without allocating
	groups := func(sep byte) bool {
		first := strings.IndexByte(s, sep)
		if first < 1 || first > 3 {
			return false
		}
		run := 0
		for i := first + 1; i < len(s); i++ {
			if s[i] == sep {
				if run != 3 {
					return false
				}
				run = 0
				continue
			}
			run++
		}
		return run == 3
	}
	switch {
	case hasComma && !hasDot:
		if !groups(',') {
			return 0, false, false
		}
		n, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
		return n, err == nil, err == nil
	case hasDot && !hasComma:
		if groups('.') && !strings.HasPrefix(s, "0") {
			n, err := strconv.ParseInt(strings.ReplaceAll(s, ".", ""), 10, 64)
			if err == nil {
				// a dotted thousands group; the caller still checks for a
				// scale word ("2.500 million" is a decimal): see readCardinal
				return n, true, true
			}
		}
		return 0, false, true // a decimal
	case hasComma && hasDot:
		// "1,234.5": a decimal with thousands commas
		if i := strings.IndexByte(s, '.'); strings.IndexByte(s[i:], ',') < 0 {
			return 0, false, true
		}
	}
	return 0, false, false
}

// perGroupWords follow "N per" when N is a number of people in each group:
// "8 per rotation", "40 per contingent".
var perGroupWords = map[string]bool{"rotation": true, "contingent": true, "unit": true, "group": true,
	"team": true, "batch": true, "shift": true, "dispatch": true, "deployment": true}

// wordTable is a read-only hash table of words (open addressing, linear
// probing, at most half full) for the look-ups made for every word of a
// document: a short FNV hash and one string comparison cost less than a Go
// map's look-up. Keys are not empty; looking up "" finds nothing.
type wordTable[V any] struct {
	keys []string // "" marks an empty slot
	vals []V
	mask uint32
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable[V]{keys: make([]string, size), vals: make([]V, size), mask: uint32(size - 1)}
	for k, v := range m {
		if k == "" {
			panic("wordTable: empty key")
		}
		i := hashWord(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// hashWord mixes the length and the first two and last two bytes of a
// word (not empty): a fixed cost whatever the length, and few collisions
// in tables of words of a language.
func hashWord(s string) uint32 {
	n := len(s)
	x := uint64(n)<<32 | uint64(s[0])<<24 | uint64(s[n-1])<<16 | uint64(s[min(1, n-1)])<<8 | uint64(s[max(n-2, 0)])
	x *= 0x9E3779B97F4A7C15
	return uint32(x >> 32)
}

// get is the value of key s, and whether s is a key.
func (t *wordTable[V]) get(s string) (v V, ok bool) {
	if s == "" {
		return v, false
	}
	for i := hashWord(s) & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == s {
			return t.vals[i], true
		}
		if k == "" {
			return v, false
		}
	}
}
