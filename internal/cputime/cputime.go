// Package cputime reads the CPU time of the calling OS thread, for
// benchmarks on a shared machine: wall-clock ns/op grows with every other
// process competing for the cores, while the thread's own CPU time counts
// only the cycles it ran. Lock the goroutine to its thread
// (runtime.LockOSThread) between two readings.
package cputime

import "time"

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
