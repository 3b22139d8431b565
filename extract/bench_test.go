package extract

import (
	"runtime"
	"testing"
	"time"

	"github.com/missionx/missionx/internal/cputime"
	"github.com/missionx/missionx/internal/synth"
)

// Benchmarks per stage, on the synthetic corpus bench/run.sh uses
// (internal/synth, 1-3 KB documents, a quarter HTML). ns/op is wall ns per
// document; cpu-ns/op is the CPU time of the benchmark's own thread per
// document, which other processes on a shared machine do not inflate (the
// collector's background work on other threads is not in it). Run them with
//
//	go test -run '^$' -bench . -benchmem ./extract ./output ./cmd/missionx

const benchDocs = 400

// loop is cputime.Loop: thread CPU time per iteration, robust to load.
var loop = cputime.Loop

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
	loop(b, func(i int) {
		if _, _, err := DecodeText(raw[i%len(raw)]); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkDecodeHTML(b *testing.B) {
	var raw [][]byte
	for _, r := range benchRaw {
		if r.Format == "html" {
			raw = append(raw, r.Body)
		}
	}
	loop(b, func(i int) {
		if _, _, _, err := DecodeHTML(raw[i%len(raw)]); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkHash(b *testing.B) {
	loop(b, func(i int) { Hash(benchRaw[i%len(benchRaw)].Body) })
}

func BenchmarkTokenize(b *testing.B) {
	docs := benchDecoded(b)
	loop(b, func(i int) { Tokenize(docs[i%len(docs)].Text) })
}

func BenchmarkSentences(b *testing.B) {
	docs := benchDecoded(b)
	loop(b, func(i int) { Sentences(docs[i%len(docs)].Text) })
}

// BenchmarkExtract is extract.Extract on a decoded document: tokens,
// sentences and every stage of All.
func BenchmarkExtract(b *testing.B) {
	docs := benchDecoded(b)
	loop(b, func(i int) {
		if _, err := Extract(docs[i%len(docs)], Options{}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkStages runs the steps of Extract one by one and reports the
// thread CPU time of each (ns/doc) as a metric of its own: tokenize,
// sentences, then every stage of All in order, then the final sort. Each
// clock read is a system call (0.2-2 us, by the machine's load); its mean
// cost, measured first, is taken off every stage.
func BenchmarkStages(b *testing.B) {
	docs := benchDecoded(b)
	names := []string{"tokenize", "sentences"}
	for _, s := range All {
		names = append(names, s.Name)
	}
	names = append(names, "sort")
	spent := make([]time.Duration, len(names))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	now := func() time.Duration { t, _ := cputime.Thread(); return t }
	// the cost of one clock read, taken off each stage's sum below
	const probes = 2000
	c0 := now()
	for k := 0; k < probes-1; k++ {
		now()
	}
	clock := (now() - c0) / probes
	b.ResetTimer()
	n := 0
	for i := 0; b.Loop(); i++ {
		doc := docs[i%len(docs)]
		opts := Options{}
		a := &Analysis{Doc: doc, opts: &opts}
		t0 := now()
		a.Tokens = Tokenize(doc.Text)
		t1 := now()
		spent[0] += t1 - t0
		a.Sentences = Sentences(doc.Text)
		t0 = now()
		spent[1] += t0 - t1
		for k, s := range All {
			s.Run(a)
			t1 = now()
			spent[2+k] += t1 - t0
			t0 = t1
		}
		a.Res.sort()
		spent[len(spent)-1] += now() - t0
		n++
	}
	for k, name := range names {
		b.ReportMetric(float64((spent[k]-time.Duration(n)*clock).Nanoseconds())/float64(n), name+"-cpu-ns/doc")
	}
}
