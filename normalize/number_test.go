package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// testWords splits a phrase the way the extractors' tokenizer does, well
// enough for these tables: words, numerals with inner "," or ".", and single
// punctuation marks.
func testWords(s string) []Word {
	var ws []Word
	space, nl := false, false
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case c == '\n':
			space, nl = true, true
			i++
		case c == ' ':
			space = true
			i++
		case unicode.IsDigit(c):
			j := i + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
			ws = append(ws, Word{Text: s[i:j], Space: space, Newline: nl, Digits: true})
			space, nl, i = false, false, j
		case unicode.IsLetter(c) || c >= 0x80:
			j := i + 1
			for j < len(s) && (unicode.IsLetter(rune(s[j])) || s[j] >= 0x80) {
				j++
			}
			ws = append(ws, Word{Text: strings.ToLower(s[i:j]), Space: space, Newline: nl})
			space, nl, i = false, false, j
		default:
			ws = append(ws, Word{Text: s[i : i+1], Space: space, Newline: nl})
			space, nl, i = false, false, i+1
		}
	}
	return ws
}

func TestReadQuantity(t *testing.T) {
	const open = -1
	tests := []struct {
		in       string
		min, max int64 // open for a missing side
		approx   bool
		words    int // how many words the phrase takes; 0 means all
	}{
		{"two", 2, 2, false, 0},
		{"twenty-three", 23, 23, false, 0},
		{"fifty - two", 52, 52, false, 0},
		{"one hundred and forty-four", 144, 144, false, 0},
		{"Three hundred  and  thirty one", 331, 331, false, 0},
		{"seven hundred twenty-one thousand and twelve", 721012, 721012, false, 0},
		{"two thousand and two hundred", 2200, 2200, false, 0},
		{"three thousand millions", 3000000000, 3000000000, false, 0},
		{"322 hundred", 32200, 32200, false, 0},
		{"4 thousand 3 hundred and 21", 4321, 4321, false, 0},
		{"a dozen", 12, 12, false, 0},
		{"three dozens", 36, 36, false, 0},
		{"two hundred dozens", 2400, 2400, false, 0},
		{"dozens of", 24, open, true, 0},
		{"a couple of", 2, 2, false, 0},
		{"a single officer", 1, 1, false, 2},
		{"A lone observer", 1, 1, false, 2},
		{"a pair", 2, 2, false, 0},
		{"both", 2, 2, false, 0},
		{"a thousand", 1000, 1000, false, 0},
		{"1,500", 1500, 1500, false, 0},
		{"1,234,567", 1234567, 1234567, false, 0},
		{"2.000", 2000, 2000, false, 0},                 // a dot as thousands separator
		{"13.84 million", 13840000, 13840000, false, 0}, // a decimal times a million
		{"2.5 billion", 2500000000, 2500000000, false, 0},
		{"1 414 021 100", 1414021100, 1414021100, false, 0},
		{"two or three", 2, 3, false, 0},
		{"up to 350", open, 350, false, 0},
		{"never exceeded 30", open, 30, false, 0},
		{"did not exceed twelve", open, 12, false, 0},
		{"more than 30", 31, open, false, 0},
		{"over 150", 151, open, false, 0},
		{"fewer than 40", open, 39, false, 0},
		{"at least 12", 12, open, false, 0},
		{"no more than 8", open, 8, false, 0},
		{"about 70", 70, 70, true, 0},
		{"approximately 2,100", 2100, 2100, true, 0},
		{"approx. 400", 400, 400, true, 0},
		{"Roughly 300", 300, 300, true, 0},
		{"some 40", 40, 40, true, 0},
		{"between 20 and 30", 20, 30, false, 0},
		{"from 200 to 300", 200, 300, false, 0},
		{"1000-5000", 1000, 5000, false, 0},
		{"20~100", 20, 100, false, 0},
		{"500 or more", 500, open, false, 0},
		{"500 or less", open, 500, false, 0},
		{"2 to 3 million", 2000000, 3000000, false, 0},
		{"300+", 300, open, false, 0},
		{"tens of thousands of", 20000, open, true, 0},
		{"hundreds of thousands", 200000, open, true, 0},
		{"several hundred", 200, 999, true, 0},
		{"a few thousand", 2000, 9999, true, 0},
		// the phrase stops where the number does
		{"16 SDF personnel", 16, 16, false, 1},
		{"three or two officers", 3, 3, false, 1},
		{"two hundred and three hundred", 200, 200, false, 2},
		{"5-member teams", 5, 5, false, 1},
		{"one was stationed", 1, 1, false, 1},
		{"twelve\nmonths", 12, 12, false, 1},
		{"9 per contingent", 9, 9, false, 1},
	}
	for _, tt := range tests {
		ws := testWords(tt.in)
		q, end, ok := ReadQuantity(ws, 0)
		if !ok {
			t.Errorf("ReadQuantity(%q): no number", tt.in)
			continue
		}
		want := tt.words
		if want == 0 {
			want = len(ws)
		}
		if end != want {
			t.Errorf("ReadQuantity(%q) took %d words, want %d", tt.in, end, want)
		}
		if got := bound(q.HasMin, q.Min); got != tt.min {
			t.Errorf("ReadQuantity(%q).Min = %d, want %d", tt.in, got, tt.min)
		}
		if got := bound(q.HasMax, q.Max); got != tt.max {
			t.Errorf("ReadQuantity(%q).Max = %d, want %d", tt.in, got, tt.max)
		}
		if q.Approximate != tt.approx {
			t.Errorf("ReadQuantity(%q).Approximate = %v, want %v", tt.in, q.Approximate, tt.approx)
		}
	}
}

func bound(has bool, v int64) int64 {
	if !has {
		return -1
	}
	return v
}

// Numbers that are not quantities at all: the reader must refuse them.
func TestReadQuantityRefuses(t *testing.T) {
	for _, in := range []string{
		"the twenty-fifth", "twenty-fifth", "one hundred and first", "25th", "30%", "30 percent", "5 per cent", "60 per hour",
		"13.84", "1,50", "a number of", "some officers", "more than enough", "between friends",
		"from Japan", "second", "a", "", "single", "a singular case", "never exceeded",
	} {
		ws := testWords(in)
		if q, end, ok := ReadQuantity(ws, 0); ok {
			t.Errorf("ReadQuantity(%q) = %+v over %d words, want no number", in, q, end)
		}
	}
}

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		in        string
		v         int64
		isInt, ok bool
	}{
		{"1500", 1500, true, true},
		{"1,500", 1500, true, true},
		{"2.000", 2000, true, true},
		{"1.234.567", 1234567, true, true},
		{"13.84", 0, false, true},
		{"0.500", 0, false, true},
		{"1,50", 0, false, false},
		{"1234,567", 0, false, false},
	}
	for _, tt := range tests {
		v, isInt, ok := parseNumeral(tt.in)
		if v != tt.v || isInt != tt.isInt || ok != tt.ok {
			t.Errorf("parseNumeral(%q) = %d, %v, %v; want %d, %v, %v", tt.in, v, isInt, ok, tt.v, tt.isInt, tt.ok)
		}
	}
}

func BenchmarkReadQuantity(b *testing.B) {
	ws := testWords("Japan dispatched a total of approximately one hundred and forty-four SDF personnel and two or three liaison officers")
	b.ReportAllocs()
	for b.Loop() {
		for i := range ws {
			ReadQuantity(ws, i)
		}
	}
}

// lookupNum answers for every word as the separate tables do, and rejects
// by its first-byte and length test no word of them.
func TestLookupNumSameAsTables(t *testing.T) {
	words := strings.Fields("the a an of and to in on personnel sdf 1,500 24 - hundred dozen dozens x zz " +
		"thousandths firsts seconds ones twos")
	for _, tab := range []map[string]int64{numUnits, numTeens, numTens, numScales, vaguePlurals} {
		for w := range tab {
			words = append(words, w, w+"s", w[1:])
		}
	}
	for w := range numOrdinals {
		words = append(words, w)
	}
	for w := range quantityStarters {
		words = append(words, w)
	}
	for _, w := range words {
		nw := lookupNum(w)
		check := func(name string, bit numBits, val int64, tab map[string]int64) {
			v, ok := tab[w]
			if (nw.has&bit != 0) != ok || ok && v != val {
				t.Errorf("lookupNum(%q): %s %v/%d, table %v/%d", w, name, nw.has&bit != 0, val, ok, v)
			}
		}
		check("unit", isUnit, nw.val, numUnits)
		check("teen", isTeen, nw.val, numTeens)
		check("tens", isTens, nw.val, numTens)
		check("scale", isScale, nw.scale, numScales)
		check("vague", isVague, nw.vague, vaguePlurals)
		if (nw.has&isOrdinal != 0) != numOrdinals[w] || (nw.has&isStarter != 0) != quantityStarters[w] {
			t.Errorf("lookupNum(%q): ordinal/starter bits %b", w, nw.has)
		}
		if b := boundsByFirst[w]; len(nw.bounds) != len(b) || len(b) > 0 && &nw.bounds[0] != &b[0] {
			t.Errorf("lookupNum(%q): %d bound phrases, table %d", w, len(nw.bounds), len(b))
		}
	}
}

// A wordTable answers as the map it is built from, for keys and others.
func TestWordTableSameAsMap(t *testing.T) {
	m := map[string]int{}
	var probes []string
	for i, w := range strings.Fields("a an in of the ab ba abc acb bca personnel personal units unit x xy yx " +
		"thousand thousands twenty twentieth sixty sixteen") {
		m[w] = i + 1
		probes = append(probes, w, w+"s", w[1:], strings.ToUpper(w))
	}
	probes = append(probes, "", "zz", "q")
	tab := newWordTable(m)
	for _, w := range probes {
		want, wantOK := m[w]
		if got, ok := tab.get(w); got != want || ok != wantOK {
			t.Errorf("get(%q) = %d, %v; map has %d, %v", w, got, ok, want, wantOK)
		}
	}
	// many keys: some collide and are found after a probe
	big := map[string]int{}
	for i := 0; i < 500; i++ {
		big[fmt.Sprintf("w%dx", i)] = i
	}
	bt := newWordTable(big)
	for w, want := range big {
		if got, ok := bt.get(w); !ok || got != want {
			t.Errorf("get(%q) = %d, %v, want %d", w, got, ok, want)
		}
		if _, ok := bt.get(w + "y"); ok {
			t.Errorf("get(%q) found a value", w+"y")
		}
	}
}
