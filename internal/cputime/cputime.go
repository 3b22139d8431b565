// Package cputime reads the CPU time of the calling OS thread, for
// benchmarks on a shared machine: wall-clock ns/op grows with every other
// process competing for the cores, while the thread's own CPU time counts
// only the cycles it ran. Lock the goroutine to its thread
// (runtime.LockOSThread) between two readings.
package cputime

import (
	"runtime"
	"testing"
	"time"
)

// Meter reports per-operation thread CPU time for a benchmark loop.
type Meter struct {
	start time.Duration
	ok    bool
}

// Start reads the clock (call after runtime.LockOSThread).
func Start() Meter {
	t, ok := Thread()
	return Meter{start: t, ok: ok}
}

// PerOp is the thread CPU time since Start divided by n, in ns; 0 when the
// platform has no thread clock.
func (m Meter) PerOp(n int) float64 {
	t, ok := Thread()
	if !ok || !m.ok || n == 0 {
		return 0
	}
	return float64(t-m.start) / float64(n)
}

// Loop runs body for each iteration of b.Loop on a locked thread and
// reports the thread's CPU time per iteration as the metric "cpu-ns/op".
func Loop(b *testing.B, body func(i int)) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	m := Start()
	n := 0
	for i := 0; b.Loop(); i++ {
		body(i)
		n++
	}
	b.ReportMetric(m.PerOp(n), "cpu-ns/op")
}
