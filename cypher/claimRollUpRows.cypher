// claimRollUpRows: the claims behind relations, with their article's date and source, for roll-ups.
// params: $ids (relation ids)
// returns: id, relationId, articleId, date, articleSource, status, confidence
MATCH (a:Article)-[:HAS_CLAIM]->(c:Claim)
WHERE c.relationId IN $ids
RETURN c.id AS id, c.relationId AS relationId, a.id AS articleId, a.date AS date, a.source AS articleSource,
  c.status AS status, c.confidence AS confidence
