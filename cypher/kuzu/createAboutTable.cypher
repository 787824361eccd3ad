// createAboutTable: Claim -> its source entity, so a relation's claims are found from its source.
// vars: {{PAIRS}} (FROM Claim TO each kind)
// params: none
// returns: nothing
CREATE REL TABLE IF NOT EXISTS ABOUT({{PAIRS}})
