package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir locates the project's shared directory (corpus, specs, gold):
// $MISSIONX_SHARED, else ../shared beside the directory holding go.mod. It
// skips the test when there is none (CI has no ../shared).
func sharedDir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("MISSIONX_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		tb.Skip("no working directory: " + err.Error())
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("go.mod not found above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		tb.Skip("shared corpus not found at " + shared + " (set MISSIONX_SHARED)")
	}
	return shared
}
