package extract

import "testing"

func TestRangeRule(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"Two teams served from March through October 2004 in the south.", []string{"from March through October 2004=2004-03/2004-10"}},
		{"Monitors stayed between March 2001 and June 2003.", []string{"between March 2001 and June 2003=2001-03/2003-06"}},
		{"Elections ran November to December 1997.", []string{"November to December 1997=1997-11/1997-12"}},
		{"The team voted from June 3 to 9, 1998, then left.", []string{"from June 3 to 9, 1998=1998-06-03/1998-06-09"}},
		{"The office opened April—July 2005.", []string{"April—July 2005=2005-04/2005-07"}},
		{"The second phase covered 1984 - 1986.", []string{"1984 - 1986=1984/1986"}},
		{"Patrols went on from 4 to 9 March 2011.", []string{"from 4 to 9 March 2011=2011-03-04/2011-03-09"}},
		{"A visit on 3 April 2012 to 6 April 2012 was brief.", []string{"3 April 2012 to 6 April 2012=2012-04-03/2012-04-06"}},
		{"Rotation Dec-Mar 2010 ended early.", []string{"Dec-Mar 2010=2009-12/2010-03"}},
		{"The range 2005-2009 is covered.", []string{"2005-2009=2005/2009"}},
		{"Observers served between 2001 and June 2004.", []string{"between 2001 and June 2004=2001/2004-06"}},
		{"Training from 2 to the 5th of May 2014.", []string{"from 2 to the 5th of May 2014=2014-05-02/2014-05-05"}},
		{"Talks from the beginning of 2003 to the end of 2005 failed.", []string{"from the beginning of 2003 to the end of 2005=2003/2005"}},
		{"Assigned 1/15/2009 - 3/20/2009 to the camp.", []string{"1/15/2009 - 3/20/2009=2009-01-15/2009-03-20"}},
		// year from the reference date: no year in the text
		{"The exercise runs August 5-9.", []string{"August 5-9=2013-08-05/2013-08-09"}},
		{"The 1992-93 budget and the 2008-09 report.", []string{"1992-93=1992/1993", "2008-09=2008-09"}},
		{"Budget for 2012/13 was approved.", []string{"2012/13=2012/2013"}},
		{"Dispatch period: 1992.9 - 1993.9", []string{"1992.9 - 1993.9=1992-09/1993-09"}},
		// two days or months in a row, joined by "and": one span
		{"Voting took place on 9 and 10 October 2004.", []string{"9 and 10 October 2004=2004-10-09/2004-10-10"}},
		{"Polls open August 29 and 30, 2009, in every province.", []string{"August 29 and 30, 2009=2009-08-29/2009-08-30"}},
		{"Convoys left in November and December 2006.", []string{"November and December 2006=2006-11/2006-12"}},
		{"The teams return in June and July.", []string{"June and July=2013-06/2013-07"}},
		// days or months apart, a longer list, "or": points
		{"Talks were held on 3 and 7 May 2011.", []string{"3=2011-05-03", "7 May 2011=2011-05-07"}},
		{"Meetings on 3, 4 and 5 May 2011.", []string{"3=2011-05-03", "4=2011-05-04", "5 May 2011=2011-05-05"}},
		{"Convoys left in November 2006 and December 2006.", []string{"in November 2006=2006-11", "December 2006=2006-12"}},
		{"Between 2008 and now, more came.", nil},
		// a start named relative to the text, "from" and an end with its year: one range
		{"Talks began on 5 June 1996. Monitors served from that day until March 1998.", []string{"5 June 1996=1996-06-05", "from that day until March 1998=1996-06-05/1998-03"}},
		{"Release\n\n2 March 2001\n\nThe unit serves from late April of this year until the end of June 2002.", []string{"2 March 2001=2001-03-02", "from late April of this year until the end of June 2002=2001-04/2002-06"}},
		// a relative start with nothing before it to resolve against: the
		// end the text states is kept alone
		{"Monitors served from that day until March 1998.", []string{"until March 1998=../1998-03"}},
		{"Monitors served from that day to March 1998.", nil},
		// without "from", or an end without its year: not one range
		{"Talks began on 5 June 1996. That day until March 1998 was calm.", []string{"5 June 1996=1996-06-05", "until March 1998=../1998-03"}},
		// not ranges
		{"Between 30 and 40 officers were sent.", nil},
		{"Units of 200 and 201 members came.", nil},
		{"Units grew from 200 to 350 members.", nil},
		{"Pages 12-15 list the units.", nil},
	})
}
