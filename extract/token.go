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
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	space, newline := false, false
	i := 0
	for i < len(text) {
		// ASCII white space, the commonest byte, without decoding
		if c := text[i]; c == ' ' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			space, newline = true, true
			i += w
		case unicode.IsSpace(r):
			space = true
			i += w
		case isDigit(r):
			j := i + w
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
			toks = append(toks, Token{Kind: Number, Text: text[i:j], Span: Span{i, j}, SpaceBefore: space, NewlineBefore: newline})
			space, newline = false, false
			i = j
		case unicode.IsLetter(r):
			j := i + w
			for j < len(text) {
				if c := text[j] | 0x20; c >= 'a' && c <= 'z' {
					j++ // ASCII letter: the common case, no decoding
					continue
				}
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
					j += w2
					continue
				}
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
			toks = append(toks, Token{Kind: Word, Text: text[i:j], Span: Span{i, j}, SpaceBefore: space, NewlineBefore: newline})
			space, newline = false, false
			i = j
		default:
			toks = append(toks, Token{Kind: Punct, Text: text[i : i+w], Span: Span{i, i + w}, SpaceBefore: space, NewlineBefore: newline})
			space, newline = false, false
			i += w
		}
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// Sentences splits text into sentence spans: a sentence ends at ".", "!" or
// "?" followed by white space, or at a blank line or a line break (headings
// and list items on their own lines are sentences of their own). Spans are
// trimmed of surrounding white space; empty sentences are dropped.
func Sentences(text string) []Span {
	var out []Span
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
