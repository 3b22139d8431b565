package main

import (
	"encoding/json"
	"flag"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the project's golden files (the go/printer idiom):
//
//	go test ./cmd/missionx -run TestGolden -update
//	git diff testdata/golden    # review every change before committing
var update = flag.Bool("update", false, "rewrite testdata/golden from the current extraction, then compare")

// goldenInputs are the documents with golden files, relative to the module
// root; goldenDir holds one <name>.jsonl per document (see testdata/README.md).
var goldenInputs = []string{"seeds", "testdata/fixtures"}

const goldenDir = "testdata/golden"

// TestGolden runs `missionx check` (the same code a user runs) on the seed
// and the fixtures against testdata/golden. The paths are relative to the
// module root, so the document ids in the golden files are the ones a user
// gets running `missionx check --golden testdata/golden seeds
// testdata/fixtures` from there.
func TestGolden(t *testing.T) {
	t.Chdir(moduleRoot(t))
	checkArgs := append([]string{"check", "--golden", goldenDir, "--format", "json"}, goldenInputs...)
	if *update {
		args := append([]string{"check", "--golden", goldenDir, "--update"}, goldenInputs...)
		code, out, errs := runArgs(t, args...)
		if code != exitOK {
			t.Fatalf("check --update: exit %d\n%s%s", code, out, errs)
		}
		t.Logf("%s", out)
	}

	code, out, errs := runArgs(t, checkArgs...)
	var rep struct {
		Documents []struct{ Doc, Golden string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("check --format json: exit %d, report is not JSON: %v\n%s%s", code, err, out, errs)
	}
	if code != exitOK {
		textArgs := append([]string{"check", "--golden", goldenDir}, goldenInputs...)
		_, text, _ := runArgs(t, textArgs...)
		t.Errorf("extraction differs from %s (exit %d). If the change is intended, run\n"+
			"\tgo test ./cmd/missionx -run TestGolden -update\nand review it with git diff %s.\n\n%s%s",
			goldenDir, code, goldenDir, text, errs)
	}
	if len(rep.Documents) < 2 {
		t.Errorf("only %d documents checked; the seed and the fixtures are missing", len(rep.Documents))
	}

	// a golden file that no input claims is stale (a renamed or removed
	// fixture): -update removes it, a plain run names it
	claimed := map[string]bool{}
	for _, d := range rep.Documents {
		claimed[path.Base(d.Golden)] = true
	}
	entries, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".jsonl") || claimed[e.Name()] {
			continue
		}
		stale := filepath.Join(goldenDir, e.Name())
		if *update {
			if err := os.Remove(stale); err != nil {
				t.Fatal(err)
			}
			t.Logf("removed stale %s", stale)
			continue
		}
		t.Errorf("%s belongs to no input; delete it or run -update", stale)
	}
}
