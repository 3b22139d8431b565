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

// prepared runs the stages before organizations on the synthetic benchmark
// corpus, so that one stage can be timed and profiled alone.
func prepared(b *testing.B) []*Analysis {
	b.Helper()
	docs := benchDecoded(b)
	as := make([]*Analysis, len(docs))
	for i, d := range docs {
		a := &Analysis{Doc: d, opts: &Options{}, Tokens: Tokenize(d.Text), Sentences: Sentences(d.Text)}
		for _, s := range All {
			if s.Name == "organizations" {
				break
			}
			s.Run(a)
		}
		as[i] = a
	}
	tables()
	return as
}

// BenchmarkOrgsStage times FindOrgs alone per synthetic document.
func BenchmarkOrgsStage(b *testing.B) {
	as := prepared(b)
	loop(b, func(i int) {
		a := as[i%len(as)]
		a.Res.Orgs = nil
		FindOrgs(a)
		a.releaseNameWords() // as FindPlaces would: the next run builds them again
	})
}

// BenchmarkPlacesStage times FindPlaces alone per synthetic document, after
// FindOrgs (whose mentions it skips). Unlike in Extract, it builds the words
// of the name stages itself each time.
func BenchmarkPlacesStage(b *testing.B) {
	as := prepared(b)
	for _, a := range as {
		FindOrgs(a)
		a.releaseNameWords()
	}
	loop(b, func(i int) {
		a := as[i%len(as)]
		a.Res.Places = nil
		FindPlaces(a)
	})
}

// BenchmarkNameWords times building the name stages' words and key text.
func BenchmarkNameWords(b *testing.B) {
	as := prepared(b)
	loop(b, func(i int) {
		a := as[i%len(as)]
		a.nameWordsOf()
		a.releaseNameWords()
	})
}
