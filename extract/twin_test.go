package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The same content as an HTML page (with chrome full of dates and numbers)
// and as plain text must give the same date and count values, and nothing
// from the chrome.
const twinHTML = `<!DOCTYPE html><html><head><title>Assignment in Mozambique | Portal</title>
<style>.x { width: 1994px }</style><script>var since = "March 1990"; track(2001, "visits");</script></head>
<body><header>Updated 4 April 2015 | 12 officers online</header>
<nav><ul><li>Archive 1992-2013</li><li>Missions (5 current)</li></ul></nav>
<main><h1>Assignment in Mozambique</h1>
<p>From May 1993 to January 1995, Japan sent <b>five staff officers</b> to ONUMOZ in Maputo.</p>
<p>In addition, 48 SDF personnel of a movement control unit served there &amp; returned in January 1995.</p>
</main><aside>See also: 25 years since 1992</aside><footer>&copy; 2015 Cabinet Office</footer></body></html>`

const twinText = `Assignment in Mozambique

From May 1993 to January 1995, Japan sent five staff officers to ONUMOZ in Maputo.

In addition, 48 SDF personnel of a movement control unit served there & returned in January 1995.`

func values(t *testing.T, d *Doc) []string {
	t.Helper()
	res, err := Extract(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range res.Dates {
		out = append(out, "date "+x.Interval.Value())
	}
	for _, x := range res.Counts {
		out = append(out, fmt.Sprintf("count %v..%v", deref(x.Min), deref(x.Max)))
	}
	return out
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestHTMLAndTextTwinsGiveTheSameValues(t *testing.T) {
	text, title, _, err := DecodeHTML([]byte(twinHTML))
	if err != nil {
		t.Fatal(err)
	}
	if title != "Assignment in Mozambique" {
		t.Errorf("title = %q", title)
	}
	for _, chrome := range []string{"Updated", "Archive", "visits", "See also", "Cabinet Office", "width"} {
		if strings.Contains(text, chrome) {
			t.Errorf("chrome %q leaked into the text:\n%s", chrome, text)
		}
	}
	if text != twinText {
		t.Errorf("HTML text differs from its text twin:\n got: %q\nwant: %q", text, twinText)
	}
	h := values(t, &Doc{ID: "h", Format: "html", Text: text})
	p := values(t, &Doc{ID: "p", Format: "text", Text: twinText})
	if strings.Join(h, "; ") != strings.Join(p, "; ") {
		t.Errorf("values differ:\nhtml: %q\ntext: %q", h, p)
	}
	if len(h) == 0 || !strings.Contains(strings.Join(h, ";"), "date 1993-05/1995-01") {
		t.Errorf("expected the range 1993-05/1995-01 among %q", h)
	}
}
