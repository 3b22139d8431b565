package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"sync/atomic"
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
// plus the documents in flight, about 8 MB) and the default GOGC=100
// collects hundreds of times a second. tuneGC keeps the heap goal at
// about heapFloor while the live heap is small, and falls back to GOGC=100
// (a goal of twice the live heap) once the live heap passes half of it, as
// on a single document of tens of megabytes: the peak grows with the
// document but never more than the default would let it.
//
// The percentage is recomputed after every collection (a finalizer on a
// sentinel object runs once per cycle). GOGC in the environment wins. The
// returned function stops the tuning and restores the previous setting.
func tuneGC() (stop func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	pct := gcPercentFor(liveHeap())
	gcPercentNow.Store(int32(pct))
	prev := debug.SetGCPercent(pct)
	var stopped atomic.Bool
	var arm func()
	arm = func() {
		s := &gcSentinel{}
		runtime.SetFinalizer(s, func(*gcSentinel) {
			if stopped.Load() {
				return
			}
			pct := gcPercentFor(liveHeap())
			if pct != int(gcPercentNow.Load()) {
				gcPercentNow.Store(int32(pct))
				debug.SetGCPercent(pct)
			}
			arm()
		})
	}
	arm()
	return func() {
		stopped.Store(true)
		debug.SetGCPercent(prev)
	}
}

// gcSentinel is garbage as soon as it is made; its finalizer marks the end
// of a collection. It holds a pointer so that the allocator never packs it
// with other tiny objects (whose finalizers may never run).
type gcSentinel struct {
	_ *byte
	_ [8]byte
}

// gcPercentNow is the GOGC percentage the tuner last set.
var gcPercentNow atomic.Int32

// heapFloor is the heap goal tuneGC aims at while the live heap is small.
// On 5,000 synthetic documents (2 workers) it cuts the CPU of a run by
// about 12% against GOGC=200 for a peak RSS of about 70 MB instead of 32.
const heapFloor = 64 << 20

// gcPercentFor returns the GOGC percentage that puts the heap goal,
// live*(1+pct/100), at heapFloor, within [100, 1000].
func gcPercentFor(live uint64) int {
	if live == 0 {
		return 1000
	}
	pct := int64(heapFloor)*100/int64(live) - 100
	return int(min(max(pct, 100), 1000))
}

// liveHeap is the heap marked live by the last collection (0 before the
// first one).
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

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
