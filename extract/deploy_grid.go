package extract

import (
	"sort"
	"strings"

	"github.com/missionx/missionx/normalize"
)

// Tables of rotations laid out in plain text, one row a line, cells
// separated by "|" (or by runs of blanks), under a header that names a
// column of head counts:
//
//	Period | Contingent | Personnel
//	April 2004 - Oct. 2004 | first contingent | 52
//
// Each row is one deployment: the period is the row's date, the size the
// number in the head-count column (which the counts stage leaves alone
// when it is bare), the role the row's own or, when the row names only a
// unit ("first contingent", "3rd unit"), the one unit the document names.
// Mission and contributor come from the document like any elided field.

// depGridCells splits the line sp into cells: at "|" when the line has
// one, else at runs of two or more blanks or a tab.
func depGridCells(text string, sp Span) []Span {
	line := text[sp.Start:sp.End]
	if strings.IndexByte(line, '|') < 0 {
		return depCells(line, sp.Start)
	}
	var cells []Span
	start := 0
	for i := 0; i <= len(line); i++ {
		if i < len(line) && line[i] != '|' {
			continue
		}
		a, b := start, i
		for a < b && (line[a] == ' ' || line[a] == '\t') {
			a++
		}
		for b > a && (line[b-1] == ' ' || line[b-1] == '\t' || line[b-1] == '\r') {
			b--
		}
		cells = append(cells, Span{sp.Start + a, sp.Start + b})
		start = i + 1
	}
	return cells
}

// depMayBeRow reports whether a line can have cells: a bar, a tab or two
// blanks in a row.
func depMayBeRow(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '|', '\t':
			return true
		case ' ':
			if i+1 < len(line) && line[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// gridHeader finds the header of the table the line sp is a row of: the
// first line of the run of lines above it with as many cells (two or
// more). It returns false when sp is not under such a header.
func depGridHeader(text string, sp Span, ncells int) (Span, bool) {
	hdr := sp
	for hdr.Start > 0 {
		prev := depLineAround(text, hdr.Start-1)
		if prev.End <= prev.Start || len(depGridCells(text, prev)) != ncells {
			break
		}
		hdr = prev
	}
	return hdr, hdr != sp
}

// readGridRow reads the sentence as a row of such a table; false when it
// is not one or names no date and size.
func (cl *depClause) readGridRow() bool {
	text := cl.r.a.Doc.Text
	if !depLineAlone(text, cl.span) {
		return false
	}
	line := depLineAround(text, cl.span.Start)
	if !depMayBeRow(text[line.Start:line.End]) {
		return false // prose: one blank between words, no bar
	}
	cells := depGridCells(text, line)
	if len(cells) < 2 {
		return false
	}
	hdrLine, ok := depGridHeader(text, line, len(cells))
	if !ok {
		return false
	}
	hdr := depGridCells(text, hdrLine)
	var date *depRef
	var roles []*depRef
	for k := range cl.ms {
		m := &cl.ms[k]
		switch {
		case m.kind == dkDate && date == nil:
			date = m
		case m.kind == dkRole && !cl.insideMention2(m, dkCount):
			roles = append(roles, m)
		}
	}
	if date == nil || cl.reportingDate(date.span) || len(roles) > 1 {
		return false
	}
	// the head-count columns: header cells naming one whose row cell is a
	// number and nothing else. A row may count people of several kinds,
	// a column each ("Period | Staff officers | Military observers"):
	// then every column is headed by the people it counts.
	type sizeCol struct {
		size depSize
		col  int
	}
	var cols []sizeCol
	for k, h := range hdr {
		if h.End <= h.Start || !depSizeHeader(text[h.Start:h.End]) {
			continue
		}
		if date.span.Start < cells[k].End && cells[k].Start < date.span.End {
			continue
		}
		if size, ok := cl.gridSize(cells[k]); ok {
			cols = append(cols, sizeCol{size, k})
		}
	}
	if len(cols) == 0 {
		return false
	}
	for _, c := range cols {
		if depPeopleHeader(text[hdr[c.col].Start:hdr[c.col].End]) == "" {
			cols = cols[:1] // "Personnel", "Number": one head count per row
			break
		}
	}
	res := &cl.r.a.Res
	for _, c := range cols {
		hcell := hdr[c.col]
		dr := newDepDraft(cl.si)
		dr.gridRow = true
		dr.head = depPeopleHeader(text[hcell.Start:hcell.End]) // "Observers": the role the document names by that noun
		dr.d.Min, dr.d.Max = c.size.min, c.size.max
		dr.addSource(c.size.span)
		cl.setDates(&dr, []depRef{*date})
		switch hm := cl.r.roleMentionAt(hcell); {
		case len(cols) > 1 && hm != nil:
			dr.d.Role = res.Roles[hm.idx].Name
			dr.context = append(dr.context, hm.span)
		case len(cols) > 1:
		case len(roles) == 1:
			dr.d.Role = res.Roles[roles[0].idx].Name
			dr.addSource(roles[0].span)
		case cl.r.lineNamesUnit(line) || cl.r.lineNamesUnit(hdrLine): // "first contingent", or a "Contingent" column
			if m := cl.r.docUnitRole(); m != nil {
				dr.d.Role = res.Roles[m.idx].Name
				dr.context = append(dr.context, m.span)
			}
		}
		cl.setLocation(&dr, cl.span, cl.span)
		dr.needsMis, dr.needsCon = true, true
		for k := range cl.ms {
			if m := &cl.ms[k]; cl.isMissionMention(m) && !cl.insideMention2(m, dkCount) {
				dr.d.Mission, dr.needsMis = res.Orgs[m.idx].ID, false
				dr.addSource(m.span)
				break
			}
		}
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
	return true
}

// roleMentionAt is the role mention whose span is sp (a header cell), or
// nil.
func (r *depReader) roleMentionAt(sp Span) *depRef {
	k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= sp.Start })
	for ; k < len(r.ms) && r.ms[k].span.Start == sp.Start; k++ {
		if r.ms[k].kind == dkRole && r.ms[k].span.End == sp.End {
			return &r.ms[k]
		}
	}
	return nil
}

// depSizeHeader reports whether a header cell names a column of head
// counts: "Personnel", "Strength", "Number of personnel", but not "Number
// of flights".
func depSizeHeader(cell string) bool {
	if depPeopleHeader(cell) != "" {
		return true
	}
	if !depWordClass(depFirstWord(cell)).is(dwSizeHead) {
		return false
	}
	_, rest, ok := strings.Cut(strings.ToLower(cell), " of ")
	if !ok {
		return true
	}
	return depWordClass(depFirstWord(strings.TrimPrefix(strings.TrimSpace(rest), "the "))).is(dwPeople | dwPerson)
}

// depPeopleHeader is the plural noun of people a header cell of at most
// three words ends on ("Observers", "Military observers", "Police
// officers"), lower case, or "". A column headed by the people it holds
// counts them, like "Personnel": a table of teams with an "Observers"
// column gives each team's head count there.
func depPeopleHeader(cell string) string {
	words, last := 0, ""
	eachWord(cell, func(w string) { words++; last = w })
	if words == 0 || words > 3 {
		return ""
	}
	last = strings.ToLower(last)
	if !depWordClass(last).is(dwPeople) || !strings.HasSuffix(last, "s") {
		return "" // "Staff", "Police": a body as often as a head count
	}
	return last
}

// gridSize reads a cell that holds a head count and nothing else: "48",
// "about 210", "up to 350", or a count the counts stage found there.
func (cl *depClause) gridSize(cell Span) (depSize, bool) {
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind == dkCount && m.span.Start >= cell.Start && m.span.End <= cell.End {
			c := &cl.r.a.Res.Counts[m.idx]
			if !deployableCount(c) {
				return depSize{}, false
			}
			return depSize{min: c.Min, max: c.Max, span: m.span}, true
		}
	}
	i0, i1 := cl.tokenAt(cell.Start), cl.tokenAt(cell.End)
	if i0 >= i1 {
		return depSize{}, false
	}
	q, end, ok := normalize.ReadQuantity(cl.r.a.Words(), i0)
	if !ok || end != i1 || (q.HasMin && q.Min < 1) || (!q.HasMin && !q.HasMax) {
		return depSize{}, false
	}
	sz := depSize{span: Span{cl.r.toks[i0].Span.Start, cl.r.toks[i1-1].Span.End}}
	if q.HasMin {
		sz.min = IntPtr(int(q.Min))
	}
	if q.HasMax {
		sz.max = IntPtr(int(q.Max))
	}
	return sz, true
}

// lineNamesUnit reports whether a line holds a word for a unit ("first
// contingent", "5th unit", "third rotation", a "Contingent" column) that
// is not part of an organization's name.
func (r *depReader) lineNamesUnit(line Span) bool {
	i := depTokenBefore(r.toks, line.Start) + 1
	for ; i < len(r.toks) && r.toks[i].Span.End <= line.End; i++ {
		if r.toks[i].Kind == Word && r.classOf(i).is(dwUnit) && !r.insideOrg(r.toks[i].Span) {
			return true
		}
	}
	return false
}

// insideOrg reports whether sp lies inside an organization mention.
func (r *depReader) insideOrg(sp Span) bool {
	k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start > sp.Start })
	for k--; k >= 0 && sp.Start-r.ms[k].span.Start <= 200; k-- { // no mention is longer
		m := &r.ms[k]
		if m.kind == dkOrg && m.span.Start <= sp.Start && sp.End <= m.span.End {
			return true
		}
	}
	return false
}

// docUnitRole is a mention of the one role of the document that is a unit
// ("engineering unit", "movement control company"), or nil when it names
// none or several: an unnamed contingent or rotation of a page about one
// unit is that unit.
func (r *depReader) docUnitRole() *depRef {
	var found *depRef
	for k := range r.ms {
		m := &r.ms[k]
		if m.kind != dkRole {
			continue
		}
		name := r.a.Res.Roles[m.idx].Name
		if !depWordClass(name[strings.LastIndexByte(name, ' ')+1:]).is(dwUnit) {
			continue
		}
		if found != nil && found.idx != m.idx {
			return nil
		}
		if found == nil {
			found = m
		}
	}
	return found
}
