package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/output"
)

// pipelineConfig is what a run needs to turn sources into records.
type pipelineConfig struct {
	args        []string
	stdin       io.Reader
	stdinFormat string
	stdinID     string
	workers     int
	maxBytes    int64
	extractOpts extract.Options
	recordOpts  output.Options
	failFast    bool
	skip        func(id, sha string) bool // resume: true when the document is already done
	keep        func(id string) bool      // shard filter: true when this run owns the document
}

// result is one document's outcome, in input order.
type result struct {
	seq    int
	id     string
	sha    string
	block  []byte        // the document's records, encoded, one line each
	reject output.Record // set when the document was rejected
	stack  string        // the stack of a panic that rejected the document, for the debug log
	warns  []string
	skip   bool // resumed: already complete in the output
	// fromJSONL: the document is a line of a JSONL input, so id is the
	// line's own id rather than a path (check names golden files by it)
	fromJSONL bool
}

// sink receives results in input order.
type sink func(r *result) error

// errStop ends a run early without being an error of its own (fail-fast,
// closed output pipe).
var errStop = errors.New("stop")

// runPipeline reads, decodes, extracts, validates and encodes every document
// named by cfg.args, and hands the results to out in input order.
//
// Stages: one reader (file IO, in order, assigns sequence numbers) -> a
// bounded channel -> cfg.workers workers (decode/parse, extract, normalize,
// validate, encode) -> a bounded channel -> this goroutine, which restores
// input order and writes. A token channel bounds the documents in flight, so
// memory stays flat whatever the corpus size. A per-document failure travels
// with its result; only a write failure or cancellation stops the run.
func runPipeline(ctx context.Context, cfg pipelineConfig, out sink) error {
	workers := cfg.workers
	if workers < 1 {
		workers = 1
	}
	inflight := make(chan struct{}, 4*workers)
	jobs := make(chan job, 2*workers)
	results := make(chan *result, 2*workers)
	g, gctx := errgroup.WithContext(ctx)
	stopCtx, stopAll := context.WithCancel(gctx)
	defer stopAll()

	g.Go(func() error {
		defer close(jobs)
		seq := 0
		send := func(rd rawDoc) bool {
			select {
			case inflight <- struct{}{}:
			case <-stopCtx.Done():
				return false
			}
			select {
			case jobs <- job{seq: seq, doc: rd}:
				seq++
				return true
			case <-stopCtx.Done():
				return false
			}
		}
		readSources(stopCtx, cfg, send)
		return nil
	})

	var working sync.WaitGroup
	for w := 0; w < workers; w++ {
		working.Add(1)
		g.Go(func() error {
			defer working.Done()
			for j := range jobs {
				if stopCtx.Err() != nil {
					continue // drain: the run is stopping
				}
				r := process(j, cfg)
				select {
				case results <- r:
				case <-stopCtx.Done():
				}
			}
			return nil
		})
	}
	go func() {
		working.Wait()
		close(results)
	}()

	// Restore input order and write. This loop is the only reader of
	// results and it never blocks on anything but results and ctx, so a
	// slow document holds back the writing but never the workers.
	pending := map[int]*result{}
	next := 0
	var werr error
	finished := false
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				finished = true
				break loop
			}
			pending[r.seq] = r
			for p := pending[next]; p != nil; p = pending[next] {
				delete(pending, next)
				next++
				<-inflight
				if err := out(p); err != nil {
					werr = err
					break loop
				}
			}
		case <-ctx.Done():
			break loop
		}
	}
	if finished {
		return g.Wait()
	}
	// Stopping early (write error, fail-fast or interrupt): cancel the
	// reader and the workers, drain what they still send, and wait for them
	// a little. A worker deep in one huge document, or a reader blocked on
	// a terminal's stdin, cannot be interrupted: after stopGrace the run
	// returns anyway (the process is about to exit; nothing more is written).
	stopAll()
	go func() {
		for range results {
		}
	}()
	waited := make(chan struct{})
	go func() {
		_ = g.Wait()
		close(waited)
	}()
	select {
	case <-waited:
	case <-time.After(stopGrace):
	}
	if werr != nil {
		return werr
	}
	return ctx.Err()
}

// stopGrace is how long an interrupted run waits for its workers to finish
// the document they are on before it returns without them.
var stopGrace = 500 * time.Millisecond

type job struct {
	seq int
	doc rawDoc
}

// readSources opens every source in order and sends its documents.
func readSources(ctx context.Context, cfg pipelineConfig, send func(rawDoc) bool) {
	walkInputs(cfg.args, cfg.stdinFormat, cfg.stdinID, func(s source) bool {
		if ctx.Err() != nil {
			return false
		}
		if s.format != "jsonl" && cfg.keep != nil && !cfg.keep(s.id) {
			return true // another shard's document (or problem); JSONL is filtered per line
		}
		if s.err != nil {
			return send(rawDoc{id: s.id, source: s.path, err: s.err, stage: s.stage})
		}
		if s.format == "jsonl" {
			var r io.Reader
			if s.path == "-" {
				r = cfg.stdin
			} else {
				f, err := openFile(s.path)
				if err != nil {
					return send(rawDoc{id: s.id, source: s.path, err: readErr(s.path, err), stage: "read"})
				}
				defer f.Close()
				r = f
			}
			stopped := false
			err := readJSONL(s.id, r, cfg.maxBytes, cfg.keep, func(d rawDoc) bool {
				if !send(d) {
					stopped = true
					return false
				}
				return true
			})
			if err != nil && !stopped {
				return send(rawDoc{id: s.id, source: s.path, err: err, stage: "read"})
			}
			return !stopped
		}
		raw, err := readAll(s.path, cfg.stdin, cfg.maxBytes)
		if err != nil {
			return send(rawDoc{id: s.id, source: s.path, err: err, stage: "read"})
		}
		return send(rawDoc{id: s.id, source: s.path, format: s.format, raw: raw})
	})
}

// openFile opens an input; tests replace it to make files vanish between
// the walk and the read.
var openFile = openInput

// readAll reads a file (or stdin for "-") up to maxBytes.
func readAll(path string, stdin io.Reader, maxBytes int64) ([]byte, error) {
	var r io.Reader
	sizeHint := int64(-1)
	if path == "-" {
		r = stdin
	} else {
		f, err := openFile(path)
		if err != nil {
			return nil, readErr(path, err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.Mode().IsRegular() {
				sizeHint = st.Size()
			}
			if !st.Mode().IsRegular() && !st.Mode().IsDir() && st.Mode()&os.ModeNamedPipe == 0 {
				return nil, fmt.Errorf("%s is not a regular file", path)
			}
			if maxBytes > 0 && st.Mode().IsRegular() && st.Size() > maxBytes {
				return nil, fmt.Errorf("%s is %d bytes, over the --max-bytes limit of %d; raise the limit to read it", path, st.Size(), maxBytes)
			}
		}
		r = f
	}
	limit := maxBytes
	if limit <= 0 {
		limit = 1<<63 - 2
	}
	raw, err := readLimited(r, sizeHint, limit+1)
	if err != nil {
		return nil, readErr(path, err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%s is over the --max-bytes limit of %d bytes; raise the limit to read it", path, maxBytes)
	}
	return raw, nil
}

func readErr(path string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s vanished or does not exist", path)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("%s cannot be read: permission denied", path)
	}
	return fmt.Errorf("read %s: %v", path, err)
}

// process decodes, extracts, validates and encodes one document. It never
// panics: a panic anywhere becomes the document's reject.
func process(j job, cfg pipelineConfig) (r *result) {
	d := j.doc
	r = &result{seq: j.seq, id: d.id, fromJSONL: d.fromJSONL}
	defer func() {
		if p := recover(); p != nil {
			r.block = nil
			r.reject = output.ErrorRecord(d.id, d.source, "extract", fmt.Sprintf("internal error: %v (a bug in missionx; please report it with the document)", p))
			r.stack = string(debug.Stack())
		}
	}()
	fail := func(stage string, err error) *result {
		r.reject = output.ErrorRecord(d.id, d.source, stage, err.Error())
		return r
	}
	if d.err != nil {
		return fail(d.stage, d.err)
	}
	r.sha = extract.Hash(d.raw)
	d.sha = r.sha
	if cfg.skip != nil && cfg.skip(d.id, r.sha) {
		r.skip = true
		return r
	}
	doc, stage, err := decode(d)
	if err != nil {
		return fail(stage, err)
	}
	res, err := extract.Extract(doc, cfg.extractOpts)
	if err != nil {
		return fail("extract", err)
	}
	recs := output.Records(doc, res, cfg.recordOpts)
	buf := make([]byte, 0, 512*len(recs)+len(doc.Text)+256)
	for _, rec := range recs {
		if err := output.Validate(rec); err != nil {
			return fail("validate", fmt.Errorf("%s record does not meet the schema (a bug in missionx): %v", rec.Type(), err))
		}
		buf = output.AppendJSON(buf, rec)
		buf = append(buf, '\n')
	}
	r.block = buf
	r.warns = doc.Warnings
	return r
}
