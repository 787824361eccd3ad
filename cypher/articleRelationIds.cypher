// articleRelationIds: relations an article has claims for.
// params: $id (article id)
// returns: id
MATCH (:Article {id: $id})-[:HAS_CLAIM]->(c:Claim)
RETURN DISTINCT c.relationId AS id
