// claimRollUpRows: the claims behind relations, with their article's date and source, for roll-ups.
// vars: {{ENTITY}} (unused here: claims are found by their indexed relation id)
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: id, relationId, articleId, date, articleSource, status, confidence
UNWIND $rows AS row
MATCH (a:Article)-[:HAS_CLAIM]->(c:Claim {relationId: row.id})
RETURN c.id AS id, c.relationId AS relationId, a.id AS articleId, a.date AS date,
  a.source AS articleSource, c.status AS status, c.confidence AS confidence
