package extract

import (
	"slices"
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
		if !ok && policeLabel(a.Tokens, ws, i) {
			r, end, ok = civilianPolice, i+1, true
		}
		if !ok {
			i++
			continue
		}
		if r.Name == advanceTeam && partOfUnit(a.Tokens, ws, end) {
			// "an advance team of the engineering unit", "an advance team
			// of 60 personnel": the first part of a unit, whose role its
			// people have (the unit named after it, or the one the page
			// sends: see unitRole in deploy_refer.go)
			i = end
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
	foldIntoGeneral(a, first)
}

const advanceTeam = "advance team"

// roleGeneralizations name a group role and the plain role of its people:
// a page that calls its medical people both "medical personnel" and "a
// medical team" names one kind of work, the team being how those people
// were grouped, so the team's mentions join the personnel's record. Alone,
// "medical team" stays itself (a civilian relief team beside a military
// "medical unit" is a different group).
var roleGeneralizations = [][2]string{
	{"medical team", "medical personnel"},
}

// foldIntoGeneral merges, among the records from first on, each group role
// of roleGeneralizations into its plain role when the document names both.
func foldIntoGeneral(a *Analysis, first int) {
	roles := a.Res.Roles
	for _, g := range roleGeneralizations {
		group, plain := -1, -1
		for k := first; k < len(roles); k++ {
			switch roles[k].Name {
			case g[0]:
				group = k
			case g[1]:
				plain = k
			}
		}
		if group < 0 || plain < 0 {
			continue
		}
		ms := append(roles[plain].Mentions, roles[group].Mentions...)
		slices.SortFunc(ms, func(x, y Mention) int { return x.Span.Start - y.Span.Start })
		roles[plain].Mentions = ms
		roles = append(roles[:group], roles[group+1:]...)
	}
	a.Res.Roles = roles
}

// partOfUnit reports whether "of" and a number of people follow token
// end ("advance team of about 60 personnel"), or "of", a determiner, up to
// four more words (capitalized ones of a name, "Self-Defense Forces") and
// then a role ("advance team of refugees relief unit", "advance party of
// the SDF Engineering Unit").
func partOfUnit(toks []Token, ws []normalize.Word, end int) bool {
	k := end
	if k >= len(ws) || ws[k].Text != "of" {
		return false
	}
	k++
	if _, _, ok := normalize.ReadQuantity(ws, k); ok {
		return true
	}
	if k < len(ws) && (ws[k].Text == "the" || ws[k].Text == "a" || ws[k].Text == "an" || ws[k].Text == "its") {
		k++
	}
	for skip := 0; k < len(ws) && skip <= 4 && toks[k].Kind != Number; skip++ {
		if _, _, ok := normalize.MatchRole(ws, k); ok {
			return true
		}
		if toks[k].Kind == Word && !capitalized(toks[k].Text) {
			return false
		}
		k++
	}
	return false
}

// civilianPolice is the role of the police a peace operation deploys.
var civilianPolice, _ = normalize.RoleByName("civilian police officer")

// policeLabel reports a bare "Police" labelling a number at the start of
// a line or after a cell bar ("Troops: 3,145 | Police: 139"): a strength
// list counts the mission's own people by kind, and its police are the
// UN police, civilian police officers (a national police force is named
// with its country).
func policeLabel(toks []Token, ws []normalize.Word, i int) bool {
	if ws[i].Text != "police" || i+2 >= len(toks) || ws[i+1].Text != ":" || toks[i+2].Kind != Number {
		return false
	}
	if toks[i].NewlineBefore || i == 0 || ws[i-1].Text == "|" || ws[i-1].Text == ";" {
		return true
	}
	// " - Police: 1,535": an item of a bulleted strength list
	b := toks[i-1]
	return b.Kind == Punct && (b.Text == "-" || b.Text == "•" || b.Text == "*" || b.Text == "–") && (b.NewlineBefore || i == 1)
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
// until Extract returns: Extract then gives its array back for the next
// document (releaseWords).
func (a *Analysis) Words() []normalize.Word {
	if a.words == nil || len(a.words) != len(a.Tokens) {
		var buf []normalize.Word
		if b, ok := wordArrays.Get().(*wordArray); ok {
			buf = b.ws
		}
		a.words = wordsOf(buf, a.Doc.Text, a.Tokens)
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
	if ws == nil || cap(ws) > maxPooledWordTokens {
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
func wordsOf(buf []normalize.Word, text string, toks []Token) []normalize.Word {
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
		upper, ascii := caseOf(text, t.Span.Start, t.Span.End)
		switch {
		case !ascii:
			w.Text = strings.ToLower(t.Text)
		case upper:
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

// caseOf reports whether text[start:end] holds an ASCII capital letter
// (upper, meaningful only when ascii) and whether all its bytes are ASCII.
// It reads eight bytes at a time: a word of up to eight bytes costs one
// load, its bytes past end masked off, when the text goes on that far.
func caseOf(text string, start, end int) (upper, ascii bool) {
	const (
		high  = 0x8080808080808080
		fromA = 0x3f3f3f3f3f3f3f3f // b + 0x3f has the high bit when b >= 'A'
		pastZ = 0x2525252525252525 // b + 0x25 has it when b > 'Z'
	)
	var all, up uint64
	i := start
	for ; i+8 <= end; i += 8 {
		x := load64(text, i)
		all |= x
		// ASCII bytes neither carry into the next byte here; with another
		// byte the sum is wrong, and ascii is false
		up |= (x + fromA) &^ (x + pastZ)
	}
	if n := end - i; n > 0 {
		if i+8 <= len(text) {
			x := load64(text, i) & (1<<(8*n) - 1)
			all |= x
			up |= (x + fromA) &^ (x + pastZ)
		} else {
			for ; i < end; i++ {
				c := uint64(text[i])
				all |= c
				up |= (c + 0x3f) &^ (c + 0x25)
			}
		}
	}
	return up&high != 0, all&high == 0
}

// load64 reads text[i:i+8] as a little-endian number (the compiler makes
// it one load).
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// capitalized reports whether a token starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
