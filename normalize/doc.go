// Package normalize owns the value side of extraction: calendar days and ISO
// intervals with inclusive ends, number words and numerals, the role
// vocabulary, the registry of peace operations and the country table.
//
// It is the lowest layer of missionx: it knows nothing of documents or spans,
// so both the extractors (which find mentions) and the output layer (which
// writes records) can depend on it. Everything here is pure and safe for
// concurrent use; tables are embedded and built once.
package normalize
