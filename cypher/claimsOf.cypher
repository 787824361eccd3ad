// claimsOf: the claims behind relations, with the sentence each was read from, newest article first.
// params: $ids (relation ids)
// returns: id, relationId, type, source, target, articleId, quote, startOffset, endOffset, status, confidence,
//   speaker, date
MATCH (a:Article)-[:HAS_CLAIM]->(c:Claim)
WHERE c.relationId IN $ids
RETURN c.id AS id, c.relationId AS relationId, c.type AS type, c.source AS source, c.target AS target,
  a.id AS articleId, c.quote AS quote, c.startOffset AS startOffset, c.endOffset AS endOffset, c.status AS status,
  c.confidence AS confidence, c.speaker AS speaker, a.date AS date
ORDER BY coalesce(a.date, '') DESC, a.id, c.startOffset
