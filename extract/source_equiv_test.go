package extract

import (
	"strings"
	"testing"
)

// refText is htmlText with textNode as it was (strings.FieldsFunc), to
// check that the in-place field scan writes the same text.
type refText struct{ htmlText }

func (w *refText) textNodeRef(s string) {
	if s == "" {
		return
	}
	leading := isHTMLSpace(rune(s[0]))
	trailing := isHTMLSpace(rune(s[len(s)-1]))
	fields := strings.FieldsFunc(s, isHTMLSpace)
	if len(fields) == 0 {
		if w.started {
			w.space = true
		}
		return
	}
	if leading && w.started {
		w.space = true
	}
	for i, f := range fields {
		if w.started {
			switch {
			case w.pending >= 2:
				w.b.WriteString("\n\n")
			case w.pending == 1:
				w.b.WriteByte('\n')
			case w.space || i > 0:
				w.b.WriteByte(' ')
			}
		}
		w.pending, w.space = 0, false
		w.b.WriteString(f)
		w.started = true
	}
	w.space = trailing
}

func TestTextNodeSameAsReference(t *testing.T) {
	pieces := []string{"a", "Dili", " ", "  ", "\t", "\n", "\r", "\f", "\u00a0", "é", "—", "\xff", "x y", ""}
	seed := uint64(11)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for round := 0; round < 5000; round++ {
		var got htmlText
		var want refText
		for op := int(next() % 12); op > 0; op-- {
			switch next() % 5 {
			case 0:
				n := int(next()%2) + 1
				got.breakLines(n)
				want.breakLines(n)
			case 1:
				got.space, want.space = true, true
			default:
				var b strings.Builder
				for k := int(next() % 5); k > 0; k-- {
					b.WriteString(pieces[next()%uint64(len(pieces))])
				}
				got.textNode(b.String())
				want.textNodeRef(b.String())
			}
		}
		if g, w := got.finish(), want.finish(); g != w || got.space != want.space || got.pending != want.pending {
			t.Fatalf("round %d: got %q (space %v pending %d), want %q (space %v pending %d)", round, g, got.space, got.pending, w, want.space, want.pending)
		}
	}
}
