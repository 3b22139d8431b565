package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/missionx/missionx/internal/synth"
)

// TestTokenizeSameAsReference: the ASCII fast paths of Tokenize give the
// same tokens as the plain rune-by-rune tokenizer below (Tokenize as it
// was before them), on the synthetic corpus and on random strings mixing
// ASCII, accents, marks, apostrophes, dots, digits and white space.
func TestTokenizeSameAsReference(t *testing.T) {
	var texts []string
	for _, d := range synth.Corpus(synth.BenchOptions, 200) {
		texts = append(texts, string(d.Body))
	}
	pieces := []string{"a", "Z", "U", ".", "N", ".", "'", "’", "s", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "1", "9", ",", "-", "é", "e\u0301", "日", "٣", "(", "“", "\x00", "\xff", "\v", "\f", "\u0085", "\u2028", "Ä", "ß", "ǅ", "\u0301", "\u00ad", "'"}
	seed := uint64(3)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := int(next() % 16); k > 0; k-- {
			b.WriteString(pieces[next()%uint64(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := Tokenize(text), tokenizeRef(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokenize(%q) differs from the reference:\n got %+v\nwant %+v", text, got, want)
		}
	}
}

func tokenizeRef(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	space, newline := false, false
	i := 0
	for i < len(text) {
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
