package extract

// FindDeployments finds deploy mentions. (First version pending: see the issue tracker.)
func FindDeployments(a *Analysis) {}
