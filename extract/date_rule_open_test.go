package extract

import "testing"

func TestOpenRule(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"The force has been present since 1978.", []string{"since 1978=1978/.."}},
		{"Since FY2003 the budget grew.", []string{"Since FY2003=2003-04/.."}},
		{"Violence spread from June 2008 across the north.", []string{"from June 2008=2008-06/.."}},
		{"The mandate runs until 15 March 2014.", []string{"until 15 March 2014=../2014-03-15"}},
		{"Reports are due no later than June 30, 2011.", []string{"no later than June 30, 2011=../2011-06-30"}},
		{"Funding is secured through 2016.", []string{"through 2016=../2016"}},
		{"It was founded before 2005.", []string{"before 2005=../2004"}},
		{"Troops left after 2009.", []string{"after 2009=2010/.."}},
		{"Nothing changed after May 2010.", []string{"after May 2010=2010-06/.."}},
		{"Claims filed before 1 January 2008 are closed.", []string{"before 1 January 2008=../2007-12-31"}},
		{"Contracts of 2011 or later apply.", []string{"2011 or later=2011/.."}},
		{"Applies to 3/21/2012 and after.", []string{"3/21/2012 and after=2012-03-21/.."}},
		{"Applies to 3/1/2012 and after.", nil},
		{"Starting from October 2015, teams rotate.", []string{"Starting from October 2015=2015-10/.."}},
		{"Since June this year, two officers serve.", []string{"Since June this year=2013-06/.."}},
		{"Aid has grown steadily since last year.", []string{"since last year=2012/.."}},
		{"The camp opened in 2004 and stayed open until the following year.", []string{"in 2004=2004", "until the following year=../2005"}},
		{"Savings from last year's budget paid for it.", nil},
		// the present as the open end: after a dash, "to", "until"
		{"Liaison officers: Mar 2009 - present.", []string{"Mar 2009 - present=2009-03/.."}},
		{"UNMIT  Dili  Sep 2007 - present  Military liaison officers  2", []string{"Sep 2007 - present=2007-09/.."}},
		{"Japan has funded the camp from 2004 to date.", []string{"from 2004 to date=2004/.."}},
		{"Two engineers served 2011 until now in Juba.", []string{"2011 until now=2011/.."}},
		{"Staff have served from May 2007 to the present day.", []string{"from May 2007 to the present day=2007-05/.."}},
		{"Officers have rotated since 2006 until now.", []string{"since 2006 until now=2006/.."}},
		{"Monitors have stayed from 12 April 2010 onwards.", []string{"from 12 April 2010 onwards=2010-04-12/.."}},
		// a hedge between the lead and the date leaves the bound where it is
		{"The clinic stays open until around 20 March 2011.", []string{"until around 20 March 2011=../2011-03-20"}},
		{"Patrols have run since about May 2009.", []string{"since about May 2009=2009-05/.."}},
		{"He arrived before about 2009 ended.", nil}, // an exclusive bound after a hedge is a guess
		// not open ranges
		{"Between 2008 and now, more came.", nil},
		{"The figures for 2009 to present a trend.", nil}, // "present" the verb
		{"Rotations 2010 - present officers say are long.", nil},
		{"Since the mission began, 12 units served.", nil},
		{"After 200 days the camp closed.", nil},
	})
}
