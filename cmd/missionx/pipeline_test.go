package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/missionx/missionx/extract"
)

// waitGoroutines waits until the goroutine count is back to at most n: the
// pipeline leaves nothing running behind it.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines still running, want at most %d:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func pipelineDocs(t *testing.T, n int) pipelineConfig {
	t.Helper()
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, n)
	return pipelineConfig{args: []string{"docs"}, workers: 3, maxBytes: 1 << 20}
}

// TestPipelineSinkErrorNoLeak: the writer fails at every possible point;
// the pipeline returns that error, delivers results in order up to it, and
// leaves no goroutine behind.
func TestPipelineSinkErrorNoLeak(t *testing.T) {
	cfg := pipelineDocs(t, 60)
	base := runtime.NumGoroutine()
	boom := errors.New("boom")
	for _, failAt := range []int{0, 1, 7, 59} {
		for _, workers := range []int{1, 2, 8} {
			cfg.workers = workers
			next := 0
			err := runPipeline(context.Background(), cfg, func(r *result) error {
				if r.seq != next {
					t.Fatalf("result %d out of order (want %d)", r.seq, next)
				}
				next++
				if r.seq == failAt {
					return boom
				}
				return nil
			})
			if !errors.Is(err, boom) {
				t.Errorf("fail at %d, -j %d: err %v", failAt, workers, err)
			}
			if next != failAt+1 {
				t.Errorf("fail at %d, -j %d: sink saw %d results after the error", failAt, workers, next-failAt-1)
			}
		}
	}
	waitGoroutines(t, base)
}

// TestPipelineCancelWhileBusy cancels a run whose workers are stuck in a
// slow document: runPipeline returns within a second, and once the stage
// finishes every goroutine ends.
func TestPipelineCancelWhileBusy(t *testing.T) {
	cfg := pipelineDocs(t, 40)
	base := runtime.NumGoroutine()
	release := make(chan struct{})
	var entered, calls atomic.Int64
	orig := extract.All
	t.Cleanup(func() {
		// every Extract that read extract.All has run the stage and
		// counted the call: the atomic load orders this write after those
		// reads (the workers end after runPipeline has returned)
		calls.Load()
		extract.All = orig
	})
	extract.All = []extract.Stage{{Name: "slow", Run: func(a *extract.Analysis) {
		defer calls.Add(1)
		if strings.Contains(a.Doc.Text, "Report 5\n") {
			entered.Add(1)
			<-release // a document that takes forever
		}
	}}}
	ctx, cancel := context.WithCancel(context.Background())
	var written atomic.Int64
	done := make(chan error, 1)
	go func() {
		done <- runPipeline(ctx, cfg, func(r *result) error {
			if r.seq != int(written.Load()) {
				return fmt.Errorf("result %d out of order", r.seq)
			}
			written.Add(1)
			return nil
		})
	}()
	for entered.Load() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("runPipeline did not return after cancel")
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %v to return after cancel", took)
	}
	if w := written.Load(); w > 5 {
		t.Errorf("%d results written: the writer went past the stuck document", w)
	}
	close(release)
	waitGoroutines(t, base)
}

// TestPipelineStdinBlockedCancel: a reader blocked on stdin (a terminal or
// an open pipe) does not keep an interrupted run from returning.
func TestPipelineStdinBlockedCancel(t *testing.T) {
	pr, pw := newBlockingPipe()
	defer pw()
	cfg := pipelineConfig{args: []string{"-"}, stdin: pr, stdinFormat: "jsonl", workers: 2}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runPipeline(ctx, cfg, func(*result) error { return nil }) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("runPipeline stayed blocked on stdin after cancel")
	}
}

// newBlockingPipe returns a reader that blocks until the returned close
// function is called.
func newBlockingPipe() (*blockingReader, func()) {
	r := &blockingReader{c: make(chan struct{})}
	return r, func() { close(r.c) }
}

type blockingReader struct{ c chan struct{} }

func (r *blockingReader) Read([]byte) (int, error) {
	<-r.c
	return 0, errors.New("closed")
}
