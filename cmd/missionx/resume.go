package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// blockWriter buffers whole documents and writes them out at document
// boundaries only, so whatever reaches the file or pipe when a run stops
// (interrupt, kill, write error) ends with a complete document, except for
// the rare write cut short by the kernel, which --resume repairs.
type blockWriter struct {
	w   io.Writer
	buf []byte
	err error
}

const blockFlushSize = 64 << 10

func newBlockWriter(w io.Writer) *blockWriter {
	return &blockWriter{w: w, buf: make([]byte, 0, blockFlushSize)}
}

// WriteBlock adds one document's records (whole lines).
func (b *blockWriter) WriteBlock(p []byte) error {
	if b.err != nil {
		return b.err
	}
	b.buf = append(b.buf, p...)
	if len(b.buf) >= blockFlushSize {
		return b.Flush()
	}
	return nil
}

// Flush writes the buffered documents.
func (b *blockWriter) Flush() error {
	if b.err != nil || len(b.buf) == 0 {
		return b.err
	}
	_, err := b.w.Write(b.buf)
	b.buf = b.buf[:0]
	if cap(b.buf) > 4*blockFlushSize {
		b.buf = make([]byte, 0, blockFlushSize) // do not keep a huge document's buffer
	}
	b.err = err
	return err
}

// syncWriter serializes writes to stderr: workers (debug notes), the writer
// loop (rejects, warnings) and the progress line share it.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// docKey identifies a document's content: its id and the SHA-256 of its raw
// bytes. A document whose file changed is not complete.
type docKey struct{ id, sha string }

// openResume opens FILE for --resume: it reads the documents already there,
// drops the last document block (it may have been cut short when the run
// was killed; redoing one document is cheap and gives the same bytes),
// and returns the complete documents and the file positioned for
// appending. A missing FILE is created. A FILE that does not start with a
// document record is not missionx output and is left alone.
func openResume(path string) (map[docKey]bool, *os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %w", path, err)
	}
	done, keep, err := scanComplete(f)
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Truncate(keep); err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("truncate %s to its last complete document: %w", path, err)
	}
	if _, err := f.Seek(keep, io.SeekStart); err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("seek %s: %w", path, err)
	}
	return done, f, nil
}

var documentPrefix = []byte(`{"type":"document",`)

// scanComplete reads a missionx JSONL stream and returns the documents
// complete in it and the byte length of the part to keep: everything before
// the last document record. Every document but the last is complete,
// because documents are written whole and in order.
func scanComplete(r io.Reader) (map[docKey]bool, int64, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	done := map[docKey]bool{}
	var (
		pos, lastStart int64
		last           docKey
		haveLast       bool
		lineNo         int
	)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			lineNo++
			whole := line[len(line)-1] == '\n'
			if bytes.HasPrefix(line, documentPrefix) && whole {
				k, perr := documentKey(line)
				if perr != nil {
					return nil, 0, fmt.Errorf("line %d: %v; not missionx output, refusing to resume into it", lineNo, perr)
				}
				if haveLast {
					done[last] = true
				}
				last, haveLast, lastStart = k, true, pos
			} else if !haveLast && whole {
				return nil, 0, fmt.Errorf("line %d is not a document record: not missionx output, refusing to resume into it", lineNo)
			}
			pos += int64(len(line))
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, 0, fmt.Errorf("read: %w", err)
		}
	}
	if !haveLast {
		return done, 0, nil
	}
	return done, lastStart, nil
}

// documentKey reads the doc and sha256 of a document record, stopping
// before its text.
func documentKey(line []byte) (docKey, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return docKey{}, errors.New("document record is not a JSON object")
	}
	var k docKey
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return docKey{}, fmt.Errorf("document record: %v", err)
		}
		key, _ := kt.(string)
		switch key {
		case "doc", "sha256":
			var v string
			if err := dec.Decode(&v); err != nil {
				return docKey{}, fmt.Errorf("document record %q: %v", key, err)
			}
			if key == "doc" {
				k.id = v
			} else {
				k.sha = v
			}
			if k.id != "" && k.sha != "" {
				return k, nil
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return docKey{}, fmt.Errorf("document record %q: %v", key, err)
			}
		}
	}
	return docKey{}, errors.New("document record without doc and sha256")
}
