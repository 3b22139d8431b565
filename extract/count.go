package extract

// FindCounts finds count mentions. (First version pending: see the issue tracker.)
func FindCounts(a *Analysis) {}
