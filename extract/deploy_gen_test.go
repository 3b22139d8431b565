package extract

import (
	"strings"
	"testing"
)

// depGenCases are short pages written for this test (not copied from any
// corpus or held-out page), one rule each, run through every stage; want
// lists role|min|max|start|end of each deployment in order (role "*" when
// the role stage decides it).
var depGenCases = []struct {
	name string
	text string
	want []string
}{
	{
		name: "a strength line dated 'as of' is a mission's figures, not a dispatch",
		text: "United Nations Interim Force in Lebanon (UNIFIL)\n\nStrength (as of 30 April 2015): 10,200 troops, 120 police officers and 55 UN Volunteers\n",
		want: nil,
	},
}

func TestDeployGeneral(t *testing.T) {
	for _, c := range depGenCases {
		a := analyseForDeployments(t, "gen", c.text)
		FindDeployments(a)
		var got []string
		for k, d := range a.Res.Deployments {
			fields := strings.Split(depLine(d), "|")[2:7]
			if k < len(c.want) && strings.HasPrefix(c.want[k], "*|") {
				fields[0] = "*"
			}
			got = append(got, strings.Join(fields, "|"))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", c.name, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
	}
}
