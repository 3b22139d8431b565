package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

// startCPUProfile writes a CPU profile of the run to path (the hidden
// --cpuprofile flag of extract; read it with `go tool pprof`). The returned
// function stops the profile and closes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// tuneGC trades a little memory for less garbage-collection work during
// extract. Each document allocates its tokens, mentions and records and
// drops them all when written, so the live heap stays small (the tables
// plus the documents in flight) and the default GOGC=100 collects hundreds
// of times a second. A higher GOGC lets the heap grow to a few times the
// live heap between collections. No memory limit is set: on a single huge
// document (tens of MB of text) the live heap itself passes any fixed limit
// and the collector would then run without pause. GOGC in the environment
// wins.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// gcPercent: on 5,000 synthetic documents GOGC=100, 200, 300, 400 gave
// peak RSS 26, 32, 39, 46 MB and about 10% less CPU from 100 to 400; on a
// single 2.4 MB document the peak grows with it (424 MB at 100, 700 MB at
// 300). 200 takes most of the gain for half the memory.
const gcPercent = 200

// readLimited reads r to the end, or up to max bytes (more means too
// big: the caller checks the length). With the size of a regular file
// known it reads into one buffer of that size plus one byte, in one or two
// calls, where io.ReadAll would start at 512 bytes and grow; this is the
// reader goroutine's main cost on a corpus of small files.
func readLimited(r io.Reader, sizeHint, max int64) ([]byte, error) {
	if sizeHint < 0 || sizeHint >= max {
		return io.ReadAll(io.LimitReader(r, max))
	}
	buf := make([]byte, 0, sizeHint+1) // +1: the read that meets EOF needs room
	for {
		if int64(len(buf)) >= max {
			return buf, nil
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew since stat: grow
		}
		room := buf[len(buf):cap(buf)]
		if rest := max - int64(len(buf)); int64(len(room)) > rest {
			room = room[:rest]
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
