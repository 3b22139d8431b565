package normalize

// Calendar words: month names and their abbreviations ("Sept", "Feb"),
// weekday names, ordinal day words ("third", "twenty-second" is built from
// "twenty" and "second" by the caller) and the small cardinals that spell
// years ("two thousand and eighteen"). Lookups take lower-case ASCII words;
// the tables are built once and only read afterwards.

var monthNumbers = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// fullMonthNames marks the words that are a month's full name, not an
// abbreviation.
var fullMonthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// MonthNumber returns the month (1..12) a lower-case month name or
// abbreviation names: "january" and "jan" are 1, "sept" and "sep" are 9.
func MonthNumber(lower string) (int, bool) {
	m, ok := monthNumbers[lower]
	return m, ok
}

// IsFullMonthName reports whether a lower-case word is a month's full name
// ("february"), as opposed to an abbreviation ("feb").
func IsFullMonthName(lower string) bool { return fullMonthNames[lower] }

var weekdays = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true, "thursday": true, "thu": true, "thur": true, "thurs": true,
	"friday": true, "fri": true, "saturday": true, "sat": true, "sunday": true, "sun": true,
}

// IsWeekday reports whether a lower-case word names a day of the week
// ("friday", "fri").
func IsWeekday(lower string) bool { return weekdays[lower] }

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// OrdinalWord returns the value of a lower-case ordinal word from "first"
// to "twentieth" and "thirtieth". Compound ordinals ("twenty-second") are
// a tens word (TensWord) followed by an ordinal.
func OrdinalWord(lower string) (int, bool) {
	n, ok := ordinalWords[lower]
	return n, ok
}

var cardinalWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// CardinalWord returns the value of a lower-case number word from "zero"
// to "nineteen".
func CardinalWord(lower string) (int, bool) {
	n, ok := cardinalWords[lower]
	return n, ok
}

// TensWord returns the value of a lower-case tens word ("twenty" .. "ninety").
func TensWord(lower string) (int, bool) {
	n, ok := tensWords[lower]
	return n, ok
}

// FiscalYear returns the calendar year a fiscal-year label such as "FY1990"
// or "FY 1990" is written with (the label's digits, read at year
// precision): the fiscal year's own first and last days differ by country,
// so missionx keeps the year the text states.
func FiscalYear(digits string) (int, bool) {
	if len(digits) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	return y, y >= 1000
}
