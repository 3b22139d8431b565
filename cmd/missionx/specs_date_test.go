package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// sharedDir finds the shared evaluation data: $MISSIONX_SHARED, else
// ../shared next to the module root (the directory holding go.mod). It
// returns "" when there is none (as in CI).
func sharedDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("MISSIONX_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared")
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		return ""
	}
	return d
}

type peerCase struct {
	ID     string  `json:"id"`
	Kind   string  `json:"kind"`
	Text   string  `json:"text"`
	Ref    *string `json:"ref"`
	Expect []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
	} `json:"expect"`
}

// TestPeerDateCases feeds the date cases of specs/peer_cases.jsonl to
// `missionx extract` as JSONL input and checks each expected mention
// against the extracted date that overlaps it (by code-point span): the
// values must be equal. A case passes when all its mentions do. The cases
// stay in ../shared; the test skips when they are absent.
func TestPeerDateCases(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("no ../shared/specs (set MISSIONX_SHARED to run the peer date cases)")
	}
	f, err := os.Open(filepath.Join(shared, "specs", "peer_cases.jsonl"))
	if err != nil {
		t.Skipf("peer cases not readable: %v", err)
	}
	defer f.Close()
	var cases []peerCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c peerCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("peer_cases.jsonl: %v", err)
		}
		if c.Kind == "date" {
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 {
		t.Fatal("no date cases in peer_cases.jsonl")
	}

	// one JSONL input, one line per case, ids are the case ids
	var in bytes.Buffer
	for _, c := range cases {
		line := map[string]any{"id": c.ID, "text": c.Text}
		if c.Ref != nil {
			line["ref"] = *c.Ref
		}
		b, _ := json.Marshal(line)
		in.Write(b)
		in.WriteByte('\n')
	}
	input := filepath.Join(t.TempDir(), "cases.jsonl")
	if err := os.WriteFile(input, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"extract", "--no-text", "-j", "1", input}, strings.NewReader(""), &out, &errOut); code != exitOK {
		t.Fatalf("missionx extract exited %d: %s", code, errOut.String())
	}
	type found struct {
		start, end int
		text, val  string
	}
	dates := map[string][]found{}
	for _, line := range bytes.Split(out.Bytes(), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var r struct {
			Type, Doc, Text, Value string
			Span                   []int
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("bad output line %s: %v", line, err)
		}
		if r.Type == "date" {
			dates[r.Doc] = append(dates[r.Doc], found{r.Span[0], r.Span[1], r.Text, r.Value})
		}
	}

	pass, mentions, mentionsOK := 0, 0, 0
	var misses []string
	for _, c := range cases {
		ok := true
		from := 0
		var why []string
		for _, x := range c.Expect {
			mentions++
			bi := strings.Index(c.Text[from:], x.Text)
			if bi < 0 {
				t.Fatalf("%s: expected text %q not in the case text", c.ID, x.Text)
			}
			bi += from
			from = bi + len(x.Text)
			s := utf8.RuneCountInString(c.Text[:bi])
			e := s + utf8.RuneCountInString(x.Text)
			hit := false
			var got []string
			for _, d := range dates[c.ID] {
				if d.start < e && s < d.end {
					got = append(got, d.text+"="+d.val)
					if d.val == x.Value {
						hit = true
					}
				}
			}
			if hit {
				mentionsOK++
			} else {
				ok = false
				why = append(why, x.Text+"="+x.Value+" got ["+strings.Join(got, "; ")+"]")
			}
		}
		if ok {
			pass++
		} else {
			misses = append(misses, c.ID+": "+c.Text+" | want "+strings.Join(why, ", "))
		}
	}
	pct := 100 * float64(pass) / float64(len(cases))
	t.Logf("peer date cases: %d/%d pass (%.1f%%); mentions %d/%d", pass, len(cases), pct, mentionsOK, mentions)
	for _, m := range misses {
		t.Logf("miss %s", m)
	}
	if pct < 90 {
		t.Errorf("peer date cases: %.1f%% pass, want at least 90%%", pct)
	}
}
