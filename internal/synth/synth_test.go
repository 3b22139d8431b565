package synth

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestGenerateIsDeterministic(t *testing.T) {
	o := Options{Seed: 3, HTMLShare: 0.5, CRLFShare: 0.2}
	for _, i := range []int{0, 1, 17, 999, 123456} {
		a, b := Generate(o, i), Generate(o, i)
		if !bytes.Equal(a.Body, b.Body) || a.Name != b.Name || a.Format != b.Format || a.Ref != b.Ref {
			t.Errorf("document %d differs between two calls", i)
		}
	}
	if bytes.Equal(Generate(o, 1).Body, Generate(Options{Seed: 4, HTMLShare: 0.5}, 1).Body) {
		t.Error("two seeds gave the same document")
	}
}

func TestGenerateShapes(t *testing.T) {
	o := Options{Seed: 1, MinBytes: 1024, MaxBytes: 3072, HTMLShare: 0.3}
	const n = 600
	formats := map[string]int{}
	seen := map[string]bool{}
	var total int
	for i := 0; i < n; i++ {
		d := Generate(o, i)
		formats[d.Format]++
		total += len(d.Body)
		if !utf8.Valid(d.Body) {
			t.Fatalf("document %d is not UTF-8", i)
		}
		// a little over the maximum is fine (a last paragraph); far over is not
		if len(d.Body) < o.MinBytes*3/4 || len(d.Body) > o.MaxBytes*3/2 {
			t.Errorf("document %d is %d bytes, want about %d..%d", i, len(d.Body), o.MinBytes, o.MaxBytes)
		}
		if seen[string(d.Body)] {
			t.Errorf("document %d repeats an earlier one", i)
		}
		seen[string(d.Body)] = true
		if d.Format == "html" && !strings.Contains(string(d.Body), "<p>") && !strings.Contains(string(d.Body), "<li>") {
			t.Errorf("HTML document %d has no paragraph or list item", i)
		}
		if len(d.Ref) != len("2006-01-02") && d.Ref != "" {
			t.Errorf("document %d has ref %q", i, d.Ref)
		}
	}
	if h := formats["html"]; h < n/5 || h > n*2/5 {
		t.Errorf("%d of %d documents are HTML, want about 30%%", h, n)
	}
	if mean := total / n; mean < 1700 || mean > 2500 {
		t.Errorf("mean document size %d bytes, want about 2 KB", mean)
	}
}

func TestNumbersRead(t *testing.T) {
	cases := map[int]string{0: "zero", 7: "seven", 20: "twenty", 40: "forty", 53: "fifty-three"}
	for n, want := range cases {
		if got := word(n); got != want {
			t.Errorf("word(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{7: "7", 999: "999", 1500: "1,500", 12000: "12,000", 1234567: "1,234,567"} {
		if got := grouped(n); got != want {
			t.Errorf("grouped(%d) = %q, want %q", n, got, want)
		}
	}
}
