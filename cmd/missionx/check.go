package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"

	"github.com/google/renameio/v2"
	"github.com/spf13/pflag"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/output"
)

func init() {
	commands["check"] = command{"compare extraction with golden JSONL files (or --update them)", runCheck}
}

// checkFlags are check's own flags plus the extract flags that change what
// a document's records are.
type checkFlags struct {
	golden   string
	update   bool
	format   string
	workers  int
	ref      string
	noText   bool
	maxBytes int64
}

func (f *checkFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.golden, "golden", "", "directory of golden files, one `DIR`/<document name>.jsonl per document (required)")
	fs.BoolVar(&f.update, "update", false, "write or rewrite the golden files from the current extraction instead of comparing")
	fs.StringVar(&f.format, "format", "text", "report format: text (for a person) or json (for CI)")
	fs.IntVarP(&f.workers, "jobs", "j", runtime.NumCPU(), "number of extraction workers")
	fs.StringVar(&f.ref, "ref", "", "reference `DATE` (YYYY[-MM[-DD]]) for relative dates with no anchor in the text")
	fs.BoolVar(&f.noText, "no-text", false, "leave the text out of document records (use the same setting as when the golden files were written)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 64<<20, "reject documents (and JSONL lines) larger than `N` bytes")
}

func (f *checkFlags) check(stderr io.Writer) int {
	if f.golden == "" {
		return usageError(stderr, "check", "--golden DIR is required: the directory holding the golden JSONL files")
	}
	if st, err := os.Stat(f.golden); err == nil && !st.IsDir() {
		return usageError(stderr, "check", "--golden %s is a file, not a directory", f.golden)
	}
	switch f.format {
	case "text", "json":
	default:
		return usageError(stderr, "check", "--format must be text or json, not %q", f.format)
	}
	if code := checkRef(stderr, "check", f.ref); code != exitOK {
		return code
	}
	if f.workers < 1 {
		return usageError(stderr, "check", "-j must be at least 1")
	}
	if f.maxBytes < 0 {
		return usageError(stderr, "check", "--max-bytes must not be negative")
	}
	return exitOK
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f checkFlags
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: missionx check --golden DIR [--update] [--format text|json] [flags] PATH...")
		fmt.Fprintln(stderr, "\nExtracts PATH... as 'missionx extract' does and compares each document's records with")
		fmt.Fprintln(stderr, "DIR/<file name without extension>.jsonl (for a line of a .jsonl input: DIR/<its id>.jsonl).")
		fmt.Fprintln(stderr, "Exit status: 0 all match (or --update wrote them), 1 differences, missing golden files or")
		fmt.Fprintln(stderr, "rejected inputs, 2 usage error, 130 interrupted.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return usageError(stderr, "check", "%v", err)
	}
	if code := f.check(stderr); code != exitOK {
		return code
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "check", "name at least one file, directory, or - for stdin")
	}
	if f.update {
		if err := os.MkdirAll(f.golden, 0o755); err != nil {
			fmt.Fprintf(stderr, "missionx check: cannot create golden directory: %v\n", err)
			return exitRejects
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cfg := pipelineConfig{
		args: fs.Args(), stdin: stdin, workers: f.workers, maxBytes: f.maxBytes,
		extractOpts: extract.Options{Ref: f.ref},
		recordOpts:  output.Options{NoText: f.noText},
	}
	rep := output.NewReport(filepath.ToSlash(f.golden), f.update)
	if _, err := os.Stat(f.golden); err != nil && !f.update {
		rep.Note("golden directory %s: %v (create the golden files with --update)", f.golden, err)
	}
	owner := map[string]string{} // golden file name -> the document that claimed it
	err := runPipeline(ctx, cfg, func(r *result) error {
		name := goldenName(r.id, r.fromJSONL)
		gpath := filepath.Join(f.golden, name)
		shown := filepath.ToSlash(gpath)
		if prev, taken := owner[name]; taken {
			rep.Add(output.DocReport{Doc: r.id, Golden: shown, Status: output.StatusDuplicateName,
				Error: fmt.Sprintf("%s is also the golden file of %s; check the two documents in separate runs with different --golden directories, or rename one", name, prev)})
			return nil
		}
		owner[name] = r.id
		if f.update {
			rep.Add(updateGolden(r, gpath, shown))
			return nil
		}
		rep.Add(checkGolden(r, gpath, shown))
		return nil
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		rep.Note("run stopped: %v", err)
	}
	interrupted := ctx.Err() != nil
	if interrupted {
		rep.Note("interrupted: only the documents listed were checked")
	}
	if len(rep.Documents) == 0 && !interrupted {
		rep.Note("no documents found in %s: nothing was checked", strings.Join(fs.Args(), " "))
	}
	rep.Finish()

	var werr error
	if f.format == "json" {
		werr = rep.WriteJSON(stdout)
	} else {
		werr = rep.WriteText(stdout)
	}
	switch {
	case werr != nil && !isBrokenPipe(werr):
		fmt.Fprintf(stderr, "missionx check: cannot write the report: %v\n", werr)
		return exitRejects
	case interrupted:
		return exitInterrupted
	case !rep.OK:
		return exitRejects
	}
	return exitOK
}

// checkGolden compares one document's records with its golden file.
func checkGolden(r *result, gpath, shown string) output.DocReport {
	golden, gerr := readGolden(gpath)
	if r.reject != nil {
		// a rejected input has no records: whatever the golden file holds
		// is missing
		d := output.CompareDoc(r.id, shown, golden, nil)
		d.Status, d.Error = output.StatusRejected, r.reject.Get("error").(string)
		return d
	}
	if gerr != nil {
		d := output.DocReport{Doc: r.id, Golden: shown, Status: output.StatusBadGolden, Error: gerr.Error()}
		if errors.Is(gerr, fs.ErrNotExist) {
			d.Status, d.Error = output.StatusNoGolden, "no golden file"
		}
		return d
	}
	now, err := output.ReadJSONL(bytes.NewReader(r.block))
	if err != nil {
		// the pipeline wrote these lines itself, so this is a bug
		return output.DocReport{Doc: r.id, Golden: shown, Status: output.StatusRejected,
			Error: fmt.Sprintf("cannot decode the extracted records (a bug in missionx): %v", err)}
	}
	return output.CompareDoc(r.id, shown, golden, now)
}

// readGolden reads a golden file; an error wrapping fs.ErrNotExist means
// there is none.
func readGolden(gpath string) ([]output.Object, error) {
	fh, err := os.Open(gpath)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		return nil, fmt.Errorf("cannot read golden file: %v", err)
	}
	defer fh.Close()
	objs, err := output.ReadJSONL(fh)
	if err != nil {
		return nil, fmt.Errorf("golden file %s: %v (fix it by hand, or rewrite it with --update)", gpath, err)
	}
	return objs, nil
}

// updateGolden writes one document's records, exactly as extract writes
// them, to its golden file, atomically; an unchanged file is left alone.
func updateGolden(r *result, gpath, shown string) output.DocReport {
	d := output.DocReport{Doc: r.id, Golden: shown}
	if r.reject != nil {
		d.Status, d.Error = output.StatusRejected, r.reject.Get("error").(string)+" (golden file not written)"
		return d
	}
	old, err := os.ReadFile(gpath)
	switch {
	case err == nil && bytes.Equal(old, r.block):
		d.Status = output.StatusUnchanged
		return d
	case err == nil:
		d.Status = output.StatusRewritten
	case errors.Is(err, fs.ErrNotExist):
		d.Status = output.StatusCreated
	default:
		d.Status, d.Error = output.StatusBadGolden, fmt.Sprintf("cannot read golden file: %v", err)
		return d
	}
	if err := renameio.WriteFile(gpath, r.block, 0o644); err != nil {
		d.Status, d.Error = output.StatusBadGolden, fmt.Sprintf("cannot write golden file: %v", err)
	}
	return d
}

// goldenName is the golden file name of a document: its file name without
// extension, or for a line of a JSONL input its id made safe as a file
// name; ".jsonl" is added.
func goldenName(id string, fromJSONL bool) string {
	var base string
	switch {
	case fromJSONL:
		base = sanitizeFileName(id)
	case id == "-":
		base = "stdin"
	default:
		base = sanitizeFileName(trimExt(path.Base(id)))
	}
	return base + ".jsonl"
}

// sanitizeFileName keeps letters, digits, '.', '-' and '_' and turns
// anything else (path separators, spaces, control characters) into '_'. A
// leading dot is replaced too, so the file is never hidden nor "..".
func sanitizeFileName(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '.' && i == 0:
			b.WriteByte('_')
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	out := b.String()
	if out == "" {
		return "_"
	}
	if len(out) > 200 { // stay under common file name limits (255 bytes)
		out = out[:200]
		for !utf8.ValidString(out) { // do not cut a rune in half
			out = out[:len(out)-1]
		}
	}
	return out
}
