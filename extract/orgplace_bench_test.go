package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkOrgsPlaces runs the organization and place stages over the
// shared corpus (skipped when ../shared is not there).
func BenchmarkOrgsPlaces(b *testing.B) {
	dir := sharedDir(b)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus under " + dir)
	}
	var as []*Analysis
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &Doc{ID: f, Text: string(raw)}
		as = append(as, &Analysis{Doc: d, Tokens: Tokenize(d.Text), Sentences: Sentences(d.Text)})
	}
	tables()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := as[i%len(as)]
		a.Res = Result{}
		FindOrgs(a)
		FindPlaces(a)
	}
}
