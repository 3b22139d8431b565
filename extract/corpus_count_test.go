package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldCountsRoles is the part of a corpus reference annotation this
// evaluation reads.
type goldCountsRoles struct {
	Counts []struct {
		Text     string `json:"text"`
		Min      *int   `json:"min"`
		Max      *int   `json:"max"`
		Optional bool   `json:"optional"`
	} `json:"counts"`
	Roles []struct {
		Name     string   `json:"name"`
		Alt      []string `json:"alt"`
		Optional bool     `json:"optional"`
	} `json:"roles"`
}

// TestCorpusCountsAndRoles runs the whole stage list on the reference
// corpus (../shared/corpus) and requires count F1 >= 0.93 (counts matched
// by min and max) and role F1 >= 0.92 (roles by canonical name or a
// listed alternative); optional reference items are neither missed nor
// spurious. It logs every miss and every spurious record.
func TestCorpusCountsAndRoles(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Skipf("no reference annotations in %s", dir)
	}
	var countTP, countFP, countFN, roleTP, roleFP, roleFN int
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".gold.json")
		raw, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var gold goldCountsRoles
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		res := extractFixture(t, string(text))

		used := make([]bool, len(res.Counts))
		for pass := 0; pass < 2; pass++ { // required items first, then optional ones
			for _, g := range gold.Counts {
				if g.Optional != (pass == 1) {
					continue
				}
				hit := -1
				for k, c := range res.Counts {
					if !used[k] && countEvalSameBound(g.Min, c.Min) && countEvalSameBound(g.Max, c.Max) {
						hit = k
						break
					}
				}
				switch {
				case hit >= 0:
					used[hit] = true
					if !g.Optional {
						countTP++
					}
				case !g.Optional:
					countFN++
					t.Logf("%s: missed count %q", name, g.Text)
				}
			}
		}
		for k, c := range res.Counts {
			if !used[k] {
				countFP++
				t.Logf("%s: spurious count %q", name, c.Text)
			}
		}

		usedRole := make([]bool, len(res.Roles))
		for pass := 0; pass < 2; pass++ {
			for _, g := range gold.Roles {
				if g.Optional != (pass == 1) {
					continue
				}
				keys := map[string]bool{scoreNorm(g.Name): true}
				for _, a := range g.Alt {
					keys[scoreNorm(a)] = true
				}
				hit := -1
				for k, r := range res.Roles {
					if !usedRole[k] && keys[scoreNorm(r.Name)] {
						hit = k
						break
					}
				}
				switch {
				case hit >= 0:
					usedRole[hit] = true
					if !g.Optional {
						roleTP++
					}
				case !g.Optional:
					roleFN++
					t.Logf("%s: missed role %q", name, g.Name)
				}
			}
		}
		for k, r := range res.Roles {
			if !usedRole[k] {
				roleFP++
				t.Logf("%s: spurious role %q", name, r.Name)
			}
		}
	}
	countF1 := countEvalF1(countTP, countFP, countFN)
	roleF1 := countEvalF1(roleTP, roleFP, roleFN)
	t.Logf("corpus counts: tp %d fp %d fn %d F1 %.3f; roles: tp %d fp %d fn %d F1 %.3f",
		countTP, countFP, countFN, countF1, roleTP, roleFP, roleFN, roleF1)
	if countF1 < 0.93 {
		t.Errorf("count F1 %.3f on the corpus, want at least 0.93", countF1)
	}
	if roleF1 < 0.92 {
		t.Errorf("role F1 %.3f on the corpus, want at least 0.92", roleF1)
	}
}

func countEvalSameBound(a, b *int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func countEvalF1(tp, fp, fn int) float64 {
	if tp == 0 {
		if fp == 0 && fn == 0 {
			return 1
		}
		return 0
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	return 2 * p * r / (p + r)
}
