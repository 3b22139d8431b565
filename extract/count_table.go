package extract

import (
	"strings"

	"github.com/missionx/missionx/normalize"
)

// Plain-text tables ("Mission  Place  Period  Personnel  Size", one row per
// line, cells separated by two or more spaces or a tab) give a bare number
// in a size column: "5 / 48", "up to 350", "8 per rotation (16 in total)".
// Such a number counts the people of the role named in the same row. The
// reading is conservative: the header must name a size column, a row must
// have as many cells as the header and name a role, and the table ends at
// the first blank line.

// sizeHeaders are header cells that name a column of numbers of people.
var sizeHeaders = setOf("size", "strength", "number", "numbers", "personnel", "persons", "people", "headcount",
	"total", "number of personnel", "no. of personnel", "number of persons", "dispatched personnel", "scale")

// splitCells splits a line into cells at runs of two or more spaces or a
// tab, and returns each cell's byte range within the line.
func splitCells(line string) [][2]int { return appendCells(nil, line) }

// appendCells is splitCells appending to cells, so that a caller may reuse
// one buffer for every line.
func appendCells(cells [][2]int, line string) [][2]int {
	start := -1
	for i := 0; i < len(line); {
		c := line[i]
		sep := c == '\t' || c == '\r' || c == ' ' && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t')
		if !sep && c == ' ' && i+1 == len(line) {
			sep = true // a trailing space
		}
		if sep {
			if start >= 0 {
				cells = append(cells, [2]int{start, i})
				start = -1
			}
			for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
				i++
			}
			continue
		}
		if start < 0 {
			start = i
		}
		i++
	}
	if start >= 0 {
		cells = append(cells, [2]int{start, len(line)})
	}
	return cells
}

// tableRoles maps each token of a size cell in a plain-text table to the
// role its number counts. It returns nil when the document has no such
// table.
func (c *countReader) tableRoles() map[int]int {
	text := c.a.Doc.Text
	if !c.cellGaps {
		return nil // no gap of two spaces or a tab: no table
	}
	var out map[int]int
	var sizeCols []int // header columns that hold sizes; nil outside a table
	ncols := 0
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		cells := appendCells(c.cells[:0], line)
		c.cells = cells // the next line reuses the buffer: tableRow keeps no cells
		switch {
		case len(cells) == 0:
			sizeCols = nil // a blank line ends a table
		case sizeCols != nil && len(cells) == ncols:
			out = c.tableRow(off, line, cells, sizeCols, out)
		case len(cells) >= 3:
			sizeCols = sizeCols[:0:0]
			for k, cell := range cells {
				if sizeHeaders[strings.ToLower(line[cell[0]:cell[1]])] {
					sizeCols = append(sizeCols, k)
				}
			}
			if len(sizeCols) == 0 {
				sizeCols = nil
			}
			ncols = len(cells)
		default:
			sizeCols = nil
		}
		off = end + 1
	}
	return out
}

// isCellGapText reports whether s holds two spaces in a row or a tab.
func isCellGapText(s string) bool {
	return strings.Contains(s, "  ") || strings.IndexByte(s, '\t') >= 0
}

// tableRow reads one row: the last size cell that starts with a number is
// the count cell; the roles named in the other cells are what it counts,
// paired part by part when both sides are split by "/" into as many parts
// ("Staff officers / movement control unit  5 / 48"), else the row's one
// role.
func (c *countReader) tableRow(off int, line string, cells [][2]int, sizeCols []int, out map[int]int) map[int]int {
	countCell := -1
	for _, k := range sizeCols {
		cell := cells[k]
		t := c.tokenAt(off + cell[0])
		if t < len(c.toks) && c.toks[t].Span.Start < off+cell[1] && c.startsQuantity(t) {
			countCell = k
		}
	}
	if countCell < 0 {
		return out
	}
	cs, ce := off+cells[countCell][0], off+cells[countCell][1]
	// the roles of the row outside the count cell, split into parts at "/"
	var parts [][]int // role hits per part
	var names []string
	part := []int{}
	for k, cell := range cells {
		if k == countCell {
			continue
		}
		for t := c.tokenAt(off + cell[0]); t < len(c.toks) && c.toks[t].Span.Start < off+cell[1]; t++ {
			if c.ws[t].Text == "/" && len(part) > 0 {
				parts = append(parts, part)
				part = []int{}
				continue
			}
			if ri, ok := c.roleStartingAt(t); ok {
				part = append(part, ri)
				names = append(names, c.roles[ri].name)
			}
		}
	}
	if len(part) > 0 {
		parts = append(parts, part)
	}
	if len(names) == 0 {
		return out
	}
	// the parts of the count cell
	var cellToks [][]int
	cur := []int{}
	for t := c.tokenAt(cs); t < len(c.toks) && c.toks[t].Span.Start < ce; t++ {
		if c.ws[t].Text == "/" {
			cellToks = append(cellToks, cur)
			cur = []int{}
			continue
		}
		cur = append(cur, t)
	}
	cellToks = append(cellToks, cur)
	for p, toks := range cellToks {
		role := -1
		switch {
		case len(cellToks) == len(parts) && len(parts[p]) == 1:
			role = parts[p][0]
		case len(cellToks) == 1 && distinct(names) == 1:
			role = parts[0][0]
		default:
			continue // which number counts whom is not clear
		}
		if out == nil {
			out = map[int]int{}
		}
		for _, t := range toks {
			out[t] = role
		}
		c.roles[role].ofCount = true
	}
	return out
}

// startsQuantity reports whether a number phrase starts at token t.
func (c *countReader) startsQuantity(t int) bool {
	_, _, ok := normalize.ReadQuantity(c.ws, t)
	return ok
}

func distinct(ss []string) int {
	n := 0
	for i, s := range ss {
		seen := false
		for _, p := range ss[:i] {
			seen = seen || p == s
		}
		if !seen {
			n++
		}
	}
	return n
}

// tableCount makes the count of a bare number phrase [i, qend) in a size
// cell of a table; nil when the number is not in one. "per rotation" and
// "each" after it are part of the mention; "in total" / "in all" make it an
// aggregate.
func (c *countReader) tableCount(start, i, qend int, f found) *found {
	ri, ok := c.tableRole[i]
	if !ok {
		return nil
	}
	end := qend
	if r2, ok := c.tableRole[end+1]; ok && r2 == ri && c.ws[end].Text == "per" && c.toks[end+1].Kind == Word {
		end += 2 // "8 per rotation"
	} else if end < len(c.toks) && c.ws[end].Text == "each" {
		end++
	}
	if e, ok := c.inTotal(end, c.sentenceEnd(i)); ok {
		f.aggregate = true
		end = e
	}
	r := c.roles[ri]
	f.start, f.end, f.role = start, end, r.name
	f.noun, f.nounHead = c.text(r.start, r.end), normalize.Singular(c.ws[r.end-1].Text)
	f.class = normalize.GenericNoun
	return c.alloc(f)
}
