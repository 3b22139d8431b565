package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestSchemaAndValidateUsage(t *testing.T) {
	for _, cmd := range []string{"schema", "validate"} {
		var out, errb bytes.Buffer
		if code := run([]string{cmd, "--bogus"}, strings.NewReader(""), &out, &errb); code != exitUsage {
			t.Errorf("%s --bogus: exit %d, want %d", cmd, code, exitUsage)
		}
		if !strings.Contains(errb.String(), "bogus") {
			t.Errorf("%s --bogus: stderr does not name the flag: %q", cmd, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"schema"}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("schema: exit %d", code)
	}
	var s map[string]any
	if err := json.Unmarshal(out.Bytes(), &s); err != nil || s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("schema output is not a draft 2020-12 JSON Schema: %v", err)
	}
}
