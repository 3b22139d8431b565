package output

import (
	"errors"
	"unicode/utf8"
)

// flatPattern matches the anchored regular expressions the schema uses
// (^[0-9]{4}-[0-9]{2}-[0-9]{2}$, ^[0-9a-f]{64}$, ^[^A-Z]+$ ...) several
// times faster than package regexp, which steps a general machine per
// rune. It handles a subset: ^...$ around literals, escaped punctuation,
// ASCII classes ([a-z0-9._-], [^A-Z]), quantifiers ? * + {n} {n,} {n,m} on
// those, and groups with alternatives that are optional or plain. The
// pattern is expanded into its flat alternatives (a concatenation of
// quantified classes each), tried in turn with a length filter. Anything
// outside the subset fails to compile and the caller keeps using regexp;
// TestFlatPatternAgrees checks both agree on many strings.
type flatPattern struct {
	alts []flatSeq
}

type flatSeq struct {
	items          []flatItem
	minLen, maxLen int // bytes; maxLen -1 = unbounded
}

type flatItem struct {
	set      [2]uint64 // ASCII bytes in the class
	neg      bool      // negated class: also matches every non-ASCII rune
	min, max int       // max -1 = unbounded
}

func (it *flatItem) has(c byte) bool { return it.set[c>>6]&(1<<(c&63)) != 0 }

var errUnsupported = errors.New("pattern outside the fast subset")

const maxAlternatives = 128

// compileFlat compiles an anchored pattern, or returns errUnsupported.
func compileFlat(p string) (*flatPattern, error) {
	if len(p) < 2 || p[0] != '^' || p[len(p)-1] != '$' || (len(p) >= 3 && p[len(p)-2] == '\\') {
		return nil, errUnsupported
	}
	ps := &patParser{s: p[1 : len(p)-1]}
	alts, err := ps.alternation()
	if err != nil {
		return nil, err
	}
	if ps.i != len(ps.s) {
		return nil, errUnsupported
	}
	fp := &flatPattern{}
	for _, items := range alts {
		seq := flatSeq{items: items}
		for _, it := range items {
			w := 1
			if it.neg {
				w = utf8.UTFMax // a non-ASCII rune is up to 4 bytes
			}
			seq.minLen += it.min
			if it.max < 0 || seq.maxLen < 0 {
				seq.maxLen = -1
			} else {
				seq.maxLen += it.max * w
			}
		}
		fp.alts = append(fp.alts, seq)
	}
	return fp, nil
}

type patParser struct {
	s string
	i int
}

// alternation parses a|b|c up to ")" or the end, as flat alternatives.
func (p *patParser) alternation() ([][]flatItem, error) {
	var out [][]flatItem
	for {
		seqs, err := p.concat()
		if err != nil {
			return nil, err
		}
		out = append(out, seqs...)
		if len(out) > maxAlternatives {
			return nil, errUnsupported
		}
		if p.i < len(p.s) && p.s[p.i] == '|' {
			p.i++
			continue
		}
		return out, nil
	}
}

// concat parses a sequence of atoms; groups multiply the alternatives.
func (p *patParser) concat() ([][]flatItem, error) {
	seqs := [][]flatItem{{}}
	for p.i < len(p.s) && p.s[p.i] != '|' && p.s[p.i] != ')' {
		var alts [][]flatItem
		if p.s[p.i] == '(' {
			p.i++
			if p.i < len(p.s) && p.s[p.i] == '?' {
				return nil, errUnsupported // (?:...), flags
			}
			g, err := p.alternation()
			if err != nil {
				return nil, err
			}
			if p.i >= len(p.s) || p.s[p.i] != ')' {
				return nil, errUnsupported
			}
			p.i++
			alts = g
			if p.i < len(p.s) {
				switch p.s[p.i] {
				case '?':
					p.i++
					alts = append(alts, []flatItem{})
				case '*', '+', '{':
					return nil, errUnsupported
				}
			}
		} else {
			it, err := p.atom()
			if err != nil {
				return nil, err
			}
			if err := p.quantifier(&it); err != nil {
				return nil, err
			}
			alts = [][]flatItem{{it}}
		}
		var next [][]flatItem
		for _, s := range seqs {
			for _, a := range alts {
				n := make([]flatItem, 0, len(s)+len(a))
				n = append(append(n, s...), a...)
				next = append(next, n)
			}
		}
		if len(next) > maxAlternatives {
			return nil, errUnsupported
		}
		seqs = next
	}
	return seqs, nil
}

func (p *patParser) atom() (flatItem, error) {
	var it flatItem
	it.min, it.max = 1, 1
	c := p.s[p.i]
	switch {
	case c == '[':
		p.i++
		if p.i < len(p.s) && p.s[p.i] == '^' {
			it.neg = true
			p.i++
		}
		first := true
		for {
			if p.i >= len(p.s) {
				return it, errUnsupported
			}
			c := p.s[p.i]
			if c == ']' && !first {
				p.i++
				break
			}
			first = false
			lo, err := p.classChar()
			if err != nil {
				return it, err
			}
			hi := lo
			if p.i+1 < len(p.s) && p.s[p.i] == '-' && p.s[p.i+1] != ']' {
				p.i++
				if hi, err = p.classChar(); err != nil {
					return it, err
				}
				if hi < lo {
					return it, errUnsupported
				}
			}
			for b := int(lo); b <= int(hi); b++ {
				it.set[b>>6] |= 1 << (uint(b) & 63)
			}
		}
	case c == '\\':
		if p.i+1 >= len(p.s) || !isEscapablePunct(p.s[p.i+1]) {
			return it, errUnsupported // \d, \w, \b ...: leave them to regexp
		}
		b := p.s[p.i+1]
		it.set[b>>6] |= 1 << (b & 63)
		p.i += 2
	case c >= utf8.RuneSelf || isMeta(c):
		return it, errUnsupported
	default:
		it.set[c>>6] |= 1 << (c & 63)
		p.i++
	}
	return it, nil
}

// classChar reads one character of a class: a plain ASCII character other
// than \ [ ], or escaped punctuation.
func (p *patParser) classChar() (byte, error) {
	c := p.s[p.i]
	switch {
	case c == '\\':
		if p.i+1 >= len(p.s) || !isEscapablePunct(p.s[p.i+1]) {
			return 0, errUnsupported
		}
		p.i += 2
		return p.s[p.i-1], nil
	case c >= utf8.RuneSelf || c == '[' || c == ']':
		return 0, errUnsupported
	}
	p.i++
	return c, nil
}

func (p *patParser) quantifier(it *flatItem) error {
	if p.i >= len(p.s) {
		return nil
	}
	switch p.s[p.i] {
	case '?':
		it.min, it.max = 0, 1
		p.i++
	case '*':
		it.min, it.max = 0, -1
		p.i++
	case '+':
		it.min, it.max = 1, -1
		p.i++
	case '{':
		j := p.i + 1
		n, j, ok := readInt(p.s, j)
		if !ok {
			return errUnsupported
		}
		m := n
		if j < len(p.s) && p.s[j] == ',' {
			j++
			if j < len(p.s) && p.s[j] == '}' {
				m = -1
			} else if m, j, ok = readInt(p.s, j); !ok || m < n {
				return errUnsupported
			}
		}
		if j >= len(p.s) || p.s[j] != '}' {
			return errUnsupported
		}
		it.min, it.max = n, m
		p.i = j + 1
	default:
		return nil
	}
	if p.i < len(p.s) {
		switch p.s[p.i] {
		case '?', '*', '+', '{':
			return errUnsupported // lazy or stacked quantifiers
		}
	}
	return nil
}

func readInt(s string, j int) (int, int, bool) {
	start, n := j, 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-start < 6 {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j, j > start
}

func isMeta(c byte) bool {
	switch c {
	case '.', '*', '+', '?', '{', '}', '|', '(', ')', '[', ']', '^', '$', '\\':
		return true
	}
	return false
}

func isEscapablePunct(c byte) bool {
	return c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') && c > ' '
}

// MatchString reports whether the whole of s matches.
func (fp *flatPattern) MatchString(s string) bool {
	for i := range fp.alts {
		a := &fp.alts[i]
		if len(s) < a.minLen || (a.maxLen >= 0 && len(s) > a.maxLen) {
			continue
		}
		if matchItems(a.items, s, 0) {
			return true
		}
	}
	return false
}

// step matches one character of it at s[i:], returning its width (0 for
// no match).
func (it *flatItem) step(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if it.has(c) != it.neg {
			return 1
		}
		return 0
	}
	if !it.neg {
		return 0
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return w
}

// matchItems matches items against all of s[i:], greedily with
// backtracking over the count of each item.
func matchItems(items []flatItem, s string, i int) bool {
	if len(items) == 0 {
		return i == len(s)
	}
	it := &items[0]
	// take the mandatory part
	for k := 0; k < it.min; k++ {
		if i >= len(s) {
			return false
		}
		w := it.step(s, i)
		if w == 0 {
			return false
		}
		i += w
	}
	if it.max == it.min {
		return matchItems(items[1:], s, i)
	}
	// greedy optional part, remembering where each repetition ended
	var stack [32]int
	ends := stack[:0]
	for n := it.min; (it.max < 0 || n < it.max) && i < len(s); n++ {
		w := it.step(s, i)
		if w == 0 {
			break
		}
		ends = append(ends, i)
		i += w
	}
	for {
		if matchItems(items[1:], s, i) {
			return true
		}
		if len(ends) == 0 {
			return false
		}
		i = ends[len(ends)-1]
		ends = ends[:len(ends)-1]
	}
}
