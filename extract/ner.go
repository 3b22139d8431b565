package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/missionx/missionx/normalize"
)

// The opt-in NER pass (Options.NER, `missionx extract --ner`) runs prose's
// statistical entity model over the document and proposes organizations and
// places that the rules, the registry and the gazetteer missed. It is slow
// (the model takes seconds to load, once per process, and tens of
// milliseconds per document) and its proposals are noisy, so they are
// filtered hard: an entity must be a run of capitalized words on token
// boundaries, must not overlap anything found already, and must not be a lone
// adjective of nationality or an undefined acronym. A proposal one letter
// away from a place already found ("Part-au-Prince") is folded into it as a
// mention.

var (
	nerOnce  sync.Once
	nerModel *prose.Model
)

// proseModel loads prose's English model once; prose.NewDocument would
// reload it for every document unless given prose.UsingModel.
func proseModel() *prose.Model {
	nerOnce.Do(func() { nerModel = prose.ModelFromData("missionx-ner") })
	return nerModel
}

// FindNER is the opt-in NER stage; it does nothing unless Options.NER is set.
func FindNER(a *Analysis) {
	if a.opts == nil || !a.opts.NER {
		return
	}
	text := a.Doc.Text
	pdoc, err := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
	if err != nil {
		a.Debugf("ner: %s: %v", a.Doc.ID, err)
		return
	}
	ws := nameWords(a.Tokens)
	taken := make([]bool, len(ws))
	for _, o := range a.Res.Orgs {
		for _, m := range o.Mentions {
			markSpan(taken, ws, m.Span)
		}
	}
	for _, p := range a.Res.Places {
		for _, m := range p.Mentions {
			markSpan(taken, ws, m.Span)
		}
	}
	common := map[string]bool{} // words the text also writes in lower case
	for _, w := range ws {
		if w.Kind == Word && !w.Capital {
			common[w.Text] = true
		}
	}
	cursor := 0
	for _, ent := range pdoc.Entities() {
		if ent.Label != "GPE" && ent.Label != "ORGANIZATION" {
			continue
		}
		at := strings.Index(text[cursor:], ent.Text)
		if at < 0 {
			continue
		}
		s := Span{cursor + at, cursor + at + len(ent.Text)}
		cursor = s.End
		i, j, ok := wordRange(ws, s)
		if !ok || !plausibleName(ws, i, j) || inHeading(ws, i) || commonWords(ws, i, j, common, ent.Label) {
			continue
		}
		if ent.Label == "GPE" && !locativeBefore(ws, i) {
			continue
		}
		if ent.Label == "ORGANIZATION" && (!isOrgHead(ws[j-1].Text) || j < len(ws) && peopleNouns[ws[j].Text]) {
			continue
		}
		if anyMarked(taken, i, j) {
			continue
		}
		markClaimed(taken, i, j)
		m := Mention{Text: text[s.Start:s.End], Span: s}
		name := cleanName(m.Text)
		if ent.Label == "GPE" {
			addNERPlace(a, name, m)
		} else {
			addNEROrg(a, ws, i, j, name, m)
		}
	}
}

// wordRange maps a byte span to the words it covers exactly.
func wordRange(ws []word, s Span) (int, int, bool) {
	i := -1
	for k := range ws {
		if ws[k].Span.Start == s.Start {
			i = k
		}
		if i >= 0 && ws[k].Span.End == s.End {
			return i, k + 1, true
		}
		if ws[k].Span.Start > s.End {
			break
		}
	}
	return 0, 0, false
}

// plausibleName accepts capitalized words joined by name connectors and
// hyphens on one line, and rejects a lone adjective of nationality, an
// acronym the text does not define, and a single word opening a line.
func plausibleName(ws []word, i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		w := ws[k]
		if k > i && w.NL {
			return false
		}
		switch {
		case w.Kind == Word && w.Capital:
			words++
		case w.Kind == Word && nameConnectors[w.Text] && k > i && k < j-1:
		case w.Kind == Punct && w.Text == "-" && k > i && k < j-1:
		default:
			return false
		}
	}
	if words == 0 {
		return false
	}
	if j-i == 1 {
		w := ws[i]
		if isAcronymWord(w) || w.NL || i == 0 {
			return false
		}
		if _, ok := normalize.CountryByDemonym(normalize.NameKey(w.Text)); ok {
			return false
		}
		if utf8.RuneCountInString(w.Text) < 3 {
			return false
		}
		// the head of a longer phrase: "Pursuit of ...", "Department of ..."
		if j < len(ws) && ws[j].Text == "of" {
			return false
		}
		// sentence-initial: the word after a sentence end
		if p := ws[i-1]; p.Kind == Punct && (p.Text == "." || p.Text == "!" || p.Text == "?") {
			return false
		}
	}
	return true
}

// locativeBefore reports whether the word before i introduces a place:
// "in Kandiyohi", "to Goma", "from Ruhengeri and Gisenyi".
func locativeBefore(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	switch p := ws[i-1]; p.Text {
	case "in", "at", "to", "from", "near", "into", "via", "towards", "toward", "across", "and", ",", "between", "around", "outside", "inside", "through":
		return !p.NL
	}
	return false
}

// commonWords rejects proposals that are ordinary words with a capital:
// a single word the text also writes in lower case, a month or weekday, a
// name that starts with an adjective of nationality ("Japanese
// Participation"), and for organizations a name ending in a word for a
// document or an activity ("Peace Cooperation Law", "Assignment").
func commonWords(ws []word, i, j int, common map[string]bool, label string) bool {
	first := strings.ToLower(ws[i].Text)
	last := strings.ToLower(ws[j-1].Text)
	if j-i == 1 && (common[first] || calendarWords[first]) {
		return true
	}
	if j-i == 1 && strings.Count(ws[i].Text, "")-1 >= 2 && upperCount(ws[i].Text) >= 2 {
		return true // "NGOs", "IDPs": plural acronyms
	}
	if _, ok := normalize.CountryByDemonym(normalize.NameKey(ws[i].Text)); ok {
		return true
	}
	if j-i == 1 && (strings.HasSuffix(first, "ian") || strings.HasSuffix(first, "ese") || strings.HasSuffix(first, "ish")) {
		return true // an adjective the demonym table does not know
	}
	if label == "ORGANIZATION" && (notOrgHeads[last] || common[last] && !isOrgHead(ws[j-1].Text)) {
		return true
	}
	return false
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n
}

var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

var notOrgHeads = map[string]bool{
	"law": true, "act": true, "plan": true, "order": true, "agreement": true, "accord": true, "assignment": true,
	"assignments": true, "relations": true, "process": true, "operation": true, "operations": true, "cooperation": true,
	"peace": true, "participation": true, "report": true, "resolution": true, "mandate": true, "treaty": true,
	"dispatch": true, "information": true, "index": true,
}

func anyMarked(m []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if m[k] {
			return true
		}
	}
	return false
}

func addNERPlace(a *Analysis, name string, m Mention) {
	key := normalize.NameKey(name)
	for k := range a.Res.Places {
		p := &a.Res.Places[k]
		pk := normalize.NameKey(p.Name)
		if pk == key || (len(key) >= 6 && editDistanceAtMostOne(pk, key)) {
			p.Mentions = append(p.Mentions, m)
			return
		}
	}
	if p, ok := normalize.LookupPlace(key); ok {
		for k := range a.Res.Places {
			if a.Res.Places[k].Name == p.Name {
				a.Res.Places[k].Mentions = append(a.Res.Places[k].Mentions, m)
				return
			}
		}
		a.Res.Places = append(a.Res.Places, Place{Name: p.Name, Kind: p.Kind, Country: p.Country, Mentions: []Mention{m}})
		return
	}
	a.Res.Places = append(a.Res.Places, Place{Name: name, Kind: "place", Mentions: []Mention{m}})
}

func addNEROrg(a *Analysis, ws []word, i, j int, name string, m Mention) {
	key := normalize.NameKey(name)
	for k := range a.Res.Orgs {
		o := &a.Res.Orgs[k]
		if normalize.NameKey(o.Name) == key || (o.Acronym != "" && o.Acronym == name) {
			o.Mentions = append(o.Mentions, m)
			return
		}
	}
	if o, ok := normalize.LookupOrg(key); ok {
		for k := range a.Res.Orgs {
			if a.Res.Orgs[k].ID == o.ID {
				a.Res.Orgs[k].Mentions = append(a.Res.Orgs[k].Mentions, m)
				return
			}
		}
		a.Res.Orgs = append(a.Res.Orgs, Org{ID: o.ID, Name: o.Name, Acronym: o.Acronym, Category: o.Category, Mentions: []Mention{m}})
		return
	}
	a.Res.Orgs = append(a.Res.Orgs, Org{ID: normalize.Slug(name), Name: name,
		Category: categoryOfHead(headOf(ws, i, j)), Mentions: []Mention{m}})
}

// editDistanceAtMostOne reports whether a and b differ by at most one
// inserted, deleted or replaced rune.
func editDistanceAtMostOne(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i, j, edits := 0, 0, 0
	for i < len(ra) && j < len(rb) {
		if ra[i] == rb[j] {
			i++
			j++
			continue
		}
		edits++
		if edits > 1 {
			return false
		}
		if len(ra) == len(rb) {
			j++
		}
		i++
	}
	return edits+(len(ra)-i) <= 1
}
