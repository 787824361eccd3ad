// createClaimSourceIndex: finds the claims of an entity when merging.
// params: none
// returns: nothing
CREATE INDEX claim_source IF NOT EXISTS FOR (c:Claim) ON (c.source)
