package main

import (
	"encoding/json"
	"testing"
)

// peekJSONLID agrees with encoding/json (the id jsonlLine gets) on every
// well-formed line it accepts, and declines the lines the decoder must
// judge.
func TestPeekJSONLID(t *testing.T) {
	accept := map[string]string{
		`{"id":"a","text":"x"}`:                                                     "a",
		` { "id" : "doc 1" , "text" : "x" } `:                                       "doc 1",
		`{"text":"He said \"hi\" {not a brace}","id":"b"}`:                          "b",
		`{"id":"first","text":"x","id":"last"}`:                                     "last",
		`{"ID":"upper","text":"x"}`:                                                 "upper",
		`{"meta":{"id":"inner","n":[1,2,{"id":"deeper"}]},"id":"outer","text":"x"}`: "outer",
		`{"id":"ü-doc","html":"<p>\u00e9</p>","ref":"2020-01-01"}`:                  "ü-doc",
		`{"id":"n","text":"x","n":-1.5e+3,"t":true,"f":false,"z":null,"a":[]}`:      "n",
		`{"id":"tab","text":"a\tb\\c"}`:                                             "tab",
	}
	for line, want := range accept {
		got, ok := peekJSONLID([]byte(line))
		if !ok || got != want {
			t.Errorf("peek %s = %q, %v; want %q", line, got, ok, want)
		}
		var l jsonlLine
		if err := json.Unmarshal([]byte(line), &l); err != nil || l.ID == nil || *l.ID != got {
			t.Errorf("encoding/json disagrees on %s: %v %v", line, err, l.ID)
		}
	}
	decline := []string{
		``,
		`[]`,
		`{}`,
		`{"text":"no id"}`,
		`{"id":"","text":"x"}`,
		`{"id":null,"text":"x"}`,
		`{"id":7,"text":"x"}`,
		`{"id":"esc\"aped","text":"x"}`,
		`{"\u0069d":"escaped key","text":"x"}`,
		`{"id":"truncated","text":`,
		`{"id":"truncated","text":"abc`,
		`{"id":"x","text":"x"} trailing`,
		`{"id":"x" "text":"x"}`,
		`{"id":"x","text":"raw` + "\n" + `newline"}`,
		"{\"id\":\"bad utf8 \xff\"}",
		`{"id":"x","a":{"b":1]}`,
	}
	for _, line := range decline {
		if id, ok := peekJSONLID([]byte(line)); ok {
			t.Errorf("peek %q = %q, ok; want declined", line, id)
		}
	}
}

// FuzzPeekJSONLID: whenever peek accepts a line that is valid JSON, the
// decoder gives the same id.
func FuzzPeekJSONLID(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"x"}`, `{"text":"y","ID":"b","id":"c"}`, `{"a":[{"id":"q"}],"id":"r"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		id, ok := peekJSONLID([]byte(line))
		if !ok || !json.Valid([]byte(line)) {
			return
		}
		var l jsonlLine
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			return // valid JSON of another shape (a wrong type): the run's decoder rejects it
		}
		if l.ID == nil || *l.ID != id {
			t.Fatalf("peek %q, decoder %v on %q", id, l.ID, line)
		}
	})
}
