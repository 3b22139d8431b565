package extract

import "strings"

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
	last := cells[len(cells)-1]
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
