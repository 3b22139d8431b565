// Command mxgen writes a synthetic corpus of mission documents (text and
// HTML, 1-3 KB each by default) for benchmarks: as files in a directory
// tree (1,000 per subdirectory) or as one JSONL file that `missionx
// extract` reads line by line. The corpus is deterministic: the same -seed
// gives the same bytes, and N documents are a prefix of 2N.
//
//	mxgen -n 5000 -out /tmp/corpus           # /tmp/corpus/000/doc0000000.txt ...
//	mxgen -n 100000 -jsonl /tmp/corpus.jsonl # {"id":..., "text"|"html":..., "ref":...}
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/missionx/missionx/internal/synth"
)

func main() {
	var (
		n         = flag.Int("n", 1000, "number of documents")
		seed      = flag.Uint64("seed", 1, "random seed")
		out       = flag.String("out", "", "write documents as files under `DIR`")
		jsonlPath = flag.String("jsonl", "", "write documents as lines of one JSONL `FILE` (- for stdout)")
		minBytes  = flag.Int("min", 1024, "smallest document in bytes")
		maxBytes  = flag.Int("max", 3072, "largest document in bytes")
		htmlShare = flag.Float64("html", 0.25, "share of HTML documents (0..1)")
		crlf      = flag.Float64("crlf", 0.05, "share of text documents with CRLF line ends (0..1)")
	)
	flag.Parse()
	if (*out == "") == (*jsonlPath == "") {
		fmt.Fprintln(os.Stderr, "mxgen: give one of -out DIR or -jsonl FILE")
		os.Exit(2)
	}
	o := synth.Options{Seed: *seed, MinBytes: *minBytes, MaxBytes: *maxBytes, HTMLShare: *htmlShare, CRLFShare: *crlf}
	var err error
	if *out != "" {
		err = writeDir(*out, *n, o)
	} else {
		err = writeJSONL(*jsonlPath, *n, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mxgen:", err)
		os.Exit(1)
	}
}

func writeDir(dir string, n int, o synth.Options) error {
	var total int64
	for i := 0; i < n; i++ {
		d := synth.Generate(o, i)
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(sub, d.Name+d.Ext()), d.Body, 0o644); err != nil {
			return err
		}
		total += int64(len(d.Body))
	}
	fmt.Fprintf(os.Stderr, "mxgen: %d documents, %d bytes under %s\n", n, total, dir)
	return nil
}

type line struct {
	ID   string  `json:"id"`
	Text *string `json:"text,omitempty"`
	HTML *string `json:"html,omitempty"`
	Ref  string  `json:"ref,omitempty"`
}

func writeJSONL(path string, n int, o synth.Options) error {
	f := os.Stdout
	if path != "-" {
		var err error
		if f, err = os.Create(path); err != nil {
			return err
		}
		defer f.Close()
	}
	w := bufio.NewWriterSize(f, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var total int64
	for i := 0; i < n; i++ {
		d := synth.Generate(o, i)
		body := string(d.Body)
		l := line{ID: "synth/" + d.Name, Ref: d.Ref}
		if d.Format == "html" {
			l.HTML = &body
		} else {
			l.Text = &body
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
		total += int64(len(d.Body))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mxgen: %d documents, %d bytes of documents in %s\n", n, total, path)
	return nil
}
