package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota + 1 // letters, with inner apostrophes ("Minister's") and dots of abbreviations ("U.N.")
	Number                      // digits, with inner "," or "." between digits ("1,500", "2.000", "13.84")
	Punct                       // any other single non-space rune
)

// Token is a word, number or punctuation mark with its byte span.
type Token struct {
	Text string
	Span Span
	Kind TokenKind // after the words, so the small fields share one 8-byte slot (40 bytes a token, not 48)
	// SpaceBefore is true when whitespace separates this token from the previous one.
	SpaceBefore bool
	// NewlineBefore is true when a line break separates this token from the previous one.
	NewlineBefore bool
}

// Tokenize splits text into tokens with byte offsets. Letters and digits
// glued together ("on19", "1908on") are split into a word and a number, so
// extractors see "on" "19". It allocates one slice and no strings (token
// texts are substrings of text).
//
// ASCII bytes, nearly all of a page, are classed by a table (asciiClass)
// without decoding; other runes take the unicode package's tests.
func Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/5+1), text)
}

// appendTokens is Tokenize appending to toks (Extract passes a recycled
// slice).
func appendTokens(toks []Token, text string) []Token {
	space, newline := false, false
	// add appends a token by writing its fields in place: appending a Token
	// value copies it with a typed move, which costs a write barrier call
	// per token while the collector runs.
	add := func(kind TokenKind, i, j int) {
		n := len(toks)
		if n == cap(toks) {
			toks = append(toks, Token{})
		} else {
			toks = toks[:n+1]
		}
		t := &toks[n]
		t.Text, t.Span, t.Kind, t.SpaceBefore, t.NewlineBefore = text[i:j], Span{i, j}, kind, space, newline
		space, newline = false, false
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classSpace:
				space = true
				i++
			case classNewline:
				space, newline = true, true
				i++
			case classDigit:
				j := endOfNumber(text, i+1)
				add(Number, i, j)
				i = j
			case classLetter:
				j := endOfWord(text, i, rune(c), 1)
				add(Word, i, j)
				i = j
			default:
				add(Punct, i, i+1)
				i++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += w
		case unicode.IsLetter(r):
			j := endOfWord(text, i, r, w)
			add(Word, i, j)
			i = j
		default:
			add(Punct, i, i+w)
			i += w
		}
	}
	return toks
}

// Classes of ASCII bytes for Tokenize.
const (
	classPunct   uint8 = iota // any other byte, a token of its own
	classSpace                // white space other than a line break
	classNewline              // '\n'
	classDigit
	classLetter
)

// asciiClass classes every ASCII byte as Tokenize's rune tests would
// (unicode.IsSpace, isDigit, unicode.IsLetter).
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case r == '\n':
			t[c] = classNewline
		case unicode.IsSpace(r):
			t[c] = classSpace
		case isDigit(r):
			t[c] = classDigit
		case unicode.IsLetter(r):
			t[c] = classLetter
		}
	}
	return t
}()

// endOfNumber returns the end of the number whose digits go on at text[j]:
// digits, with inner "," or "." between digits ("1,500", "13.84").
func endOfNumber(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j += 2
			continue
		}
		break
	}
	return j
}

// endOfWord returns the end of the word that starts at text[i] with the
// letter r of w bytes: letters and combining marks, inner apostrophes
// ("Minister's", "Cote d'Ivoire"), and the dots of dotted acronyms ("U.N.").
func endOfWord(text string, i int, r rune, w int) int {
	j := i + w
	for j < len(text) {
		c := text[j]
		if lc := c | 0x20; lc >= 'a' && lc <= 'z' {
			j++ // ASCII letter: the common case, no decoding (c|0x20 maps exactly the ASCII letters into a..z)
			continue
		}
		r2, w2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, w2 = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
				j += w2
				continue
			}
		} // no other ASCII byte is a letter or a mark
		// inner apostrophe: Minister's, Cote d'Ivoire
		if (r2 == '\'' || r2 == '’') && j+w2 < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+w2:])
			if unicode.IsLetter(r3) {
				j += w2
				continue
			}
		}
		// abbreviation dots: U.N., U.S. (single letters separated by dots)
		if r2 == '.' && j-i <= 2 && j+1 < len(text) {
			r3, w3 := utf8.DecodeRuneInString(text[j+1:])
			if unicode.IsUpper(r3) && unicode.IsUpper(r) {
				// "U.N" -> continue; the trailing dot is taken below
				j += 1 + w3
				continue
			}
		}
		break
	}
	// take a final abbreviation dot for dotted acronyms (U.N.)
	if j < len(text) && text[j] == '.' && j-i >= 3 && text[i+1] == '.' {
		j++
	}
	return j
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// Sentences splits text into sentence spans: a sentence ends at ".", "!" or
// "?" followed by white space, or at a blank line or a line break (headings
// and list items on their own lines are sentences of their own). Spans are
// trimmed of surrounding white space; empty sentences are dropped.
func Sentences(text string) []Span {
	// pages run 40-130 bytes a sentence: one allocation for most
	out := make([]Span, 0, len(text)/64+4)
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		// A "sentence" over MaxSentenceBytes is a table dump or run-on text;
		// cut it at a clause boundary ("; ", ", ", else a space) so that work
		// per sentence stays bounded whatever the input.
		for e-s > MaxSentenceBytes {
			cut := clauseCut(text, s, s+MaxSentenceBytes)
			out = append(out, Span{s, cut})
			s = cut
			for s < e && isSpaceByte(text[s]) {
				s++
			}
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !sentenceStop[c] {
			continue // most bytes: one predictable test, not a switch
		}
		switch c {
		case '\n':
			emit(i)
			start = i + 1
		case '.', '!', '?':
			if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\t') && !abbreviationBefore(text, i) {
				// the next word must start like a sentence (capital, digit, quote)
				j := i + 1
				for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
					j++
				}
				if j < len(text) {
					r, _ := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsUpper(r) && !isDigit(r) && r != '"' && r != '(' && r != '“' {
						continue
					}
				}
				emit(i + 1)
				start = i + 1
			}
		}
	}
	emit(len(text))
	return out
}

// sentenceStop marks the bytes at which Sentences may end a sentence.
var sentenceStop = [256]bool{'\n': true, '.': true, '!': true, '?': true}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// abbreviationBefore reports whether the dot at i ends a common abbreviation
// ("Sept.", "Feb.", "U.N.", "Mr.", "No.") rather than a sentence.
func abbreviationBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= w
	}
	word := text[j:i]
	switch word {
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mr", "Mrs", "Ms", "Dr", "No", "Nos", "St", "Gen", "Lt", "Col", "Maj", "Capt", "vs", "e.g", "i.e":
		return true
	}
	// dotted acronyms: U.N, U.S
	if len(word) >= 3 && word[1] == '.' {
		return true
	}
	// single capital initial: "J. Smith"
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true
	}
	return false
}

// MaxSentenceBytes bounds the length of a sentence span; see Sentences.
const MaxSentenceBytes = 2048

// clauseCut picks where to cut text[s:limit]: after the last "; ", else the
// last ", ", else the last space, else at a rune boundary at limit.
func clauseCut(text string, s, limit int) int {
	seg := text[s:limit]
	for _, sep := range []string{"; ", ", ", " "} {
		if i := strings.LastIndex(seg, sep); i > len(seg)/2 {
			return s + i + len(sep) - 1
		}
	}
	for limit > s && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}
