package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
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

var (
	namesScoreHyphen = regexp.MustCompile(`\s*-\s*`)
	namesScorePunct  = regexp.MustCompile(`[()"'’.,]`)
	namesScoreSpaces = regexp.MustCompile(`\s+`)
)

// scoreNorm is the shared scorer's name normalization (tools/score.py),
// used by the corpus evaluations of names, organizations, places and roles.
func scoreNorm(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "\u00a0", " "))
	s = namesScoreHyphen.ReplaceAllString(s, "-")
	s = namesScorePunct.ReplaceAllString(s, " ")
	s = strings.TrimPrefix(strings.TrimSpace(s), "the ")
	if strings.HasPrefix(s, "un ") {
		s = "united nations " + s[3:]
	}
	s = strings.TrimSpace(namesScoreSpaces.ReplaceAllString(s, " "))
	words := strings.Split(s, " ")
	for i, w := range words {
		switch w {
		case "forces", "nations", "heights", "affairs", "sudanes":
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = w[:len(w)-1]
		}
	}
	return strings.Join(words, " ")
}
