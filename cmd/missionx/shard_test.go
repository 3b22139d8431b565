package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/missionx/missionx/internal/synth"
)

func TestParseShard(t *testing.T) {
	good := map[string]shard{"": {0, 1}, "0/1": {0, 1}, "3/8": {3, 8}, "7/8": {7, 8}, " 2 / 5 ": {2, 5}}
	for in, want := range good {
		got, err := parseShard(in)
		if err != nil || got != want {
			t.Errorf("parseShard(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"3", "8/8", "9/8", "0/0", "-1/4", "a/4", "1/b", "1/2/3", "1.5/4"} {
		if s, err := parseShard(in); err == nil {
			t.Errorf("parseShard(%q) = %v, want an error", in, s)
		}
	}
}

// The partition must never change between versions: a batch split over
// machines running different builds would otherwise skip or repeat
// documents. The hash is FNV-1a 64 (as hash/fnv computes it), and a few
// ids are pinned to their parts.
func TestShardHashPinned(t *testing.T) {
	for _, id := range []string{"", "a", "seeds/000_148a0b14233a0fa8.txt", "corpus/Timor-Leste—Dili.txt", "synth/doc0001234"} {
		h := fnv.New64a()
		h.Write([]byte(id))
		if got, want := shardHash(id), h.Sum64(); got != want {
			t.Errorf("shardHash(%q) = %x, hash/fnv says %x", id, got, want)
		}
	}
	pinned := []struct {
		id   string
		n    uint64
		part uint64
	}{
		{"seeds/000_148a0b14233a0fa8.txt", 8, 4},
		{"synth/doc0000000", 8, 4},
		{"synth/doc0000001", 8, 7},
		{"synth/doc0000002", 8, 2},
		{"corpus/pko_golan_undof.txt", 4, 3},
	}
	// published FNV-1a 64 test vectors
	if shardHash("") != 0xcbf29ce484222325 || shardHash("a") != 0xaf63dc4c8601ec8c || shardHash("foobar") != 0x85944171f73967e8 {
		t.Errorf("shardHash does not give the published FNV-1a 64 values")
	}
	for _, p := range pinned {
		if got := shardHash(p.id) % p.n; got != p.part {
			t.Errorf("%q falls in part %d of %d; it was pinned to part %d (the partition changed)", p.id, got, p.n, p.part)
		}
	}
}

// Parts must be roughly even, or N machines finish at very different times.
func TestShardBalance(t *testing.T) {
	const n, docs = 8, 16000
	var per [n]int
	for i := 0; i < docs; i++ {
		per[shardHash(fmt.Sprintf("corpus/%03d/doc%07d.txt", i/1000, i))%n]++
	}
	for i, c := range per {
		if c < docs/n*9/10 || c > docs/n*11/10 {
			t.Errorf("part %d/%d holds %d of %d documents; want within 10%% of %d", i, n, c, docs, docs/n)
		}
	}
}

// shardCorpus writes a small mixed corpus: text and HTML files under a
// directory, a JSONL file with a broken line, and names a missing file, so
// documents, per-line ids and rejects are all partitioned.
func shardCorpus(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	o := synth.Options{Seed: 7, HTMLShare: 0.3, CRLFShare: 0.1}
	var jl bytes.Buffer
	for i := 0; i < 120; i++ {
		d := synth.Generate(o, i)
		if i%2 == 0 {
			sub := filepath.Join(dir, "files", fmt.Sprintf("%02d", i%7))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, d.Name+d.Ext()), d.Body, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		key := "text"
		if d.Format == "html" {
			key = "html"
		}
		line, _ := json.Marshal(map[string]string{"id": "jl/" + d.Name, key: string(d.Body), "ref": d.Ref})
		jl.Write(line)
		jl.WriteByte('\n')
		if i == 61 {
			jl.WriteString("{\"id\": \"broken\", \"text\": \n")
		}
	}
	jpath := filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(jpath, jl.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{filepath.Join(dir, "files"), jpath, filepath.Join(dir, "missing.txt")}
}

// extractLines runs `missionx extract` in process and returns the lines of
// the output and of the rejects stream.
func extractLines(t *testing.T, inputs []string, flags ...string) (out, rejects []string) {
	t.Helper()
	dir := t.TempDir()
	o, r := filepath.Join(dir, "out.jsonl"), filepath.Join(dir, "rejects.jsonl")
	args := append([]string{"extract", "--log-format", "json", "--progress", "never", "-o", o, "--rejects", r}, flags...)
	args = append(args, inputs...)
	var stderr bytes.Buffer
	if code := run(args, nil, &bytes.Buffer{}, &stderr); code != exitOK && code != exitRejects {
		t.Fatalf("missionx %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return readLines(t, o), readLines(t, r)
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) == 0 {
		return nil
	}
	if b[len(b)-1] != '\n' {
		t.Fatalf("%s does not end with a newline", path)
	}
	return strings.Split(string(b[:len(b)-1]), "\n")
}

func docOf(t *testing.T, line string) string {
	t.Helper()
	var r struct {
		Doc string `json:"doc"`
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil || r.Doc == "" {
		t.Fatalf("record without doc (%v): %.200s", err, line)
	}
	return r.Doc
}

// TestShardUnionEqualsWhole: for N in {2, 3, 7}, the outputs of --shard
// i/N for i in 0..N-1 hold every record of the unsharded run exactly once;
// each part is exactly the unsharded output restricted to the documents
// the part owns, in the same order, byte for byte (so concatenating the
// parts gives the same records as one run); a document's records never
// straddle two parts; and a part is the same with 1 worker or 4.
func TestShardUnionEqualsWhole(t *testing.T) {
	inputs := shardCorpus(t)
	whole, wholeRej := extractLines(t, inputs, "-j", "2")
	if len(whole) < 120 || len(wholeRej) < 2 {
		t.Fatalf("the unsharded run gave %d records and %d rejects; want at least 120 documents and 2 rejects", len(whole), len(wholeRej))
	}
	for _, n := range []uint64{2, 3, 7} {
		owner := map[string]uint64{} // doc id -> the part that wrote it
		var union, unionRej []string
		for i := uint64(0); i < n; i++ {
			flag := fmt.Sprintf("%d/%d", i, n)
			part, rej := extractLines(t, inputs, "--shard", flag, "-j", "2")
			var want, wantRej []string
			for _, l := range whole {
				if partOf(docOf(t, l), n) == i {
					want = append(want, l)
				}
			}
			for _, l := range wholeRej {
				if partOf(docOf(t, l), n) == i {
					wantRej = append(wantRej, l)
				}
			}
			if d := firstDiff(part, want); d != "" {
				t.Errorf("--shard %s is not the unsharded output restricted to its documents: %s", flag, d)
			}
			if d := firstDiff(rej, wantRej); d != "" {
				t.Errorf("--shard %s rejects are not the unsharded rejects restricted to its documents: %s", flag, d)
			}
			for _, l := range append(append([]string{}, part...), rej...) {
				doc := docOf(t, l)
				if p, ok := owner[doc]; ok && p != i {
					t.Errorf("document %s has records in parts %d and %d of %d", doc, p, i, n)
				}
				owner[doc] = i
			}
			union = append(union, part...)
			unionRej = append(unionRej, rej...)
			if i == 0 {
				again, _ := extractLines(t, inputs, "--shard", flag, "-j", "4")
				if d := firstDiff(again, part); d != "" {
					t.Errorf("--shard %s differs between -j 2 and -j 4: %s", flag, d)
				}
			}
		}
		if d := firstDiff(sorted(union), sorted(whole)); d != "" {
			t.Errorf("union of %d parts != unsharded output: %s", n, d)
		}
		if d := firstDiff(sorted(unionRej), sorted(wholeRej)); d != "" {
			t.Errorf("union of %d parts' rejects != unsharded rejects: %s", n, d)
		}
		if len(owner) < int(n) {
			t.Errorf("only %d documents over %d parts", len(owner), n)
		}
	}
}

// partOf is the test's own statement of the partition, independent of
// shard.go: FNV-1a 64 of the id, mod n.
func partOf(id string, n uint64) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64() % n
}

func sorted(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// firstDiff describes the first difference between two line lists, or "".
func firstDiff(got, want []string) string {
	for i := 0; i < len(got) && i < len(want); i++ {
		if got[i] != want[i] {
			return fmt.Sprintf("line %d:\n got %.300s\nwant %.300s", i+1, got[i], want[i])
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("%d lines, want %d", len(got), len(want))
	}
	return ""
}

func TestShardFlagErrors(t *testing.T) {
	for _, bad := range []string{"4/4", "x", "1/0"} {
		var stderr bytes.Buffer
		code := run([]string{"extract", "--shard", bad, "nothing.txt"}, nil, &bytes.Buffer{}, &stderr)
		if code != exitUsage || !strings.Contains(stderr.String(), "--shard") {
			t.Errorf("--shard %s: exit %d, stderr %q; want a usage error naming --shard", bad, code, stderr.String())
		}
	}
}
