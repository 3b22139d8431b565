package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/missionx/missionx/normalize"
)

// numberPhrase is a number phrase found by the number grammar alone, with
// no noun: what the spec cases test.
type numberPhrase struct {
	span Span
	q    normalize.Quantity
}

// numberPhrases runs the number grammar over every token of text, taking the
// longest phrase at each position, as FindCounts does before it looks for a
// noun.
func numberPhrases(text string) []numberPhrase {
	toks := Tokenize(text)
	ws := wordsOf(nil, text, toks)
	var out []numberPhrase
	for i := 0; i < len(toks); {
		q, end, ok := normalize.ReadQuantity(ws, i)
		if !ok {
			i++
			continue
		}
		out = append(out, numberPhrase{Span{toks[i].Span.Start, toks[end-1].Span.End}, q})
		i = end
	}
	return out
}

type specCase struct {
	ID     string   `json:"id"`
	Kind   string   `json:"kind"`
	Text   string   `json:"text"`
	Tags   []string `json:"tags"`
	Expect []struct {
		Text string `json:"text"`
		Min  *int64 `json:"min"`
		Max  *int64 `json:"max"`
	} `json:"expect"`
}

// TestSpecCounts reads the peer count cases (../shared/specs) through the
// number grammar and requires at least 90% of the cases right: every
// expected mention overlapped by a phrase with the same min and max.
func TestSpecCounts(t *testing.T) {
	path := filepath.Join(sharedDir(t), "specs", "peer_cases.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("peer cases: %v", err)
	}
	defer f.Close()
	cases, right := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c specCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if c.Kind != "count" {
			continue
		}
		cases++
		got := numberPhrases(c.Text)
		ok := true
		var why []string
		for _, e := range c.Expect {
			start := strings.Index(c.Text, e.Text)
			if start < 0 {
				t.Fatalf("%s: expected text %q not in %q", c.ID, e.Text, c.Text)
			}
			end := start + len(e.Text)
			hit := false
			for _, g := range got {
				if g.span.Start < end && start < g.span.End {
					if eqBound(e.Min, g.q.HasMin, g.q.Min) && eqBound(e.Max, g.q.HasMax, g.q.Max) {
						hit = true
						break
					}
					why = append(why, "got "+c.Text[g.span.Start:g.span.End]+" = "+bounds(g.q))
				}
			}
			if !hit {
				ok = false
				why = append(why, "want "+e.Text+" = "+boundsOf(e.Min, e.Max))
			}
		}
		if ok {
			right++
		} else {
			t.Logf("miss %s %q: %s", c.ID, c.Text, strings.Join(why, "; "))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cases == 0 {
		t.Skip("no count cases in the peer file")
	}
	share := float64(right) / float64(cases)
	t.Logf("number grammar: %d of %d peer count cases right (%.1f%%)", right, cases, 100*share)
	if share < 0.90 {
		t.Errorf("number grammar reads %.1f%% of the peer count cases right; want at least 90%%", 100*share)
	}
}

func eqBound(want *int64, has bool, got int64) bool {
	if want == nil {
		return !has
	}
	return has && got == *want
}

func bounds(q normalize.Quantity) string {
	var lo, hi *int64
	if q.HasMin {
		lo = &q.Min
	}
	if q.HasMax {
		hi = &q.Max
	}
	return boundsOf(lo, hi)
}

func boundsOf(lo, hi *int64) string {
	s := func(p *int64) string {
		if p == nil {
			return "null"
		}
		b, _ := json.Marshal(*p)
		return string(b)
	}
	return s(lo) + ".." + s(hi)
}
