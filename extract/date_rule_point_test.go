package extract

import "testing"

func TestPointRule(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"The country became independent in 1962.", []string{"in 1962=1962"}},
		{"In May 2004, the council met.", []string{"In May 2004=2004-05"}},
		{"The accord was signed on July 7, 1999.", []string{"July 7, 1999=1999-07-07"}},
		{"The storm hit 8 November 2013.", []string{"8 November 2013=2013-11-08"}},
		{"PKO Feb. 1995 Report", []string{"Feb. 1995=1995-02"}},
		{"PKO Sept. 1993 Report", []string{"Sept. 1993=1993-09"}},
		{"Population: 4.2 million (1996)", []string{"(1996)=1996"}},
		{"Work slowed toward the end of 2009.", []string{"the end of 2009=2009"}},
		{"All returned by the end of March 2014.", []string{"by the end of March 2014=2014-03"}},
		{"Elections were held in 2007 and 2009.", []string{"in 2007=2007", "2009=2009"}},
		{"They arrived on 2011-07-09 at noon.", []string{"2011-07-09=2011-07-09"}},
		{"Signed 21/04/2016 in Geneva.", []string{"21/04/2016=2016-04-21"}},
		{"Adopted in the year 2000.", []string{"in the year 2000=2000"}},
		{"The plan for fiscal year 2008 was approved.", []string{"fiscal year 2008=2008-04/2009-03"}},
		{"the thirtieth of june, 2001", []string{"the thirtieth of june, 2001=2001-06-30"}},
		{"by twenty-first of march 2003", []string{"by twenty-first of march 2003=2003-03-21"}},
		{"On June 3 (Mon), the team left.", []string{"On June 3 (Mon)=2013-06-03"}},
		{"in two thousand and five", []string{"in two thousand and five=2005"}},
		{"Observers voted on 12 and 20 January 2010.", []string{"12=2010-01-12", "20 January 2010=2010-01-20"}},
		{"Teams rotated in March and June 2003.", []string{"in March=2003-03", "June 2003=2003-06"}},
		{"The council met on 3, 4 and 5 May 2011.", []string{"3=2011-05-03", "4=2011-05-04", "5 May 2011=2011-05-05"}},
		{"In the spring of 2010 the camp opened.", []string{"In the spring of 2010=2010"}},
		{"during the first half of 2011", []string{"during the first half of 2011=2011"}},
		{"In 2010, March brought rain.", []string{"In 2010=2010"}},
		{"Audits ran in 2009 but not 2011.", []string{"in 2009=2009", "2011=2011"}},
		// not dates
		{"Resolution 1701 was adopted.", nil},
		{"The council adopted resolution 1996 (2011) on the matter.", []string{"(2011)=2011"}},
		{"A total of 2000 troops were sent.", nil},
		{"For 12 years the unit served, six years abroad.", nil},
		{"Call 03-3580-3311 or write to 100-8919 Tokyo.", nil},
		{"Turnout was 1998 % of the target in 2010 people.", nil},
		{"The 1-6-1 formation was used.", nil},
		{"In 2000 cases the rule applied.", nil},
		{"The ratio was 10/11 and 3/4 in the survey.", nil},
		{"Ambiguous 05/06/2012 is left out.", nil},
		{"We may march on.", nil},
		{"The 21st battalion arrived.", nil},
		{"In March, the talks resumed.", []string{"In March=2013-03"}},
	})
}
