package extract

import (
	"strings"
	"testing"
)

func TestDateLex(t *testing.T) {
	type lx struct {
		text string
		kind lexKind
		val  int
	}
	cases := []struct {
		in   string
		want []lx
	}{
		{"13th Sept.", []lx{{"13th", lxOrd, 13}, {"Sept", lxMonth, 9}, {".", lxPunct, 0}}},
		{"twenty-second of May", []lx{{"twenty-second", lxOrd, 22}, {"of", lxWord, 0}, {"May", lxMonth, 5}}},
		{"thirty first", []lx{{"thirty first", lxOrd, 31}}},
		{"two thousand and eighteen", []lx{{"two thousand and eighteen", lxNum, 2018}}},
		{"two thousand", []lx{{"two thousand", lxNum, 2000}}},
		{"two thousand and twenty-one", []lx{{"two thousand and twenty-one", lxNum, 2021}}},
		{"january12,2016", []lx{{"january", lxMonth, 1}, {"12", lxNum, 12}, {",", lxPunct, 0}, {"2016", lxNum, 2016}}},
		{"1,500 10.31.1974", []lx{{"1,500", lxDotted, 0}, {"10.31.1974", lxDotted, 0}}},
		{"on19", []lx{{"on", lxWord, 0}, {"19", lxNum, 19}}},
	}
	for _, c := range cases {
		got := dateLex(Tokenize(c.in), nil)
		if len(got) != len(c.want) {
			t.Errorf("%q: %d lexemes (%s), want %d", c.in, len(got), lexString(c.in, got), len(c.want))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			gtext := c.in[g.span.Start:g.span.End]
			if gtext != w.text || g.kind != w.kind || (w.val != 0 && g.val != w.val) {
				t.Errorf("%q lexeme %d = %q kind %d val %d; want %q kind %d val %d", c.in, i, gtext, g.kind, g.val, w.text, w.kind, w.val)
			}
		}
	}
}

func TestDateLexKeywords(t *testing.T) {
	in := "Since Resolution troops status the same year Fri"
	got := dateLex(Tokenize(in), nil)
	want := []kw{kwSince, kwBlocker, kwNoun, kwNone, kwThe, kwSame, kwYear, kwWeekday}
	for i, k := range want {
		if got[i].kw != k {
			t.Errorf("%q: keyword %d, want %d", in[got[i].span.Start:got[i].span.End], got[i].kw, k)
		}
	}
}

// TestDateWordTable checks that the lexer's hash table finds every word of
// wordIndex in any case, with the same information, and nothing else.
func TestDateWordTable(t *testing.T) {
	table := dateWords()
	for word, want := range wordIndex() {
		title := strings.ToUpper(word[:1]) + word[1:]
		for _, form := range []string{word, strings.ToUpper(word), title} {
			got, ok := table.lookup(form)
			if !ok || got != want {
				t.Errorf("lookup(%q) = %+v, %v; want %+v, true", form, got, ok, want)
			}
		}
	}
	for _, form := range []string{"", "x", "Mays", "thes", "janu", "resolutionz", "in.", "o'n", "Ths", "ın", "İn", "mäy", "Ma\u00ffy", "th\u00c5"} {
		if _, known := wordIndex()[strings.ToLower(form)]; known {
			continue
		}
		if got, ok := table.lookup(form); ok {
			t.Errorf("lookup(%q) = %+v, found; want not found", form, got)
		}
	}
}
