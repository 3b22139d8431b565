package extract

import (
	"fmt"
	"runtime/debug"
	"sort"
	"sync"

	"github.com/missionx/missionx/normalize"
)

// Options are run-wide settings for extraction.
type Options struct {
	// Ref is the fallback reference date (YYYY, YYYY-MM or YYYY-MM-DD) for
	// relative expressions that find no anchor in the text; a document's own
	// Ref wins. Empty means none: such expressions are left out.
	Ref string
	// NER turns on the opt-in pass of prose's entity model (FindNER), which
	// proposes organizations and places the rules miss. It is slow: the
	// model loads once per process (seconds) and costs tens of milliseconds
	// per document.
	NER bool
	// Debugf, when set, receives notes about what was left out and why.
	Debugf func(format string, args ...any)
}

// Analysis is the shared state of one document's extraction: the text, its
// tokens and sentences, and the results of the stages that ran before.
// Stages read earlier results and append to their own.
type Analysis struct {
	Doc       *Doc
	Tokens    []Token
	Sentences []Span
	Ref       normalize.Date // reference date; zero when none
	Res       Result
	opts      *Options
	words     []normalize.Word // Tokens in normalize's form, built once by Words
	names     *nameBuf         // the words of the name stages, from FindOrgs to FindPlaces (names.go)
}

// Debugf writes a debug note when the caller asked for them.
func (a *Analysis) Debugf(format string, args ...any) {
	if a.opts != nil && a.opts.Debugf != nil {
		a.opts.Debugf(format, args...)
	}
}

// A Stage finds one kind of record. It reads a.Doc, a.Tokens, a.Sentences and
// the results of earlier stages, and fills its own part of a.Res. Finding
// nothing is not an error; a stage has no error return because a document
// that decoded is always extractable (a panic is turned into an error by
// Extract).
type Stage struct {
	Name string
	Run  func(a *Analysis)
}

// All lists the stages in the order they run. Later stages may use what
// earlier ones found: counts use roles, deployments use everything.
var All = []Stage{
	{"dates", FindDates},
	{"roles", FindRoles},
	{"counts", FindCounts},
	{"organizations", FindOrgs},
	{"places", FindPlaces},
	{"ner", FindNER}, // only with Options.NER
	{"deployments", FindDeployments},
}

// Extract runs every stage on doc. The error is non-nil only when a stage
// panicked (a bug): the message names the stage and the stack is passed to
// opts.Debugf.
func Extract(doc *Doc, opts Options) (res *Result, err error) {
	a := &Analysis{Doc: doc, opts: &opts}
	ref := doc.Ref
	if ref == "" {
		ref = opts.Ref
	}
	if ref != "" {
		d, perr := normalize.ParseISODate(ref)
		if perr != nil {
			return nil, fmt.Errorf("reference date: %w", perr)
		}
		a.Ref = d
	}
	tokens := tokenPool.Get().(*[]Token)
	a.Tokens = appendTokens((*tokens)[:0], doc.Text)
	a.Sentences = Sentences(doc.Text)
	stage := "tokenize"
	defer func() {
		recycleTokens(tokens, a.Tokens)
		a.releaseWords()
		a.Tokens = nil // a lives on as &a.Res
		if r := recover(); r != nil {
			a.Debugf("panic in %s stage of %s: %v\n%s", stage, doc.ID, r, debug.Stack())
			res, err = nil, fmt.Errorf("%s stage panicked: %v (a bug in missionx; please report it with the document)", stage, r)
		}
	}()
	for _, s := range All {
		stage = s.Name
		s.Run(a)
	}
	a.Res.sort()
	return &a.Res, nil
}

// tokenPool recycles the token slices of Extract: a 2 KB document has
// about 400 tokens (16 KB), allocated, zeroed and collected per document
// otherwise. No result points into the tokens (their texts point into the
// document's text, which the results share anyway).
var tokenPool = sync.Pool{New: func() any { return new([]Token) }}

// maxPooledTokens bounds the slices kept: a huge document's tokens go to the
// collector rather than staying in the pool.
const maxPooledTokens = 1 << 14

func recycleTokens(p *[]Token, toks []Token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	clear(toks) // drop the strings: the pool must not keep a document's text alive
	*p = toks[:0]
	tokenPool.Put(p)
}

// sort puts every list in the contract's order: by the start of the first
// span (then by end, for determinism).
func (r *Result) sort() {
	sort.SliceStable(r.Dates, func(i, j int) bool { return spanLess(r.Dates[i].Span, r.Dates[j].Span) })
	sort.SliceStable(r.Counts, func(i, j int) bool { return spanLess(r.Counts[i].Span, r.Counts[j].Span) })
	for _, o := range r.Orgs {
		sortMentions(o.Mentions)
	}
	for _, o := range r.Roles {
		sortMentions(o.Mentions)
	}
	for _, o := range r.Places {
		sortMentions(o.Mentions)
	}
	sort.SliceStable(r.Orgs, func(i, j int) bool { return spanLess(r.Orgs[i].Mentions[0].Span, r.Orgs[j].Mentions[0].Span) })
	sort.SliceStable(r.Roles, func(i, j int) bool { return spanLess(r.Roles[i].Mentions[0].Span, r.Roles[j].Mentions[0].Span) })
	sort.SliceStable(r.Places, func(i, j int) bool {
		return spanLess(r.Places[i].Mentions[0].Span, r.Places[j].Mentions[0].Span)
	})
	sort.SliceStable(r.Deployments, func(i, j int) bool {
		return spanLess(r.Deployments[i].Evidence.Span, r.Deployments[j].Evidence.Span)
	})
}

func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool { return spanLess(ms[i].Span, ms[j].Span) })
}

func spanLess(a, b Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End < b.End
}
