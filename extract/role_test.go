package extract

import (
	"strings"
	"testing"
)

func TestFindRoles(t *testing.T) {
	text := "Cease-fire Monitors\n\n" +
		"The country sent ceasefire observers and coordination and liaison personnel; later the Liaison and Coordination Officers " +
		"and two polices officers joined HQ staff officers, Electoral Monitors and the civilian police component. " +
		"The Transport Platoon and the SDF Engineering Unit worked near police stations of the National Police Agency " +
		"and the United Nations Military Observer Group in India and Pakistan."
	res := extractFixture(t, text)
	got := map[string][]string{}
	var order []string
	for _, r := range res.Roles {
		order = append(order, r.Name)
		for _, m := range r.Mentions {
			if text[m.Span.Start:m.Span.End] != m.Text {
				t.Errorf("role %s: span %v holds %q, mention says %q", r.Name, m.Span, text[m.Span.Start:m.Span.End], m.Text)
			}
			got[r.Name] = append(got[r.Name], m.Text)
		}
	}
	want := map[string][]string{
		"cease-fire monitor":                 {"Cease-fire Monitors", "ceasefire observers"},
		"liaison and coordination personnel": {"coordination and liaison personnel", "Liaison and Coordination Officers"},
		"civilian police officer":            {"polices officers", "civilian police"},
		"staff officer":                      {"HQ staff officers"},
		"election observer":                  {"Electoral Monitors"},
		"transport unit":                     {"Transport Platoon"},
		"engineering unit":                   {"Engineering Unit"},
	}
	wantOrder := "cease-fire monitor|liaison and coordination personnel|civilian police officer|staff officer|election observer|transport unit|engineering unit"
	if strings.Join(order, "|") != wantOrder {
		t.Errorf("roles in order %q, want %q", strings.Join(order, "|"), wantOrder)
	}
	for name, ms := range want {
		if strings.Join(got[name], "|") != strings.Join(ms, "|") {
			t.Errorf("role %s: mentions %q, want %q", name, got[name], ms)
		}
	}
	for _, r := range res.Roles {
		if r.Category == "" {
			t.Errorf("role %s has no category", r.Name)
		}
	}
}
