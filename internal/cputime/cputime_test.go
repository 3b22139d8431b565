package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestThreadClockAdvancesWithWork(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	a, ok := Thread()
	if !ok {
		t.Skip("no thread CPU clock on this platform")
	}
	x := 0
	for i := 0; i < 20_000_000; i++ {
		x += i ^ (x >> 3)
	}
	b, _ := Thread()
	if b <= a {
		t.Errorf("thread CPU time did not advance over a busy loop (%v -> %v, %d)", a, b, x)
	}
	// sleeping costs no CPU
	c, _ := Thread()
	time.Sleep(30 * time.Millisecond)
	d, _ := Thread()
	if d-c > 20*time.Millisecond {
		t.Errorf("a 30 ms sleep counted %v of CPU", d-c)
	}
}
