// claimsTouching: claims whose source or target is this entity (used when merging entities).
// params: $id (entity id)
// returns: id, relationId, type, source, target, articleId, date, articleSource, quote, startOffset, endOffset, status, confidence,
//   speaker
MATCH (a:Article)-[:HAS_CLAIM]->(c:Claim)
WHERE c.source = $id OR c.target = $id
RETURN c.id AS id, c.relationId AS relationId, c.type AS type, c.source AS source, c.target AS target,
  a.id AS articleId, a.date AS date, a.source AS articleSource, c.quote AS quote, c.startOffset AS startOffset, c.endOffset AS endOffset, c.status AS status,
  c.confidence AS confidence, c.speaker AS speaker
