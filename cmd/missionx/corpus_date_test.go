package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusDates scores the date records of `missionx extract` on the
// reference pages in ../shared/corpus the way tools/score.py does (values
// compared, greedy one-to-one per document) and fails under F1 0.95. It
// skips when the corpus is absent.
func TestCorpusDates(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("no ../shared/corpus (set MISSIONX_SHARED to score the corpus dates)")
	}
	golds, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no gold files in ../shared/corpus")
	}
	var inputs []string
	want := map[string][]string{} // document name -> gold values
	for _, g := range golds {
		raw, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Dates []struct {
				Value    string `json:"value"`
				Optional bool   `json:"optional"`
			} `json:"dates"`
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		txt := filepath.Join(shared, "corpus", name+".txt")
		if _, err := os.Stat(txt); err != nil {
			continue
		}
		inputs = append(inputs, txt)
		want[name] = []string{}
		for _, d := range gold.Dates {
			if !d.Optional {
				want[name] = append(want[name], d.Value)
			}
		}
	}
	var out, errOut bytes.Buffer
	if code := run(append([]string{"extract", "--no-text"}, inputs...), strings.NewReader(""), &out, &errOut); code != exitOK {
		t.Fatalf("missionx extract exited %d: %s", code, errOut.String())
	}
	got := map[string][]string{}
	for _, line := range bytes.Split(out.Bytes(), []byte("\n")) {
		var r struct{ Type, Doc, Value, Text string }
		if len(line) == 0 || json.Unmarshal(line, &r) != nil || r.Type != "date" {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(r.Doc), ".txt")
		got[name] = append(got[name], r.Value)
	}
	tp, fp, fn := 0, 0, 0
	for name, values := range want {
		pred := append([]string(nil), got[name]...)
		for _, v := range values {
			hit := -1
			for i, p := range pred {
				if p == v {
					hit = i
					break
				}
			}
			if hit < 0 {
				fn++
				t.Logf("missed %s: %s", name, v)
				continue
			}
			tp++
			pred = append(pred[:hit], pred[hit+1:]...)
		}
		for _, p := range pred {
			t.Logf("spurious %s: %s", name, p)
		}
		fp += len(pred)
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("corpus dates: tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f", tp, fp, fn, p, r, f1)
	if f1 < 0.95 {
		t.Errorf("corpus date F1 %.3f, want at least 0.95", f1)
	}
}
