package extract

import (
	"strings"
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
	index := map[string]int{}
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
		if k, seen := index[r.Name]; seen {
			a.Res.Roles[k].Mentions = append(a.Res.Roles[k].Mentions, m)
		} else {
			index[r.Name] = len(a.Res.Roles)
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
// first use and shared by the stages that read words.
func (a *Analysis) Words() []normalize.Word {
	if a.words == nil || len(a.words) != len(a.Tokens) {
		a.words = wordsOfText(a.Doc.Text, a.Tokens)
	}
	return a.words
}

// wordsOfText is wordsOf for tokens of text. An ASCII text is lower-cased
// once as a whole and the words are slices of that copy, which saves an
// allocation per capitalized token.
func wordsOfText(text string, toks []Token) []normalize.Word {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return wordsOf(toks)
		}
	}
	lower := strings.ToLower(text)
	ws := make([]normalize.Word, len(toks))
	for i, t := range toks {
		ws[i] = normalize.Word{Text: lower[t.Span.Start:t.Span.End], Space: t.SpaceBefore, Newline: t.NewlineBefore, Digits: t.Kind == Number}
	}
	return ws
}

// wordsOf gives the tokens in the form normalize's word readers take: lower
// case text and spacing. Only tokens with capitals allocate.
func wordsOf(toks []Token) []normalize.Word {
	ws := make([]normalize.Word, len(toks))
	for i, t := range toks {
		ws[i] = normalize.Word{Text: lowerWord(t.Text), Space: t.SpaceBefore, Newline: t.NewlineBefore, Digits: t.Kind == Number}
	}
	return ws
}

func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// capitalized reports whether a token starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
