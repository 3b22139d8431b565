package extract

// FindRoles finds role mentions. (First version pending: see the issue tracker.)
func FindRoles(a *Analysis) {}
