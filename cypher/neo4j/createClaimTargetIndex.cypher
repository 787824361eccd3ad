// createClaimTargetIndex: finds the claims of an entity when merging.
// params: none
// returns: nothing
CREATE INDEX claim_target IF NOT EXISTS FOR (c:Claim) ON (c.target)
