package extract

// dateRules is the explicit list of date expression rules, one per file.
// At each lexeme every rule is tried and the longest match wins; on a tie
// the earlier rule in this list wins.
var dateRules = []dateRule{
	{"range", matchRange},   // date_rule_range.go: from A to B, between A and B, A - B
	{"open", matchOpen},     // date_rule_open.go: since A, until A, A or later, before A, after A
	{"point", matchPoint},   // date_rule_point.go: in A, on A, A, (1994), the end of A
	{"decade", matchDecade}, // date_rule_decade.go: the 1990s, since the 1980s
}
