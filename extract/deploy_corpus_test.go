package extract

import (
	"encoding/json"
	"math/rand"
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

// depEndToEndCases are pages written in the manner of the real ones (not
// copied from them) with the fields the scorer compares.
var depEndToEndCases = []struct {
	text string
	want []string // role|min|max|start|end; role "*" when the role stage decides it
}{
	{
		text: "Transport Coordination Units\n\nJapan sent three transport coordination units of 48 SDF personnel each, 144 personnel in total, to ONUMOZ. The first served from May to November 1993, the second from November 1993 to June 1994, and the third from June 1994 to January 1995.\n\nElection Observers\n\nIn October 1994, 15 election observers were sent to Mozambique to observe the elections.\n",
		want: []string{
			"*|144|144|-|-",
			"*|48|48|1993-05-01|1993-11-30",
			"*|48|48|1993-11-01|1994-06-30",
			"*|48|48|1994-06-01|1995-01-31",
			"election observer|15|15|1994-10-01|-",
		},
	},
	{
		text: "Dispatch of Self-Defense Force Personnel to UNMISS\n\nNovember 15, 2011\n\n1. Today, the Government of Japan decided to dispatch two staff officers to the headquarters of the United Nations Mission in the Republic of South Sudan (UNMISS) in Juba.\n\n2. The period of dispatch is from November 28, 2011 to June 30, 2012.\n",
		want: []string{"staff officer|2|2|2011-11-28|2012-06-30"},
	},
}

// TestDeployEndToEnd runs every stage on pages written for this test in the
// manner of the real ones (not copied from them) and checks the fields the
// scorer compares. It depends on the other stages finding the mentions.
func TestDeployEndToEnd(t *testing.T) {
	for i, c := range depEndToEndCases {
		if got := scoredFields(t, "e2e", c.text, c.want); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("case %d:\ngot:\n  %s\nwant:\n  %s", i, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
	}
}

// scoredFields runs every stage on text and returns per deployment the
// fields the scorer compares (role|min|max|start|end); a want line opening
// with "*|" leaves the role of that deployment unjudged.
func scoredFields(t *testing.T, id, text string, want []string) []string {
	t.Helper()
	a := analyseForDeployments(t, id, text)
	FindDeployments(a)
	var got []string
	for k, d := range a.Res.Deployments {
		fields := strings.Split(depLine(d), "|")[2:7]
		if k < len(want) && strings.HasPrefix(want[k], "*|") {
			fields[0] = "*"
		}
		got = append(got, strings.Join(fields, "|"))
	}
	return got
}

// TestDeploySlices reads random slices of whole pages (cut mid-sentence,
// mid-date, mid-word) through every stage: no panic, and every evidence is
// the text at its span and covers its sources.
func TestDeploySlices(t *testing.T) {
	texts := []string{
		"Ghana deployed 20 police officers to UNMIL as formed police. Ten were assigned from May 2004 to January 2005, and a further group of ten was deployed from January to July 2005.\n\nBetween March and June 2001 four of the officers were assigned to the Dili district command, and two were assigned to the Baucau post.",
		"United Nations Mission in Nepal (UNMIN) Nepal March 2007 to January 2011 Arms Monitors 6 persons on 4 occasions\n",
	}
	for _, c := range depEndToEndCases {
		texts = append(texts, c.text)
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		for k := 0; k < 150; k++ {
			i := rng.Intn(len(text))
			j := i + rng.Intn(len(text)-i+1)
			sub := text[i:j]
			a := analyseForDeployments(t, "slice", sub)
			r := newDepReader(a)
			r.run()
			for _, d := range r.drafts {
				ev := d.d.Evidence
				if sub[ev.Span.Start:ev.Span.End] != ev.Text {
					t.Fatalf("slice %q: evidence %q is not the text at its span", sub, ev.Text)
				}
				for _, sp := range d.sources {
					if sp.Start < ev.Span.Start || sp.End > ev.Span.End {
						t.Fatalf("slice %q: evidence %q does not cover %q", sub, ev.Text, sub[sp.Start:sp.End])
					}
				}
			}
		}
	}
}
