package extract

import "strings"

// A page listing a country's units abroad gives each its own line: the
// unit's name, a colon, and its strength ("Engineer Support Group for
// Reconstruction (ESGR): about 200 personnel, who ..."). Such a line has
// no verb, yet it states that the people are there, as "Presently the
// unit consists of 40" does. A line whose label is no unit's name is a
// figure of another kind ("Total personnel: 1,002", "Strength (as of May
// 2011): 9,000 troops", "UN police: 68" on a mission's fact sheet).

// readPresenceItem reads a line "UNIT NAME (ACR): N people" as a
// deployment per count of people after the colon; false when the line is
// not one.
func (cl *depClause) readPresenceItem() bool {
	text := cl.r.a.Doc.Text
	if !depLineStart(text, cl.span.Start) {
		return false
	}
	from := cl.t0
	for from < cl.t1 && cl.r.toks[from].Kind != Word {
		from++ // a list bullet
	}
	if from > cl.t0 && cl.ordinalAt(from-1) {
		from-- // "2nd contingent: ...": the number is the label's ordinal, no bullet
	}
	// the label ends at a colon, else at a spaced dash ("Advance team –
	// 13 personnel, ...")
	colon, dash := -1, -1
	for i := from + 1; i < cl.t1 && i < cl.t0+16; i++ {
		t := cl.r.toks[i]
		if t.Text == ":" {
			colon = i
			break
		}
		if dash < 0 && t.SpaceBefore && i+1 < cl.t1 && cl.r.toks[i+1].SpaceBefore && (t.Text == "-" || t.Text == "–" || t.Text == "—") {
			dash = i
		}
	}
	if colon < 0 {
		colon = dash
	}
	if colon <= from+1 {
		return false
	}
	named, common := cl.unitLabel(from, colon)
	if !named && !common {
		return false
	}
	colonEnd := cl.r.toks[colon].Span.End
	end := cl.span.End // counts after a relative pronoun or ";" tell of others
	for i := colon + 1; i < cl.t1; i++ {
		if cl.r.toks[i].Text == ";" || cl.wordIsAny(i, "who", "which", "where", "whose") {
			end = cl.r.toks[i].Span.Start
			break
		}
	}
	var dates []depRef
	for _, m := range cl.ms {
		if m.kind == dkDate && m.span.Start >= colonEnd && m.span.End <= end && !cl.reportingDate(m.span) {
			dates = append(dates, m)
		}
	}
	if !named && len(dates) == 0 && !cl.placeIn(colonEnd, end) {
		// "Engineering unit: about 350 people per rotation" sums up a
		// unit told of before; a list of units sent says where and when
		return false
	}
	res := &cl.r.a.Res
	labelRole := cl.labelRole(cl.r.toks[from].Span.Start, cl.r.toks[colon].Span.Start)
	introRole := (*depRef)(nil)
	if labelRole == nil {
		introRole = cl.r.listIntroRole(cl.span.Start)
	}
	before := len(cl.r.drafts)
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind != dkCount || m.span.Start < colonEnd || m.span.End > end {
			continue
		}
		c := &res.Counts[m.idx]
		if !deployableCount(c) || depAnaphoricCount(c.Text) || cl.countOfSites(m.span) || cl.fromManyCountries(m.span) {
			continue
		}
		dr := newDepDraft(cl.si)
		dr.d.Min, dr.d.Max = c.Min, c.Max
		dr.d.Role = c.Role
		dr.noun, dr.head = depFirstWord(c.Noun), depLastWord(c.Noun)
		dr.sources = append(dr.sources, m.span)
		if dr.d.Role == "" && labelRole != nil {
			// "ASDF airlift unit: some 250 crew": the people are the unit's
			dr.d.Role = res.Roles[labelRole.idx].Name
			dr.addSource(labelRole.span)
		} else if dr.d.Role == "" && introRole != nil {
			// "sent medical personnel in three rotations:" then
			// "- 1st rotation: ..., 74 personnel": the list's people are
			// those the line introducing it names
			dr.d.Role = res.Roles[introRole.idx].Name
			dr.context = append(dr.context, introRole.span)
		}
		cl.setDates(&dr, dates)
		cl.setMission(&dr, cl.span, cl.span)
		cl.setLocation(&dr, Span{colonEnd, end}, cl.span)
		cl.setContributor(&dr)
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
	}
	return len(cl.r.drafts) > before
}

// depLineStart reports whether off starts its line, after blanks and a
// list bullet at most (a dash, star, dot or number: "- ", "• ", "2. ",
// "(3) ").
func depLineStart(text string, off int) bool {
	for i := off - 1; i >= 0 && text[i] != '\n'; i-- {
		switch c := text[i]; {
		case c == ' ' || c == '\t' || c == '-' || c == '*' || c == '.' || c == ')' || c == '(':
		case c >= '0' && c <= '9':
		default:
			if !strings.HasPrefix(text[i:], "•") && !strings.HasPrefix(text[i:], "·") && text[i]&0xC0 != 0x80 {
				return false
			}
		}
	}
	return true
}

// unitLabel reports whether tokens [from, to) name a unit, by a name
// (named: at least two capitalized words, with only short function words
// and a bracketed acronym besides, naming a unit ("Group", "Contingent")
// or a body sent abroad ("Deployment ..."), and no word for a figure
// ("Strength", "Total") nor a UN mission, whose strength the line gives)
// or by a common noun phrase (common: in sentence case, headed by a
// singular unit noun: "Advance team", "ASDF airlift unit", "GSDF medical
// and airlift unit"), one unit whose people the line counts. A plural
// head ("Formed police units") lists kinds, as a mission's fact sheet
// does, and a quantifier ("Each team") gives a per-unit size.
func (cl *depClause) unitLabel(from, to int) (named, common bool) {
	caps, words, unit, lower, phrase, headUnit := 0, 0, false, false, false, false
	ordinal := false
	for i := from; i < to; i++ {
		t := cl.r.toks[i]
		headUnit = false
		if i == from && cl.ordinalAt(i) {
			// "3rd contingent", "1st Rotation": a numbered unit of a series,
			// as "Third contingent" is
			ordinal = true
			i++
			continue
		}
		switch {
		case t.Kind == Punct:
			if t.Text != "(" && t.Text != ")" && t.Text != "-" {
				return false, false
			}
			continue
		case t.Kind != Word:
			return false, false
		case cl.classAt(i).is(dwSizeHead) || cl.insideMissionMention(i):
			return false, false
		case cl.classAt(i).is(dwNominal):
			unit = true // "Deployment Air Force ...", "Dispatch Group": a body sent abroad
		case depLabelUnit(depLower(t.Text)):
			unit, headUnit = true, true // "Field hospital: 40 medical staff"
			words++
			if depIsUpper(t.Text[0]) {
				caps++
			}
			continue
		case cl.classAt(i).is(dwUnit):
			// "Force", "Forces" and "Corps" name whole armed services too
			// ("Ground Self-Defense Force (GSDF): 150,000 personnel" is its
			// size at home); "Group", "Unit", "Contingent" name a unit
			switch w := depLower(t.Text); w {
			case "force", "forces", "corps":
			default:
				unit = true
				headUnit = !strings.HasSuffix(w, "s")
			}
		}
		words++
		if depIsUpper(t.Text[0]) {
			caps++
			continue
		}
		switch t.Text {
		case "and":
		case "of", "for", "the", "in", "on", "to":
			phrase = true // "Rotation planned for the team": no noun phrase of modifiers and a head
		default:
			lower = true // a lower-case word: a phrase, not a name
		}
	}
	if unit && caps >= 2 && !lower {
		return true, false
	}
	first := cl.r.toks[from]
	return false, headUnit && !phrase && words <= 6 && (ordinal || first.Kind == Word && depIsUpper(first.Text[0]) && !cl.classAt(from).is(dwDet))
}

// ordinalAt reports whether token i is a number with an ordinal suffix
// glued to it ("1st", "22nd", "3rd", "10th"), which the tokenizer splits.
func (cl *depClause) ordinalAt(i int) bool {
	if i+1 >= cl.t1 || cl.r.toks[i].Kind != Number || cl.r.toks[i+1].SpaceBefore {
		return false
	}
	switch depLower(cl.r.toks[i+1].Text) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// insideMissionMention reports whether token i lies inside a mention of an
// organization people are sent to (a UN mission or body).
func (cl *depClause) insideMissionMention(i int) bool {
	sp := cl.r.toks[i].Span
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind == dkOrg && m.span.Start <= sp.Start && sp.End <= m.span.End && cl.isMissionMention(m) {
			return true
		}
	}
	return false
}

// listIntroRole is the one role named by the line that introduces the list
// holding the line at off: the nearest line before it that ends with a
// colon, with only list lines (no blank line) between. Nil when there is
// no such line, or it names no role or more than one.
func (r *depReader) listIntroRole(off int) *depRef {
	text := r.a.Doc.Text
	lineStart := strings.LastIndexByte(text[:off], '\n') + 1
	for hops := 0; lineStart > 0 && hops < 40; hops++ {
		prevEnd := lineStart - 1 // the '\n' ending the line before
		prevStart := strings.LastIndexByte(text[:prevEnd], '\n') + 1
		line := strings.TrimRight(text[prevStart:prevEnd], " \t")
		if line == "" {
			return nil // a blank line: no introduction
		}
		if strings.HasSuffix(line, ":") {
			return oneRoleIn(r.ms, prevStart, prevEnd)
		}
		if label, _, ok := strings.Cut(line, ":"); !ok || len(label) > 48 {
			return nil // prose, not another "label: ..." item of the list
		}
		lineStart = prevStart
	}
	return nil
}

// labelRole is the one role mention inside [start, end) (a list line's
// label), or nil when there is none or more than one role.
func (cl *depClause) labelRole(start, end int) *depRef { return oneRoleIn(cl.ms, start, end) }

// oneRoleIn is the one role of the mentions ms inside [start, end), or nil
// when there is none or more than one role.
func oneRoleIn(ms []depRef, start, end int) *depRef {
	var found *depRef
	for k := range ms {
		m := &ms[k]
		if m.kind != dkRole || m.span.Start < start || m.span.End > end {
			continue
		}
		if found != nil && found.idx != m.idx {
			return nil
		}
		found = m
	}
	return found
}

// depLabelUnit reports whether w names a unit in a list line's label
// though it is no general word for a group of people: a field hospital or
// an air squadron is a unit sent with its people.
func depLabelUnit(w string) bool {
	switch w {
	case "hospital", "squadron", "flotilla":
		return true
	}
	return false
}

// placeIn reports whether a place is named within [start, end).
func (cl *depClause) placeIn(start, end int) bool {
	for k := range cl.ms {
		if m := &cl.ms[k]; m.kind == dkPlace && m.span.Start >= start && m.span.End <= end {
			return true
		}
	}
	return false
}

// readStrengthAppositive reads a sentence that opens on a named unit with
// its strength set off by commas ("The Reconstruction Support Group
// (RSG), about 600 strong at any one time, repaired roads ..."): with no
// verb of sending, the strength still states that the unit's people are
// there, as a unit list line does. Only a body that is no UN mission or
// organ qualifies (a mission's strength is not anyone's dispatch).
func (cl *depClause) readStrengthAppositive() bool {
	res := &cl.r.a.Res
	for k := range cl.ms {
		m := &cl.ms[k]
		if m.kind != dkCount || !strings.HasSuffix(cl.r.a.Doc.Text[m.span.Start:m.span.End], " strong") {
			continue
		}
		c := &res.Counts[m.idx]
		i := cl.tokenAt(m.span.Start)
		if i-1 <= cl.t0 || cl.r.toks[i-1].Text != "," || !deployableCount(c) {
			continue
		}
		s := i - 2
		if cl.r.toks[s].Text == ")" && s-2 >= cl.t0 && cl.r.toks[s-2].Text == "(" {
			s -= 3 // "Group (RSG)": the name before its acronym
		}
		o := cl.mentionEndingAt(s, dkOrg)
		if o == nil || cl.isMissionMention(o) || depMissionLike(res.Orgs[o.idx]) {
			continue
		}
		if first := cl.tokenAt(o.span.Start); first > cl.t0+1 || first == cl.t0+1 && !cl.wordIs(cl.t0, "the") {
			continue // the unit must open the sentence: "The Group (G), about 600 strong, ..."
		}
		dr := newDepDraft(cl.si)
		dr.d.Min, dr.d.Max = c.Min, c.Max
		dr.d.Role = c.Role
		dr.sources = append(dr.sources, m.span, o.span)
		cl.setMission(&dr, cl.span, cl.span)
		cl.setContributor(&dr)
		cl.r.evidenceFor(&dr)
		cl.r.drafts = append(cl.r.drafts, dr)
		return true
	}
	return false
}
