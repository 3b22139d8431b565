package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/missionx/missionx/normalize"
)

// FindRoles finds the roles people were sent in ("civilian police
// officers", "Liaison and Coordination Personnel", "cease-fire monitors"),
// one record per distinct role with every mention, headings included. The
// vocabulary is normalize's role table, shared with counts and deployments,
// so plurals, case, word order and spelling variants fold into one
// canonical name.
func FindRoles(a *Analysis) {
	ws := a.Words()
	first := len(a.Res.Roles) // the records this call adds start here
	for i := 0; i < len(ws); {
		if a.Tokens[i].Kind != Word || !roleBoundaryBefore(a.Tokens, i) {
			i++
			continue
		}
		r, end, ok := normalize.MatchRole(ws, i)
		if !ok {
			i++
			continue
		}
		if insideName(a.Tokens, ws, i, end) {
			// "United Nations Military Observer Group": part of a name
			i = end
			continue
		}
		span := Span{a.Tokens[i].Span.Start, a.Tokens[end-1].Span.End}
		m := Mention{Text: a.Doc.Text[span.Start:span.End], Span: span}
		// a document names few distinct roles: a scan beats a map
		k := first
		for k < len(a.Res.Roles) && a.Res.Roles[k].Name != r.Name {
			k++
		}
		if k < len(a.Res.Roles) {
			a.Res.Roles[k].Mentions = append(a.Res.Roles[k].Mentions, m)
		} else {
			a.Res.Roles = append(a.Res.Roles, Role{Name: r.Name, Category: r.Category, Mentions: []Mention{m}})
		}
		i = end
	}
}

// insideName reports whether the role words at [i, end) are part of the
// name of an organization: capitalized and followed by a capitalized head
// word such as "Group" or "Mission".
func insideName(toks []Token, ws []normalize.Word, i, end int) bool {
	if end >= len(toks) || toks[end].NewlineBefore || toks[end].Kind != Word || !capitalized(toks[end].Text) || !capitalized(toks[i].Text) {
		return false
	}
	return orgHeadWords[ws[end].Text]
}

var orgHeadWords = setOf("group", "mission", "force", "forces", "office", "agency", "commission",
	"organization", "organisation", "authority", "operation", "council", "center", "centre",
	"department", "division", "section", "programme", "program", "headquarters", "school", "college",
	"academy", "association", "committee", "service", "corps")

// roleBoundaryBefore reports whether a role phrase may start at token i: not
// in the middle of a hyphenated compound ("non-staff").
func roleBoundaryBefore(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return !(p.Kind == Punct && p.Text == "-" && !toks[i].SpaceBefore && i >= 2 && toks[i-2].Kind == Word && !p.SpaceBefore)
}

// Words gives a.Tokens in the form normalize's word readers take, built on
// first use and shared by the stages that read words. The slice is valid
// until the counts stage ends: the counts stage, the last stage that reads
// it, gives its array back for the next document (releaseWords), and a
// later call builds a new one.
func (a *Analysis) Words() []normalize.Word {
	if a.words == nil || len(a.words) != len(a.Tokens) {
		var buf []normalize.Word
		if b, ok := wordArrays.Get().(*wordArray); ok {
			buf = b.ws
		}
		a.words = wordsOf(buf, a.Tokens)
	}
	return a.words
}

// wordArrays holds the word arrays of finished documents. A fresh array of
// a document's length costs more than filling it: it is zeroed, written
// while cold, and scanned by the collector.
var wordArrays sync.Pool

type wordArray struct{ ws []normalize.Word }

// releaseWords gives the array of a.words back to wordArrays, cleared so
// that the pool keeps no text alive, and forgets it.
func (a *Analysis) releaseWords() {
	ws := a.words
	a.words = nil
	if ws == nil || cap(ws) > maxPooledTokens {
		return
	}
	clear(ws)
	wordArrays.Put(&wordArray{ws[:0]})
}

// wordsOf gives the tokens in the form normalize's word readers take: lower
// case text and spacing. A token without capitals is its own text. ASCII
// tokens with capitals are lowered into one buffer that becomes one string
// per document (not one per token, and not a copy of the whole text); a
// token with other bytes is lowered by strings.ToLower, which allocates
// only when it changes something.
func wordsOf(buf []normalize.Word, toks []Token) []normalize.Word {
	ws := resize(buf, len(toks)) // every element is written below
	// most documents' capitalized words fit these: no heap buffers
	var stack [1024]byte
	var capStack [128]int32
	lowered, caps := stack[:0], capStack[:0]
	for i, t := range toks {
		w := normalize.Word{Text: t.Text, Space: t.SpaceBefore, Newline: t.NewlineBefore, Digits: t.Kind == Number}
		if t.Kind == Number || t.Kind == Punct && len(t.Text) == 1 {
			// digits have no case, nor has ASCII punctuation (a letter is
			// never a Punct token)
			ws[i] = w
			continue
		}
		var all, upper byte // all bytes or'ed: >= 0x80 when one is not ASCII
		for k := 0; k < len(t.Text); k++ {
			c := t.Text[k]
			all |= c
			if c-'A' < 26 {
				upper = 1
			}
		}
		switch {
		case all >= utf8.RuneSelf:
			w.Text = strings.ToLower(t.Text)
		case upper != 0:
			for k := 0; k < len(t.Text); k++ {
				c := t.Text[k]
				if c-'A' < 26 {
					c += 'a' - 'A'
				}
				lowered = append(lowered, c)
			}
			caps = append(caps, int32(i)) // its text is filled in below
		}
		ws[i] = w
	}
	if len(caps) == 0 {
		return ws
	}
	// lowering ASCII keeps lengths, so the lowered tokens follow each other
	// in the buffer in the order of caps
	lower := string(lowered)
	off := 0
	for _, i := range caps {
		n := len(toks[i].Text)
		ws[i].Text = lower[off : off+n]
		off += n
	}
	return ws
}

// capitalized reports whether a token starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
