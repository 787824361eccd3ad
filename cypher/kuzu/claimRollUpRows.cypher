// claimRollUpRows: the claims behind relations, with their article's date and source, for roll-ups.
// Run before any write of its transaction (see server/store/core/applyChange.ts). Claims are found
// from the relation's source entity, joined to the rows by hash (cypher/README.md): a scan of all
// claims filtered with `IN $ids` is slow in Kuzu. Rows come packed (server/store/kuzu/packRows.ts).
// vars: {{ENTITY}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: id, relationId, articleId, date, articleSource, status, confidence
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS source
MATCH (s:{{ENTITY}} {id: source})<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(a:Article)
WHERE c.relationId = id
RETURN c.id AS id, c.relationId AS relationId, a.id AS articleId, a.date AS date,
  a.source AS articleSource, c.status AS status, c.confidence AS confidence
