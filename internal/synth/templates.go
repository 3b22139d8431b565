package synth

import (
	"fmt"
	"strconv"
	"strings"
)

// ---- numbers and counts

// word spells n (0..99) in English words.
func word(n int) string {
	switch {
	case n <= 20:
		return ones[n]
	case n < 100 && n%10 == 0:
		return tens[n/10]
	case n < 100:
		return tens[n/10] + "-" + ones[n%10]
	}
	return strconv.Itoa(n)
}

// grouped writes n with thousands separators: 1,500.
func grouped(n int) string {
	s := strconv.Itoa(n)
	if n < 1000 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// num writes a count of people as a page would: small numbers often in
// words, larger ones in digits with separators.
func (g *gen) num(n int) string {
	if n <= 20 && g.chance(0.6) {
		return word(n)
	}
	return grouped(n)
}

// small is a team-sized number; large a contingent-sized one.
func (g *gen) small() int { return 2 + g.n(18) }
func (g *gen) large() int {
	return []int{30, 45, 48, 53, 80, 100, 120, 150, 180, 200, 240, 300, 350, 400, 600, 680, 1200, 1500, 2000}[g.n(19)]
}

// count is a count phrase with its noun: "about 600 engineers", "two or
// three staff officers", "more than 30 election observers".
func (g *gen) count(noun string) string {
	switch g.n(9) {
	case 0:
		return fmt.Sprintf("%s %s %s", g.of([]string{"about", "approximately", "some", "around"}), grouped(g.large()), noun)
	case 1:
		a := 1 + g.n(5)
		return fmt.Sprintf("%s or %s %s", word(a), word(a+1), noun)
	case 2:
		return fmt.Sprintf("%s %s %s", g.of([]string{"more than", "over", "at least"}), grouped(g.large()), noun)
	case 3:
		return fmt.Sprintf("up to %s %s", grouped(g.large()), noun)
	case 4:
		return fmt.Sprintf("a total of %s %s", g.num(g.small()), noun)
	case 5:
		return fmt.Sprintf("%s %s in total", g.num(g.large()), noun)
	case 6:
		return fmt.Sprintf("%s %s", g.num(g.large()), noun)
	}
	return fmt.Sprintf("%s %s", g.num(g.small()), noun)
}

// ---- dates

func (g *gen) month() int { return 1 + g.n(12) }
func (g *gen) day() int   { return 1 + g.n(28) }
func (g *gen) yr(d int) int {
	y := g.year + d
	if y > 2025 {
		y = 2025
	}
	return y
}

// dayDate is a full date in one of the styles pages use.
func (g *gen) dayDate(y int) string {
	m, d := g.month(), g.day()
	switch g.n(6) {
	case 0:
		return fmt.Sprintf("%d %s %d", d, monthNames[m-1], y)
	case 1:
		return fmt.Sprintf("%s %d, %d", monthAbbr[m-1], d, y)
	case 2:
		return fmt.Sprintf("%d-%02d-%02d", y, m, d)
	}
	return fmt.Sprintf("%s %d, %d", monthNames[m-1], d, y)
}

// period is a stretch of time: a range, an open range or a point.
func (g *gen) period() string {
	y := g.yr(0)
	m1, m2 := g.month(), g.month()
	switch g.n(10) {
	case 0:
		return fmt.Sprintf("from %s %d to %s %d", monthNames[m1-1], y, monthNames[m2-1], y+1)
	case 1:
		if m2 < m1 {
			m1, m2 = m2, m1
		}
		if m1 == m2 {
			m2 = m1%12 + 1
		}
		if m2 < m1 {
			return fmt.Sprintf("from %s %d to %s %d", monthNames[m1-1], y, monthNames[m2-1], y+1)
		}
		return fmt.Sprintf("from %s through %s %d", monthNames[m1-1], monthNames[m2-1], y)
	case 2:
		return fmt.Sprintf("between %s %d and %s %d", monthNames[m1-1], y, monthNames[m2-1], y+1+g.n(2))
	case 3:
		return fmt.Sprintf("until the end of %d", y+1)
	case 4:
		return fmt.Sprintf("since %s %d", monthNames[m1-1], y)
	case 5:
		return fmt.Sprintf("in %d", y)
	case 6:
		return fmt.Sprintf("for one year starting %s", g.dayDate(y))
	case 7:
		return fmt.Sprintf("%d–%d", y, y+1+g.n(3))
	case 8:
		return fmt.Sprintf("until %s", g.dayDate(y+1))
	}
	return fmt.Sprintf("in %s of the same year", monthNames[m1-1])
}

// ---- sentences

func cap1(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// sentence is one paragraph-sized statement about the page's facts.
func (g *gen) sentence() string {
	m := g.m
	switch g.n(16) {
	case 0:
		return fmt.Sprintf("On %s, the Government of %s decided to send %s to the %s (%s) in %s.",
			g.dayDate(g.yr(0)), g.country, g.count(g.role.many), m.name, m.acr, m.host)
	case 1:
		return fmt.Sprintf("The %s will work in %s and the surrounding districts %s, %s.",
			g.role.many, g.place(), g.period(), g.of(tasks))
	case 2:
		return fmt.Sprintf("Since it was set up in %s %d, %s has been %s and assisting the authorities of %s.",
			monthNames[g.month()-1], m.from, m.acr, g.of(tasks), m.host)
	case 3:
		return fmt.Sprintf("%s has so far contributed %s to %s, %s of whom served at the mission headquarters in %s.",
			cap1(g.country), g.count(g.role.many), m.acr, g.num(g.small()), g.place())
	case 4:
		return fmt.Sprintf("The %s, made up of %s, handed over its duties to the contingent from %s on %s.",
			g.unit, g.count("personnel"), g.of(contributors), g.dayDate(g.yr(1)))
	case 5:
		return fmt.Sprintf("By resolution %d the Security Council extended the mandate of %s %s.",
			1000+g.n(1500), m.acr, g.period())
	case 6:
		return fmt.Sprintf("%s were rotated %s, each group staying about six months.",
			cap1(g.count(g.role.many)), g.period())
	case 7:
		return fmt.Sprintf("The %s repaired some %d km of roads and %d bridges near %s, and moved %d tons of supplies.",
			g.unit, 20+g.n(300), 2+g.n(30), g.place(), 100+g.n(5000))
	case 8:
		return fmt.Sprintf("At the request of %s, relief goods including %s tents and %d blankets were flown to %s %s.",
			g.of(agencies), grouped(200+g.n(3000)), 500+g.n(9000), g.place(), g.period())
	case 9:
		return fmt.Sprintf("%s visited %s on %s and met %s of %s to discuss the %s.",
			cap1(g.of(officials)), g.place(), g.dayDate(g.yr(0)), g.of(officials), m.acr, g.role.many)
	case 10:
		a := 1 + g.n(4)
		return fmt.Sprintf("%s or %s %s are expected to join the team in %s of the same year.",
			cap1(word(a)), word(a+1), g.role.many, monthNames[g.month()-1])
	case 11:
		return fmt.Sprintf("As of %s, the strength of %s stood at %s troops and %s police, supported by %s civilian staff.",
			g.dayDate(g.yr(1)), m.acr, grouped(g.large()*3), grouped(g.large()), grouped(g.large()))
	case 12:
		o := g.other()
		name := o.name
		if g.chance(0.4) {
			name = strings.Replace(name, "United Nations", "UN", 1) // pages mix the two
		}
		return fmt.Sprintf("Before joining %s, several of the %s had served with the %s (%s) %s.",
			m.acr, g.role.many, name, o.acr, g.period())
	case 13:
		return fmt.Sprintf("%s, in cooperation with %s, organized a course of %d days for %s in %s.",
			cap1(g.of(agencies)), g.of(agencies), 3+g.n(20), g.count("local officials"), g.place())
	case 14:
		return fmt.Sprintf("The %s of %s, %s, arrived in %s %s; %s were sent to %s.",
			g.unit, g.country, g.count("personnel"), g.place(), g.period(), g.num(g.small()), g.place())
	}
	return fmt.Sprintf("%s observed the %s in %s %s, visiting %d polling stations.",
		cap1(g.count(g.of([]string{"election observers", "election monitors", "observers"}))), g.of([]string{"elections", "referendum", "vote"}), m.host, g.period(), 10+g.n(200))
}

// filler is a sentence of background with few or no facts, as real pages
// have between their statements (it keeps the density of mentions near
// that of the real corpus: about 14 records per KB).
func (g *gen) filler() string {
	m := g.m
	switch g.n(12) {
	case 0:
		return fmt.Sprintf("The situation in %s remained tense, and the parties were slow to carry out the agreements they had signed.", m.host)
	case 1:
		return "Members of the team also took part in local events and taught residents how to maintain the repaired facilities."
	case 2:
		return fmt.Sprintf("The work of %s was widely praised by the local authorities and by other contributing countries.", m.acr)
	case 3:
		return "Conditions were harsh: roads turned to mud in the rainy season, and water and fuel had to be brought in from far away."
	case 4:
		return "The personnel worked closely with colleagues from many countries, sharing camps, vehicles and meals."
	case 5:
		return fmt.Sprintf("These activities contributed to peace and stability in %s and to the reputation of %s as a reliable partner.", m.host, g.country)
	case 6:
		return "Before leaving, the members received training in first aid, communications and the local language."
	case 7:
		return fmt.Sprintf("For more details, see the pages on %s and on the history of international peace cooperation.", m.acr)
	case 8:
		return "Safety of the personnel was given the highest priority throughout the assignment."
	case 9:
		return "The headquarters coordinated the rotation of staff and the supply of equipment with the host government."
	case 10:
		return fmt.Sprintf("Photographs of the activities in %s are shown below.", g.place())
	}
	return "The assignment was carried out under the principles of consent of the parties, impartiality and the minimum use of force."
}

func (g *gen) paragraph() string {
	k := 1 + g.n(3)
	s := make([]string, k)
	for i := range s {
		if g.chance(0.4) {
			s[i] = g.filler()
		} else {
			s[i] = g.sentence()
		}
	}
	return strings.Join(s, " ")
}

// ---- pages

func (g *gen) dateLine() string {
	y, m, d := g.yr(0), g.month(), g.day()
	g.ref = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	if g.chance(0.5) {
		return fmt.Sprintf("%s %d, %d", monthNames[m-1], d, y)
	}
	return fmt.Sprintf("%d %s %d", d, monthNames[m-1], y)
}

func (g *gen) pressRelease(p *page, target int, isHTML bool) {
	titles := []string{
		"Dispatch of %s to %s",
		"Extension of the Dispatch of %s to %s",
		"Completion of the Assignment of %s in %s",
	}
	p.add("h1", fmt.Sprintf(g.of(titles), cap1(g.role.many), g.m.acr))
	p.add("date", g.dateLine())
	p.add("li", fmt.Sprintf("On %s %d (%s), %s decided to dispatch %s to the %s (%s).",
		monthNames[g.month()-1], g.day(), g.of(weekdays), g.of([]string{"the Cabinet", "the Government of " + g.country, "the Minister of Defense"}),
		g.count(g.role.many), g.m.name, g.m.acr))
	g.fill(p, target-60, isHTML, func() block { return block{kind: "li", text: g.paragraph()} })
	p.add("small", "(END)")
	p.add("small", "Related Information ("+g.country+"-"+strings.TrimPrefix(g.m.host, "the ")+" Relations)")
}

func (g *gen) factSheet(p *page, target int, isHTML bool) {
	p.add("h1", fmt.Sprintf("%s (%s)", g.m.name, g.m.acr))
	p.add("h2", "1. Outline")
	p.add("p", g.paragraph())
	p.add("h2", "2. Dispatch")
	rows := [][]string{
		{"Period of dispatch", g.period()},
		{"Personnel", g.count(g.role.many)},
		{"Area of activities", g.place() + ", " + g.m.host},
		{"Duties", g.of(tasks)},
	}
	for _, r := range rows {
		if isHTML {
			p.blocks = append(p.blocks, block{kind: "row", cell: r})
		} else {
			p.add("li", r[0]+": "+r[1])
		}
	}
	p.add("h2", "3. Activities")
	g.fill(p, target, isHTML, func() block { return block{kind: "p", text: g.paragraph()} })
}

func (g *gen) history(p *page, target int, isHTML bool) {
	p.add("h1", fmt.Sprintf("International Peace Cooperation Assignment in %s", strings.TrimPrefix(g.m.host, "the ")))
	p.add("h2", "Capital: "+g.m.places[0])
	p.add("p", fmt.Sprintf("%s, %s dispatched %s to the %s (%s), providing support such as %s.",
		cap1(g.period()), g.country, g.count(g.role.many), g.m.name, g.m.acr, g.of(tasks)))
	if g.chance(0.5) {
		p.add("h2", cap1(g.role.many))
		p.add("small", cap1(g.of(tasks))+" at a border post")
	}
	g.fill(p, target, isHTML, func() block {
		if g.chance(0.15) {
			return block{kind: "h2", text: cap1(g.of(tasks))}
		}
		return block{kind: "p", text: g.paragraph()}
	})
}
