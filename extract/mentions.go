package extract

import "github.com/missionx/missionx/normalize"

// Date is one date expression. A range is one Date, not two.
type Date struct {
	Mention
	Interval normalize.Interval
	Relative bool     // the expression needed context to resolve
	Anchor   *Mention // the mention that supplied the missing part, if any
}

// Count is one count of people or of groups/units of people.
type Count struct {
	Mention
	Min, Max    *int // nil for an open side
	Approximate bool
	Aggregate   bool
	Noun        string // the counted noun phrase as written, or the elided noun; "" if none
	Role        string // canonical role name, "" when the noun names no role
}

// Org is one distinct organization with every mention of it.
type Org struct {
	ID       string // registry id (un.unmit) or a slug of the name
	Name     string // canonical full name
	Acronym  string // "" when none
	Category string // un-mission, un-body, government, government-agency, military, other
	Mentions []Mention
}

// Role is one distinct role with every mention of it.
type Role struct {
	Name     string // canonical: singular, lower case
	Category string // police, troops, military-observer, staff-officer, civilian, liaison
	Mentions []Mention
}

// Place is one distinct place with every mention of it.
type Place struct {
	Name     string // canonical name
	Kind     string // country, place, region
	Country  string // ISO 3166-1 alpha-3, "" when unknown
	Mentions []Mention
}

// Deployment is one statement that a contributor sent people somewhere.
type Deployment struct {
	Contributor string // country name, "" when the text does not make it plain
	Mission     string // organization id, "" when unknown
	Role        string // canonical role name, "" when unknown
	Min, Max    *int
	Start, End  string // inclusive days YYYY-MM-DD, "" when unknown
	Location    string // place name, "" when unknown
	Evidence    Mention
}

// IntPtr returns a pointer to n; a small helper for Min/Max.
func IntPtr(n int) *int { return &n }
