package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// depGold is the part of a reference annotation this evaluation reads.
type depGold struct {
	Roles []struct {
		Name string   `json:"name"`
		Alt  []string `json:"alt"`
	} `json:"roles"`
	Deployments []struct {
		Role       *string `json:"role"`
		Min, Max   *int
		Start, End *string
		Optional   bool `json:"optional"`
	} `json:"deployments"`
}

// analyseForDeployments runs every stage before deployments on a text and
// returns the analysis, ready for the deployment reader.
func analyseForDeployments(t *testing.T, id, text string) *Analysis {
	t.Helper()
	a := &Analysis{Doc: &Doc{ID: id, Text: text}, opts: &Options{}}
	a.Tokens = Tokenize(text)
	a.Sentences = Sentences(text)
	for _, s := range All {
		if s.Name == "deployments" {
			break
		}
		s.Run(a)
	}
	a.Res.sort()
	return a
}

// TestDeployCorpus reads the shared corpus and seed (skipped when absent):
// every deployment's evidence is the text at its span and covers the
// mentions its fields were read from, and deployments match the reference
// annotations as tools/score.py matches them (role, min/max, start/end at
// the reference's precision; optional items neither missed nor spurious)
// with F1 >= 0.85.
func TestDeployCorpus(t *testing.T) {
	dir := sharedDir(t)
	var files []string
	for _, sub := range []string{"corpus", "seeds"} {
		fs, _ := filepath.Glob(filepath.Join(dir, sub, "*.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no corpus texts under " + dir)
	}
	tp, fp, fn := 0, 0, 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := DecodeText(raw)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		a := analyseForDeployments(t, f, text)
		r := newDepReader(a)
		r.run()
		for _, d := range r.drafts {
			ev := d.d.Evidence
			if text[ev.Span.Start:ev.Span.End] != ev.Text {
				t.Errorf("%s: evidence %q is not the text at %v", filepath.Base(f), ev.Text, ev.Span)
			}
			for _, s := range d.sources {
				if s.Start < ev.Span.Start || s.End > ev.Span.End {
					t.Errorf("%s: evidence %q does not cover %q", filepath.Base(f), ev.Text, text[s.Start:s.End])
				}
			}
		}
		gb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			continue
		}
		var g depGold
		if err := json.Unmarshal(gb, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		a2, f2, n2 := scoreDeployments(g, r.drafts)
		tp, fp, fn = tp+a2, fp+f2, fn+n2
		if f2+n2 > 0 {
			t.Logf("%s: tp %d fp %d fn %d", filepath.Base(f), a2, f2, n2)
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	rc := float64(tp) / float64(max(tp+fn, 1))
	f1 := 0.0
	if p+rc > 0 {
		f1 = 2 * p * rc / (p + rc)
	}
	t.Logf("deployments: tp %d fp %d fn %d P %.3f R %.3f F1 %.3f", tp, fp, fn, p, rc, f1)
	if f1 < 0.85 {
		t.Errorf("deployment F1 %.3f < 0.85", f1)
	}
}

// scoreDeployments matches like tools/score.py: greedy, required reference
// items first, then optional ones (which count neither way).
func scoreDeployments(g depGold, drafts []depDraft) (tp, fp, fn int) {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		var words []string
		for _, w := range strings.Fields(s) {
			if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				w = w[:len(w)-1]
			}
			words = append(words, w)
		}
		return strings.Join(words, " ")
	}
	alts := map[string]map[string]bool{}
	for _, r := range g.Roles {
		set := map[string]bool{norm(r.Name): true}
		for _, a := range r.Alt {
			set[norm(a)] = true
		}
		alts[norm(r.Name)] = set
	}
	prec := func(gold *string, pred string) bool {
		if gold == nil {
			return pred == ""
		}
		return pred != "" && strings.HasPrefix(pred, *gold)
	}
	same := func(a, b *int) bool {
		if a == nil || b == nil {
			return a == b
		}
		return *a == *b
	}
	used := make([]bool, len(drafts))
	for _, optional := range []bool{false, true} {
		for _, gd := range g.Deployments {
			if gd.Optional != optional {
				continue
			}
			hit := false
			for i, d := range drafts {
				if used[i] || !same(gd.Min, d.d.Min) || !same(gd.Max, d.d.Max) || !prec(gd.Start, d.d.Start) || !prec(gd.End, d.d.End) {
					continue
				}
				if gd.Role != nil {
					set, ok := alts[norm(*gd.Role)]
					if !ok {
						set = map[string]bool{norm(*gd.Role): true}
					}
					if !set[norm(d.d.Role)] {
						continue
					}
				}
				used[i], hit = true, true
				break
			}
			switch {
			case hit && !optional:
				tp++
			case !hit && !optional:
				fn++
			}
		}
	}
	for _, u := range used {
		if !u {
			fp++
		}
	}
	return tp, fp, fn
}

// BenchmarkDeploymentsCorpus runs the deployment reader alone over the
// shared corpus with the earlier stages' results in place (skipped when
// ../shared is absent).
func BenchmarkDeploymentsCorpus(b *testing.B) {
	dir := sharedDir(b)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus under " + dir)
	}
	t := &testing.T{}
	var as []*Analysis
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, analyseForDeployments(t, f, string(raw)))
		size += len(raw)
	}
	b.SetBytes(int64(size / len(files)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := as[i%len(as)]
		a.Res.Deployments = a.Res.Deployments[:0]
		FindDeployments(a)
	}
}
