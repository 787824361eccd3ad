// createHasClaimTable: Article -> each claim drawn from it.
// params: none
// returns: nothing
CREATE REL TABLE IF NOT EXISTS HAS_CLAIM(FROM Article TO Claim)
