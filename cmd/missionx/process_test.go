package main

// Tests that run the built binary: signals, closed pipes, a kill in the
// middle of a --resume run, and the huge document (the race detector would
// make it take a minute in process).

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// missionxBinary builds the command once per test run (without -race: it
// is the program users run).
func missionxBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not building the binary")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "missionx-test-bin")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "missionx")
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		cmd.Dir = pkgDir
		out, err := cmd.CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// lockedBuffer collects a child's stderr while the test polls it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var progressRE = regexp.MustCompile(`missionx: (\d+) documents`)

// waitProgress polls the progress line until at least n documents are done.
func waitProgress(t *testing.T, stderr *lockedBuffer, exited <-chan struct{}, n int) bool {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		ms := progressRE.FindAllStringSubmatch(stderr.String(), -1)
		if len(ms) > 0 {
			if got, _ := strconv.Atoi(ms[len(ms)-1][1]); got >= n {
				return true
			}
		}
		select {
		case <-exited:
			return false
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("no progress to %d documents within a minute:\n%s", n, stderr.String())
	return false
}

// jsonlDocs returns n JSONL documents.
func jsonlDocs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"id":"d%06d","text":"Report %d. %s %s In %d some %d monitors were sent."}`+"\n", i, i, sentenceA, sentenceB, 1990+i%30, 2+i%50)
	}
	return b.String()
}

// checkWholeDocs asserts that out is made of whole documents: it must
// equal the uninterrupted output of the same documents, cut at a document
// boundary.
func checkWholeDocs(t *testing.T, out, full string) int {
	t.Helper()
	if out == "" {
		return 0
	}
	if !strings.HasPrefix(full, out) {
		t.Fatalf("interrupted output (%d bytes) is not a prefix of the uninterrupted output", len(out))
	}
	rest := full[len(out):]
	if rest != "" && !strings.HasPrefix(rest, `{"type":"document",`) {
		t.Fatalf("interrupted output stops inside a document: next line would be %q", tail(rest[:min(len(rest), 80)], 80))
	}
	return len(docsOf(decodeLines(t, out)))
}

// TestInterruptStdinBlocked signals a run whose reader is blocked on a pipe
// that stays open: it must still stop within a second and keep the
// documents it finished, whole.
func TestInterruptStdinBlocked(t *testing.T) {
	bin := missionxBinary(t)
	dir := t.TempDir()
	chdir(t, dir)
	input := jsonlDocs(300)
	full := runWith(t, input, "extract", "--format", "jsonl", "-").stdout

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(dir, "out-"+strconv.Itoa(int(sig))+".jsonl")
			cmd := exec.Command(bin, "extract", "--progress", "always", "--log-format", "json", "--format", "jsonl", "-o", out, "-")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr lockedBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan struct{})
			var waitErr error
			go func() { waitErr = cmd.Wait(); close(exited) }()
			if _, err := io.WriteString(stdin, input); err != nil {
				t.Fatal(err)
			}
			waitProgress(t, &stderr, exited, 300) // all written; the reader now waits for more
			start := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			select {
			case <-exited:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 10 s after %v", sig)
			}
			took := time.Since(start)
			t.Logf("stopped %v after %v", took, sig)
			if took > 2*time.Second { // 1 s asked; allow for a loaded machine
				t.Errorf("took %v to stop after %v", took, sig)
			}
			stdin.Close()
			if ee, ok := waitErr.(*exec.ExitError); !ok || ee.ExitCode() != exitInterrupted {
				t.Errorf("exit: %v, want status %d; stderr:\n%s", waitErr, exitInterrupted, stderr.String())
			}
			if n := checkWholeDocs(t, readAllFile(t, out), full); n != 300 {
				t.Errorf("kept %d documents, want the 300 finished", n)
			}
		})
	}
}

// TestInterruptBusy signals a run in the middle of a large input: the
// output is absent or whole documents, and the exit status is non-zero.
func TestInterruptBusy(t *testing.T) {
	bin := missionxBinary(t)
	dir := t.TempDir()
	chdir(t, dir)
	const n = 60000
	input := jsonlDocs(n)
	writeFile(t, dir, "big.jsonl", []byte(input))
	cmd := exec.Command(bin, "extract", "--progress", "always", "--log-format", "json", "-o", "out.jsonl", "big.jsonl")
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()
	if !waitProgress(t, &stderr, exited, 1) {
		t.Skip("the run finished before it could be interrupted (a very fast machine)")
	}
	start := time.Now()
	cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running 10 s after SIGINT")
	}
	took := time.Since(start)
	t.Logf("stopped %v after SIGINT", took)
	if took > 2*time.Second {
		t.Errorf("took %v to stop", took)
	}
	if waitErr == nil {
		t.Skip("the run finished before the signal arrived")
	}
	if ee, ok := waitErr.(*exec.ExitError); !ok || ee.ExitCode() != exitInterrupted {
		t.Errorf("exit: %v, want %d", waitErr, exitInterrupted)
	}
	out, err := os.ReadFile("out.jsonl")
	if os.IsNotExist(err) {
		return // absent is allowed
	}
	// compare with an uninterrupted run of the documents kept
	kept := len(docsOf(decodeLines(t, string(out))))
	t.Logf("kept %d of %d documents", kept, n)
	// the kept documents and the next one (SplitAfterN's last piece is the
	// rest of the input)
	prefix := strings.SplitAfterN(input, "\n", kept+2)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "out.jsonl" && e.Name() != "big.jsonl" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	// the reference: the same documents, uninterrupted, under the same name
	ref := t.TempDir()
	writeFile(t, ref, "big.jsonl", []byte(strings.Join(prefix[:min(kept+1, len(prefix))], "")))
	// the reference run uses the built binary too: in-process under -race
	// it would take minutes for tens of thousands of documents
	refCmd := exec.Command(bin, "extract", "--log-format", "json", "big.jsonl")
	refCmd.Dir = ref
	full, err := refCmd.Output()
	if err != nil {
		t.Fatalf("reference run: %v", err)
	}
	checkWholeDocs(t, string(out), string(full))
}

// TestClosedPipe runs `missionx extract ... | head -1`: the run ends
// quickly and quietly when its reader goes away.
func TestClosedPipe(t *testing.T) {
	bin := missionxBinary(t)
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, 3000)
	cmd := exec.Command(bin, "extract", "--log-format", "json", "docs")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, `{"type":"document"`) {
		t.Fatalf("first line %q, %v", line, err)
	}
	stdout.Close() // like head exiting
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running 20 s after its reader went away")
	}
	// death by SIGPIPE (what `| head` expects) or a quiet exit 0
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGPIPE {
			t.Errorf("exit %v; stderr:\n%s", err, stderr.String())
		}
	}
	if s := stderr.String(); strings.Contains(s, `"level":"error"`) || strings.Contains(s, "panic") {
		t.Errorf("not quiet:\n%s", s)
	}
}

// TestDevFull writes to /dev/full through the binary.
func TestDevFull(t *testing.T) {
	bin := missionxBinary(t)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	dir := t.TempDir()
	chdir(t, dir)
	manyDocs(t, dir, 50)
	cmd := exec.Command(bin, "extract", "--log-format", "json", "docs")
	cmd.Stdout = full
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitRejects {
		t.Errorf("exit %v, want %d", err, exitRejects)
	}
	if s := stderr.String(); !strings.Contains(s, "no space left on device") || strings.Contains(s, "panic") {
		t.Errorf("stderr:\n%s", s)
	}
}

// TestHugeSingleLine reads a 20 MB file made of one line.
func TestHugeSingleLine(t *testing.T) {
	bin := missionxBinary(t)
	dir := t.TempDir()
	chdir(t, dir)
	// plain prose with a date and a count every 4 KB or so: the point is
	// the size of the line, not the number of mentions
	filler := strings.Repeat("the convoy moved along the valley road and the teams kept watch; ", 64)
	unit := filler + "in 2004 the unit had 12 observers; "
	reps := 20 << 20 / len(unit)
	writeFile(t, dir, "huge.txt", []byte(strings.Repeat(unit, reps)))
	start := time.Now()
	cmd := exec.Command(bin, "extract", "--log-format", "json", "-o", "out.jsonl", "huge.txt")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	t.Logf("20 MB single line: %v", time.Since(start))
	out := readAllFile(t, "out.jsonl")
	first, _, _ := strings.Cut(out, "\n")
	recs := decodeLines(t, first+"\n")
	if recs[0]["type"] != "document" || int(recs[0]["chars"].(float64)) != len(unit)*reps {
		t.Errorf("document record: chars %v", recs[0]["chars"])
	}
	// the mention records (not the 20 MB document line: validating it
	// under -race takes minutes, and the binary validated it already)
	if !strings.HasSuffix(out, "\n") || strings.Count(out, `"type":"date"`) < reps {
		t.Errorf("expected at least %d date records and whole lines", reps)
	}
	rest := strings.Split(strings.TrimSuffix(strings.TrimPrefix(out, first+"\n"), "\n"), "\n")
	for _, i := range []int{0, len(rest) / 2, len(rest) - 1} {
		if err := validateLine(rest[i]); err != nil {
			t.Errorf("record %d: %v", i+2, err)
		}
	}
}
