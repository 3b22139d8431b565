package extract

import "strings"

// A count set beside a word for a unit ("The team, 30 members in all,
// will leave ...", "An advance team of about 60 personnel") counts that
// unit, and the unit is one the page named before: "a team of election
// observers" earlier on, or the one unit of the page ("an engineering
// unit"). unitRole reads the role from there when the clause names none.

// unitBeforeCount is the unit word standing right before a count, joined
// by "of" or a comma ("team of", "team,"), or "" when none.
func (cl *depClause) unitBeforeCount(sp Span) string {
	i := cl.tokenAt(sp.Start) - 1
	if !(cl.wordIs(i, "of") || (i >= cl.t0 && cl.r.toks[i].Text == ",")) {
		return ""
	}
	if i-1 < cl.t0 || !cl.classAt(i-1).is(dwUnit) || cl.insideMention(i-1, dkRole, dkOrg) {
		return ""
	}
	return depLower(cl.r.toks[i-1].Text)
}

// unitRole gives a role mention for a count beside the unit word w: the
// role of the last "w of ROLE" before the clause ("a team of election
// observers"), else the page's one unit role; nil when neither.
func (cl *depClause) unitRole(w string) *depRef {
	r := cl.r
	sing := strings.TrimSuffix(w, "s")
	for k := len(r.ms) - 1; k >= 0; k-- {
		m := &r.ms[k]
		if m.span.Start >= cl.span.Start || m.kind != dkRole {
			continue
		}
		// the two words before the role: "team of"
		j := depTokenBefore(r.toks, m.span.Start)
		if j < 1 || !strings.EqualFold(r.toks[j].Text, "of") {
			continue
		}
		if u := depLower(r.toks[j-1].Text); u == w || u == sing {
			return m
		}
	}
	return r.docUnitRole()
}

// depTokenBefore is the index of the last token ending at or before off,
// -1 when none.
func depTokenBefore(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if toks[mid].Span.End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// appositiveRole is the role a count stands in apposition to: "an
// engineering unit of the Ground Self-Defense Force, up to 330 personnel,
// together with staff officers" counts the unit, not the officers after
// it. The role ends right before the comma, or before an "of" phrase
// naming an organization; nil when none.
func (cl *depClause) appositiveRole(sp Span) *depRef {
	i := cl.tokenAt(sp.Start) - 1
	if i <= cl.t0 || cl.r.toks[i].Text != "," {
		return nil
	}
	j := i - 1
	if m := cl.mentionEndingAt(j, dkOrg); m != nil {
		k := cl.tokenAt(m.span.Start) - 1
		if cl.wordIs(k, "the") {
			k--
		}
		if !cl.wordIs(k, "of") {
			return nil
		}
		j = k - 1
	}
	return cl.mentionEndingAt(j, dkRole)
}
