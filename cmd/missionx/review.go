package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/google/renameio/v2"
	"github.com/spf13/pflag"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/output"
)

func init() {
	commands["review"] = command{"write a self-contained HTML page to see and audit the records", runReview}
}

type reviewFlags struct {
	out      string
	inputs   []string
	rejects  []string
	title    string
	workers  int
	format   string
	id, ref  string
	maxBytes int64
	ner      bool
}

func runReview(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f reviewFlags
	fs := pflag.NewFlagSet("review", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVarP(&f.out, "output", "o", "review.html", "write the page to `FILE` (- for stdout)")
	fs.StringArrayVar(&f.inputs, "input-jsonl", nil, "read records written by 'missionx extract' (with their text) from `FILE` (- for stdin); repeatable")
	fs.StringArrayVar(&f.rejects, "rejects", nil, "read error records written by 'extract --rejects' from `FILE`; repeatable")
	fs.StringVar(&f.title, "title", "missionx review", "page title")
	fs.IntVarP(&f.workers, "jobs", "j", runtime.NumCPU(), "extraction workers (when extracting PATHs)")
	fs.StringVar(&f.format, "format", "", "format of stdin (\"-\") and of files without a known extension: text, html or jsonl")
	fs.StringVar(&f.id, "id", "", "document id for stdin (default \"-\")")
	fs.StringVar(&f.ref, "ref", "", "reference `DATE` (YYYY[-MM[-DD]]) for relative dates with no anchor in the text")
	fs.Int64Var(&f.maxBytes, "max-bytes", 64<<20, "reject documents (and JSONL lines) larger than `N` bytes")
	fs.BoolVar(&f.ner, "ner", false, "as in extract: also run prose's entity model (slow: ~20 docs/s)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: missionx review [-o FILE] --input-jsonl FILE... [--rejects FILE]")
		fmt.Fprintln(stderr, "       missionx review [-o FILE] [flags] PATH...   (extract on the fly, then review)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case len(f.inputs) == 0 && fs.NArg() == 0:
		return usageError(stderr, "review", "give the records with --input-jsonl FILE, or documents to extract (PATH...)")
	case len(f.inputs) > 0 && fs.NArg() > 0:
		return usageError(stderr, "review", "give either --input-jsonl or PATHs, not both")
	case f.workers < 1:
		return usageError(stderr, "review", "-j must be at least 1")
	}
	if code := checkInputFlags(stderr, "review", f.format, f.ref); code != exitOK {
		return code
	}

	rv := &output.Review{Title: f.title}
	code := exitOK
	for _, name := range f.inputs {
		if err := readInto(name, stdin, rv.AddJSONL); err != nil {
			fmt.Fprintf(stderr, "missionx review: %v\n", err)
			return exitRejects
		}
	}
	for _, name := range f.rejects {
		if err := readInto(name, stdin, rv.AddRejects); err != nil {
			fmt.Fprintf(stderr, "missionx review: %v\n", err)
			return exitRejects
		}
	}
	if fs.NArg() > 0 {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		cfg := pipelineConfig{
			args: fs.Args(), stdin: stdin, stdinFormat: f.format, stdinID: f.id,
			workers: f.workers, maxBytes: f.maxBytes,
			extractOpts: extract.Options{Ref: f.ref, NER: f.ner},
		}
		err := runPipeline(ctx, cfg, func(r *result) error {
			if r.reject != nil {
				rv.AddReject(r.reject)
				return nil
			}
			return rv.AddJSONL(r.id, bytes.NewReader(r.block))
		})
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "missionx review: interrupted; no page written")
			return exitInterrupted
		}
		if err != nil {
			fmt.Fprintf(stderr, "missionx review: %v\n", err)
			return exitRejects
		}
		if len(rv.Rejects) > 0 {
			fmt.Fprintf(stderr, "missionx review: %d documents rejected (listed on the page)\n", len(rv.Rejects))
			code = exitRejects
		}
	}

	if err := writeReview(f.out, stdout, rv); err != nil {
		fmt.Fprintf(stderr, "missionx review: %v\n", err)
		return exitRejects
	}
	if f.out != "-" {
		fmt.Fprintf(stderr, "missionx review: wrote %s (%d documents, %d rejects)\n", f.out, len(rv.Docs), len(rv.Rejects))
	}
	return code
}

// readInto opens name (- for stdin) and hands it to add.
func readInto(name string, stdin io.Reader, add func(string, io.Reader) error) error {
	if name == "-" {
		return add("stdin", stdin)
	}
	file, err := os.Open(name)
	if err != nil {
		return readErr(name, err)
	}
	defer file.Close()
	return add(name, file)
}

// writeReview writes the page to path atomically, or to stdout for "-".
func writeReview(path string, stdout io.Writer, rv *output.Review) error {
	if path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := output.WriteReview(bw, rv); err != nil {
			return err
		}
		return bw.Flush()
	}
	pending, err := renameio.NewPendingFile(path, renameio.WithPermissions(0o644))
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", path, err)
	}
	defer pending.Cleanup()
	if err := output.WriteReview(pending, rv); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := pending.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
