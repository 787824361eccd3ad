// claimRollUpRows: the claims behind relations, with their article's date and source, for roll-ups.
// Reads Claim nodes and joins articles by id rather than following HAS_CLAIM edges: Kuzu 0.11 can
// return wrong rows for edges created earlier in the same transaction.
// params: $ids (relation ids)
// returns: id, relationId, articleId, date, articleSource, status, confidence
MATCH (c:Claim), (a:Article)
WHERE c.relationId IN $ids AND a.id = c.articleId
RETURN c.id AS id, c.relationId AS relationId, a.id AS articleId, a.date AS date, a.source AS articleSource,
  c.status AS status, c.confidence AS confidence
