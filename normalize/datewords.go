package normalize

import (
	_ "embed"
	"fmt"
	"strconv"
	"sync"
)

// Calendar words: month names and their abbreviations ("Sept", "Feb"),
// weekday names, ordinal day words ("third"; "twenty-second" is built by
// the caller from "twenty" and "second") and the small numbers that spell
// years ("two thousand and eighteen"). They live in data/calendar_words.tsv;
// lookups take lower-case ASCII words and cost one map lookup.

//go:embed data/calendar_words.tsv
var calendarWordsTSV string

// DateWordKind says what a calendar word is.
type DateWordKind uint8

const (
	NotDateWord     DateWordKind = iota
	MonthWord                    // Value 1..12; Full for a full name
	WeekdayWord                  // Value 0
	OrdinalDayWord               // "first" .. "twentieth", "thirtieth"
	TensNumberWord               // "twenty" .. "ninety"
	SmallNumberWord              // "zero" .. "nineteen"
)

// DateWord is what LookupDateWord knows about a word.
type DateWord struct {
	Kind  DateWordKind
	Value int
	Full  bool // a month's full name, not an abbreviation
}

var (
	dateWordsOnce sync.Once
	dateWords     map[string]DateWord
)

func loadDateWords() {
	m, err := parseCalendarWords(calendarWordsTSV)
	if err != nil {
		panic("normalize: embedded calendar words: " + err.Error())
	}
	dateWords = m
}

var calendarKinds = map[string]DateWord{
	"month": {Kind: MonthWord, Full: true}, "month-abbr": {Kind: MonthWord}, "weekday": {Kind: WeekdayWord},
	"ordinal": {Kind: OrdinalDayWord}, "tens": {Kind: TensNumberWord}, "number": {Kind: SmallNumberWord},
}

// parseCalendarWords reads the calendar word table.
func parseCalendarWords(tsv string) (map[string]DateWord, error) {
	rows, err := tsvRows(tsv, 3, "calendar_words.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]DateWord, len(rows))
	for _, r := range rows {
		w, ok := calendarKinds[r.fields[1]]
		if !ok {
			return nil, fmt.Errorf("calendar_words.tsv line %d: unknown kind %q", r.line, r.fields[1])
		}
		n, err := strconv.Atoi(r.fields[2])
		if err != nil || n < 0 || w.Kind == MonthWord && (n < 1 || n > 12) {
			return nil, fmt.Errorf("calendar_words.tsv line %d: bad value %q", r.line, r.fields[2])
		}
		if _, dup := m[r.fields[0]]; dup {
			return nil, fmt.Errorf("calendar_words.tsv line %d: %q listed twice", r.line, r.fields[0])
		}
		w.Value = n
		m[r.fields[0]] = w
	}
	return m, nil
}

// LookupDateWord classifies a lower-case word: month, weekday, ordinal day,
// tens or small number word, or none (the zero DateWord). "may" and
// "march" are months here; the caller decides from context whether they
// are verbs.
func LookupDateWord(lower string) DateWord {
	dateWordsOnce.Do(loadDateWords)
	return dateWords[lower]
}

// MonthNumber returns the month (1..12) a lower-case month name or
// abbreviation names: "january" and "jan" are 1, "sept" and "sep" are 9.
func MonthNumber(lower string) (int, bool) {
	w := LookupDateWord(lower)
	return w.Value, w.Kind == MonthWord
}

// EachDateWord calls fn for every calendar word, so a reader can merge the
// table into its own word index.
func EachDateWord(fn func(word string, w DateWord)) {
	dateWordsOnce.Do(loadDateWords)
	for word, w := range dateWords {
		fn(word, w)
	}
}
