// articleRelationRows: relation ids each article has claims for.
// params: $ids (article ids)
// returns: articleId, id
MATCH (a:Article)-[:HAS_CLAIM]->(c:Claim)
WHERE a.id IN $ids
RETURN DISTINCT a.id AS articleId, c.relationId AS id
