package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

func isTerminal(w io.Writer) bool {
	if s, ok := w.(*syncWriter); ok {
		w = s.w
	}
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// newLogger logs to stderr: human-readable on a terminal, JSON otherwise.
func newLogger(stderr io.Writer, format, level string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		return zerolog.Logger{}, fmt.Errorf("--log-level must be debug, info, warn or error, not %q", level)
	}
	var w io.Writer = stderr
	switch format {
	case "json":
	case "text":
		w = zerolog.ConsoleWriter{Out: stderr, NoColor: true, TimeFormat: time.TimeOnly}
	case "auto":
		if isTerminal(stderr) {
			w = zerolog.ConsoleWriter{Out: stderr, NoColor: os.Getenv("NO_COLOR") != "", TimeFormat: time.TimeOnly}
		}
	default:
		return zerolog.Logger{}, fmt.Errorf("--log-format must be auto, text or json, not %q", format)
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

// progress prints a one-line status on stderr while a run goes on.
type progress struct {
	quit chan struct{}
	done chan struct{}
}

func startProgress(stderr io.Writer, mode string, done, rejected *atomic.Int64) *progress {
	p := &progress{}
	if mode == "never" || (mode == "auto" && !isTerminal(stderr)) {
		return p
	}
	p.quit, p.done = make(chan struct{}), make(chan struct{})
	start := time.Now()
	go func() {
		defer close(p.done)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		draw := func() {
			n := done.Load()
			rate := float64(n) / time.Since(start).Seconds()
			fmt.Fprintf(stderr, "\r\033[Kmissionx: %d documents, %.0f docs/s, %d rejected", n, rate, rejected.Load())
		}
		for {
			select {
			case <-t.C:
				draw()
			case <-p.quit:
				draw()
				fmt.Fprintln(stderr)
				return
			}
		}
	}()
	return p
}

func (p *progress) stop() {
	if p.quit != nil {
		close(p.quit)
		<-p.done
	}
}
