// createClaimRelationIndex: finds the claims behind a relation.
// params: none
// returns: nothing
CREATE INDEX claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.relationId)
