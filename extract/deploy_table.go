package extract

import (
	"sort"
	"strings"
)

// depSize is a head count read from a table's size cell, which the counts
// stage leaves alone when it is a bare number ("5 / 48", "up to 350").
type depSize struct {
	min, max *int
	span     Span
}

// depCells splits a line into cells at runs of two or more blanks or a
// tab, the way fact sheets lay out a table in plain text.
func depCells(line string, base int) []Span {
	var cells []Span
	start := -1
	for i := 0; i <= len(line); i++ {
		gap := i == len(line) || line[i] == '\t' ||
			(line[i] == ' ' && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'))
		if !gap && start < 0 && line[i] != ' ' {
			start = i
		}
		if gap && start >= 0 {
			end := i
			for end > start && line[end-1] == ' ' {
				end--
			}
			cells = append(cells, Span{base + start, base + end})
			start = -1
		}
	}
	return cells
}

// depLineAround returns the line holding offset off, without its newline.
func depLineAround(text string, off int) Span {
	s := strings.LastIndexByte(text[:off], '\n') + 1
	e := strings.IndexByte(text[off:], '\n')
	if e < 0 {
		e = len(text)
	} else {
		e += off
	}
	if e > s && text[e-1] == '\r' {
		e--
	}
	return Span{s, e}
}

// depNextLine is the offset where the line after ln starts (past its
// CR LF or LF); len(text) or more at the end.
func depNextLine(text string, ln Span) int {
	next := ln.End
	if next < len(text) && text[next] == '\r' {
		next++
	}
	return next + 1
}

// inTable reports whether the line sp is a row of a laid-out table: it
// has three cells or more, and the line before or after it (a header or
// another row) has as many.
func depInTable(text string, sp Span) bool {
	n := len(depCells(text[sp.Start:sp.End], sp.Start))
	if n < 3 {
		return false
	}
	if sp.Start > 0 {
		prev := depLineAround(text, sp.Start-1)
		if len(depCells(text[prev.Start:prev.End], prev.Start)) == n {
			return true
		}
	}
	if sp.End < len(text) {
		next := depLineAround(text, min(sp.End+1, len(text)))
		if next.Start > sp.End && len(depCells(text[next.Start:next.End], next.Start)) == n {
			return true
		}
	}
	return false
}

// tableSizes reads the last cell of a table row as head counts: "6",
// "5 / 48", "up to 350" (a ceiling), "8 per rotation (16 in total)" (the
// leading figure). It returns nil when the row is not in a table or the
// cell is not a size.
func (cl *depClause) tableSizes() []depSize {
	text := cl.r.a.Doc.Text
	line := depLineAround(text, cl.span.Start)
	if !depInTable(text, line) {
		return nil
	}
	cells := depCells(text[line.Start:line.End], line.Start)
	return depSizeCell(text, cells[len(cells)-1])
}

// depSizeCell reads a table cell as head counts (see tableSizes); nil when
// it is not a size.
func depSizeCell(text string, last Span) []depSize {
	cell := text[last.Start:last.End]
	ceiling := false
	off := 0
	if rest, ok := strings.CutPrefix(strings.ToLower(cell), "up to "); ok {
		ceiling = true
		off = len(cell) - len(rest)
	}
	var sizes []depSize
	i := off
	for {
		j := i
		for j < len(cell) && (depDigit(cell[j]) || (cell[j] == ',' && j > i && j+1 < len(cell) && depDigit(cell[j+1]))) {
			j++
		}
		if j == i {
			return nil
		}
		n := 0
		for _, c := range cell[i:j] {
			if c != ',' {
				n = n*10 + int(c-'0')
			}
		}
		sz := depSize{max: IntPtr(n), span: Span{last.Start + i, last.Start + j}}
		if !ceiling {
			sz.min = IntPtr(n)
		}
		sizes = append(sizes, sz)
		k := j
		for k < len(cell) && cell[k] == ' ' {
			k++
		}
		if k < len(cell) && cell[k] == '/' {
			k++
			for k < len(cell) && cell[k] == ' ' {
				k++
			}
			i = k
			continue
		}
		// anything after the figures must be a note ("per rotation", "(16 in total)")
		if k < len(cell) && depDigit(cell[k]) {
			return nil
		}
		return sizes
	}
}

func depDigit(c byte) bool { return c >= '0' && c <= '9' }

// depBlockMaxLines bounds a table row rendered one cell per line.
const depBlockMaxLines = 8

// readBlockRows reads table rows rendered one cell per line, a blank line
// between rows ("UNMIL" / "Liberia" / "March 2004 - March 2005" /
// "Civilian police officers" / "20"): a block of short lines that names a
// mission, a period, and a role, count or size is a deployment. Blocks
// whose sentences were read already are left alone.
func (r *depReader) readBlockRows() {
	// every row names a mission: look only around mission mentions
	done := -1 // end of the last block looked at
	for k := range r.ms {
		m := &r.ms[k]
		if m.kind != dkOrg || !r.isMission[m.idx] || m.span.Start < done || !r.shortLineAt(m.span) {
			continue
		}
		lines, ok := r.cellBlock(m.span.Start)
		if len(lines) > 0 {
			done = lines[len(lines)-1].End
		}
		if ok {
			r.readBlockRow(lines)
		}
	}
}

// shortLineAt reports whether the mention sp stands on a line short
// enough to be a cell, looking no further than that: prose lines are long.
func (r *depReader) shortLineAt(sp Span) bool {
	text := r.a.Doc.Text
	const maxCell = 60
	n := sp.End - sp.Start
	for i := sp.Start - 1; i >= 0 && text[i] != '\n'; i-- {
		if n++; n > maxCell+8 {
			return false
		}
	}
	for i := sp.End; i < len(text) && text[i] != '\n'; i++ {
		if n++; n > maxCell+8 {
			return false
		}
	}
	return true
}

// cellBlock returns the lines of the block (lines between blank lines)
// holding offset off, trimmed; ok is false when the block is not a table
// row: fewer than 3 or more than depBlockMaxLines lines, or a line of
// prose (long, or ending like a sentence).
func (r *depReader) cellBlock(off int) (lines []Span, ok bool) {
	text := r.a.Doc.Text
	trim := func(ln Span) Span {
		for ln.Start < ln.End && (text[ln.Start] == ' ' || text[ln.Start] == '\t') {
			ln.Start++
		}
		for ln.End > ln.Start && (text[ln.End-1] == ' ' || text[ln.End-1] == '\t') {
			ln.End--
		}
		return ln
	}
	// back to the block's first line
	first := depLineAround(text, off)
	for n := 0; first.Start > 0; n++ {
		prev := trim(depLineAround(text, first.Start-1))
		if prev.Start == prev.End {
			break
		}
		if n >= depBlockMaxLines {
			return nil, false
		}
		first = depLineAround(text, first.Start-1)
	}
	var buf [depBlockMaxLines]Span
	lines = buf[:0]
	ok = true
	for ln := first; ; {
		cell := trim(ln)
		if cell.Start == cell.End {
			break
		}
		if len(lines) == depBlockMaxLines {
			return lines, false
		}
		if cell.End-cell.Start > 60 || strings.IndexByte(".:;!?", text[cell.End-1]) >= 0 {
			ok = false
		}
		lines = append(lines, cell)
		next := depNextLine(text, ln)
		if next > len(text) {
			break
		}
		ln = depLineAround(text, next)
	}
	return lines, ok && len(lines) >= 3
}

// readBlockRow reads one block of cell lines (see readBlockRows).
func (r *depReader) readBlockRow(lines []Span) {
	block := Span{lines[0].Start, lines[len(lines)-1].End}
	for i := range r.drafts {
		if ev := r.drafts[i].d.Evidence.Span; ev.Start < block.End && block.Start < ev.End {
			return // read as a statement or one-line row already
		}
	}
	k := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= block.Start })
	var mission, date *depRef
	var counts, roles []*depRef
	for ; k < len(r.ms) && r.ms[k].span.Start < block.End; k++ {
		m := &r.ms[k]
		switch {
		case m.kind == dkOrg && r.isMission[m.idx]:
			if mission == nil {
				mission = m
			}
		case m.kind == dkDate:
			if date == nil {
				date = m
			}
		case m.kind == dkCount:
			if deployableCount(&r.a.Res.Counts[m.idx]) {
				counts = append(counts, m)
			}
		case m.kind == dkRole:
			if len(counts) == 0 || !(counts[len(counts)-1].span.Start <= m.span.Start && m.span.End <= counts[len(counts)-1].span.End) {
				roles = append(roles, m)
			}
		}
	}
	var sizes []depSize
	if len(counts) == 0 {
		sizes = depSizeCell(r.a.Doc.Text, lines[len(lines)-1])
	}
	if mission == nil || date == nil || (len(counts) == 0 && len(roles) == 0 && len(sizes) == 0) {
		return
	}
	si := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].End > mission.span.Start })
	if si >= len(r.sents) {
		return
	}
	cl := r.newClause(si)
	res := &r.a.Res
	add := func(role *depRef, min, max *int, sizeSrc Span, count *depRef) {
		dr := newDepDraft(si)
		dr.d.Mission = res.Orgs[mission.idx].ID
		dr.addSource(mission.span)
		cl.setDates(&dr, []depRef{*date})
		dr.d.Min, dr.d.Max = min, max
		dr.addSource(sizeSrc)
		if count != nil {
			c := &res.Counts[count.idx]
			dr.addSource(count.span)
			dr.d.Role = c.Role
			dr.noun, dr.head = depFirstWord(c.Noun), depLastWord(c.Noun)
		}
		if dr.d.Role == "" && role != nil {
			dr.d.Role = res.Roles[role.idx].Name
			dr.addSource(role.span)
		}
		for _, m := range r.ms[sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span.Start >= block.Start }):] {
			if m.span.Start >= block.End {
				break
			}
			if m.kind == dkPlace && res.Places[m.idx].Name != "" {
				dr.d.Location = res.Places[m.idx].Name
				dr.addSource(m.span)
				break
			}
		}
		dr.needsCon = true
		r.evidenceFor(&dr)
		r.drafts = append(r.drafts, dr)
	}
	pick := func(k int) *depRef {
		if len(roles) == 0 {
			return nil
		}
		return roles[min(k, len(roles)-1)]
	}
	switch {
	case len(counts) > 0:
		for k, c := range counts {
			cnt := &res.Counts[c.idx]
			add(pick(k), cnt.Min, cnt.Max, Span{}, c)
		}
	case len(sizes) > 0 && len(sizes) == len(roles):
		for k, sz := range sizes {
			add(pick(k), sz.min, sz.max, sz.span, nil)
		}
	case len(sizes) > 0 && len(roles) <= 1:
		// "2 / 12" for one role: the leading figure, as in a one-line row
		add(pick(0), sizes[0].min, sizes[0].max, sizes[0].span, nil)
	default:
		for _, m := range roles {
			add(m, nil, nil, Span{}, nil)
		}
	}
}
