package extract

// FindDates finds date mentions. (First version pending: see the issue tracker.)
func FindDates(a *Analysis) {}
