package main

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"testing/iotest"
)

// readLimited returns what io.ReadAll(io.LimitReader(r, max)) would, with
// a right, short, long or missing size hint, whatever the read sizes.
func TestReadLimited(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 300) // 4800 bytes
	for _, n := range []int{0, 1, 511, 512, 513, 2200, 4800} {
		src := data[:n]
		for _, max := range []int64{int64(n) + 1, int64(n), int64(n / 2), 1 << 20} {
			if max <= 0 {
				continue
			}
			want, _ := io.ReadAll(io.LimitReader(bytes.NewReader(src), max))
			for _, hint := range []int64{-1, int64(n), int64(n / 2), int64(n) + 100, 0} {
				for name, r := range map[string]io.Reader{
					"whole":    bytes.NewReader(src),
					"one byte": iotest.OneByteReader(bytes.NewReader(src)),
					"half":     iotest.HalfReader(bytes.NewReader(src)),
					"data+EOF": iotest.DataErrReader(bytes.NewReader(src)),
				} {
					got, err := readLimited(r, hint, max)
					if err != nil || !bytes.Equal(got, want) {
						t.Fatalf("n=%d max=%d hint=%d %s: got %d bytes (err %v), want %d", n, max, hint, name, len(got), err, len(want))
					}
				}
			}
		}
	}
	if _, err := readLimited(iotest.ErrReader(io.ErrUnexpectedEOF), 10, 100); err == nil {
		t.Error("a read error was lost")
	}
}

// The tuner's percentage puts the heap goal near heapFloor while the live
// heap is small and never goes below the default (100) or above 1000.
func TestGCPercentFor(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 1000},
		{1 << 20, 1000},        // 1 MB live: the goal would be 64x; capped
		{8 << 20, 700},         // 8 MB live: 8 x 8 MB = 64 MB
		{16 << 20, 300},        // 16 MB: 4x
		{32 << 20, 100},        // 32 MB: 2x, the default
		{500 << 20, 100},       // a huge document: the default, not less
		{heapFloor * 100, 100}, // far past the floor
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
}

// tuneGC follows collections and restores the previous setting when it
// stops; GOGC in the environment turns it off.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	stop := tuneGC()
	runtime.GC()
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	if got := s[0].Value.Uint64(); got < 100 || got > 1000 {
		t.Errorf("while tuning GOGC = %d, want within [100, 1000]", got)
	}
	stop()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("after stop GOGC = %d, want the previous 150", got)
	}
	t.Setenv("GOGC", "100")
	debug.SetGCPercent(150)
	tuneGC()()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("with GOGC set in the environment the tuner changed GOGC to %d", got)
	}
}
