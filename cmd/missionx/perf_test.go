package main

import (
	"bytes"
	"io"
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
