package extract

// FindPlaces finds place mentions. (First version pending: see the issue tracker.)
func FindPlaces(a *Analysis) {}
