package extract

// FindOrgs finds org mentions. (First version pending: see the issue tracker.)
func FindOrgs(a *Analysis) {}
