// existingClaimIds: which of these claim ids are stored.
// params: $ids (claim ids)
// returns: id
MATCH (c:Claim)
WHERE c.id IN $ids
RETURN c.id AS id
