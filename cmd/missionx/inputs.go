package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/missionx/missionx/extract"
	"github.com/missionx/missionx/normalize"
)

// formatOf maps a file extension to an input format.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".text":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return ""
}

// source is one input named on the command line or found under a
// directory: a path to read, or a problem found while walking.
type source struct {
	id     string // document id: path with / separators, or "-"
	path   string // path to open; "-" is stdin
	format string // text, html or jsonl
	err    error  // set when the input cannot be used (dangling link, loop ...)
	stage  string // stage of err
}

// walkInputs lists the sources for args in order: files as given,
// directories walked recursively in lexical order (supported extensions
// only, symlinks followed with loop detection), "-" for stdin.
func walkInputs(args []string, stdinFormat, stdinID string, emit func(source) bool) {
	for _, arg := range args {
		if arg == "-" {
			id := stdinID
			if id == "" {
				id = "-"
			}
			if !emit(source{id: id, path: "-", format: stdinFormat}) {
				return
			}
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			msg := err.Error()
			if lst, lerr := os.Lstat(arg); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
				msg = fmt.Sprintf("%s is a symbolic link whose target is missing or unreadable: %v", arg, err)
			} else if errors.Is(err, fs.ErrNotExist) {
				msg = fmt.Sprintf("%s does not exist", arg)
			}
			if !emit(source{id: filepath.ToSlash(arg), path: arg, err: errors.New(msg), stage: "read"}) {
				return
			}
			continue
		}
		if st.IsDir() {
			seen := map[string]bool{}
			if !walkDir(arg, seen, emit) {
				return
			}
			continue
		}
		f := formatOf(arg)
		if f == "" {
			if stdinFormat != "" && stdinFormat != "auto" {
				f = stdinFormat
			} else {
				e := fmt.Errorf("unsupported file type %q: missionx reads .txt, .md, .html, .htm and .jsonl (or name the format with --format)", filepath.Ext(arg))
				if !emit(source{id: filepath.ToSlash(arg), path: arg, err: e, stage: "read"}) {
					return
				}
				continue
			}
		}
		if !emit(source{id: filepath.ToSlash(arg), path: arg, format: f}) {
			return
		}
	}
}

// walkDir walks dir in lexical order. seen holds the real paths of
// directories on the current walk, so a symlink loop is reported once and
// not followed.
func walkDir(dir string, seen map[string]bool, emit func(source) bool) bool {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return emit(source{id: filepath.ToSlash(dir), path: dir, err: fmt.Errorf("cannot resolve directory: %v", err), stage: "read"})
	}
	if seen[real] {
		return emit(source{id: filepath.ToSlash(dir), path: dir, err: fmt.Errorf("symbolic link loop: %s leads back to %s; not followed", dir, real), stage: "read"})
	}
	seen[real] = true
	defer delete(seen, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return emit(source{id: filepath.ToSlash(dir), path: dir, err: fmt.Errorf("cannot list directory: %v", err), stage: "read"})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(p)
			if err != nil {
				if formatOf(p) == "" {
					continue // a dangling link to something we would not read anyway
				}
				if !emit(source{id: filepath.ToSlash(p), path: p, err: fmt.Errorf("symbolic link target is missing or unreadable: %v", err), stage: "read"}) {
					return false
				}
				continue
			}
			isDir = st.IsDir()
		}
		if isDir {
			if !walkDir(p, seen, emit) {
				return false
			}
			continue
		}
		f := formatOf(p)
		if f == "" {
			continue
		}
		if !emit(source{id: filepath.ToSlash(p), path: p, format: f}) {
			return false
		}
	}
	return true
}

// rawDoc is one document as read, before decoding.
type rawDoc struct {
	id, source, format string
	raw                []byte
	sha                string // hex SHA-256 of raw, when already computed
	ref                string
	fromJSONL          bool
	// err/stage: the document failed before decoding
	err   error
	stage string
}

// jsonlLine is one line of a JSONL input.
type jsonlLine struct {
	ID   *string `json:"id"`
	Text *string `json:"text"`
	HTML *string `json:"html"`
	Ref  *string `json:"ref"`
}

// readJSONL reads a JSONL input line by line, emitting one rawDoc per line
// (a broken line is a rejected document; the others go through). Lines
// longer than maxBytes are rejected without being held in memory.
//
// keep, when not nil, is the shard filter: a line whose id it refuses is
// skipped, and its id is peeked (peekJSONLID) rather than decoded when it
// can be, so a run does not decode the other runs' lines.
func readJSONL(path string, r io.Reader, maxBytes int64, keep func(id string) bool, emit func(rawDoc) bool) error {
	br := bufio.NewReaderSize(r, 1<<16)
	n := 0
	for {
		line, tooLong, err := readLine(br, maxBytes)
		if len(line) == 0 && err == io.EOF && !tooLong {
			return nil
		}
		n++
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF})
		}
		src := fmt.Sprintf("%s:%d", path, n)
		if tooLong {
			if (keep == nil || keep(src)) && !emit(rawDoc{id: src, source: src, err: fmt.Errorf("line %d is longer than --max-bytes (%d bytes); skipped", n, maxBytes), stage: "read"}) {
				return nil
			}
		} else if len(bytes.TrimSpace(line)) > 0 && ownLine(line, keep) {
			d := parseJSONLLine(src, n, line)
			if (keep == nil || keep(d.id)) && !emit(d) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
	}
}

// ownLine is false when the shard filter keep refuses the line's peeked id
// (the line is then not decoded at all).
func ownLine(line []byte, keep func(id string) bool) bool {
	if keep == nil {
		return true
	}
	id, ok := peekJSONLID(line)
	return !ok || keep(id)
}

// readLine reads one line without its newline. A line over max bytes is
// drained and reported as tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if !tooLong {
			line = append(line, chunk...)
			if max > 0 && int64(len(line)) > max {
				tooLong, line = true, nil
			}
		}
		if e != nil {
			if e == io.EOF && (len(line) > 0 || tooLong) {
				return line, tooLong, io.EOF
			}
			return line, tooLong, e
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

func firstBad(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return -1
}

func parseJSONLLine(src string, n int, line []byte) rawDoc {
	var l jsonlLine
	if !utf8.Valid(line) {
		// encoding/json would turn the bad bytes into U+FFFD without a word
		return rawDoc{id: src, source: src, err: fmt.Errorf("line %d is not valid UTF-8 (byte %d); JSON Lines must be UTF-8", n, firstBad(line)), stage: "parse"}
	}
	if err := json.Unmarshal(line, &l); err != nil {
		return rawDoc{id: src, source: src, err: fmt.Errorf("line %d is not a JSON object: %v", n, err), stage: "parse"}
	}
	if l.ID == nil || *l.ID == "" {
		return rawDoc{id: src, source: src, err: fmt.Errorf("line %d has no \"id\": each line needs {\"id\", \"text\" or \"html\", \"ref\"?}", n), stage: "parse"}
	}
	d := rawDoc{id: *l.ID, source: src, fromJSONL: true}
	switch {
	case l.Text != nil && l.HTML != nil:
		d.err, d.stage = fmt.Errorf("line %d has both \"text\" and \"html\"; give one", n), "parse"
	case l.Text != nil:
		d.format, d.raw = "text", []byte(*l.Text)
	case l.HTML != nil:
		d.format, d.raw = "html", []byte(*l.HTML)
	default:
		d.err, d.stage = fmt.Errorf("line %d has neither \"text\" nor \"html\"", n), "parse"
	}
	if l.Ref != nil && *l.Ref != "" && d.err == nil {
		if _, err := normalize.ParseISODate(*l.Ref); err != nil {
			d.err, d.stage = fmt.Errorf("line %d: \"ref\": %v", n, err), "parse"
		}
		d.ref = *l.Ref
	}
	return d
}

// decode turns a raw document into an extract.Doc.
func decode(r rawDoc) (*extract.Doc, string, error) {
	sha := r.sha
	if sha == "" {
		sha = extract.Hash(r.raw)
	}
	d := &extract.Doc{ID: r.id, Source: r.source, Format: r.format, SHA256: sha, Ref: r.ref}
	switch r.format {
	case "html":
		text, title, warns, err := extract.DecodeHTML(r.raw)
		if err != nil {
			return nil, stageOf(err), err
		}
		d.Text, d.Title, d.Warnings = text, title, warns
	default:
		d.Format = "text"
		text, warns, err := extract.DecodeText(r.raw)
		if err != nil {
			return nil, stageOf(err), err
		}
		d.Text, d.Title, d.Warnings = text, extract.Title(text), warns
	}
	if strings.TrimSpace(d.Text) == "" {
		// nothing to extract: a failed download or a page built by scripts
		if len(r.raw) == 0 {
			return nil, "decode", errors.New("the document is empty (0 bytes): nothing to extract; check how it was fetched")
		}
		if d.Format == "html" {
			return nil, "decode", fmt.Errorf("the HTML page has no visible text (%d bytes of markup, scripts or chrome only; a page built by JavaScript?)", len(r.raw))
		}
		return nil, "decode", fmt.Errorf("the document has only white space (%d bytes): nothing to extract", len(r.raw))
	}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
	return d, "", nil
}

func stageOf(err error) string {
	var de *extract.DecodeError
	if errors.As(err, &de) {
		return de.Stage
	}
	return "decode"
}
