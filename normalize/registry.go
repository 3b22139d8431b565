package normalize

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The registry of UN peace operations and UN bodies is a copy of
// shared/registry/un_missions.tsv (facts, with sources listed in its README):
// tab-separated, one header row, aliases separated by "|".
//
//go:embed data/un_missions.tsv
var missionsTSV string

// Mission is one row of the registry: a UN peace operation, a non-UN
// operation, or a UN body.
type Mission struct {
	ID         string   // un.unmit, mfo.mfo, un.un
	Acronym    string   // UNMIT, UNAVEM II
	Name       string   // canonical full English name
	Aliases    []string // other names and acronyms
	Kind       string   // peacekeeping, political, other, body
	Start, End string   // YYYY[-MM[-DD]]; End is "" while ongoing
	Host       string   // host country or region
	HostISO3   string   // "" for regions and several countries
	Resolution string   // founding Security Council resolution number, "" when none
}

// Category is the contract's organization category for the row: un-body for
// UN organs, funds and departments, un-mission for every operation
// (peacekeeping, political, or a non-UN force).
func (m *Mission) Category() string {
	if m.Kind == "body" {
		return "un-body"
	}
	return "un-mission"
}

var missionKinds = map[string]bool{"peacekeeping": true, "political": true, "other": true, "body": true}

// ParseMissions parses the registry's TSV form. Every data row must have the
// ten columns, an id, an acronym, a name and a known kind; ids must be unique.
func ParseMissions(tsv string) ([]Mission, error) {
	lines := strings.Split(strings.TrimRight(tsv, "\n"), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("registry: no data rows")
	}
	header := strings.Split(lines[0], "\t")
	if len(header) != 10 || header[0] != "id" || header[3] != "aliases" {
		return nil, fmt.Errorf("registry: unexpected header %q", lines[0])
	}
	seen := map[string]int{}
	out := make([]Mission, 0, len(lines)-1)
	for i, line := range lines[1:] {
		lineNo := i + 2
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("registry line %d: %d fields, want 10", lineNo, len(f))
		}
		m := Mission{ID: f[0], Acronym: f[1], Name: f[2], Kind: f[4], Start: f[5], End: f[6], Host: f[7], HostISO3: f[8], Resolution: f[9]}
		if f[3] != "" {
			m.Aliases = strings.Split(f[3], "|")
		}
		switch {
		case m.ID == "" || m.Acronym == "" || m.Name == "":
			return nil, fmt.Errorf("registry line %d: id, acronym and name are required", lineNo)
		case !missionKinds[m.Kind]:
			return nil, fmt.Errorf("registry line %d: unknown kind %q", lineNo, m.Kind)
		case seen[m.ID] != 0:
			return nil, fmt.Errorf("registry line %d: id %s already on line %d", lineNo, m.ID, seen[m.ID])
		}
		for _, d := range []string{m.Start, m.End} {
			if d == "" {
				continue
			}
			if _, err := ParseISODate(d); err != nil {
				return nil, fmt.Errorf("registry line %d: %w", lineNo, err)
			}
		}
		for _, a := range m.Aliases {
			if strings.TrimSpace(a) == "" {
				return nil, fmt.Errorf("registry line %d: empty alias", lineNo)
			}
		}
		seen[m.ID] = lineNo
		out = append(out, m)
	}
	return out, nil
}

var (
	missionsOnce sync.Once
	missions     []Mission
	missionByID  map[string]*Mission
)

func loadMissions() {
	ms, err := ParseMissions(missionsTSV)
	if err != nil {
		panic(err) // the embedded table is tested; a failure here is a build bug
	}
	missions = ms
	missionByID = make(map[string]*Mission, len(ms))
	for i := range missions {
		missionByID[missions[i].ID] = &missions[i]
	}
}

// Missions returns the registry rows in file order. The slice is shared:
// callers must not modify it.
func Missions() []Mission {
	missionsOnce.Do(loadMissions)
	return missions
}

// MissionByID returns the registry row with the given id.
func MissionByID(id string) (*Mission, bool) {
	missionsOnce.Do(loadMissions)
	m, ok := missionByID[id]
	return m, ok
}
