// deleteClaims: removes claims by id.
// params: $ids (claim ids)
// returns: nothing
MATCH (c:Claim)
WHERE c.id IN $ids
DETACH DELETE c
