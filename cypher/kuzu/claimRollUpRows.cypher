// claimRollUpRows: the claims behind relations, with their article's date and source, for roll-ups.
// Run before any write of its transaction (see server/store/core/applyChange.ts). Claims are found
// from the relation's source entity by primary key: a scan of all claims filtered with `IN $ids`
// is slow in Kuzu.
// vars: {{ENTITY}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: id, relationId, articleId, date, articleSource, status, confidence
UNWIND $rows AS row
MATCH (s:{{ENTITY}} {id: row.source})<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(a:Article)
WHERE c.relationId = row.id
RETURN c.id AS id, c.relationId AS relationId, a.id AS articleId, a.date AS date,
  a.source AS articleSource, c.status AS status, c.confidence AS confidence
