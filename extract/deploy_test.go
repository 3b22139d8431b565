package extract

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/missionx/missionx/normalize"
)

// depFixture builds an Analysis by hand: the text, with the mentions the
// earlier stages would find placed by substring, so the deployment reader
// can be tested on its own.
type depFixture struct {
	t    *testing.T
	a    *Analysis
	used map[Span]bool
}

func newDepFixture(t *testing.T, text string) *depFixture {
	t.Helper()
	doc := &Doc{ID: "fixture", Text: text}
	return &depFixture{t: t, a: &Analysis{Doc: doc, Tokens: Tokenize(text), Sentences: Sentences(text)}, used: map[Span]bool{}}
}

// spans finds every occurrence of sub; with one == true only the first one
// not yet given to a count or date.
func (f *depFixture) spans(sub string, one bool) []Span {
	f.t.Helper()
	var out []Span
	text := f.a.Doc.Text
	for from := 0; ; {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			break
		}
		sp := Span{from + i, from + i + len(sub)}
		from = sp.End
		if one {
			if f.used[sp] {
				continue
			}
			f.used[sp] = true
			return []Span{sp}
		}
		out = append(out, sp)
	}
	if len(out) == 0 {
		f.t.Fatalf("fixture: %q not in text", sub)
	}
	return out
}

func (f *depFixture) mention(sp Span) Mention {
	return Mention{Text: f.a.Doc.Text[sp.Start:sp.End], Span: sp}
}

// count adds a count; min or max < 0 means an open side.
func (f *depFixture) count(sub string, min, max int, noun, role string) *depFixture {
	sp := f.spans(sub, true)[0]
	c := Count{Mention: f.mention(sp), Noun: noun, Role: role}
	if min >= 0 {
		c.Min = IntPtr(min)
	}
	if max >= 0 {
		c.Max = IntPtr(max)
	}
	f.a.Res.Counts = append(f.a.Res.Counts, c)
	return f
}

// date adds a date; value is ISO: "2007-01/2008-02", "1996-02", "../2013-03-31", "2010-09/..".
func (f *depFixture) date(sub, value string) *depFixture {
	f.t.Helper()
	sp := f.spans(sub, true)[0]
	parse := func(s string) normalize.Date {
		if s == ".." {
			return normalize.Date{}
		}
		d, err := normalize.ParseISODate(s)
		if err != nil {
			f.t.Fatal(err)
		}
		return d
	}
	var iv normalize.Interval
	if from, to, ok := strings.Cut(value, "/"); ok {
		iv = normalize.Interval{From: parse(from), To: parse(to)}
	} else {
		iv = normalize.PointOf(parse(value))
	}
	f.a.Res.Dates = append(f.a.Res.Dates, Date{Mention: f.mention(sp), Interval: iv})
	return f
}

func (f *depFixture) mentions(subs []string) []Mention {
	var ms []Mention
	for _, s := range subs {
		for _, sp := range f.spans(s, false) {
			ms = append(ms, f.mention(sp))
		}
	}
	return ms
}

func (f *depFixture) org(id, name, category string, subs ...string) *depFixture {
	f.a.Res.Orgs = append(f.a.Res.Orgs, Org{ID: id, Name: name, Category: category, Mentions: f.mentions(subs)})
	return f
}

func (f *depFixture) role(name string, subs ...string) *depFixture {
	f.a.Res.Roles = append(f.a.Res.Roles, Role{Name: name, Mentions: f.mentions(subs)})
	return f
}

func (f *depFixture) place(name, kind string, subs ...string) *depFixture {
	f.a.Res.Places = append(f.a.Res.Places, Place{Name: name, Kind: kind, Mentions: f.mentions(subs)})
	return f
}

// read runs the reader and returns its drafts, after checking that every
// evidence is the text at its span and covers the mentions the fields were
// read from.
func (f *depFixture) read() []depDraft {
	f.t.Helper()
	f.a.Res.sort()
	r := newDepReader(f.a)
	r.run()
	for _, d := range r.drafts {
		ev := d.d.Evidence
		if f.a.Doc.Text[ev.Span.Start:ev.Span.End] != ev.Text {
			f.t.Errorf("evidence %q is not the text at its span %v", ev.Text, ev.Span)
		}
		for _, s := range d.sources {
			if s.Start < ev.Span.Start || s.End > ev.Span.End {
				f.t.Errorf("evidence %v %q does not cover source %v %q", ev.Span, ev.Text, s, f.a.Doc.Text[s.Start:s.End])
			}
		}
	}
	return r.drafts
}

// depLine writes a deployment compactly:
// contributor|mission|role|min|max|start|end|location.
func depLine(d Deployment) string {
	n := func(p *int) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	s := func(v string) string {
		if v == "" {
			return "-"
		}
		return v
	}
	return strings.Join([]string{s(d.Contributor), s(d.Mission), s(d.Role), n(d.Min), n(d.Max), s(d.Start), s(d.End), s(d.Location)}, "|")
}

func (f *depFixture) expect(want ...string) {
	f.t.Helper()
	drafts := f.read()
	var got []string
	for _, d := range drafts {
		got = append(got, depLine(d.d))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		f.t.Errorf("deployments:\ngot:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestDeployWordsParse(t *testing.T) {
	m, err := parseDepWords(depWordsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"dispatched", "were", "the", "contingent", "patients", "officer", "second", "un.un"} {
		if m[w] == 0 {
			t.Errorf("%q has no class", w)
		}
	}
	if _, err := parseDepWords("verb\tsend\nnoun\tcat\n"); err == nil {
		t.Error("unknown class accepted")
	}
	if _, err := parseDepWords("verb\tSend\n"); err == nil {
		t.Error("upper-case word accepted")
	}
	if _, err := parseDepWords("verb send\n"); err == nil {
		t.Error("line without a tab accepted")
	}
}

func TestDeployListOfObjects(t *testing.T) {
	f := newDepFixture(t, "Answering a request from the United Nations, Norway sent three military observers and two staff officers to the United Nations Mission in Sudan (UNMIS) in Khartoum.")
	f.place("Norway", "country", "Norway").place("Khartoum", "place", "Khartoum")
	f.org("un.un", "United Nations", "un-body", "United Nations,")
	f.org("un.unmis", "United Nations Mission in Sudan", "un-mission", "United Nations Mission in Sudan", "UNMIS")
	f.role("military observer", "military observers").role("staff officer", "staff officers")
	f.count("three military observers", 3, 3, "military observers", "military observer")
	f.count("two staff officers", 2, 2, "staff officers", "staff officer")
	f.expect(
		"Norway|un.unmis|military observer|3|3|-|-|Khartoum",
		"Norway|un.unmis|staff officer|2|2|-|-|Khartoum",
	)
}

func TestDeployTotalAndParts(t *testing.T) {
	f := newDepFixture(t, "Canada deployed a total of six engineers to UNMIS between March 2005 and April 2006 - the first group of three from March to October 2005 and the second group of three from October 2005 through April 2006.")
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "United Nations Mission in Sudan", "un-mission", "UNMIS")
	f.role("engineer", "engineers")
	f.count("a total of six engineers", 6, 6, "engineers", "engineer")
	f.count("the first group of three", 3, 3, "", "")
	f.count("the second group of three", 3, 3, "", "")
	f.date("between March 2005 and April 2006", "2005-03/2006-04")
	f.date("from March to October 2005", "2005-03/2005-10")
	f.date("from October 2005 through April 2006", "2005-10/2006-04")
	f.expect(
		"Canada|un.unmis|engineer|6|6|2005-03-01|2006-04-30|-",
		"Canada|un.unmis|engineer|3|3|2005-03-01|2005-10-31|-",
		"Canada|un.unmis|engineer|3|3|2005-10-01|2006-04-30|-",
	)
}

func TestDeployElidedNoun(t *testing.T) {
	f := newDepFixture(t, "Ghana deployed 20 police officers to UNMIL as formed police. Ten were assigned from May 2004 to January 2005, and a further group of ten was deployed from January to July 2005.")
	f.place("Ghana", "country", "Ghana")
	f.org("un.unmil", "United Nations Mission in Liberia", "un-mission", "UNMIL")
	f.role("formed police unit", "formed police")
	f.count("20 police officers", 20, 20, "police officers", "")
	f.count("Ten", 10, 10, "", "")
	f.count("a further group of ten", 10, 10, "group", "")
	f.date("from May 2004 to January 2005", "2004-05/2005-01")
	f.date("from January to July 2005", "2005-01/2005-07")
	f.expect(
		"Ghana|un.unmil|formed police unit|20|20|-|-|-",
		"Ghana|un.unmil|formed police unit|10|10|2004-05-01|2005-01-31|-",
		"Ghana|un.unmil|formed police unit|10|10|2005-01-01|2005-07-31|-",
	)
}

func TestDeployLocationPerPart(t *testing.T) {
	f := newDepFixture(t, "Portugal deployed six police officers to UNTAET.\n\nBetween March and June 2001 four of the officers were assigned to the Dili district command, and two were assigned to the Baucau post.")
	f.place("Portugal", "country", "Portugal").place("Dili", "place", "Dili").place("Baucau", "place", "Baucau")
	f.org("un.untaet", "United Nations Transitional Administration in East Timor", "un-mission", "UNTAET")
	f.role("civilian police officer", "police officers")
	f.count("six police officers", 6, 6, "police officers", "civilian police officer")
	f.count("four of the officers", 4, 4, "officers", "civilian police officer")
	f.count("two were assigned", 2, 2, "officers", "civilian police officer")
	f.date("Between March and June 2001", "2001-03/2001-06")
	f.expect(
		"Portugal|un.untaet|civilian police officer|6|6|-|-|-",
		"Portugal|un.untaet|civilian police officer|4|4|2001-03-01|2001-06-30|Dili",
		"Portugal|un.untaet|civilian police officer|2|2|2001-03-01|2001-06-30|Baucau",
	)
}

func TestDeployDateGovernsList(t *testing.T) {
	f := newDepFixture(t, "Election Observers\n\nJapan sent 4 national officials, 9 local officials, and 12 private citizens to UNTAC from May 20 to 30, 1993, to observe the vote in 1993.")
	f.place("Japan", "country", "Japan")
	f.org("un.untac", "United Nations Transitional Authority in Cambodia", "un-mission", "UNTAC")
	f.role("election observer", "Election Observers")
	f.count("4 national officials", 4, 4, "national officials", "")
	f.count("9 local officials", 9, 9, "local officials", "")
	f.count("12 private citizens", 12, 12, "private citizens", "")
	f.date("from May 20 to 30, 1993", "1993-05-20/1993-05-30")
	f.date("in 1993", "1993")
	f.expect(
		"Japan|un.untac|election observer|4|4|1993-05-20|1993-05-30|-",
		"Japan|un.untac|election observer|9|9|1993-05-20|1993-05-30|-",
		"Japan|un.untac|election observer|12|12|1993-05-20|1993-05-30|-",
	)
}

func TestDeployTableRow(t *testing.T) {
	f := newDepFixture(t, "Japan's contributions\n\nUnited Nations Mission in Nepal (UNMIN) Nepal March 2007 to January 2011 Arms Monitors 6 persons on 4 occasions\n")
	f.place("Japan", "country", "Japan").place("Nepal", "country", "Nepal ")
	f.org("un.unmin", "United Nations Mission in Nepal", "un-mission", "United Nations Mission in Nepal", "UNMIN")
	f.role("arms monitor", "Arms Monitors")
	f.count("6 persons on 4 occasions", 6, 6, "persons", "")
	f.date("March 2007 to January 2011", "2007-03/2011-01")
	f.expect("-|un.unmin|arms monitor|6|6|2007-03-01|2011-01-31|Nepal")
}

func TestDeployNoCount(t *testing.T) {
	f := newDepFixture(t, "Between 2004 and 2006, Brazil deployed army engineers and support troops to MINUSTAH, building roads.")
	f.place("Brazil", "country", "Brazil")
	f.org("un.minustah", "United Nations Stabilization Mission in Haiti", "un-mission", "MINUSTAH")
	f.date("Between 2004 and 2006", "2004/2006")
	f.expect("Brazil|un.minustah|-|-|-|2004-01-01|2006-12-31|-")
}

func TestDeployRoleObjects(t *testing.T) {
	f := newDepFixture(t, "Norway has worked with UNMISS for five years, ever since sending an engineering unit and military observers to the mission headquarters in July 2011.")
	f.place("Norway", "country", "Norway")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("engineering unit", "engineering unit").role("military observer", "military observers")
	f.count("an engineering unit", 1, 1, "engineering unit", "engineering unit")
	f.date("in July 2011", "2011-07")
	f.expect(
		"Norway|un.unmiss|engineering unit|-|-|2011-07-01|-|-",
		"Norway|un.unmiss|military observer|-|-|2011-07-01|-|-",
	)
}

func TestDeployDecisionDateAndUntil(t *testing.T) {
	f := newDepFixture(t, "On March 3, 2008, the Government of Norway decided to send two staff officers to UNMIS. On May 2, 2012, the Government of Norway agreed to prolong the deployment of its armed forces to UNDOF until March 31, 2013.")
	f.org("gov.norway", "Government of Norway", "government", "Government of Norway")
	f.org("un.unmis", "United Nations Mission in Sudan", "un-mission", "UNMIS")
	f.org("un.undof", "United Nations Disengagement Observer Force", "un-mission", "UNDOF")
	f.role("staff officer", "staff officers")
	f.count("two staff officers", 2, 2, "staff officers", "staff officer")
	f.date("March 3, 2008", "2008-03-03")
	f.date("May 2, 2012", "2012-05-02")
	f.date("until March 31, 2013", "../2013-03-31")
	f.expect(
		"Norway|un.unmis|staff officer|2|2|-|-|-",
		"Norway|un.undof|-|-|-|-|2013-03-31|-",
	)
}

func TestDeploySinceAndAs(t *testing.T) {
	f := newDepFixture(t, "Since October 2009, Korea has deployed 3 army officers to UNMISS as military observers. Since March 2011, Korea has also sent the first woman officer as a military observer.")
	f.place("Korea", "country", "Korea")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("military observer", "military observers", "military observer.")
	f.count("3 army officers", 3, 3, "army officers", "")
	f.date("Since October 2009", "2009-10/..")
	f.date("Since March 2011", "2011-03/..")
	f.expect(
		"Korea|un.unmiss|military observer|3|3|2009-10-01|-|-",
		"Korea|un.unmiss|military observer|1|1|2011-03-01|-|-",
	)
}

func TestDeployRoleByRestatement(t *testing.T) {
	f := newDepFixture(t, "On June 1, Canada approved extending the deployment of two officials to UNMISS. Canada has deployed 2 officials to UNMISS as staff officers since 2012.")
	f.place("Canada", "country", "Canada")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("staff officer", "staff officers")
	f.count("two officials", 2, 2, "officials", "")
	f.count("2 officials", 2, 2, "officials", "")
	f.date("June 1", "2013-06-01")
	f.date("since 2012", "2012/..")
	f.expect(
		"Canada|un.unmiss|staff officer|2|2|-|-|-",
		"Canada|un.unmiss|staff officer|2|2|2012-01-01|-|-",
	)
}

func TestDeployNotStatements(t *testing.T) {
	f := newDepFixture(t, "UNMIT has been deployed to support the elections in 2012. Officers dispatched to UNMIT are responsible for liaison. Japan provided logistics support to UNMIT in 2008. The mission, consisting mainly of police officers, was set up in 2006.")
	f.place("Japan", "country", "Japan")
	f.org("un.unmit", "United Nations Integrated Mission in Timor-Leste", "un-mission", "UNMIT")
	f.role("civilian police officer", "police officers")
	f.role("officer", "Officers")
	f.date("in 2012", "2012").date("in 2008", "2008").date("in 2006", "2006")
	f.expect()
}

func TestDeployCountsNotSent(t *testing.T) {
	f := newDepFixture(t, "Following the floods that killed 300 people, Japan dispatched 30 medical personnel to Pakistan in August 2010, who treated more than 200 patients, and a unit of 12 pilots to support the relief operation with 40 engineers.")
	f.place("Japan", "country", "Japan").place("Pakistan", "country", "Pakistan")
	f.role("medical personnel", "medical personnel")
	f.count("300 people", 300, 300, "people", "")
	f.count("30 medical personnel", 30, 30, "medical personnel", "medical personnel")
	f.count("more than 200 patients", 201, -1, "patients", "")
	f.count("a unit", 1, 1, "unit", "")
	f.count("12 pilots", 12, 12, "pilots", "")
	f.count("40 engineers", 40, 40, "engineers", "")
	f.date("in August 2010", "2010-08")
	f.expect(
		"Japan|-|medical personnel|30|30|2010-08-01|-|Pakistan",
		"Japan|-|medical personnel|12|12|-|-|-",
	)
}

func TestDeployContributorOnlyWhenPlain(t *testing.T) {
	f := newDepFixture(t, "Two police officers were sent to UNMIT in 2007.")
	f.org("un.unmit", "United Nations Integrated Mission in Timor-Leste", "un-mission", "UNMIT")
	f.count("Two police officers", 2, 2, "police officers", "civilian police officer")
	f.date("in 2007", "2007")
	f.expect("-|un.unmit|civilian police officer|2|2|2007-01-01|-|-")

	g := newDepFixture(t, "Japan dispatched three police officers to UNMIT. Two police officers were sent to UNMIT in 2007.")
	g.place("Japan", "country", "Japan")
	g.org("un.unmit", "United Nations Integrated Mission in Timor-Leste", "un-mission", "UNMIT")
	g.count("three police officers", 3, 3, "police officers", "civilian police officer")
	g.count("Two police officers", 2, 2, "police officers", "civilian police officer")
	g.date("in 2007", "2007")
	g.expect(
		"Japan|un.unmit|civilian police officer|3|3|-|-|-",
		"Japan|un.unmit|civilian police officer|2|2|2007-01-01|-|-",
	)
}

func TestDeployUnitComposition(t *testing.T) {
	f := newDepFixture(t, "Austria has deployed soldiers to UNDOF since 1974. Today a logistics battalion consisting of 350 soldiers runs the supply lines, and four staff officers stationed at the force headquarters handle planning.")
	f.place("Austria", "country", "Austria")
	f.org("un.undof", "United Nations Disengagement Observer Force", "un-mission", "UNDOF")
	f.role("staff officer", "staff officers")
	f.count("a logistics battalion", 1, 1, "logistics battalion", "")
	f.count("350 soldiers", 350, 350, "soldiers", "")
	f.count("four staff officers", 4, 4, "staff officers", "staff officer")
	f.date("since 1974", "1974/..")
	f.expect(
		"Austria|un.undof|-|-|-|1974-01-01|-|-",
		"Austria|un.undof|-|350|350|-|-|-",
		"Austria|un.undof|staff officer|4|4|-|-|-",
	)
}

func TestDeployUnitsEachAndOrdinalParts(t *testing.T) {
	f := newDepFixture(t, "Japan sent two medical units of 30 SDF personnel each, 60 personnel in total, to UNMISS in 2012. The first served from January to June 2012, and the second from June 2012 to January 2013.")
	f.place("Japan", "country", "Japan")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("medical unit", "medical units")
	f.count("two medical units", 2, 2, "medical units", "medical unit")
	f.count("30 SDF personnel each", 30, 30, "SDF personnel", "")
	f.count("60 personnel in total", 60, 60, "personnel", "")
	f.a.Res.Counts[2].Aggregate = true
	f.date("in 2012", "2012")
	f.date("from January to June 2012", "2012-01/2012-06")
	f.date("from June 2012 to January 2013", "2012-06/2013-01")
	f.expect(
		"Japan|un.unmiss|medical unit|60|60|2012-01-01|-|-",
		"Japan|un.unmiss|medical unit|30|30|2012-01-01|2012-06-30|-",
		"Japan|un.unmiss|medical unit|30|30|2012-06-01|2013-01-31|-",
	)
}

func TestDeployFrontedPurposeClause(t *testing.T) {
	f := newDepFixture(t, "Sweden sent four police officers to UNMIT. So that the police officers assigned to UNMIT could do their work, liaison staff were likewise deployed to Dili by the Interior Ministry to assist them.")
	f.place("Sweden", "country", "Sweden").place("Dili", "place", "Dili")
	f.org("un.unmit", "United Nations Integrated Mission in Timor-Leste", "un-mission", "UNMIT")
	f.org("se.interior", "Interior Ministry", "government-agency", "Interior Ministry")
	f.role("civilian police officer", "police officers").role("liaison and coordination personnel", "liaison staff")
	f.count("four police officers", 4, 4, "police officers", "civilian police officer")
	f.expect(
		"Sweden|un.unmit|civilian police officer|4|4|-|-|-",
		"Sweden|un.unmit|liaison and coordination personnel|-|-|-|-|Dili",
	)
}

// BenchmarkFindDeployments reads a 2 KB page of deployment statements with
// its mentions in place (the other stages' cost is not included).
func BenchmarkFindDeployments(b *testing.B) {
	t := &testing.T{}
	text := strings.Repeat("Kenya deployed 80 police officers to UNMIS from June 2006 to May 2007 to train the local police. Six were assigned from June to December 2006, and a further group of six was posted from December 2006 to May 2007. The unit also repaired roads near the camp during the rainy season. ", 7)
	f := newDepFixture(t, text)
	f.place("Kenya", "country", "Kenya")
	f.org("un.unmis", "United Nations Mission in Sudan", "un-mission", "UNMIS")
	f.role("civilian police officer", "police officers")
	for i := 0; i < 7; i++ {
		f.count("80 police officers", 80, 80, "police officers", "civilian police officer")
		f.count("Six", 6, 6, "", "")
		f.count("a further group of six", 6, 6, "group", "")
		f.date("from June 2006 to May 2007", "2006-06/2007-05")
		f.date("from June to December 2006", "2006-06/2006-12")
		f.date("from December 2006 to May 2007", "2006-12/2007-05")
	}
	f.a.Res.sort()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		f.a.Res.Deployments = f.a.Res.Deployments[:0]
		FindDeployments(f.a)
	}
	if len(f.a.Res.Deployments) != 21 {
		b.Fatalf("got %d deployments, want 21", len(f.a.Res.Deployments))
	}
}

func TestDeployMorePhrasings(t *testing.T) {
	f := newDepFixture(t, "Japan has sent a total of 1,200 SDF personnel in six rotations to UNMISS since January 2012. The Government of Japan dispatched an election monitoring team of 12 members to Nepal in April 2008. Japan also provided 4 staff officers to UNMISS. Ten more officers will be dispatched to Juba from July 1 to December 31, 2013.")
	f.place("Japan", "country", "Japan").place("Nepal", "country", "Nepal").place("Juba", "place", "Juba")
	f.org("gov.japan", "Government of Japan", "government", "Government of Japan")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("staff officer", "staff officers").role("election observer", "election monitoring team")
	f.count("a total of 1,200 SDF personnel", 1200, 1200, "SDF personnel", "")
	f.a.Res.Counts[0].Aggregate = true
	f.count("an election monitoring team", 1, 1, "election monitoring team", "election observer")
	f.count("12 members", 12, 12, "members", "")
	f.count("4 staff officers", 4, 4, "staff officers", "staff officer")
	f.count("Ten more officers", 10, 10, "officers", "")
	f.date("since January 2012", "2012-01/..")
	f.date("in April 2008", "2008-04")
	f.date("from July 1 to December 31, 2013", "2013-07-01/2013-12-31")
	f.expect(
		"Japan|un.unmiss|-|1200|1200|2012-01-01|-|-",
		"Japan|un.unmiss|election observer|12|12|2008-04-01|-|Nepal",
		"Japan|un.unmiss|staff officer|4|4|-|-|-",
		"Japan|un.unmiss|staff officer|10|10|2013-07-01|2013-12-31|Juba",
	)
}

func TestDeployHeadingsAndThings(t *testing.T) {
	f := newDepFixture(t, "Dispatch of Staff Officers to UNMISS\n\n- 2 staff officers dispatched to UNMISS\n\nIn March 2003, Japan dispatched relief supplies to Jordan.\n")
	f.place("Japan", "country", "Japan").place("Jordan", "country", "Jordan")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("staff officer", "Staff Officers", "staff officers")
	f.count("2 staff officers", 2, 2, "staff officers", "staff officer")
	f.date("In March 2003", "2003-03")
	f.expect("-|un.unmiss|staff officer|2|2|-|-|-")
}

func TestDeployMergedEachAndSectionHeading(t *testing.T) {
	f := newDepFixture(t, "Staff Officers\n\nJapan dispatched five staff officers to ONUMOZ.\n\nTransport Coordination Units\n\nJapan sent three transport coordination units of 48 SDF personnel each, 144 personnel in total, to ONUMOZ. The first served from May to November 1993, and the second from November 1993 to June 1994.")
	f.place("Japan", "country", "Japan")
	f.org("un.onumoz", "United Nations Operation in Mozambique", "un-mission", "ONUMOZ")
	f.role("staff officer", "Staff Officers", "staff officers")
	f.count("five staff officers", 5, 5, "staff officers", "staff officer")
	// the count stage multiplied the units out and folded in the total
	f.count("three transport coordination units of 48 SDF personnel each", 144, 144, "SDF personnel", "")
	f.a.Res.Counts[1].Aggregate = true
	f.date("from May to November 1993", "1993-05/1993-11")
	f.date("from November 1993 to June 1994", "1993-11/1994-06")
	f.expect(
		"Japan|un.onumoz|staff officer|5|5|-|-|-",
		"Japan|un.onumoz|-|144|144|-|-|-",
		"Japan|un.onumoz|-|48|48|1993-05-01|1993-11-30|-",
		"Japan|un.onumoz|-|48|48|1993-11-01|1994-06-30|-",
	)
	drafts := f.read()
	if ev := drafts[2].d.Evidence.Text; !strings.HasPrefix(ev, "Japan sent three") {
		t.Errorf("a part's evidence should start with the sentence that gave its size, got %q", ev)
	}
}

func TestDeployGerundAfterCatenative(t *testing.T) {
	f := newDepFixture(t, "The Government of Japan has decided to continue dispatching 10 staff officers to UNMISET from May 20, 2002.")
	f.org("gov.japan", "Government of Japan", "government", "Government of Japan")
	f.org("un.unmiset", "United Nations Mission of Support in East Timor", "un-mission", "UNMISET")
	f.count("10 staff officers", 10, 10, "staff officers", "staff officer")
	f.date("from May 20, 2002", "2002-05-20/..")
	f.expect("Japan|un.unmiset|staff officer|10|10|2002-05-20|-|-")
}

func TestDeployDispatchPeriodSentence(t *testing.T) {
	f := newDepFixture(t, "The Government of Japan decided to dispatch two staff officers to UNMISS. The dispatch period is from April 1, 2012 to March 31, 2013. The period of the mandate ends in 2014.")
	f.org("gov.japan", "Government of Japan", "government", "Government of Japan")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.count("two staff officers", 2, 2, "staff officers", "staff officer")
	f.date("from April 1, 2012 to March 31, 2013", "2012-04-01/2013-03-31")
	f.date("in 2014", "2014")
	f.expect("Japan|un.unmiss|staff officer|2|2|2012-04-01|2013-03-31|-")
	drafts := f.read()
	if ev := drafts[0].d.Evidence.Text; !strings.HasSuffix(ev, "March 31, 2013.") {
		t.Errorf("evidence should run to the end of the dating sentence, got %q", ev)
	}
}

func TestDeployDateStaysInItsClause(t *testing.T) {
	f := newDepFixture(t, "From February 2002 to May 2002, 680 SDF personnel were dispatched to UNTAET, and from May 2002 to June 2004 to UNMISET.")
	f.org("un.untaet", "United Nations Transitional Administration in East Timor", "un-mission", "UNTAET")
	f.org("un.unmiset", "United Nations Mission of Support in East Timor", "un-mission", "UNMISET")
	f.count("680 SDF personnel", 680, 680, "SDF personnel", "")
	f.date("From February 2002 to May 2002", "2002-02/2002-05")
	f.date("from May 2002 to June 2004", "2002-05/2004-06")
	f.expect(
		"-|un.untaet|-|680|680|2002-02-01|2002-05-31|-",
		"-|un.unmiset|-|680|680|2002-05-01|2004-06-30|-",
	)

	g := newDepFixture(t, "France sent 60 gendarmes to UNTAC from November 1992 to June 1993, and the vote took place from May 23 to 28, 1993 to UNTAC's satisfaction.")
	g.place("France", "country", "France")
	g.org("un.untac", "United Nations Transitional Authority in Cambodia", "un-mission", "UNTAC")
	g.count("60 gendarmes", 60, 60, "gendarmes", "civilian police officer")
	g.date("from November 1992 to June 1993", "1992-11/1993-06")
	g.date("from May 23 to 28, 1993", "1993-05-23/1993-05-28")
	g.expect("France|un.untac|civilian police officer|60|60|1992-11-01|1993-06-30|-")
}

func TestDeployTriggerFilter(t *testing.T) {
	m, err := parseDepWords(depWordsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for w, c := range m {
		if c.is(dwVerb|dwOffer|dwCompose|dwNominal|dwConduct|dwSupport|dwLeave|dwOperate|dwEnd|dwAmount) && !mayTrigger(w) {
			t.Errorf("dispatch word %q does not pass the cheap filter mayTrigger", w)
		}
	}
	if bits := int(unsafe.Sizeof(depClass(0))) * 8; len(depClassNames) > bits {
		t.Errorf("%d word classes do not fit the %d bits of depClass", len(depClassNames), bits)
	}
}

func TestDeployContextStopsAtProseParagraph(t *testing.T) {
	f := newDepFixture(t, "In September 1996, Japan sent 30 election observers to the OSCE mission in Bosnia.\n\nJapan dispatched six SDF personnel to UNMIN from March 2007 to January 2011.\n\nElection Observers\n\nA team at a polling station\n\nJapan sent 12 national officials to UNMIN in 2008.")
	f.place("Japan", "country", "Japan").place("Bosnia", "country", "Bosnia")
	f.org("osce", "Organization for Security and Co-operation in Europe", "other", "OSCE")
	f.org("un.unmin", "United Nations Mission in Nepal", "un-mission", "UNMIN")
	f.role("election observer", "election observers", "Election Observers")
	f.count("30 election observers", 30, 30, "election observers", "election observer")
	f.count("six SDF personnel", 6, 6, "SDF personnel", "")
	f.count("12 national officials", 12, 12, "national officials", "")
	f.date("In September 1996", "1996-09")
	f.date("from March 2007 to January 2011", "2007-03/2011-01")
	f.date("in 2008", "2008")
	f.expect(
		"Japan|osce|election observer|30|30|1996-09-01|-|Bosnia",
		"Japan|un.unmin|-|6|6|2007-03-01|2011-01-31|-",
		"Japan|un.unmin|election observer|12|12|2008-01-01|-|-",
	)
}

func TestDeployOtherSubjectGetsNoDefault(t *testing.T) {
	f := newDepFixture(t, "Japan dispatched 2 staff officers to UNMISS in 2012. The United Nations deployed 200 observers to UNMISS in 2013.")
	f.place("Japan", "country", "Japan")
	f.org("un.un", "United Nations", "un-body", "United Nations")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.count("2 staff officers", 2, 2, "staff officers", "staff officer")
	f.count("200 observers", 200, 200, "observers", "")
	f.date("in 2012", "2012").date("in 2013", "2013")
	f.expect(
		"Japan|un.unmiss|staff officer|2|2|2012-01-01|-|-",
		"-|un.unmiss|-|200|200|2013-01-01|-|-",
	)
}

func TestDeployTransitiveWithoutAuxiliary(t *testing.T) {
	f := newDepFixture(t, "Japan sent 12 officers to UNMISS in 2012. In 2013 the mission deployed 5,000 troops to Juba.")
	f.place("Japan", "country", "Japan").place("Juba", "place", "Juba")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.count("12 officers", 12, 12, "officers", "")
	f.count("5,000 troops", 5000, 5000, "troops", "")
	f.date("in 2012", "2012").date("In 2013", "2013")
	f.expect(
		"Japan|un.unmiss|-|12|12|2012-01-01|-|-",
		"-|un.unmiss|-|5000|5000|2013-01-01|-|Juba",
	)
}

func TestDeployEachSizeInWords(t *testing.T) {
	f := newDepFixture(t, "Japan sent two medical units of forty personnel each to UNMISS. The first served from January to June 2012, and the second from June 2012 to January 2013.")
	f.place("Japan", "country", "Japan")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("medical unit", "medical units")
	f.count("two medical units of forty personnel each", 80, 80, "personnel", "medical unit")
	f.date("from January to June 2012", "2012-01/2012-06")
	f.date("from June 2012 to January 2013", "2012-06/2013-01")
	f.expect(
		"Japan|un.unmiss|medical unit|80|80|-|-|-",
		"Japan|un.unmiss|medical unit|40|40|2012-01-01|2012-06-30|-",
		"Japan|un.unmiss|medical unit|40|40|2012-06-01|2013-01-31|-",
	)
}

func TestDeployPeriodOfDispatch(t *testing.T) {
	f := newDepFixture(t, "1. Today, the Government of Japan decided to dispatch two officers to UNMISS in Juba.\n\n2. The two officers will serve as staff officers at the UNMISS headquarters. The period of dispatch is from November 28, 2011 to June 30, 2012.\n\n3. Japan contributes to peace by dispatching personnel.")
	f.org("gov.japan", "Government of Japan", "government", "Government of Japan")
	f.place("Japan", "country", "Japan").place("Juba", "place", "Juba")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.role("staff officer", "staff officers")
	f.count("two officers", 2, 2, "officers", "")
	f.count("two officers", 2, 2, "officers", "staff officer")
	f.date("from November 28, 2011 to June 30, 2012", "2011-11-28/2012-06-30")
	// "The two officers will serve ..." is the same two people again: one
	// deployment, dated by the period sentence
	f.expect("Japan|un.unmiss|staff officer|2|2|2011-11-28|2012-06-30|Juba")
}

func TestDeployTookPart(t *testing.T) {
	f := newDepFixture(t, "A total of 1,216 Dutch marines took part in UNTAC from 1992 to 1993. Observers taking part in UNTAC met in 1993. Japan takes the view that peace matters.")
	f.place("Japan", "country", "Japan")
	f.org("un.untac", "United Nations Transitional Authority in Cambodia", "un-mission", "UNTAC")
	f.count("A total of 1,216 Dutch marines", 1216, 1216, "Dutch marines", "")
	f.date("from 1992 to 1993", "1992/1993")
	f.date("in 1993", "1993")
	f.expect("Netherlands|un.untac|-|1216|1216|1992-01-01|1993-12-31|-")
}

func TestDeployDemonymContributor(t *testing.T) {
	f := newDepFixture(t, "Between July and September 1999 three Japanese police officers served in Dili. Two liaison officers were sent to UNAMET in 1999.")
	f.place("Dili", "place", "Dili")
	f.org("un.unamet", "United Nations Mission in East Timor", "un-mission", "UNAMET")
	f.count("three Japanese police officers", 3, 3, "police officers", "civilian police officer")
	f.count("Two liaison officers", 2, 2, "liaison officers", "liaison officer")
	f.date("Between July and September 1999", "1999-07/1999-09")
	f.date("in 1999", "1999")
	f.expect(
		"Japan|un.unamet|civilian police officer|3|3|1999-07-01|1999-09-30|Dili",
		"Japan|un.unamet|liaison officer|2|2|1999-01-01|-|-",
	)
}

func TestDeployDemonymAfterTheCount(t *testing.T) {
	f := newDepFixture(t, "The 40 personnel of the medical unit of the Japanese Self-Defense Forces are stationed at Camp Alpha.")
	f.org("jp.sdf", "Self-Defense Forces", "military", "Self-Defense Forces")
	f.place("Camp Alpha", "place", "Camp Alpha")
	f.count("The 40 personnel of the medical unit", 40, 40, "personnel", "medical unit")
	f.expect("Japan|-|medical unit|40|40|-|-|Camp Alpha")
}

func TestDeployUncountedObjectBesideCounts(t *testing.T) {
	f := newDepFixture(t, "Japan dispatched two staff officers and a transport unit to UNDOF in February 1996. Japan sent 50 personnel in a relief unit, and 12 officers as liaison officers, to Jordan in 2003.")
	f.place("Japan", "country", "Japan").place("Jordan", "country", "Jordan")
	f.org("un.undof", "United Nations Disengagement Observer Force", "un-mission", "UNDOF")
	f.role("staff officer", "staff officers").role("transport unit", "transport unit").role("refugees relief unit", "relief unit").role("liaison officer", "liaison officers")
	f.count("two staff officers", 2, 2, "staff officers", "staff officer")
	f.count("50 personnel", 50, 50, "personnel", "")
	f.count("12 officers", 12, 12, "officers", "")
	f.date("in February 1996", "1996-02")
	f.date("in 2003", "2003")
	f.expect(
		"Japan|un.undof|staff officer|2|2|1996-02-01|-|-",
		"Japan|un.undof|transport unit|-|-|1996-02-01|-|-",
		"Japan|un.undof|refugees relief unit|50|50|2003-01-01|-|Jordan",
		"Japan|un.undof|liaison officer|12|12|2003-01-01|-|Jordan",
	)
}

func TestDeployDaysMatchNormalize(t *testing.T) {
	ds := []normalize.Date{{}, normalize.YearOnly(1996), normalize.YearMonth(2008, 2), normalize.YearMonth(1900, 2), normalize.FullDay(2013, 3, 31), normalize.YearMonth(2007, 12)}
	for _, from := range ds {
		for _, to := range ds {
			for _, point := range []bool{false, true} {
				iv := normalize.Interval{From: from, To: to, Point: point}
				if point {
					iv.To = normalize.Date{}
				}
				wantEnd := iv.End()
				gotEnd := depLastDay(iv.To)
				if point {
					gotEnd = depLastDay(iv.From)
				}
				if depFirstDay(iv.From) != iv.Start() || gotEnd != wantEnd {
					t.Errorf("%+v: got %q..%q, normalize gives %q..%q", iv, depFirstDay(iv.From), gotEnd, iv.Start(), wantEnd)
				}
			}
		}
	}
}

func TestDeployLongTitleStatesNothing(t *testing.T) {
	f := newDepFixture(t, "Dispatch of Military Observers to the United Nations Mission in the Republic of South Sudan\n\nThe observers will serve in Juba.")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "United Nations Mission in the Republic of South Sudan")
	f.role("military observer", "Military Observers")
	f.place("Juba", "place", "Juba")
	f.expect()
}

func TestDeployTableRowPairsCells(t *testing.T) {
	f := newDepFixture(t, "Mission  Place  Period  Personnel  Size\n\nUNMIN  Nepal  March 2007 - January 2011  Arms monitors / Liaison staff  6 / 3\n\nUNMIS  Sudan  October 2008 - September 2011  Staff officers  2\n\nUNMISS  South Sudan  November 2011 - present  Staff officers / Engineering unit  4\n")
	f.org("un.unmin", "United Nations Mission in Nepal", "un-mission", "UNMIN")
	f.org("un.unmis", "United Nations Mission in Sudan", "un-mission", "UNMIS  Sudan")
	f.org("un.unmiss", "United Nations Mission in South Sudan", "un-mission", "UNMISS")
	f.place("Nepal", "country", "Nepal").place("Sudan", "country", "Sudan  ").place("South Sudan", "country", "South Sudan")
	f.role("military observer", "Arms monitors").role("liaison and coordination personnel", "Liaison staff").role("staff officer", "Staff officers").role("engineering unit", "Engineering unit")
	f.count("6", 6, 6, "", "")
	f.count("3", 3, 3, "", "")
	f.count("2\n", 2, 2, "", "")
	f.count("4\n", 4, 4, "", "staff officer")
	f.date("March 2007 - January 2011", "2007-03/2011-01")
	f.date("October 2008 - September 2011", "2008-10/2011-09")
	f.date("November 2011 - present", "2011-11/..")
	f.expect(
		"-|un.unmin|military observer|6|6|2007-03-01|2011-01-31|Nepal",
		"-|un.unmin|liaison and coordination personnel|3|3|2007-03-01|2011-01-31|Nepal",
		"-|un.unmis|staff officer|2|2|2008-10-01|2011-09-30|Sudan",
		"-|un.unmiss|staff officer|4|4|2011-11-01|-|South Sudan",
		"-|un.unmiss|engineering unit|-|-|2011-11-01|-|South Sudan",
	)
}

func TestDeployArrived(t *testing.T) {
	f := newDepFixture(t, "The first 210 members of the Rwandan battalion arrived in Juba in January 2012. The letter arrived in May 2012.")
	f.place("Juba", "place", "Juba")
	f.count("The first 210 members", 210, 210, "members", "")
	f.date("in January 2012", "2012-01").date("in May 2012", "2012-05")
	f.expect("Rwanda|-|-|210|210|2012-01-01|-|Juba")
}

func TestDeploySubjectPhraseIsNotAnotherContributor(t *testing.T) {
	f := newDepFixture(t, "Japan sent two staff officers to UNDOF in 1996.\nRoughly 1,200 members of the Self-Defense Forces served there in total. The United Nations deployed 300 observers.")
	f.place("Japan", "country", "Japan")
	f.org("un.un", "United Nations", "un-body", "United Nations")
	f.org("jp.sdf", "Self-Defense Forces", "military", "Self-Defense Forces")
	f.org("un.undof", "United Nations Disengagement Observer Force", "un-mission", "UNDOF")
	f.count("two staff officers", 2, 2, "staff officers", "staff officer")
	f.count("Roughly 1,200 members", 1200, 1200, "members", "")
	f.count("300 observers", 300, 300, "observers", "")
	f.date("in 1996", "1996")
	f.expect(
		"Japan|un.undof|staff officer|2|2|1996-01-01|-|-",
		"Japan|un.undof|-|1200|1200|-|-|-",
		"-|un.undof|-|300|300|-|-|-",
	)
}

func TestDeployEvidenceIsTheClause(t *testing.T) {
	f := newDepFixture(t, "the unit served near the border in 2004 with 12 observers; the unit served near the border in 2005 with 14 observers; ")
	f.count("12 observers", 12, 12, "observers", "")
	f.count("14 observers", 14, 14, "observers", "")
	f.date("in 2004", "2004").date("in 2005", "2005")
	drafts := f.read()
	var got []string
	for _, d := range drafts {
		got = append(got, d.d.Evidence.Text)
	}
	want := "the unit served near the border in 2004 with 12 observers|the unit served near the border in 2005 with 14 observers"
	if strings.Join(got, "|") != want {
		t.Errorf("evidence %q, want the clauses %q", got, want)
	}
}

// A laid-out table's size cell is read even when it is a bare figure the
// counts stage leaves alone: "N / M" pairs with the row's roles in order,
// "up to N" is a ceiling; a lone line with such a figure is not a table.
func TestDeployTableSizeCells(t *testing.T) {
	text := "Mission  Country  Dates  Contingent  Strength\n" +
		"MINURSO  Western Sahara  Oct 1991 - Dec 1994  Medical unit / military observers  20 / 7\n" +
		"UNFICYP  Cyprus  Mar 1994 - Mar 1996  Signals unit  up to 1,200\n"
	f := newDepFixture(t, text)
	f.place("Western Sahara", "region", "Western Sahara").place("Cyprus", "country", "Cyprus")
	f.org("un.minurso", "MINURSO", "un-mission", "MINURSO")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("medical unit", "Medical unit").role("military observer", "military observers").role("signals unit", "Signals unit")
	f.date("Oct 1991 - Dec 1994", "1991-10/1994-12").date("Mar 1994 - Mar 1996", "1994-03/1996-03")
	f.expect(
		"-|un.minurso|medical unit|20|20|1991-10-01|1994-12-31|Western Sahara",
		"-|un.minurso|military observer|7|7|1991-10-01|1994-12-31|Western Sahara",
		"-|un.unficyp|signals unit|-|1200|1994-03-01|1996-03-31|Cyprus",
	)

	lone := newDepFixture(t, "Summary\n\nMINURSO  Western Sahara  Oct 1991 - Dec 1994  Medical unit  20\n\nMore text follows here.\n")
	lone.place("Western Sahara", "region", "Western Sahara")
	lone.org("un.minurso", "MINURSO", "un-mission", "MINURSO")
	lone.role("medical unit", "Medical unit")
	lone.date("Oct 1991 - Dec 1994", "1991-10/1994-12")
	lone.expect("-|un.minurso|medical unit|-|-|1991-10-01|1994-12-31|Western Sahara")
}

// A deployment with no role of its own takes the role its section heading
// names; a caption in between does not end the section, and a statement
// before any role heading stays without a role.
func TestDeployRoleFromSectionHeading(t *testing.T) {
	text := "Canada sent personnel to UNFICYP from March 1994.\n\n" +
		"Signals Unit\n\n" +
		"Canada sent soldiers to Cyprus from April 1995 to May 1996.\n\n" +
		"A radio mast near Nicosia\n\n" +
		"In June 1996 Canada sent 40 more to UNFICYP.\n"
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Cyprus", "country", "Cyprus")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "Signals Unit")
	f.date("March 1994", "1994-03").date("April 1995 to May 1996", "1995-04/1996-05").date("June 1996", "1996-06")
	f.count("40", 40, 40, "", "")
	f.expect(
		"Canada|un.unficyp|-|-|-|1994-03-01|-|-",
		"Canada|un.unficyp|signals unit|-|-|1995-04-01|1996-05-31|Cyprus",
		"Canada|un.unficyp|signals unit|40|40|1996-06-01|-|-",
	)
}

// A count in a relative clause about the destination, or naming the whole
// the contingent joined, is not the contributor's: only the sent count is.
func TestDeployCountsOfOthers(t *testing.T) {
	f := newDepFixture(t, "In May 2005, Canada sent 12 officers to UNMIS, where about 10,000 troops were already serving.")
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.count("12 officers", 12, 12, "officers", "")
	f.count("about 10,000 troops", 10000, 10000, "troops", "")
	f.date("In May 2005", "2005-05")
	f.expect("Canada|un.unmis|-|12|12|2005-05-01|-|-")

	g := newDepFixture(t, "Canada deployed 8 monitors to UNMIS as part of a force of some 700 monitors.")
	g.place("Canada", "country", "Canada")
	g.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	g.count("8 monitors", 8, 8, "monitors", "")
	g.count("some 700 monitors", 700, 700, "monitors", "")
	g.expect("Canada|un.unmis|-|8|8|-|-|-")
}

// A dispatch word in a noun form with no subject ("voting stations") is
// not a reduced relative: nothing is read from it.
func TestDeployNounFormNotTrigger(t *testing.T) {
	f := newDepFixture(t, "The 20 monitors visited voting stations in Kabul.")
	f.place("Kabul", "city", "Kabul")
	f.count("20 monitors", 20, 20, "monitors", "")
	f.expect()
}

// A count-less deployment of a role is dropped when a counted one of the
// same role and mission covers it; one with a period of its own stays.
func TestDeployDropRestatedRole(t *testing.T) {
	text := "In 2004 Canada sent signallers to UNFICYP. In June 2005 Canada sent 9 signallers to UNFICYP. The signallers were stationed in Nicosia."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Nicosia", "city", "Nicosia")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signallers")
	f.count("9 signallers", 9, 9, "signallers", "signals unit")
	f.date("In 2004", "2004").date("In June 2005", "2005-06")
	f.expect(
		"Canada|un.unficyp|signals unit|-|-|2004-01-01|-|-",
		"Canada|un.unficyp|signals unit|9|9|2005-06-01|-|-",
	)
}

// Counts in a bracket after a dated total break it down: they share the
// total's dates though the date stands between them.
func TestDeployBracketBreakdownSharesDates(t *testing.T) {
	text := "Canada sent 20 monitors from 3 to 9 May 2004 (12 police officers and 8 civilians)."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.count("20 monitors", 20, 20, "monitors", "")
	f.count("12 police officers", 12, 12, "police officers", "")
	f.count("8 civilians", 8, 8, "civilians", "")
	f.date("from 3 to 9 May 2004", "2004-05-03/2004-05-09")
	f.expect(
		"Canada|-|-|20|20|2004-05-03|2004-05-09|-",
		"Canada|-|-|12|12|2004-05-03|2004-05-09|-",
		"Canada|-|-|8|8|2004-05-03|2004-05-09|-",
	)
}

// A role-less count takes the one role whose head its noun is; with two
// such roles it stays without one.
func TestDeployRoleByNounHead(t *testing.T) {
	text := "In 2010 Canada sent 9 observers to Haiti. In 2006 Canada had sent 12 election observers to Haiti."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Haiti", "country", "Haiti")
	f.role("election observer", "election observers")
	f.count("9 observers", 9, 9, "observers", "")
	f.count("12 election observers", 12, 12, "election observers", "election observer")
	f.date("In 2010", "2010").date("In 2006", "2006")
	f.expect(
		"Canada|-|election observer|9|9|2010-01-01|-|Haiti",
		"Canada|-|election observer|12|12|2006-01-01|-|Haiti",
	)

	g := newDepFixture(t, "In 2010 Canada sent 9 observers to Haiti. In 2006 Canada had sent 4 military observers and 12 election observers to Haiti.")
	g.place("Canada", "country", "Canada").place("Haiti", "country", "Haiti")
	g.role("election observer", "election observers").role("military observer", "military observers")
	g.count("9 observers", 9, 9, "observers", "")
	g.count("4 military observers", 4, 4, "military observers", "military observer")
	g.count("12 election observers", 12, 12, "election observers", "election observer")
	g.date("In 2010", "2010").date("In 2006", "2006")
	g.expect(
		"Canada|-|-|9|9|2010-01-01|-|Haiti",
		"Canada|-|military observer|4|4|2006-01-01|-|Haiti",
		"Canada|-|election observer|12|12|2006-01-01|-|Haiti",
	)
}

// "worked" with the people as subject states a deployment, like "served".
func TestDeployWorkedAsIntransitive(t *testing.T) {
	f := newDepFixture(t, "Canada contributed to UNMIS. In addition, eight staff officers worked at the UNMIS headquarters from 2005 to 2007.")
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("staff officer", "staff officers")
	f.count("eight staff officers", 8, 8, "staff officers", "staff officer")
	f.date("from 2005 to 2007", "2005/2007")
	f.expect("-|un.unmis|staff officer|8|8|2005-01-01|2007-12-31|-")
}

// A count-less, role-less deployment opening in a month is dropped when a
// counted one starts in that month; one with a whole period of its own
// stays beside a counted one of the same period.
func TestDeployDropRolelessInMonth(t *testing.T) {
	f := newDepFixture(t, "Canada took part in monitoring the elections of May 2004. Canada sent 20 monitors from 3 to 9 May 2004.")
	f.place("Canada", "country", "Canada")
	f.count("20 monitors", 20, 20, "monitors", "")
	f.date("May 2004", "2004-05").date("from 3 to 9 May 2004", "2004-05-03/2004-05-09")
	f.expect("Canada|-|-|20|20|2004-05-03|2004-05-09|-")

	g := newDepFixture(t, "From May to July 2004 Canada sent relief personnel to UNHCR. From May to July 2004 Canada sent 20 nurses to UNHCR.")
	g.place("Canada", "country", "Canada")
	g.count("20 nurses", 20, 20, "nurses", "")
	g.date("From May to July 2004", "2004-05/2004-07").date("From May to July 2004", "2004-05/2004-07")
	g.expect(
		"Canada|-|-|-|-|2004-05-01|2004-07-31|-",
		"Canada|-|-|20|20|2004-05-01|2004-07-31|-",
	)
}

// A count of people in a sentence about "the unit" takes the one unit
// role the document names; "work" in the present reads like "served".
func TestDeployTheUnitAndWork(t *testing.T) {
	text := "Canada sent a signals unit to UNFICYP in 2004. Since then, 600 personnel have served in the unit. Three staff officers also work at UNFICYP."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signals unit").role("staff officer", "staff officers")
	f.count("600 personnel", 600, 600, "personnel", "")
	f.count("Three staff officers", 3, 3, "staff officers", "staff officer")
	f.date("in 2004", "2004")
	f.expect(
		"Canada|un.unficyp|signals unit|-|-|2004-01-01|-|-",
		"Canada|un.unficyp|signals unit|600|600|-|-|-",
		"Canada|un.unficyp|staff officer|3|3|-|-|-",
	)
}

// "Each signals unit serves ..." describes how rotations go: no deployment;
// a heading starting with a base-form dispatch word is not one either.
func TestDeployDistributiveSubjectAndBaseForm(t *testing.T) {
	f := newDepFixture(t, "Each signals unit serves for about six months in Nicosia; the 4th unit took over in June 2005.\n\nWork in the field\n")
	f.place("Nicosia", "city", "Nicosia")
	f.role("signals unit", "signals unit")
	f.date("in June 2005", "2005-06")
	f.expect()

	g := newDepFixture(t, "The signals unit served in Nicosia from June 2005 to January 2006.")
	g.place("Nicosia", "city", "Nicosia")
	g.role("signals unit", "signals unit")
	g.date("from June 2005 to January 2006", "2005-06/2006-01")
	g.expect("-|-|signals unit|-|-|2005-06-01|2006-01-31|Nicosia") // the subject names the role
}

// A single day attached to a dispatch gives its start only, for each part.
func TestDeployPointDatesStartOnly(t *testing.T) {
	f := newDepFixture(t, "Canada sent 12 monitors for the first round on 20 March 2004, and a further 12 for the second round on 3 April 2004.")
	f.place("Canada", "country", "Canada")
	f.count("12 monitors", 12, 12, "monitors", "")
	f.count("a further 12", 12, 12, "", "")
	f.date("on 20 March 2004", "2004-03-20").date("on 3 April 2004", "2004-04-03")
	f.expect(
		"Canada|-|-|12|12|2004-03-20|-|-",
		"Canada|-|-|12|12|2004-04-03|-|-",
	)
}

// "was based in", "remained" and "rotated" state where people were; "based
// on" does not; a bare number of units beside a head count is not one.
func TestDeployBasedRemainedRotated(t *testing.T) {
	f := newDepFixture(t, "A medical team of six was based in Nicosia. The decision was based on a request from UNFICYP.")
	f.place("Nicosia", "city", "Nicosia")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.count("A medical team of six", 6, 6, "medical team", "")
	f.expect("-|un.unficyp|-|6|6|-|-|Nicosia")

	g := newDepFixture(t, "The unit, of up to 200 personnel, remained until June 2006. A total of five rotations, some 900 personnel in total, rotated through UNFICYP.")
	g.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	g.count("up to 200 personnel", -1, 200, "personnel", "")
	g.count("A total of five rotations", 5, 5, "rotations", "")
	g.count("some 900 personnel in total", 900, 900, "personnel", "")
	g.a.Res.Counts[2].Aggregate = true
	g.date("until June 2006", "../2006-06")
	g.expect(
		"-|un.unficyp|-|-|200|-|2006-06-30|-",
		"-|un.unficyp|-|900|900|-|-|-",
	)
}

// "rotated every six months" tells how often the people sent changed, not
// a new dispatch.
func TestDeployRotatedHowOften(t *testing.T) {
	f := newDepFixture(t, "Two or three of them rotated every six months in Nicosia.")
	f.place("Nicosia", "city", "Nicosia")
	f.count("Two or three", 2, 3, "", "")
	f.expect()
}

// "As of" dates the report of a figure, not a dispatch; a total of people
// "from" a number of countries is a multinational total; people of
// another organization ("UNICEF's staff") are not the contributor's.
func TestDeployReportingDateAndOthersPeople(t *testing.T) {
	f := newDepFixture(t, "Canada has sent officers to UNFICYP since 2004. As of June 2010, a total of 14 had served with UNFICYP.")
	f.place("Canada", "country", "Canada")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.date("since 2004", "2004/..").date("As of June 2010", "2010-06")
	f.count("a total of 14", 14, 14, "", "")
	f.expect(
		"Canada|un.unficyp|-|-|-|2004-01-01|-|-",
		"Canada|un.unficyp|-|14|14|-|-|-",
	)

	g := newDepFixture(t, "Some 900 personnel from 11 nations serve with UNFICYP in Nicosia.")
	g.place("Nicosia", "city", "Nicosia")
	g.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	g.count("Some 900 personnel", 900, 900, "personnel", "")
	g.expect()

	h := newDepFixture(t, "UNICEF's local staff of about 40 members worked with the team in Nicosia. UNICEF 's team of some 12 persons worked there too.")
	h.place("Nicosia", "city", "Nicosia")
	h.org("un.unicef", "UNICEF", "un-body", "UNICEF")
	h.count("about 40 members", 40, 40, "members", "")
	h.count("some 12 persons", 12, 12, "persons", "")
	h.expect()
}

// A country that ends a prepositional phrase in the subject ("officials
// of the embassy in Ghana") is not the subject: the people before it are,
// and the government of a country still is the country.
func TestDeploySubjectEndingInPlace(t *testing.T) {
	f := newDepFixture(t, "Canada sent 10 monitors to Ghana. Three officials of the embassy in Ghana will also take part in the monitoring.")
	f.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana")
	f.count("10 monitors", 10, 10, "monitors", "")
	f.count("Three officials", 3, 3, "officials", "")
	f.expect(
		"Canada|-|-|10|10|-|-|Ghana",
		"Canada|-|-|3|3|-|-|Ghana",
	)

	g := newDepFixture(t, "In 2004 the government of Canada sent 10 monitors to Ghana.")
	g.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana")
	g.count("10 monitors", 10, 10, "monitors", "")
	g.date("In 2004", "2004")
	g.expect("Canada|-|-|10|10|2004-01-01|-|Ghana")
}

// A caption naming a person does not end a role section; a later
// rotation takes the section's role.
func TestDeployCaptionDoesNotEndSection(t *testing.T) {
	text := "Signals Unit\n\nA Canadian signals officer at work in Nicosia\n\nThe 2nd rotation arrived at UNFICYP on 4 May 2005.\n"
	f := newDepFixture(t, text)
	f.place("Nicosia", "city", "Nicosia")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "Signals Unit")
	f.date("on 4 May 2005", "2005-05-04")
	f.expect("-|un.unficyp|signals unit|-|-|2005-05-04|-|-")
}

// An ongoing dispatch ("since March 2004 ... has sent officers") is kept
// beside a dated rotation of it, and its people word picks the role the
// document's deployments were read with over one met in passing.
func TestDeployOngoingBesideRotation(t *testing.T) {
	text := "Since March 2004, the defence department has sent army officers to UNFICYP. The first two served as staff officers from March to October 2004. They meet liaison officers of both sides every week."
	f := newDepFixture(t, text)
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("staff officer", "staff officers").role("liaison officer", "liaison officers")
	f.date("Since March 2004", "2004-03/..").date("from March to October 2004", "2004-03/2004-10")
	f.count("The first two", 2, 2, "", "")
	f.expect(
		"-|un.unficyp|staff officer|-|-|2004-03-01|-|-",
		"-|un.unficyp|staff officer|2|2|2004-03-01|2004-10-31|-",
	)
}

// Carrying out or conducting an operation is being sent to it; carrying
// out duties or conducting a survey is not.
func TestDeployCarryOutAndConductOperation(t *testing.T) {
	f := newDepFixture(t, "A signals unit of about 60 personnel will carry out the operation from 3 to 9 May. The unit will carry out its duties from Nicosia.")
	f.place("Nicosia", "city", "Nicosia")
	f.role("signals unit", "signals unit")
	f.count("about 60 personnel", 60, 60, "personnel", "signals unit")
	f.date("from 3 to 9 May", "2005-05-03/2005-05-09")
	f.expect("-|-|signals unit|60|60|2005-05-03|2005-05-09|-")

	g := newDepFixture(t, "At the request of UNHCR, Canada conducted a relief operation for refugees from June 2004 until January 2005. In 2006 Canada conducted a survey of the camps.")
	g.place("Canada", "country", "Canada")
	g.org("un.unhcr", "UNHCR", "un-body", "UNHCR")
	g.date("from June 2004 until January 2005", "2004-06/2005-01").date("In 2006", "2006")
	g.expect("Canada|un.unhcr|-|-|-|2004-06-01|2005-01-31|-")
}

// "staying from ... to ..." dates a team's stay; the date of the event it
// observed ("the vote of 30 June") does not, and "Both teams stayed"
// refers back to teams already counted.
func TestDeployStayingAndNounDate(t *testing.T) {
	f := newDepFixture(t, "A team of five monitors watched the vote of 30 June in Kumasi, staying from 27 June to 3 July. Both teams stayed for a week.")
	f.place("Kumasi", "city", "Kumasi")
	f.count("A team of five monitors", 5, 5, "monitors", "")
	f.count("Both teams", 2, 2, "teams", "")
	f.date("30 June", "2004-06-30").date("from 27 June to 3 July", "2004-06-27/2004-07-03")
	f.expect("-|-|-|5|5|2004-06-27|2004-07-03|Kumasi")
}

// "The unit stayed until ..." states the end of the one unit the document
// names: a record with that role and the end only.
func TestDeployTheUnitStayedUntil(t *testing.T) {
	f := newDepFixture(t, "Canada sent a signals unit of 40 personnel to UNFICYP in May 2004.\nThe unit stayed until March 2006.")
	f.place("Canada", "country", "Canada")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signals unit")
	f.count("40 personnel", 40, 40, "personnel", "signals unit")
	f.date("in May 2004", "2004-05").date("until March 2006", "../2006-03")
	f.expect(
		"Canada|un.unficyp|signals unit|40|40|2004-05-01|-|-",
		"Canada|un.unficyp|signals unit|-|-|-|2006-03-31|-",
	)
}

// A bare number as the subject of a passive dispatch verb is the people
// sent, with the role of its section; a number that is not the subject
// is not.
func TestDeployBareNumberSubject(t *testing.T) {
	f := newDepFixture(t, "Liaison Officers\n\nFive were posted to Accra and Kumasi to work with UNHCR. The posts were shared with 3 other agencies.\n")
	f.place("Accra", "city", "Accra").place("Kumasi", "city", "Kumasi")
	f.org("un.unhcr", "UNHCR", "un-body", "UNHCR")
	f.role("liaison officer", "Liaison Officers")
	f.expect("-|un.unhcr|liaison officer|5|5|-|-|Accra")
}

// A named country sending people outright is a deployment even undated,
// and a team it sends stands as the mission; sending goods undated, or a
// statement with no country as subject, is not one.
func TestDeployPlainUndatedDispatch(t *testing.T) {
	f := newDepFixture(t, "After the floods, Canada dispatched the Canadian Relief Team under its relief law. Canada sent tents and blankets. The agency sent doctors.")
	f.place("Canada", "country", "Canada")
	f.org("crt", "Canadian Relief Team", "other", "Canadian Relief Team")
	f.expect("Canada|crt|-|-|-|-|-|-")
}

// A number of people the counts stage left alone ("two Armed Forces (CAF)
// officers as ...") is read with the role after "as"; "The two officers"
// restating it is the same people, not a second deployment.
func TestDeployNumberedObjectAndDefiniteRepeat(t *testing.T) {
	text := "Canada decided to dispatch two Armed Forces (CAF) officers as staff officers to UNMIS until 30 June 2009. The two officers will serve at the UNMIS headquarters."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.org("caf", "Armed Forces", "military", "Armed Forces")
	f.role("staff officer", "staff officers")
	f.date("until 30 June 2009", "../2009-06-30")
	f.count("two officers", 2, 2, "officers", "")
	f.expect("Canada|un.unmis|staff officer|2|2|-|2009-06-30|-")
}

// "supported M with a unit" sends the unit; a count in a later clause
// dated "now" does not take the dispatch's opening date; supporting with
// money sends no one.
func TestDeploySupportedWith(t *testing.T) {
	text := "Since May 2008, Canada has supported UNFICYP with a signals unit, and about 70 soldiers of the 3rd rotation are now on duty in Nicosia. Canada has also supported the elections with 2 million dollars."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Nicosia", "city", "Nicosia")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signals unit")
	f.date("Since May 2008", "2008-05/..")
	f.count("about 70 soldiers", 70, 70, "soldiers", "")
	f.expect(
		"Canada|un.unficyp|signals unit|70|70|-|-|Nicosia",
		"Canada|un.unficyp|signals unit|-|-|2008-05-01|-|-",
	)
}

// "participated ... with" a list of roles: one deployment per role, dated
// by the clause.
func TestDeployParticipatedWithRoles(t *testing.T) {
	f := newDepFixture(t, "Canada participated in UNFICYP from 2006 to 2009 with a signals unit and staff officers.")
	f.place("Canada", "country", "Canada")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signals unit").role("staff officer", "staff officers")
	f.date("from 2006 to 2009", "2006/2009")
	f.expect(
		"Canada|un.unficyp|signals unit|-|-|2006-01-01|2009-12-31|-",
		"Canada|un.unficyp|staff officer|-|-|2006-01-01|2009-12-31|-",
	)
}

// "The team, consisting of eight members, ..." counts the team.
func TestDeployCompositionAfterComma(t *testing.T) {
	f := newDepFixture(t, "Canada sent a monitoring team to Ghana. The team, consisting of eight members, watched the vote from 4 to 9 May 2004.")
	f.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana")
	f.count("eight members", 8, 8, "members", "")
	f.date("from 4 to 9 May 2004", "2004-05-04/2004-05-09")
	f.expect(
		"Canada|-|-|-|-|-|-|Ghana", // a plain statement that Canada sent people
		"Canada|-|-|8|8|2004-05-04|2004-05-09|-",
	)
}

// A table rendered one cell per line, a blank line between rows, is read
// row by row (size cell included); a block holding prose is not a row.
func TestDeployBlockRows(t *testing.T) {
	text := "Mission\nPlace\nPeriod\nPersonnel\nSize\n\n" +
		"UNFICYP\nCyprus\nMay 2004 - June 2006\nSignals unit\nup to 40\n\n" +
		"UNMIS\nSudan\n2008 - 2011\nStaff officers\n2 / 12\n\n" +
		"UNMIL\nLiberia\nThe mission was set up in 2003.\nStaff officers\n"
	f := newDepFixture(t, text)
	f.place("Cyprus", "country", "Cyprus").place("Sudan", "country", "Sudan").place("Liberia", "country", "Liberia")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.org("un.unmil", "UNMIL", "un-mission", "UNMIL")
	f.role("signals unit", "Signals unit").role("staff officer", "Staff officers")
	f.date("May 2004 - June 2006", "2004-05/2006-06").date("2008 - 2011", "2008/2011").date("in 2003", "2003")
	f.expect(
		"-|un.unficyp|signals unit|-|40|2004-05-01|2006-06-30|Cyprus",
		"-|un.unmis|staff officer|2|2|2008-01-01|2011-12-31|Sudan",
	)
}

// Block rows with CRLF line ends and at the very end of the text.
func TestDeployBlockRowsCRLF(t *testing.T) {
	text := "UNFICYP\r\nCyprus\r\nMay 2004 - June 2006\r\nSignals unit\r\n\r\nUNMIS\r\n2008 - 2011\r\nStaff officers"
	f := newDepFixture(t, text)
	f.place("Cyprus", "country", "Cyprus")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.role("signals unit", "Signals unit").role("staff officer", "Staff officers")
	f.date("May 2004 - June 2006", "2004-05/2006-06").date("2008 - 2011", "2008/2011")
	f.expect(
		"-|un.unficyp|signals unit|-|-|2004-05-01|2006-06-30|Cyprus",
		"-|un.unmis|staff officer|-|-|2008-01-01|2011-12-31|-",
	)
}

// A per-unit size followed by ", N in total" across the dates: the total
// stands for the units and takes their dates.
func TestDeployAppositiveTotalTakesDates(t *testing.T) {
	f := newDepFixture(t, "Canada sent four rotations of 15 soldiers each to UNFICYP between 2004 and 2007, 60 soldiers in total.")
	f.place("Canada", "country", "Canada")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.count("15 soldiers each", 15, 15, "soldiers", "")
	f.count("60 soldiers in total", 60, 60, "soldiers", "")
	f.a.Res.Counts[1].Aggregate = true
	f.date("between 2004 and 2007", "2004/2007")
	f.expect("Canada|un.unficyp|-|60|60|2004-01-01|2007-12-31|-")
}

// A counted group relieving another is a new dispatch; a handover with no
// count is not.
func TestDeployRelievedWithCount(t *testing.T) {
	f := newDepFixture(t, "In June 2005, a second signals unit of 45 soldiers relieved the first. In May 2006 the 3rd rotation replaced the 2nd.")
	f.role("signals unit", "signals unit")
	f.count("45 soldiers", 45, 45, "soldiers", "")
	f.date("In June 2005", "2005-06").date("In May 2006", "2006-05")
	f.expect("-|-|signals unit|45|45|2005-06-01|-|-")
}

// A one-line row whose cells are joined by single spaces (an HTML table)
// gives its size from the text after the role; a date there is no size.
func TestDeployTableRowTrailingSize(t *testing.T) {
	text := "UNFICYP Cyprus May 2004 - June 2006 Signals unit up to 40\n\nUNMIS Sudan 2008 - 2011 Staff officers 2\n\nUNMIL Liberia Staff officers 2004 - 2005\n"
	f := newDepFixture(t, text)
	f.place("Cyprus", "country", "Cyprus").place("Sudan", "country", "Sudan").place("Liberia", "country", "Liberia")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.org("un.unmil", "UNMIL", "un-mission", "UNMIL")
	f.role("signals unit", "Signals unit").role("staff officer", "Staff officers")
	f.date("May 2004 - June 2006", "2004-05/2006-06").date("2008 - 2011", "2008/2011").date("2004 - 2005", "2004/2005")
	f.expect(
		"-|un.unficyp|signals unit|-|40|2004-05-01|2006-06-30|Cyprus",
		"-|un.unmis|staff officer|2|2|2008-01-01|2011-12-31|Sudan",
		"-|un.unmil|staff officer|-|-|2004-01-01|2005-12-31|Liberia",
	)
}

// Coming back ends a stay: "returned home", "returned to" the sending
// country, "completed its mission" give an end-only record; "returned to"
// another country and "completed a survey" do not.
func TestDeployEndVerbs(t *testing.T) {
	text := "Canada sent a signals unit to UNFICYP in May 2004.\nThe unit completed its mission in March 2006. The signallers returned to Canada by April 2006. The unit completed a survey in 2005. Its engineers returned to Cyprus in 2007."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada").place("Cyprus", "country", "Cyprus")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signals unit", "signallers")
	f.date("in May 2004", "2004-05").date("in March 2006", "2006-03").date("by April 2006", "../2006-04").date("in 2005", "2005").date("in 2007", "2007")
	f.expect(
		"Canada|un.unficyp|signals unit|-|-|2004-05-01|-|-",
		"Canada|un.unficyp|signals unit|-|-|-|2006-03-31|-",
		"Canada|un.unficyp|signals unit|-|-|-|2006-04-30|-",
	)
}

// A date in a fronted "After the ... of DATE," phrase dates another event.
func TestDeployOtherEventDate(t *testing.T) {
	f := newDepFixture(t, "After the floods of 3 May 2004, Canada sent 40 engineers to Ghana. After June 2005, Canada sent 20 more engineers to Ghana.")
	f.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana")
	f.count("40 engineers", 40, 40, "engineers", "")
	f.count("20 more engineers", 20, 20, "engineers", "")
	f.date("3 May 2004", "2004-05-03").date("After June 2005", "2005-07/..")
	f.expect(
		"Canada|-|-|40|40|-|-|Ghana",
		"Canada|-|-|20|20|2005-07-01|-|Ghana",
	)
}

// An end verb in an opening "After ...," clause states nothing itself.
func TestDeployEndVerbInFrontedClause(t *testing.T) {
	f := newDepFixture(t, "After the unit withdrew, Canada kept 4 liaison officers in Nicosia.")
	f.place("Canada", "country", "Canada").place("Nicosia", "city", "Nicosia")
	f.count("4 liaison officers", 4, 4, "liaison officers", "")
	f.expect()
}

// A counted unit that flew somewhere was sent there; aircraft flying
// goods are not people.
func TestDeployFlew(t *testing.T) {
	f := newDepFixture(t, "A transport unit of about 60 personnel flew the relief team from Canada to Accra. The aircraft flew tents to Kumasi in May 2004.")
	f.place("Canada", "country", "Canada").place("Accra", "city", "Accra").place("Kumasi", "city", "Kumasi")
	f.role("transport unit", "transport unit")
	f.count("about 60 personnel", 60, 60, "personnel", "transport unit")
	f.date("in May 2004", "2004-05")
	f.expect("-|-|transport unit|60|60|-|-|Accra")
}

// "extend the dispatch period of X to M until D" reads like "the dispatch
// of"; people "engaged in" duties are deployed, "engaged with" partners
// says nothing.
func TestDeployDispatchPeriodOfAndEngagedIn(t *testing.T) {
	f := newDepFixture(t, "Today Canada decided to extend the dispatch period of its signals unit to UNFICYP until 31 March 2008. Currently 45 soldiers are engaged in signals work. Some 12 officers engaged with local leaders in 2007.")
	f.place("Canada", "country", "Canada")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.role("signals unit", "signals unit")
	f.date("until 31 March 2008", "../2008-03-31").date("in 2007", "2007")
	f.count("45 soldiers", 45, 45, "soldiers", "")
	f.count("Some 12 officers", 12, 12, "officers", "")
	f.expect(
		"Canada|un.unficyp|signals unit|-|-|-|2008-03-31|-",
		"Canada|un.unficyp|signals unit|45|45|-|-|-", // the role named just before
	)
}

// Statements that must not read as deployments: supporting "with funding
// and personnel training", another organization's staff at work, people
// from many countries, refugees coming home, completing a survey.
func TestDeployNotDispatches(t *testing.T) {
	text := "Canada has supported the peace talks with funding and personnel training since 2005. UNICEF's staff of 200 members worked in the camps in 2006. About 9,000 troops from 40 countries served with UNFICYP in 2006. About 3,000 refugees returned home in May 2006. The unit completed a survey of the roads in 2006."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.unicef", "UNICEF", "un-body", "UNICEF")
	f.org("un.unficyp", "UNFICYP", "un-mission", "UNFICYP")
	f.date("since 2005", "2005/..").date("in 2006", "2006").date("in 2006", "2006").date("in May 2006", "2006-05").date("in 2006", "2006")
	f.count("200 members", 200, 200, "members", "")
	f.count("About 9,000 troops", 9000, 9000, "troops", "")
	f.count("About 3,000 refugees", 3000, 3000, "refugees", "")
	f.expect()
}

// One statement dated by a list of points ("in 1998, 2001 and 2004") spans
// from the first to the last; points joined by other words do not.
func TestDeployPointListSpans(t *testing.T) {
	f := newDepFixture(t, "Norway has sent police officers to Haiti in 1998, 2001 and 2004. Norway sent 6 police officers to Haiti in 2007 before the floods in 2008.")
	f.place("Norway", "country", "Norway").place("Haiti", "country", "Haiti")
	f.role("civilian police officer", "police officers")
	f.count("6 police officers", 6, 6, "police officers", "civilian police officer")
	f.date("in 1998", "1998").date("2001", "2001").date("2004", "2004")
	f.date("in 2007", "2007").date("in 2008", "2008")
	f.expect(
		"Norway|-|civilian police officer|-|-|1998-01-01|2004-12-31|Haiti",
		"Norway|-|civilian police officer|6|6|2007-01-01|-|Haiti",
	)
}

// A count that qualifies a noun of places right after it ("four team
// sites") counts the sites: no deployment is read from it. A count of
// people with a place after a preposition still is one.
func TestDeployCountOfSites(t *testing.T) {
	f := newDepFixture(t, "The monitors are deployed at four team sites along the border.")
	f.role("monitor", "monitors")
	f.count("four team", 4, 4, "team", "monitor")
	f.expect("-|-|monitor|-|-|-|-|-") // the monitors, not four of them

	g := newDepFixture(t, "Canada deployed four monitors at team sites along the border in 2010.")
	g.place("Canada", "country", "Canada")
	g.count("four monitors", 4, 4, "monitors", "")
	g.date("in 2010", "2010")
	g.expect("Canada|-|-|4|4|2010-01-01|-|-")

	h := newDepFixture(t, "Canada sent 30 engineers to two company bases in 2010.")
	h.place("Canada", "country", "Canada")
	h.count("30 engineers", 30, 30, "engineers", "")
	h.count("two company", 2, 2, "company", "")
	h.date("in 2010", "2010")
	h.expect("Canada|-|-|30|30|2010-01-01|-|-")
}

// A number opening its clause as the subject of a dispatch verb, alone or
// after "the" and a word picking out part of a group ("the first two"),
// is a deployment of its own, even beside counted objects of other verbs
// in the sentence; "the last one" is a pronoun, and a number inside a
// clause is not a subject.
func TestDeployBareNumberSubjects(t *testing.T) {
	text := "Canada sent four officers to UNMIS in 2010. The first two served from May 2010 to May 2011; the next two officers took over in May 2011 and stayed until June 2012."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.count("four officers", 4, 4, "officers", "")
	f.count("two officers", 2, 2, "officers", "")
	f.date("in 2010", "2010").date("from May 2010 to May 2011", "2010-05/2011-05")
	f.date("in May 2011", "2011-05").date("until June 2012", "../2012-06")
	f.expect(
		"Canada|un.unmis|-|4|4|2010-01-01|-|-",
		"Canada|un.unmis|-|2|2|2010-05-01|2011-05-31|-",
		"Canada|un.unmis|-|2|2|2011-05-01|2012-06-30|-",
	)

	g := newDepFixture(t, "The remaining ten were posted to Dili in 2001.")
	g.place("Dili", "city", "Dili")
	g.date("in 2001", "2001")
	g.expect("-|-|-|10|10|2001-01-01|-|Dili")

	h := newDepFixture(t, "Five aircraft flew home in May; the last one stayed until June 2000.")
	h.date("until June 2000", "../2000-06")
	h.expect()

	k := newDepFixture(t, "Each week, reports from 12 served the planning of the mission in 2001.")
	k.date("in 2001", "2001")
	k.expect()
}

// A date in a relative clause on another noun after the dispatch word
// (", which ...", ", where ...") dates that clause, not the deployment; a
// dispatch word inside the relative clause makes it the statement's again.
func TestDeployRelativeClauseDate(t *testing.T) {
	f := newDepFixture(t, "Canada sent 6 officers to support the talks, which restarted in May 2005.")
	f.place("Canada", "country", "Canada")
	f.count("6 officers", 6, 6, "officers", "")
	f.date("in May 2005", "2005-05")
	f.expect("Canada|-|-|6|6|-|-|-")

	g := newDepFixture(t, "Canada sent 6 officers to Juba, where fighting broke out in July 2016.")
	g.place("Canada", "country", "Canada").place("Juba", "city", "Juba")
	g.count("6 officers", 6, 6, "officers", "")
	g.date("in July 2016", "2016-07")
	g.expect("Canada|-|-|6|6|-|-|Juba")

	h := newDepFixture(t, "Canada sent 6 officers to Juba, where they served from May 2010 to May 2011.")
	h.place("Canada", "country", "Canada").place("Juba", "city", "Juba")
	h.count("6 officers", 6, 6, "officers", "")
	h.date("from May 2010 to May 2011", "2010-05/2011-05")
	h.expect("Canada|-|-|6|6|2010-05-01|2011-05-31|Juba")

	k := newDepFixture(t, "Canada sent 6 officers to UNMIS in April 2009, which was its first contribution.")
	k.place("Canada", "country", "Canada")
	k.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	k.count("6 officers", 6, 6, "officers", "")
	k.date("in April 2009", "2009-04")
	k.expect("Canada|un.unmis|-|6|6|2009-04-01|-|-")
}

// "It was the first time (that) X sent ..." judges a dispatch the page
// has stated: with no count it is no deployment. The adverbial "For the
// first time, X sent ..." is a statement, and so is a counted complement.
func TestDeployFirstTimeComplement(t *testing.T) {
	f := newDepFixture(t, "It was the first time that Canada took part in the monitoring of an election in 2004.")
	f.place("Canada", "country", "Canada")
	f.date("in 2004", "2004")
	f.expect()

	g := newDepFixture(t, "This is the first time Canada has dispatched engineers abroad.")
	g.place("Canada", "country", "Canada")
	g.expect()

	h := newDepFixture(t, "For the first time, Canada dispatched engineers to UNMISS in 2012.")
	h.place("Canada", "country", "Canada")
	h.org("un.unmiss", "UNMISS", "un-mission", "UNMISS")
	h.date("in 2012", "2012")
	h.expect("Canada|un.unmiss|-|-|-|2012-01-01|-|-")

	k := newDepFixture(t, "It was the first time that Canada sent 40 engineers abroad.")
	k.place("Canada", "country", "Canada")
	k.count("40 engineers", 40, 40, "engineers", "")
	k.expect("Canada|-|-|40|40|-|-|-")
}

// A count before a dispatch word that only tells of another noun (a
// reduced relative, or a verb whose named subject is no contributor) is
// the subject of the finite verb between them, not people sent; with no
// auxiliary between, the participle modifies the count itself.
func TestDeployCountSubjectOfOtherVerb(t *testing.T) {
	f := newDepFixture(t, "In May 2009, a force of up to 4,000 personnel will assume the duties of the African Union force (AMIS) deployed there since 2004.")
	f.org("amis", "African Union Mission in Sudan", "other", "African Union force", "AMIS")
	f.count("up to 4,000 personnel", -1, 4000, "personnel", "")
	f.date("In May 2009", "2009-05").date("since 2004", "2004/..")
	f.expect()

	g := newDepFixture(t, "In May 2009, a force of up to 4,000 personnel will assume the duties of the troops deployed there since 2004.")
	g.count("up to 4,000 personnel", -1, 4000, "personnel", "")
	g.date("In May 2009", "2009-05").date("since 2004", "2004/..")
	g.expect()

	h := newDepFixture(t, "About 350 personnel deployed in Juba since 2012 built roads.")
	h.place("Juba", "city", "Juba")
	h.count("About 350 personnel", 350, 350, "personnel", "")
	h.date("since 2012", "2012/..")
	h.expect("-|-|-|350|350|2012-01-01|-|Juba")
}

// A line "UNIT NAME (ACR): N people" in a list of a country's units abroad
// states that they are there; a label that is no unit's name (a figure, a
// category, a UN mission) does not, nor does a colon inside prose.
func TestDeployPresenceItem(t *testing.T) {
	text := "Our units abroad\n\n  • Engineer Support Contingent (ESC): 40 engineers and 10 medics, who repair roads.\n  • Coastal Watch Group (CWG): about 85 personnel.\n"
	f := newDepFixture(t, text)
	f.place("Canada", "country")
	f.count("40 engineers", 40, 40, "engineers", "")
	f.count("10 medics", 10, 10, "medics", "")
	f.count("about 85 personnel", 85, 85, "personnel", "")
	f.expect("-|-|-|40|40|-|-|-", "-|-|-|10|10|-|-|-", "-|-|-|85|85|-|-|-")

	// a noun of sending names a body sent abroad though no unit word does;
	// an armed service's size at home is no presence abroad, even found
	// as a military organization; nor is a name with no unit word
	g := newDepFixture(t, "Deployment Air Wing (DAW): 50 personnel rotating every four months.\n")
	g.count("50 personnel", 50, 50, "personnel", "")
	g.expect("-|-|-|50|50|-|-|-")
	h := newDepFixture(t, "Air Wing Kilo (AWK): 50 personnel rotating every four months.\nMaritime Self-Defense Force (MSDF): about 45,000 personnel.\n")
	h.org("msdf", "Maritime Self-Defense Force", "military", "Maritime Self-Defense Force", "MSDF")
	h.count("50 personnel", 50, 50, "personnel", "")
	h.count("about 45,000 personnel", 45000, 45000, "personnel", "")
	h.expect()

	k := newDepFixture(t, "Strength (as of 30 June 2015)\n  Total personnel: 1,200\n  UN police: 80\n  Military Component: 900 troops\n")
	k.count("personnel: 1,200", 1200, 1200, "personnel", "")
	k.count("police: 80", 80, 80, "police", "")
	k.count("900 troops", 900, 900, "troops", "")
	k.date("as of 30 June 2015", "2015-06-30")
	k.expect()

	m := newDepFixture(t, "United Nations Force in Freedonia (UNFF): 800 troops\n")
	m.org("un.unff", "UNFF", "un-mission", "United Nations Force in Freedonia", "UNFF")
	m.count("800 troops", 800, 800, "troops", "")
	m.expect()

	n := newDepFixture(t, "The Support Group said: 30 personnel would be enough.\n")
	n.count("30 personnel", 30, 30, "personnel", "")
	n.expect()
}

// A count of people named by a generic noun ("one staff member", "two
// officials") takes the role of a definite noun phrase of the same number
// opening the next sentence ("The adviser will ..."); a role of another
// number, an indefinite opening or a specific noun of its own does not.
func TestDeployRoleByDefiniteNoun(t *testing.T) {
	text := "Canada will send one staff member of its aid agency to the ceasefire team in 2007. The adviser will work at its headquarters."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.role("development adviser", "adviser")
	f.count("one staff member of its aid agency", 1, 1, "staff member", "")
	f.date("in 2007", "2007")
	f.expect("Canada|-|development adviser|1|1|2007-01-01|-|-")

	g := newDepFixture(t, "Canada will send two officials to the ceasefire team in 2007. The adviser of the team is Swiss.")
	g.place("Canada", "country", "Canada")
	g.role("development adviser", "adviser")
	g.count("two officials", 2, 2, "officials", "")
	g.date("in 2007", "2007")
	g.expect("Canada|-|-|2|2|2007-01-01|-|-")

	h := newDepFixture(t, "Canada will send one staff member to the ceasefire team in 2007. An adviser from Chile will join later.")
	h.place("Canada", "country", "Canada")
	h.role("development adviser", "adviser")
	h.count("one staff member", 1, 1, "staff member", "")
	h.date("in 2007", "2007")
	h.expect("Canada|-|-|1|1|2007-01-01|-|-")

	k := newDepFixture(t, "Canada will send two engineers to the ceasefire team in 2007. The advisers of the team are Swiss.")
	k.place("Canada", "country", "Canada")
	k.role("development adviser", "advisers")
	k.count("two engineers", 2, 2, "engineers", "")
	k.date("in 2007", "2007")
	k.expect("Canada|-|-|2|2|2007-01-01|-|-")
}

// An uncounted unit named by its kind ("a police contingent") takes the
// one role the document names with a mention opening on that word; with
// two such roles, or none, it stays without a role.
func TestDeployRoleByUnitModifier(t *testing.T) {
	text := "Police officers come from nine countries. Norway has sent a police contingent to Cyprus since 2004."
	f := newDepFixture(t, text)
	f.place("Norway", "country", "Norway").place("Cyprus", "country", "Cyprus")
	f.role("civilian police officer", "Police officers")
	f.date("since 2004", "2004/..")
	f.expect("Norway|-|civilian police officer|-|-|2004-01-01|-|Cyprus")

	g := newDepFixture(t, "Police officers and police advisers come from nine countries. Norway has sent a police contingent to Cyprus since 2004.")
	g.place("Norway", "country", "Norway").place("Cyprus", "country", "Cyprus")
	g.role("civilian police officer", "Police officers")
	g.role("police adviser", "police advisers")
	g.date("since 2004", "2004/..")
	g.expect("Norway|-|-|-|-|2004-01-01|-|Cyprus")

	h := newDepFixture(t, "Staff officers come from nine countries. Norway has sent a medical team to Cyprus since 2004.")
	h.place("Norway", "country", "Norway").place("Cyprus", "country", "Cyprus")
	h.role("staff officer", "Staff officers")
	h.date("since 2004", "2004/..")
	h.expect("Norway|-|-|-|-|2004-01-01|-|Cyprus")
}

// People that "its" gives to a mission are the mission's, no country's
// deployment; "its" standing for a country or a unit is the sender's own.
func TestDeployItsMission(t *testing.T) {
	f := newDepFixture(t, "The mission has about 9,000 troops, and its police component of 700 officers has been deployed since 2010.")
	f.count("about 9,000 troops", 9000, 9000, "troops", "")
	f.count("700 officers", 700, 700, "officers", "")
	f.date("since 2010", "2010/..")
	f.expect()

	g := newDepFixture(t, "UNMISS opened in 2011. Its military observers are deployed at team sites in Bor.")
	g.org("un.unmiss", "UNMISS", "un-mission", "UNMISS")
	g.role("military observer", "military observers")
	g.place("Bor", "city", "Bor")
	g.date("in 2011", "2011")
	g.expect()

	// a principal organ is passed over: "its" is the mission's
	k := newDepFixture(t, "The Security Council established UNDOF in 1974. Its 1,200 troops have been deployed on the Golan since June 1974.")
	k.org("un.unsc", "Security Council", "un-body", "Security Council")
	k.org("un.undof", "UNDOF", "un-mission", "UNDOF")
	k.count("1,200 troops", 1200, 1200, "troops", "")
	k.date("in 1974", "1974").date("since June 1974", "1974-06/..")
	k.expect()

	h := newDepFixture(t, "Canada formed an engineering unit, and its company of 200 engineers was deployed to Juba in 2012.")
	h.place("Canada", "country", "Canada").place("Juba", "city", "Juba")
	h.count("200 engineers", 200, 200, "engineers", "")
	h.date("in 2012", "2012")
	h.expect("-|-|-|200|200|2012-01-01|-|Juba")
}

// "N people from COUNTRY" in a clause with no sender of its own names
// whose people they are; after a sender's verb "from" is where they set
// out, and a city is no contributor.
func TestDeployCountFromCountry(t *testing.T) {
	f := newDepFixture(t, "Canada sent 10 officers to UNMISS in 2010. About 300 troops from Ghana were stationed in Juba in 2011.")
	f.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana").place("Juba", "city", "Juba")
	f.org("un.unmiss", "UNMISS", "un-mission", "UNMISS")
	f.count("10 officers", 10, 10, "officers", "")
	f.count("About 300 troops from Ghana", 300, 300, "troops", "")
	f.date("in 2010", "2010").date("in 2011", "2011")
	f.expect("Canada|un.unmiss|-|10|10|2010-01-01|-|-", "Ghana|un.unmiss|-|300|300|2011-01-01|-|Juba")

	g := newDepFixture(t, "Canada flew 100 personnel from Ghana to Juba in 2011.")
	g.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana").place("Juba", "city", "Juba")
	g.count("100 personnel", 100, 100, "personnel", "")
	g.date("in 2011", "2011")
	g.expect("Canada|-|-|100|100|2011-01-01|-|Juba")

	h := newDepFixture(t, "Canada sent 10 officers to UNMISS in 2010. About 30 officers from Juba were posted to Bor in 2011.")
	h.place("Canada", "country", "Canada").place("Juba", "city", "Juba").place("Bor", "city", "Bor")
	h.org("un.unmiss", "UNMISS", "un-mission", "UNMISS")
	h.count("10 officers", 10, 10, "officers", "")
	h.count("About 30 officers", 30, 30, "officers", "")
	h.date("in 2010", "2010").date("in 2011", "2011")
	for _, d := range h.read() {
		if d.d.Contributor != "Canada" {
			t.Errorf("a city is no contributor: got %q for %s", d.d.Contributor, depLine(d.d))
		}
	}
}

// A nationality adjective on the unit whose people are counted after "of"
// ("the Ghanaian battalion of 800 soldiers was deployed") tells whose they
// are.
func TestDeployDemonymOfUnit(t *testing.T) {
	f := newDepFixture(t, "The Ghanaian battalion of some 800 soldiers was deployed to Bor in 2011.")
	f.place("Bor", "city", "Bor")
	f.count("some 800 soldiers", 800, 800, "soldiers", "")
	f.date("in 2011", "2011")
	f.expect("Ghana|-|-|800|800|2011-01-01|-|Bor")
}

// A statement with no count and no role that names no country nor armed
// force tells neither who nor whose: no deployment, whatever the page's
// default contributor. An armed force or a country in the clause owns it.
func TestDeployUnownedStatement(t *testing.T) {
	text := "Canada sent 12 officers to UNDOF in 2001. Peacekeepers have served in the buffer zone since 1974."
	f := newDepFixture(t, text)
	f.place("Canada", "country", "Canada")
	f.org("un.undof", "UNDOF", "un-mission", "UNDOF")
	f.count("12 officers", 12, 12, "officers", "")
	f.date("in 2001", "2001").date("since 1974", "1974/..")
	f.expect("Canada|un.undof|-|12|12|2001-01-01|-|-")

	g := newDepFixture(t, "Canada sent 12 officers to UNDOF in 2001. Canadian Forces personnel have served in the buffer zone since 1974.")
	g.place("Canada", "country", "Canada")
	g.org("un.undof", "UNDOF", "un-mission", "UNDOF")
	g.org("canadian-forces", "Canadian Forces", "military", "Canadian Forces")
	g.count("12 officers", 12, 12, "officers", "")
	g.date("in 2001", "2001").date("since 1974", "1974/..")
	g.expect("Canada|un.undof|-|12|12|2001-01-01|-|-", "Canada|un.undof|-|-|-|1974-01-01|-|-")
}

// A count of people "from" a list of countries is a multinational group,
// not one contributor's deployment.
func TestDeployFromListOfCountries(t *testing.T) {
	f := newDepFixture(t, "Canada sent 10 officers to UNMISS in 2010. Some 60 monitors from Ghana, Chile and Peru were deployed in the region in 2004.")
	f.place("Canada", "country", "Canada").place("Ghana", "country", "Ghana").place("Chile", "country", "Chile").place("Peru", "country", "Peru")
	f.org("un.unmiss", "UNMISS", "un-mission", "UNMISS")
	f.count("10 officers", 10, 10, "officers", "")
	f.count("Some 60 monitors", 60, 60, "monitors", "")
	f.date("in 2010", "2010").date("in 2004", "2004")
	f.expect("Canada|un.unmiss|-|10|10|2010-01-01|-|-")
}

// The first deployment of a release titled "Dispatch of ROLE to ..." takes
// the title's role when it counts people by a generic noun; a title with
// two roles or without a noun of sending, a specific noun, and later
// deployments are left alone.
func TestDeployRoleByTitle(t *testing.T) {
	const body = "\n\nMay 2, 2007\n\n1. Canada will send one staff member of its aid agency to the ceasefire team on May 10. Two officials will also be sent to the team.\n"
	f := newDepFixture(t, "Dispatch of a Development Adviser to the Ceasefire Team"+body)
	f.place("Canada", "country", "Canada")
	f.role("development adviser", "Development Adviser")
	f.count("one staff member of its aid agency", 1, 1, "staff member", "")
	f.count("Two officials", 2, 2, "officials", "")
	f.date("May 2, 2007", "2007-05-02").date("on May 10", "2007-05-10")
	f.expect("Canada|-|development adviser|1|1|2007-05-10|-|-", "Canada|-|-|2|2|-|-|-")

	g := newDepFixture(t, "Dispatch of a Development Adviser and Police Advisers to the Ceasefire Team"+body)
	g.place("Canada", "country", "Canada")
	g.role("development adviser", "Development Adviser")
	g.role("police adviser", "Police Advisers")
	g.count("one staff member of its aid agency", 1, 1, "staff member", "")
	g.count("Two officials", 2, 2, "officials", "")
	g.date("May 2, 2007", "2007-05-02").date("on May 10", "2007-05-10")
	g.expect("Canada|-|-|1|1|2007-05-10|-|-", "Canada|-|-|2|2|-|-|-")

	h := newDepFixture(t, "A Development Adviser for the Ceasefire Team"+body)
	h.place("Canada", "country", "Canada")
	h.role("development adviser", "Development Adviser")
	h.count("one staff member of its aid agency", 1, 1, "staff member", "")
	h.count("Two officials", 2, 2, "officials", "")
	h.date("May 2, 2007", "2007-05-02").date("on May 10", "2007-05-10")
	h.expect("Canada|-|-|1|1|2007-05-10|-|-", "Canada|-|-|2|2|-|-|-")
}

// A date in a clause whose subject is an ordinal part (", the second
// group arriving on 5 May") dates that part, not the total counted before;
// an ordinal part read on its own keeps its dates.
func TestDeployOrdinalClauseDate(t *testing.T) {
	f := newDepFixture(t, "Canada sent six officers to UNMIS in two groups of three each, the second group arriving on 5 May 2006.")
	f.place("Canada", "country", "Canada")
	f.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	f.count("six officers", 6, 6, "officers", "")
	f.date("on 5 May 2006", "2006-05-05")
	f.expect("Canada|un.unmis|-|6|6|-|-|-")

	g := newDepFixture(t, "Canada sent six officers to UNMIS on 1 March 2006, the last of them returning in 2007.")
	g.place("Canada", "country", "Canada")
	g.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	g.count("six officers", 6, 6, "officers", "")
	g.date("on 1 March 2006", "2006-03-01").date("in 2007", "2007")
	g.expect("Canada|un.unmis|-|6|6|2006-03-01|-|-")

	h := newDepFixture(t, "Canada sent two units of 40 personnel each to UNMIS. The first served from April to November 1996, and the second from November 1996 to May 1997.")
	h.place("Canada", "country", "Canada")
	h.org("un.unmis", "UNMIS", "un-mission", "UNMIS")
	h.count("two units of 40 personnel each", 80, 80, "personnel", "")
	h.date("from April to November 1996", "1996-04/1996-11").date("from November 1996 to May 1997", "1996-11/1997-05")
	h.expect("Canada|un.unmis|-|80|80|-|-|-", "Canada|un.unmis|-|40|40|1996-04-01|1996-11-30|-", "Canada|un.unmis|-|40|40|1996-11-01|1997-05-31|-")
}
