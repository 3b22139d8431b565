package extract

import (
	"strings"

	"github.com/missionx/missionx/normalize"
)

// Plain-text tables ("Mission  Place  Period  Personnel  Size", one row per
// line, cells separated by two or more spaces, a tab or a bar "|") give a
// bare number in a size column: "5 / 48", "up to 350", "8 per rotation (16
// in total)". Such a number counts the people of the role named in the same
// row; in a table whose header names people ("Personnel", "Number of
// persons"), a row that names no role ("2nd rotation | 2004 | 280") counts
// those people, and the role comes from the text around the table as for a
// bare "personnel". The reading is conservative: the header must name a
// size column, a row must have as many cells as the header, and the table
// ends at the first blank line.

// sizeHeaders are header cells that name a column of numbers of people.
var sizeHeaders = setOf("size", "strength", "number", "numbers", "personnel", "persons", "people", "headcount",
	"total", "number of personnel", "no. of personnel", "number of persons", "dispatched personnel", "scale")

// peopleHeaders are the header cells that say the table counts people
// whatever its rows name; "Number", "Total" or "Size" alone may count
// vehicles or flights.
var peopleHeaders = setOf("strength", "personnel", "persons", "people", "headcount", "number of personnel",
	"no. of personnel", "number of persons", "dispatched personnel")

// peopleNounHeader reports whether a header cell (lower case) is a plural
// noun of people, with at most two words before it ("observers",
// "police officers", "military observers"): a column headed by the people
// it counts holds their numbers, as "Personnel" does.
func peopleNounHeader(h string) bool {
	words := strings.Fields(h)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	last := words[len(words)-1]
	switch normalize.ClassOf(last) {
	case normalize.GenericNoun, normalize.PersonNoun:
		return normalize.Singular(last) != last || last == "personnel" || last == "staff" || last == "police"
	}
	return false
}

// splitCells splits a line into cells at runs of two or more spaces, a
// tab or a bar "|", and returns each cell's byte range within the line.
func splitCells(line string) [][2]int { return appendCells(nil, line) }

// appendCells is splitCells appending to cells, so that a caller may reuse
// one buffer for every line.
func appendCells(cells [][2]int, line string) [][2]int {
	start := -1
	for i := 0; i < len(line); {
		c := line[i]
		sep := c == '\t' || c == '\r' || c == '|' ||
			c == ' ' && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t' || line[i+1] == '|')
		if !sep && c == ' ' && i+1 == len(line) {
			sep = true // a trailing space
		}
		if sep {
			if start >= 0 {
				cells = append(cells, [2]int{start, i})
				start = -1
			}
			for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '|') {
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
//
// A size cell of a row that names no role, in a table whose header names
// people, maps to -1-h, where h is the token of the header's people word
// (see tableCount).
func (c *countReader) tableRoles() map[int]int {
	text := c.a.Doc.Text
	if !c.cellGaps && strings.IndexByte(text, '|') < 0 {
		return nil // no gap of two spaces, no tab, no bar: no table
	}
	var out map[int]int
	var sizeCols []int // header columns that hold sizes; nil outside a table
	ncols := 0
	people := -1 // the last token of the header's people cell, -1 when none
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
			out = c.tableRow(off, line, cells, sizeCols, people, out)
		case len(cells) >= 3 || len(cells) == 2 && strings.IndexByte(line, '|') >= 0:
			// a header of two cells needs a bar ("Category | Personnel"):
			// two cells apart by spaces may be a line of prose with a
			// double space, while a bar is written only to draw a table
			sizeCols = sizeCols[:0:0]
			people = -1
			for k, cell := range cells {
				h := strings.ToLower(line[cell[0]:cell[1]])
				if sizeHeaders[h] || peopleNounHeader(h) {
					sizeCols = append(sizeCols, k)
				}
				if peopleHeaders[h] || peopleNounHeader(h) {
					people = c.tokenAt(off+cell[1]) - 1
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
// role. A row that names no role counts the people of the header (people,
// the token of its people word; -1 when it names none).
func (c *countReader) tableRow(off int, line string, cells [][2]int, sizeCols []int, people int, out map[int]int) map[int]int {
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
		if people < 0 {
			return out
		}
		// one number of people: "about 210", not "5 / 48"
		for t := c.tokenAt(cs); t < len(c.toks) && c.toks[t].Span.Start < ce; t++ {
			if c.ws[t].Text == "/" {
				return out
			}
		}
		if out == nil {
			out = map[int]int{}
		}
		for t := c.tokenAt(cs); t < len(c.toks) && c.toks[t].Span.Start < ce; t++ {
			out[t] = -1 - people
		}
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
	} else if end < len(c.toks) && c.ws[end].Text == "each" && !c.toks[end].NewlineBefore {
		end++
	}
	if e, ok := c.inTotal(end, c.sentenceEnd(i)); ok {
		f.aggregate = true
		end = e
	}
	f.start, f.end = start, end
	f.class = normalize.GenericNoun
	if ri < 0 {
		// a row that names no role: the people of the header, whose
		// role assignRoles reads from the text around the table
		h := -1 - ri
		f.noun, f.nounHead = strings.ToLower(c.toks[h].Text), normalize.Singular(c.ws[h].Text)
		// "a total of 12 observers, divided as follows:" and a table of
		// observers per team: the rows are parts of the people counted
		// just before with the header's noun, and are what they were
		// counted as
		for k := len(c.found) - 1; k >= 0; k-- {
			g := c.found[k]
			if g.sentence < f.sentence-8 {
				break
			}
			if !g.dropped && g.nounHead == f.nounHead {
				f.elidedFrom = g
				break
			}
		}
		return c.alloc(f)
	}
	r := c.roles[ri]
	f.role = r.name
	f.noun, f.nounHead = c.text(r.start, r.end), normalize.Singular(c.ws[r.end-1].Text)
	return c.alloc(f)
}
