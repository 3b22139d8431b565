package extract

import (
	"testing"
	"time"

	"github.com/missionx/missionx/internal/synth"
)

// Benchmarks per stage, on the synthetic corpus bench/run.sh uses
// (internal/synth, 1-3 KB documents, a quarter HTML). ns/op is ns per
// document. Run them with
//
//	go test -run '^$' -bench . -benchmem ./extract ./output ./cmd/missionx

const benchDocs = 400

var benchRaw = synth.Corpus(synth.BenchOptions, benchDocs)

// benchDecoded decodes the benchmark corpus once.
func benchDecoded(b *testing.B) []*Doc {
	b.Helper()
	docs := make([]*Doc, len(benchRaw))
	for i, r := range benchRaw {
		d := &Doc{ID: r.Name, Source: r.Name, Format: r.Format, Ref: r.Ref}
		var err error
		if r.Format == "html" {
			d.Text, d.Title, d.Warnings, err = DecodeHTML(r.Body)
		} else {
			d.Text, d.Warnings, err = DecodeText(r.Body)
			d.Title = Title(d.Text)
		}
		if err != nil {
			b.Fatalf("%s: %v", r.Name, err)
		}
		docs[i] = d
	}
	return docs
}

func BenchmarkDecodeText(b *testing.B) {
	var raw [][]byte
	for _, r := range benchRaw {
		if r.Format == "text" {
			raw = append(raw, r.Body)
		}
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, _, err := DecodeText(raw[i%len(raw)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeHTML(b *testing.B) {
	var raw [][]byte
	for _, r := range benchRaw {
		if r.Format == "html" {
			raw = append(raw, r.Body)
		}
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, _, _, err := DecodeHTML(raw[i%len(raw)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHash(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		Hash(benchRaw[i%len(benchRaw)].Body)
	}
}

func BenchmarkTokenize(b *testing.B) {
	docs := benchDecoded(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Tokenize(docs[i%len(docs)].Text)
	}
}

func BenchmarkSentences(b *testing.B) {
	docs := benchDecoded(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Sentences(docs[i%len(docs)].Text)
	}
}

// BenchmarkExtract is extract.Extract on a decoded document: tokens,
// sentences and every stage of All.
func BenchmarkExtract(b *testing.B) {
	docs := benchDecoded(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Extract(docs[i%len(docs)], Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages runs the steps of Extract one by one and reports the
// time of each (ns/doc) as a metric of its own: tokenize, sentences, then
// every stage of All in order, then the final sort. The stage clock reads
// cost ~50 ns each, under 1% of a document.
func BenchmarkStages(b *testing.B) {
	docs := benchDecoded(b)
	names := []string{"tokenize", "sentences"}
	for _, s := range All {
		names = append(names, s.Name)
	}
	names = append(names, "sort")
	spent := make([]time.Duration, len(names))
	b.ResetTimer()
	n := 0
	for i := 0; b.Loop(); i++ {
		doc := docs[i%len(docs)]
		opts := Options{}
		a := &Analysis{Doc: doc, opts: &opts}
		t0 := time.Now()
		a.Tokens = Tokenize(doc.Text)
		t1 := time.Now()
		spent[0] += t1.Sub(t0)
		a.Sentences = Sentences(doc.Text)
		t0 = time.Now()
		spent[1] += t0.Sub(t1)
		for k, s := range All {
			s.Run(a)
			t1 = time.Now()
			spent[2+k] += t1.Sub(t0)
			t0 = t1
		}
		a.Res.sort()
		spent[len(spent)-1] += time.Since(t0)
		n++
	}
	for k, name := range names {
		b.ReportMetric(float64(spent[k].Nanoseconds())/float64(n), name+"-ns/doc")
	}
}
