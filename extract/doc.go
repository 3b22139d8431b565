// Package extract finds mentions in a document's plain text: dates, counts of
// people, organizations, roles, places, and the deployments that tie them
// together. Every mention carries a byte span into Doc.Text; conversion to
// the contract's code-point offsets happens once, in package output.
//
// The package is synchronous and safe for concurrent use: read-only tables
// are built once, and each call to Extract works on its own state.
package extract

// Span is a half-open byte range [Start, End) into Doc.Text.
type Span struct{ Start, End int }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Mention is a piece of the text with its span.
type Mention struct {
	Text string
	Span Span
}

// Doc is one input document after decoding: the plain text the extractors
// read, and what ingestion learnt about it.
type Doc struct {
	ID       string // document id (path, "-", or the JSONL line's id)
	Source   string // where it came from (path, or path:line for JSONL)
	Format   string // "text" or "html"
	SHA256   string // hex digest of the raw bytes
	Title    string // first heading or first non-blank line
	Text     string // decoded plain text (NFC, LF line ends)
	Ref      string // reference date (YYYY, YYYY-MM or YYYY-MM-DD), "" when none
	Warnings []string
}

// Result holds everything found in one document. Slices are ordered by the
// start of their (first) span; deployments in text order of their evidence.
type Result struct {
	Dates       []Date
	Counts      []Count
	Orgs        []Org
	Roles       []Role
	Places      []Place
	Deployments []Deployment
}
