package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/google/renameio/v2"
	"github.com/rs/zerolog"
	"github.com/spf13/pflag"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/normalize"
	"github.com/missionx/missionx/output"
)

func init() {
	commands["extract"] = command{"extract records from documents into JSONL", runExtract}
}

type extractFlags struct {
	out, rejects     string
	workers          int
	format, id, ref  string
	noText, failFast bool
	ner, resume      bool
	maxBytes         int64
	logFormat        string
	logLevel         string
	progress         string
	shard            string // --shard i/N, parsed into part by check
	part             shard
	cpuProfile       string // hidden: --cpuprofile FILE, for profiling runs
}

func (f *extractFlags) register(fs *pflag.FlagSet) {
	fs.StringVarP(&f.out, "output", "o", "", "write records to `FILE` (atomically: a temp file renamed at the end) instead of stdout")
	fs.StringVar(&f.rejects, "rejects", "", "write an error record per rejected document to `FILE`")
	fs.IntVarP(&f.workers, "jobs", "j", runtime.NumCPU(), "number of extraction workers")
	fs.StringVar(&f.format, "format", "", "format of stdin (\"-\") and of files without a known extension: text, html or jsonl")
	fs.StringVar(&f.id, "id", "", "document id for stdin (default \"-\")")
	fs.StringVar(&f.ref, "ref", "", "reference `DATE` (YYYY[-MM[-DD]]) for relative dates with no anchor in the text")
	fs.BoolVar(&f.noText, "no-text", false, "leave the text out of document records")
	fs.BoolVar(&f.resume, "resume", false, "with -o FILE: skip documents already complete in FILE and append the rest (FILE is written in place)")
	fs.BoolVar(&f.failFast, "fail-fast", false, "stop at the first rejected document")
	fs.BoolVar(&f.ner, "ner", false, "also run prose's entity model to propose organizations and places the rules miss (slow: ~20 docs/s)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 64<<20, "reject documents (and JSONL lines) larger than `N` bytes")
	fs.StringVar(&f.logFormat, "log-format", "auto", "log format on stderr: auto (text on a terminal, else JSON), text or json")
	fs.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.StringVar(&f.progress, "progress", "auto", "progress line on stderr: auto (on a terminal), always or never")
	fs.StringVar(&f.shard, "shard", "", "process only part `i/N` of the documents (stable hash of the document id; N runs with i = 0..N-1 split the input)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile to `FILE`")
	_ = fs.MarkHidden("cpuprofile")
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f extractFlags
	fs := pflag.NewFlagSet("extract", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: missionx extract [flags] PATH... (files, directories, or - for stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return usageError(stderr, "extract", "%v", err)
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "extract", "name at least one file, directory, or - for stdin")
	}
	if code := f.check(stderr); code != exitOK {
		return code
	}
	stderr = &syncWriter{w: stderr} // workers, the writer and the progress line all log
	log, err := newLogger(stderr, f.logFormat, f.logLevel)
	if err != nil {
		return usageError(stderr, "extract", "%v", err)
	}

	defer tuneGC()()
	if f.cpuProfile != "" {
		stopProfile, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			log.Error().Err(err).Msg("cannot start the CPU profile")
			return exitRejects
		}
		defer stopProfile()
	}

	// The first SIGINT/SIGTERM stops the run cleanly; once it has been seen
	// the default action is restored, so a second one kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()

	// open outputs
	var (
		data    io.Writer = stdout
		pending *renameio.PendingFile
		appendf *os.File
	)
	cfg := pipelineConfig{
		args: fs.Args(), stdin: stdin, stdinFormat: f.format, stdinID: f.id,
		workers: f.workers, maxBytes: f.maxBytes, failFast: f.failFast,
		extractOpts: extract.Options{Ref: f.ref, NER: f.ner},
		recordOpts:  output.Options{NoText: f.noText},
		keep:        f.part.keepFunc(),
	}
	switch {
	case f.resume:
		// Append to FILE in place, so that even a killed run leaves every
		// document it finished; a trailing block cut short is dropped by
		// the next --resume.
		done, file, rerr := openResume(f.out)
		if rerr != nil {
			log.Error().Err(rerr).Msg("cannot resume")
			return exitRejects
		}
		defer file.Close()
		appendf, data = file, file
		cfg.skip = func(id, sha string) bool { return done[docKey{id, sha}] }
		log.Info().Str("output", f.out).Int("complete", len(done)).Msg("resuming: documents already complete in the output are skipped")
	case f.out != "" && f.out != "-":
		pending, err = renameio.NewPendingFile(f.out, renameio.WithPermissions(0o644))
		if err != nil {
			log.Error().Err(err).Msg("cannot create output file")
			return exitRejects
		}
		defer pending.Cleanup()
		data = pending
	}
	bw := newBlockWriter(data)
	var rejects *bufio.Writer
	var rejPending *renameio.PendingFile
	if f.rejects != "" {
		rejPending, err = renameio.NewPendingFile(f.rejects, renameio.WithPermissions(0o644))
		if err != nil {
			log.Error().Err(err).Msg("cannot create rejects file")
			return exitRejects
		}
		defer rejPending.Cleanup()
		rejects = bufio.NewWriter(rejPending)
	}

	if log.GetLevel() <= zerolog.DebugLevel {
		cfg.extractOpts.Debugf = func(format string, args ...any) { log.Debug().Msgf(format, args...) }
	}

	var done, rejected, skipped atomic.Int64
	prog := startProgress(stderr, f.progress, &done, &rejected)
	start := time.Now()
	var line []byte
	err = runPipeline(ctx, cfg, func(r *result) error {
		done.Add(1)
		if r.skip {
			skipped.Add(1)
			return nil
		}
		if r.reject != nil {
			rejected.Add(1)
			log.Error().Str("doc", r.id).Str("source", r.reject.Get("source").(string)).
				Str("stage", r.reject.Get("stage").(string)).Msg(r.reject.Get("error").(string))
			if r.stack != "" {
				log.Debug().Str("doc", r.id).Str("stack", r.stack).Msg("panic while processing the document")
			}
			if rejects != nil {
				line = output.AppendJSON(line[:0], r.reject)
				line = append(line, '\n')
				if _, err := rejects.Write(line); err != nil {
					return fmt.Errorf("write rejects file %s: %w", f.rejects, err)
				}
			}
			if f.failFast {
				return errStop
			}
			return nil
		}
		for _, w := range r.warns {
			log.Warn().Str("doc", r.id).Msg(w)
		}
		return bw.WriteBlock(r.block)
	})
	prog.stop()
	interrupted := ctx.Err() != nil
	if err == nil || errors.Is(err, errStop) || errors.Is(err, context.Canceled) {
		// whole documents only: the block writer holds no partial block
		if ferr := bw.Flush(); ferr != nil {
			err = ferr
		}
	}
	if err != nil && isBrokenPipe(err) && pending == nil && appendf == nil {
		return exitOK // the reader went away (| head): end quietly
	}
	if err != nil && !errors.Is(err, errStop) && !errors.Is(err, context.Canceled) {
		where := "standard output"
		if f.out != "" && f.out != "-" {
			where = f.out
		}
		log.Error().Err(err).Msgf("run stopped: cannot write the output to %s (disk full? closed pipe?); nothing more was written", where)
		return exitRejects
	}
	// commit outputs: whole documents only, also after an interrupt
	if rejects != nil {
		if ferr := rejects.Flush(); ferr != nil {
			log.Error().Err(ferr).Msgf("cannot write rejects file %s", f.rejects)
			return exitRejects
		}
		if cerr := rejPending.CloseAtomicallyReplace(); cerr != nil {
			log.Error().Err(cerr).Msgf("cannot write rejects file %s", f.rejects)
			return exitRejects
		}
	}
	if pending != nil {
		if cerr := pending.CloseAtomicallyReplace(); cerr != nil {
			log.Error().Err(cerr).Msgf("cannot write output file %s", f.out)
			return exitRejects
		}
	}
	if appendf != nil {
		if serr := appendf.Sync(); serr != nil {
			log.Error().Err(serr).Msgf("cannot write output file %s", f.out)
			return exitRejects
		}
	}
	elapsed := time.Since(start)
	ev := log.Info()
	if interrupted {
		ev = log.Warn()
	}
	ev.Int64("documents", done.Load()).Int64("rejected", rejected.Load()).Int64("skipped", skipped.Load()).
		Float64("elapsed_s", elapsed.Seconds()).Float64("docs_per_s", float64(done.Load())/elapsed.Seconds()).
		Bool("interrupted", interrupted).Msg("extract finished")
	switch {
	case interrupted:
		return exitInterrupted
	case rejected.Load() > 0:
		return exitRejects
	}
	return exitOK
}

// checkInputFlags checks the flags every extracting command shares: the
// input --format (of stdin and extension-less files) and --ref.
func checkInputFlags(stderr io.Writer, cmd, format, ref string) int {
	switch format {
	case "", "text", "html", "jsonl":
	default:
		return usageError(stderr, cmd, "--format must be text, html or jsonl, not %q", format)
	}
	return checkRef(stderr, cmd, ref)
}

// checkRef checks a --ref reference date.
func checkRef(stderr io.Writer, cmd, ref string) int {
	if ref != "" {
		if _, err := normalize.ParseISODate(ref); err != nil {
			return usageError(stderr, cmd, "--ref: %v", err)
		}
	}
	return exitOK
}

func (f *extractFlags) check(stderr io.Writer) int {
	if code := checkInputFlags(stderr, "extract", f.format, f.ref); code != exitOK {
		return code
	}
	if f.resume && (f.out == "" || f.out == "-") {
		return usageError(stderr, "extract", "--resume needs -o FILE: it appends to FILE")
	}
	part, err := parseShard(f.shard)
	if err != nil {
		return usageError(stderr, "extract", "%v", err)
	}
	f.part = part
	if f.workers < 1 {
		return usageError(stderr, "extract", "-j must be at least 1")
	}
	if f.maxBytes < 0 {
		return usageError(stderr, "extract", "--max-bytes must not be negative")
	}
	switch f.progress {
	case "auto", "always", "never":
	default:
		return usageError(stderr, "extract", "--progress must be auto, always or never")
	}
	return exitOK
}

func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed)
}
