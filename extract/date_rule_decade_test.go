package extract

import "testing"

func TestDecadeRule(t *testing.T) {
	runDateTable(t, fixedRef, []dateCase{
		{"Japan sent few officers in the 1980s.", []string{"in the 1980s=1980/1989"}},
		{"Cooperation deepened during the 2000's.", []string{"during the 2000's=2000/2009"}},
		{"Missions multiplied throughout the 1990’s.", []string{"throughout the 1990’s=1990/1999"}},
		{"Growth since the 1990's was slow.", []string{"since the 1990's=1990/.."}},
		{"The 1970s saw no dispatch.", []string{"The 1970s=1970/1979"}},
		// vague parts of a decade and plain numbers are not decades
		{"Policy shifted in the early 1990s.", nil},
		{"Reform came in the mid-1990s.", nil},
		{"Units of 1990s model were used.", nil},
		{"There were 1995s of them.", nil},
	})
}

func TestFiscalYear(t *testing.T) {
	// Japan's fiscal year runs April to March (fiscalYearStart)
	runDateTable(t, fixedRef, []dateCase{
		{"In fiscal year 2016 the unit was cut.", []string{"In fiscal year 2016=2016-04/2017-03"}},
		{"The FY2009 budget was approved.", []string{"FY2009=2009-04/2010-03"}},
		{"Funds rose since FY1998.", []string{"since FY1998=1998-04/.."}},
		{"The plan runs until FY2014.", []string{"until FY2014=../2015-03"}},
		{"Nothing was spent before FY2001 and more after FY2001.", []string{"before FY2001=../2001-03", "after FY2001=2002-04/.."}},
		{"Spending in FY2005-FY2007 and in FY2011-2013 grew.", []string{"FY2005-FY2007=2005-04/2008-03", "FY2011-2013=2011-04/2014-03"}},
	})
}
