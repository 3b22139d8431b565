package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/missionx/missionx/normalize"
)

// The date lexer turns a document's tokens into date lexemes: numbers with
// their values, month names, ordinal days ("13th", "third",
// "twenty-second"), years spelt in words ("two thousand and eighteen"),
// keywords and punctuation. Each lexeme keeps the byte span it covers, so
// the rules that read lexemes can report exact spans. The lexer is
// hand-written: one lower-casing into a small buffer and one map lookup
// per word, no regular expressions.

type lexKind uint8

const (
	lxWord   lexKind = iota + 1 // a word; kw says which keyword, if any
	lxNum                       // a plain run of digits (val, digits)
	lxOrd                       // an ordinal day: "13th", "third", "twenty-second" (val)
	lxMonth                     // a month name or abbreviation (val 1..12)
	lxPunct                     // one punctuation rune (ch for ASCII)
	lxDotted                    // digits with inner dots or commas: "10.31.1974", "1,500"
)

// kw identifies the words the date rules look for.
type kw uint8

const (
	kwNone kw = iota
	kwIn
	kwOn
	kwBy
	kwDuring
	kwAt
	kwOf
	kwThe
	kwFrom
	kwBetween
	kwAnd
	kwOr
	kwTo
	kwTill
	kwUntil
	kwThrough
	kwSince
	kwBefore
	kwAfter
	kwYear
	kwSame
	kwThis
	kwThat
	kwLast
	kwNext
	kwFollowing
	kwPrevious
	kwEnd
	kwBeginning
	kwStart
	kwMiddle
	kwEarly
	kwMid
	kwLate
	kwLater
	kwEarlier
	kwThan
	kwNo
	kwNot
	kwStarting
	kwEnding
	kwWith
	kwBut
	kwEqual
	kwPrior
	kwUp
	kwAs
	kwOnwards
	kwGreater
	kwThroughout
	kwFY
	kwFiscal
	kwThousand
	kwHundred
	kwWeekday
	kwSeason  // spring, summer, autumn, fall, winter
	kwHalf    // half, quarter
	kwOrdPart // first, second, latter: "the first half of"
	kwMonth   // the word "month"
	kwDay     // the word "day"
	kwDet     // determiners and possessives: a, its, their ("its last year")
	kwBlocker // words after which a number is an identifier: resolution, no., article
	kwNoun    // nouns a number counts: people, personnel, troops
	kwVerbS   // short words ending in s that are not plural nouns: was, has, is
	kwPresent // present, now: the open end of "1996 - present"
	kwToday   // today: the open end of "2008 to today", or the day of a dated release
	kwDate    // the word "date": "from 2008 to date"
	kwFor     // "planned for June": a weak lead, like "at"
	kwHedge   // around, about, approximately: "until around January 10" (matchOpen)
)

var keywords = map[string]kw{
	"in": kwIn, "on": kwOn, "by": kwBy, "during": kwDuring, "at": kwAt, "of": kwOf, "the": kwThe,
	"from": kwFrom, "between": kwBetween, "and": kwAnd, "or": kwOr, "to": kwTo,
	"till": kwTill, "til": kwTill, "until": kwUntil, "through": kwThrough, "thru": kwThrough,
	"since": kwSince, "before": kwBefore, "after": kwAfter, "year": kwYear, "same": kwSame,
	"this": kwThis, "that": kwThat, "last": kwLast, "next": kwNext, "following": kwFollowing,
	"previous": kwPrevious, "preceding": kwPrevious, "end": kwEnd, "beginning": kwBeginning, "start": kwStart,
	"middle": kwMiddle, "early": kwEarly, "mid": kwMid, "late": kwLate, "later": kwLater,
	"earlier": kwEarlier, "than": kwThan, "no": kwNo, "not": kwNot, "starting": kwStarting,
	"ending": kwEnding, "with": kwWith, "but": kwBut, "equal": kwEqual, "prior": kwPrior, "up": kwUp, "as": kwAs,
	"onwards": kwOnwards, "onward": kwOnwards, "greater": kwGreater, "throughout": kwThroughout,
	"fy": kwFY, "fiscal": kwFiscal, "thousand": kwThousand, "hundred": kwHundred,
	"resolution": kwBlocker, "resolutions": kwBlocker, "article": kwBlocker, "articles": kwBlocker,
	"paragraph": kwBlocker, "chapter": kwBlocker, "page": kwBlocker, "pages": kwBlocker, "pp": kwBlocker,
	"number": kwBlocker, "nos": kwBlocker, "flight": kwBlocker, "route": kwBlocker, "room": kwBlocker,
	"code": kwBlocker, "tel": kwBlocker, "phone": kwBlocker, "fax": kwBlocker, "box": kwBlocker,
	"model": kwBlocker, "version": kwBlocker, "law": kwBlocker, "act": kwBlocker,
	"people": kwNoun, "personnel": kwNoun, "staff": kwNoun, "police": kwNoun, "men": kwNoun,
	"women": kwNoun, "children": kwNoun, "km": kwNoun, "kg": kwNoun, "yen": kwNoun, "m": kwNoun,
	"persons": kwNoun, "troops": kwNoun, "feet": kwNoun, "hours": kwNoun, "strong": kwNoun,
	"was": kwVerbS, "has": kwVerbS, "is": kwVerbS, "thus": kwVerbS, "plus": kwVerbS,
	"always": kwVerbS, "whereas": kwVerbS, "does": kwVerbS, "us": kwVerbS,
	"month": kwMonth, "day": kwDay,
	"present": kwPresent, "now": kwPresent, "today": kwToday, "date": kwDate, "for": kwFor,
	"spring": kwSeason, "summer": kwSeason, "autumn": kwSeason, "fall": kwSeason, "winter": kwSeason,
	"half": kwHalf, "quarter": kwHalf, "latter": kwOrdPart, "former": kwOrdPart,
	"a": kwDet, "an": kwDet, "its": kwDet, "their": kwDet, "his": kwDet, "her": kwDet, "our": kwDet,
	"every": kwDet, "each": kwDet, "whose": kwDet,
	"around": kwHedge, "about": kwHedge, "approximately": kwHedge, "roughly": kwHedge, "circa": kwHedge,
}

// lexeme is one unit the date rules read. It holds no pointers (its text
// is Doc.Text[span]), so the pooled lexeme buffers cost the garbage
// collector nothing.
type lexeme struct {
	kind  lexKind
	kw    kw
	words bool // a number spelt in words
	full  bool // month: written as its full name
	upper bool // word starts with an upper-case letter
	space bool // white space before
	nl    bool // a line break before
	// digit count of a plain number (at most 9, see digitsValue); 4 for a
	// year in words. A byte, so that it shares the first word with the
	// flags: 40 bytes a lexeme, not 48.
	digits uint8
	ch     rune // punctuation: the rune
	val    int  // number, month (1..12), ordinal day, or year in words
	span   Span
}

// glued reports whether the lexeme touches the one before it.
func (l *lexeme) glued() bool { return !l.space }

// isDash reports hyphens and dashes, which join the ends of a range.
func (l *lexeme) isDash() bool {
	if l.kind != lxPunct {
		return false
	}
	switch l.ch {
	case '-', '–', '—', '‐', '‑', '−', '~', '〜', '～':
		return true
	}
	return false
}

// str returns the text of a lexeme.
func (p *dateParser) str(l *lexeme) string { return p.text[l.span.Start:l.span.End] }

// dateLex turns tokens into lexemes, appending to dst[:0].
func dateLex(toks []Token, dst []lexeme) []lexeme {
	lx := dst[:0]
	if cap(lx) < len(toks) {
		lx = make([]lexeme, 0, len(toks)+len(toks)/8) // a little room for split numbers ("12,2016")
	}
	words := dateWords()
	mergeFrom := -1 // the first lexeme that may start a merge of number words
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// the lexeme is built in its slot, not copied there: lexing is a
		// large part of the date stage
		if len(lx) == cap(lx) {
			lx = append(lx, lexeme{})[:len(lx)]
		}
		lx = lx[:len(lx)+1]
		l := &lx[len(lx)-1]
		*l = lexeme{span: t.Span, space: t.SpaceBefore, nl: t.NewlineBefore}
		switch t.Kind {
		case Number:
			if n, ok := digitsValue(t.Text); ok {
				l.kind, l.val, l.digits = lxNum, n, uint8(len(t.Text))
				// "13th", "1st", "22nd", "3rd": an ordinal day
				if i+1 < len(toks) && !toks[i+1].SpaceBefore && toks[i+1].Kind == Word && isOrdinalSuffix(toks[i+1].Text) {
					l.kind = lxOrd
					l.span.End = toks[i+1].Span.End
					i++
				}
			} else if d, y, ok := dayCommaYear(t.Text); ok && len(lx) > 1 && lx[len(lx)-2].kind == lxMonth { // lx[len(lx)-1] is this lexeme
				// "january12,2016": the tokenizer keeps "12,2016" as one number
				c := t.Span.Start + len(d)
				*l = lexeme{kind: lxNum, val: atoiDigits(d), digits: uint8(len(d)), span: Span{t.Span.Start, c}, space: t.SpaceBefore, nl: t.NewlineBefore}
				lx = append(lx,
					lexeme{kind: lxPunct, ch: ',', span: Span{c, c + 1}},
					lexeme{kind: lxNum, val: atoiDigits(y), digits: 4, span: Span{c + 1, t.Span.End}})
			} else {
				l.kind = lxDotted
			}
		case Word:
			l.kind = lxWord
			r := t.Text[0]
			l.upper = r >= 'A' && r <= 'Z'
			// The date rules need no word with other letters than ASCII
			// ones (plainASCIIWord). Only such a word can be found in the
			// table (its keys are ASCII), so the test waits for the
			// plural rule.
			if len(t.Text) > maxDateWordLen {
				break
			}
			w, known := words.lookup(t.Text)
			switch {
			case !known:
				// c|0x20 lower-cases ASCII letters; plainASCIIWord is tested last, as it reads the whole word
				low := t.Text
				if len(low) > 3 && low[len(low)-1]|0x20 == 's' && low[len(low)-2]|0x20 != 's' && low[len(low)-2]|0x20 != 'u' && low[len(low)-2]|0x20 != 'i' && plainASCIIWord(low) {
					l.kw = kwNoun // a plural: "years", "officers", "cases"
				}
			case w.kw != kwNone:
				l.kw = w.kw
			default:
				switch w.date.Kind {
				case normalize.MonthWord:
					l.kind, l.val, l.full = lxMonth, w.date.Value, w.date.Full
				case normalize.WeekdayWord:
					l.kw = kwWeekday
				case normalize.OrdinalDayWord:
					l.kind, l.val, l.words = lxOrd, w.date.Value, true
				case normalize.TensNumberWord, normalize.SmallNumberWord:
					l.val, l.words = w.date.Value, true
					if mergeFrom < 0 && mayStartMerge(l) {
						mergeFrom = len(lx) - 1
					}
				}
			}
		default:
			l.kind = lxPunct
			l.ch, _ = utf8.DecodeRuneInString(t.Text)
		}
	}
	if mergeFrom < 0 {
		return lx // most documents spell no such number
	}
	return mergeNumberWords(lx, mergeFrom)
}

// dayCommaYear splits "12,2016" into a day and a year.
func dayCommaYear(s string) (day, year string, ok bool) {
	c := strings.IndexByte(s, ',')
	if c < 1 || c > 2 || len(s)-c-1 != 4 {
		return "", "", false
	}
	if _, ok := digitsValue(s[:c]); !ok {
		return "", "", false
	}
	if _, ok := digitsValue(s[c+1:]); !ok {
		return "", "", false
	}
	return s[:c], s[c+1:], true
}

func atoiDigits(s string) int { n, _ := digitsValue(s); return n }

func isOrdinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}

// digitsValue reads a plain run of ASCII digits (at most 9).
func digitsValue(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// lowerASCII lower-cases an ASCII word into buf; ok is false for words
// with other letters or longer than buf, which the date rules never need.
func lowerASCII(s string, buf []byte) ([]byte, bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c == '\'' || c == '.':
		default:
			return nil, false
		}
		buf = append(buf, c)
	}
	return buf, true
}

// maxDateWordLen bounds the words the lexer reads (lowerASCII's buffer).
const maxDateWordLen = 24

// plainASCIIWord reports a word of at most maxDateWordLen ASCII letters,
// apostrophes and dots, the only words the lexer reads (lowerASCII accepts
// the same). Such a word is lower-cased by c|0x20 on each byte.
func plainASCIIWord(s string) bool {
	if len(s) > maxDateWordLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		// c|0x20 maps exactly the ASCII letters into 'a'..'z'
		if c := s[i]; (c|0x20)-'a' >= 26 && c != '\'' && c != '.' {
			return false
		}
	}
	return true
}

// mergeNumberWords joins spelt-out numbers the date rules read as one
// lexeme: compound ordinals ("twenty second", "twenty-second" -> day 22)
// and years in words ("two thousand and eighteen" -> 2018, "two thousand"
// -> 2000). Other number words stay as they are.
//
// No merge starts before lx[from] (see mayStartMerge).
func mergeNumberWords(lx []lexeme, from int) []lexeme {
	// The merged lexemes are written over lx: w (the next slot to write)
	// never passes i (the lexeme read), and the lexemes read ahead of i are
	// untouched. Only number words start a merge; the others stay where
	// they are until a merge has shifted them.
	w := from
	for i := from; i < len(lx); i++ {
		if !mayStartMerge(&lx[i]) {
			if w != i {
				lx[w] = lx[i]
			}
			w++
			continue
		}
		l := lx[i]
		if l.val >= 20 && l.val%10 == 0 && l.val <= 30 {
			// tens word followed by an ordinal 1..9, with a space or a hyphen
			j := i + 1
			if j < len(lx) && lx[j].isDash() && lx[j].glued() {
				j++
			}
			if j < len(lx) && lx[j].kind == lxOrd && lx[j].words && lx[j].val < 10 && l.val+lx[j].val <= 31 {
				l.kind, l.val = lxOrd, l.val+lx[j].val
				l.span.End = lx[j].span.End
				lx[w] = l
				w++
				i = j
				continue
			}
		}
		if l.val >= 1 && l.val <= 2 && i+1 < len(lx) && lx[i+1].kw == kwThousand {
			y := l.val * 1000
			end := i + 1
			// optional "and", then 1..99 in words
			j := i + 2
			if j < len(lx) && lx[j].kw == kwAnd {
				j++
			}
			if n, k := wordsBelow100(lx, j); k > j {
				y += n
				end = k - 1
			}
			l.kind, l.val, l.digits = lxNum, y, 4
			l.span.End = lx[end].span.End
			lx[w] = l
			w++
			i = end
			continue
		}
		lx[w] = l
		w++
	}
	return lx[:w]
}

// mayStartMerge reports the number words mergeNumberWords may start a
// merge at: "twenty", "thirty" (ordinals) and "one", "two" (thousands).
func mayStartMerge(l *lexeme) bool {
	return l.kind == lxWord && l.words && (l.val == 20 || l.val == 30 || l.val == 1 || l.val == 2)
}

// wordsBelow100 reads a number from one to ninety-nine spelt in words at
// lx[i:]; it returns the value and the index after it (i when none).
func wordsBelow100(lx []lexeme, i int) (int, int) {
	if i >= len(lx) || lx[i].kind != lxWord || !lx[i].words {
		return 0, i
	}
	n := lx[i].val
	if n == 0 {
		return 0, i
	}
	if n >= 20 {
		j := i + 1
		if j < len(lx) && lx[j].isDash() && lx[j].glued() {
			j++
		}
		if j < len(lx) && lx[j].kind == lxWord && lx[j].words && lx[j].val > 0 && lx[j].val < 10 {
			return n + lx[j].val, j + 1
		}
	}
	return n, i + 1
}

// lexString joins the texts of lexemes, for tests and debug notes.
func lexString(text string, lx []lexeme) string {
	var b strings.Builder
	for i, l := range lx {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[l.span.Start:l.span.End])
	}
	return b.String()
}

// wordInfo is what the lexer knows about a lower-case word: a keyword of
// the date rules, or a calendar word from normalize.
type wordInfo struct {
	kw   kw
	date normalize.DateWord
}

// dateWordTable is the lexer's word index: the keywords and the calendar
// words (wordIndex) in an open-addressing hash table that takes a word in
// any case, so the lexer neither lower-cases words into a buffer nor hashes
// them in full (a map[string] lookup after lower-casing was the largest cost
// of lexing). The hash reads only the length and three letters, and most
// words are rejected by one probe whose key differs in length. A slot is 8
// bytes and the keys are one string, so the whole table is about 10 KB and
// stays in the cache between the other stages' work.
type dateWordTable struct {
	slots []dateWordSlot // a power of two in length, at most a quarter full
	keys  string         // the keys, lower-case, one after another
	shift uint           // 32 - log2(len(slots)): the hash's top bits pick the slot
}

// dateWordSlot is one word of the table: its key and its wordInfo, packed.
type dateWordSlot struct {
	n    uint8 // the key's length; 0 for an empty slot
	kw   kw
	kind normalize.DateWordKind
	full bool
	val  uint8  // DateWord.Value: at most 90 ("ninety")
	off  uint16 // the key is keys[off:off+n]
}

// slot returns the first slot of the probe sequence of word, a plain ASCII
// word (plainASCIIWord) or a lower-case key.
func (t *dateWordTable) slot(word string) int {
	if len(word) == 0 {
		return 0
	}
	h := uint32(len(word)) | uint32(word[0]|0x20)<<8 | uint32(word[len(word)/2]|0x20)<<16 | uint32(word[len(word)-1]|0x20)<<24
	return int((h * 0x9E3779B1) >> t.shift) // Fibonacci hashing: the top bits of the product mix every input bit
}

// lookup finds a word whatever its case. Only a plain ASCII word
// (plainASCIIWord) can be found: a word token's ASCII bytes are letters,
// apostrophes and dots, which c|0x20 maps to themselves or their lower
// case, and any other byte is over 0x80, which no key has.
func (t *dateWordTable) lookup(word string) (wordInfo, bool) {
	mask := len(t.slots) - 1
	for k := t.slot(word); ; k = (k + 1) & mask {
		s := &t.slots[k]
		if s.n == 0 {
			return wordInfo{}, false
		}
		if int(s.n) == len(word) && equalLower(word, t.keys[s.off:int(s.off)+len(word)]) {
			return wordInfo{kw: s.kw, date: normalize.DateWord{Kind: s.kind, Value: int(s.val), Full: s.full}}, true
		}
	}
}

// equalLower reports whether the plain ASCII word, lower-cased, is key.
func equalLower(word, key string) bool {
	for i := 0; i < len(key); i++ {
		if word[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}

var (
	dateWordsOnce  sync.Once
	dateWordsTable *dateWordTable
)

// dateWords builds the lexer's table once from wordIndex.
func dateWords() *dateWordTable {
	dateWordsOnce.Do(func() {
		m := wordIndex()
		n, bits := 1, uint(0)
		for n < 4*len(m) {
			n, bits = n*2, bits+1
		}
		t := &dateWordTable{slots: make([]dateWordSlot, n), shift: 32 - bits}
		var keys strings.Builder
		for word, info := range m {
			if word == "" || !plainASCIIWord(word) || strings.ToLower(word) != word {
				panic("extract: date word " + word + " is not lower-case ASCII")
			}
			if info.date.Value < 0 || info.date.Value > 255 || keys.Len()+len(word) > 65535 {
				panic("extract: date word " + word + " does not fit the packed table")
			}
			k := t.slot(word)
			for t.slots[k].n != 0 {
				k = (k + 1) & (n - 1)
			}
			t.slots[k] = dateWordSlot{n: uint8(len(word)), kw: info.kw, kind: info.date.Kind, full: info.date.Full, val: uint8(info.date.Value), off: uint16(keys.Len())}
			keys.WriteString(word)
		}
		t.keys = keys.String()
		dateWordsTable = t
	})
	return dateWordsTable
}

var (
	wordIndexOnce sync.Once
	wordIndexMap  map[string]wordInfo
)

// wordIndex joins the keywords and the calendar words into one map, so the
// lexer pays one lookup per word. Keywords win where both list a word.
func wordIndex() map[string]wordInfo {
	wordIndexOnce.Do(func() {
		m := make(map[string]wordInfo, len(keywords)+128)
		normalize.EachDateWord(func(word string, w normalize.DateWord) { m[word] = wordInfo{date: w} })
		for word, k := range keywords {
			m[word] = wordInfo{kw: k}
		}
		wordIndexMap = m
	})
	return wordIndexMap
}
