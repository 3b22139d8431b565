package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldNames is the part of a corpus gold file this evaluation reads.
type goldNames struct {
	Organizations []struct {
		Name     string  `json:"name"`
		Acronym  *string `json:"acronym"`
		Optional bool    `json:"optional"`
	} `json:"organizations"`
	Locations []struct {
		Name     string   `json:"name"`
		Alt      []string `json:"alt"`
		Optional bool     `json:"optional"`
	} `json:"locations"`
}

// namesMatch pairs gold and predicted items greedily, one to one, the way the
// shared scorer does; optional gold items are neither hits nor misses.
func namesMatch(nGold int, optional func(int) bool, nPred int, same func(g, p int) bool) (tp, fp, fn int, missed []int) {
	used := make([]bool, nPred)
	order := []int{}
	for g := 0; g < nGold; g++ {
		if !optional(g) {
			order = append(order, g)
		}
	}
	for g := 0; g < nGold; g++ {
		if optional(g) {
			order = append(order, g)
		}
	}
	for _, g := range order {
		hit := -1
		for p := 0; p < nPred; p++ {
			if !used[p] && same(g, p) {
				hit = p
				break
			}
		}
		switch {
		case hit >= 0:
			used[hit] = true
			if !optional(g) {
				tp++
			}
		case !optional(g):
			fn++
			missed = append(missed, g)
		}
	}
	for _, u := range used {
		if !u {
			fp++
		}
	}
	return tp, fp, fn, missed
}

func namesF1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	return 2 * p * r / (p + r)
}

// TestCorpusOrgsAndPlaces scores organizations and places on the shared
// corpus against its gold files, as tools/score.py does, and holds the
// issue's bar: F1 of at least 0.92 for each.
func TestCorpusOrgsAndPlaces(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no gold files in " + dir)
	}
	var otp, ofp, ofn, ltp, lfp, lfn int
	for _, gpath := range golds {
		base := strings.TrimSuffix(gpath, ".gold.json")
		raw, err := os.ReadFile(base + ".txt")
		if err != nil {
			continue
		}
		var gold goldNames
		gb, err := os.ReadFile(gpath)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(gb, &gold); err != nil {
			t.Fatalf("%s: %v", gpath, err)
		}
		res, err := Extract(&Doc{ID: base, Text: strings.ReplaceAll(string(raw), "\r\n", "\n")}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		tp, fp, fn, missed := namesMatch(len(gold.Organizations), func(g int) bool { return gold.Organizations[g].Optional },
			len(res.Orgs), func(g, p int) bool {
				ga := ""
				if gold.Organizations[g].Acronym != nil {
					ga = strings.ToLower(*gold.Organizations[g].Acronym)
				}
				if pa := strings.ToLower(res.Orgs[p].Acronym); ga != "" && ga == pa {
					return true
				}
				gn := scoreNorm(gold.Organizations[g].Name)
				return gn != "" && gn == scoreNorm(res.Orgs[p].Name)
			})
		otp, ofp, ofn = otp+tp, ofp+fp, ofn+fn
		for _, g := range missed {
			t.Logf("%s: missed organization %q", filepath.Base(base), gold.Organizations[g].Name)
		}
		tp, fp, fn, missed = namesMatch(len(gold.Locations), func(g int) bool { return gold.Locations[g].Optional },
			len(res.Places), func(g, p int) bool {
				pn := scoreNorm(res.Places[p].Name)
				if pn == scoreNorm(gold.Locations[g].Name) {
					return true
				}
				for _, alt := range gold.Locations[g].Alt {
					if pn == scoreNorm(alt) {
						return true
					}
				}
				return false
			})
		ltp, lfp, lfn = ltp+tp, lfp+fp, lfn+fn
		for _, g := range missed {
			t.Logf("%s: missed location %q", filepath.Base(base), gold.Locations[g].Name)
		}
	}
	of, lf := namesF1(otp, ofp, ofn), namesF1(ltp, lfp, lfn)
	t.Logf("organizations tp=%d fp=%d fn=%d F1=%.3f; locations tp=%d fp=%d fn=%d F1=%.3f", otp, ofp, ofn, of, ltp, lfp, lfn, lf)
	if of < 0.92 || lf < 0.92 {
		t.Errorf("F1 below 0.92: organizations %.3f, locations %.3f", of, lf)
	}
}
