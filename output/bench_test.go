package output

import (
	"testing"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/internal/cputime"
	"github.com/missionx/missionx/internal/synth"
)

// Benchmarks of the output stages on the synthetic corpus bench/run.sh uses:
// ns/op is wall ns per document (all its records), cpu-ns/op the CPU time
// of the benchmark's thread per document (not inflated by other load).
//
//	go test -run '^$' -bench . -benchmem ./output

type benchDoc struct {
	doc  *extract.Doc
	res  *extract.Result
	recs []Record
}

func benchCorpus(b *testing.B) []benchDoc {
	b.Helper()
	var out []benchDoc
	for _, r := range synth.Corpus(synth.BenchOptions, 300) {
		d := &extract.Doc{ID: r.Name, Source: r.Name, Format: r.Format, SHA256: extract.Hash(r.Body), Ref: r.Ref}
		var err error
		if r.Format == "html" {
			d.Text, d.Title, d.Warnings, err = extract.DecodeHTML(r.Body)
		} else {
			d.Text, d.Warnings, err = extract.DecodeText(r.Body)
			d.Title = extract.Title(d.Text)
		}
		if err != nil {
			b.Fatal(err)
		}
		if d.Warnings == nil {
			d.Warnings = []string{}
		}
		res, err := extract.Extract(d, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, benchDoc{d, res, Records(d, res, Options{})})
	}
	return out
}

// loop is cputime.Loop: thread CPU time per iteration, robust to load.
var loop = cputime.Loop

func recordsPerDoc(docs []benchDoc) float64 {
	n := 0
	for _, d := range docs {
		n += len(d.recs)
	}
	return float64(n) / float64(len(docs))
}

func BenchmarkRecords(b *testing.B) {
	docs := benchCorpus(b)
	loop(b, func(i int) {
		d := docs[i%len(docs)]
		Records(d.doc, d.res, Options{})
	})
	b.ReportMetric(recordsPerDoc(docs), "records/doc")
}

func BenchmarkValidate(b *testing.B) {
	docs := benchCorpus(b)
	if _, err := Schema(); err != nil {
		b.Fatal(err)
	}
	loop(b, func(i int) {
		for _, r := range docs[i%len(docs)].recs {
			if err := Validate(r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(recordsPerDoc(docs), "records/doc")
}

// BenchmarkValidateGeneral is the general validator (santhosh-tekuri/jsonschema
// on the map form) that Validate used before the fast path, for comparison.
func BenchmarkValidateGeneral(b *testing.B) {
	docs := benchCorpus(b)
	s, err := Schema()
	if err != nil {
		b.Fatal(err)
	}
	loop(b, func(i int) {
		for _, r := range docs[i%len(docs)].recs {
			if err := s.Validate(r.Map()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(recordsPerDoc(docs), "records/doc")
}

func BenchmarkAppendJSON(b *testing.B) {
	docs := benchCorpus(b)
	var buf []byte
	loop(b, func(i int) {
		buf = buf[:0]
		for _, r := range docs[i%len(docs)].recs {
			buf = AppendJSON(buf, r)
			buf = append(buf, '\n')
		}
	})
	b.SetBytes(int64(len(buf)))
}
