package extract

import (
	"strings"
	"testing"
)

func TestTokenizeSpans(t *testing.T) {
	text := "On19 January, the U.N. sent 1,500 police—and 2.000 troops to Timor-Leste's capital."
	toks := Tokenize(text)
	for _, tk := range toks {
		if text[tk.Span.Start:tk.Span.End] != tk.Text {
			t.Fatalf("token %q has span %v covering %q", tk.Text, tk.Span, text[tk.Span.Start:tk.Span.End])
		}
	}
	want := []struct {
		text string
		kind TokenKind
	}{
		{"On", Word}, {"19", Number}, {"January", Word}, {",", Punct}, {"the", Word}, {"U.N.", Word},
		{"sent", Word}, {"1,500", Number}, {"police", Word}, {"—", Punct}, {"and", Word}, {"2.000", Number},
		{"troops", Word}, {"to", Word}, {"Timor", Word}, {"-", Punct}, {"Leste's", Word}, {"capital", Word}, {".", Punct},
	}
	if len(toks) != len(want) {
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Text)
		}
		t.Fatalf("got %d tokens %q, want %d", len(toks), got, len(want))
	}
	for i, w := range want {
		if toks[i].Text != w.text || toks[i].Kind != w.kind {
			t.Errorf("token %d = %q (kind %d), want %q (kind %d)", i, toks[i].Text, toks[i].Kind, w.text, w.kind)
		}
	}
	if toks[1].SpaceBefore {
		t.Errorf("glued number %q should have SpaceBefore=false", toks[1].Text)
	}
}

func TestSentences(t *testing.T) {
	text := "Heading line\n\nJapan sent two officers in Sept. 1992 to the U.N. mission. They served until 1993.\nNext line"
	got := Sentences(text)
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End])
	}
	want := []string{"Heading line", "Japan sent two officers in Sept. 1992 to the U.N. mission.", "They served until 1993.", "Next line"}
	if len(s) != len(want) {
		t.Fatalf("Sentences = %q, want %q", s, want)
	}
	for i := range want {
		if s[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s[i], want[i])
		}
	}
}

func TestSentencesBounded(t *testing.T) {
	text := strings.Repeat("the team stayed at the camp near the river; ", 500) + "End."
	spans := Sentences(text)
	if len(spans) < 2 {
		t.Fatalf("a %d-byte run-on sentence was not cut", len(text))
	}
	for i, sp := range spans {
		if sp.Len() > MaxSentenceBytes {
			t.Errorf("sentence %d is %d bytes, over %d", i, sp.Len(), MaxSentenceBytes)
		}
		if i > 0 && sp.Start < spans[i-1].End {
			t.Errorf("sentence %d overlaps the previous one", i)
		}
		if strings.TrimSpace(text[sp.Start:sp.End]) != text[sp.Start:sp.End] {
			t.Errorf("sentence %d is not trimmed: %q", i, text[sp.Start:sp.End])
		}
	}
}
