// createClaims: stores claims whose source is of one kind, linked to their article and source.
// Rows come packed (server/store/kuzu/packRows.ts); each node is joined to them by hash (`WITH`
// before each `MATCH`, cypher/README.md).
// vars: {{KIND}} (kind of the source entity)
// params: $rows [{id, relationId, type, source, target, articleId, quote, startOffset, endOffset, status,
//   confidence (decimal string), speaker}]
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS relationId,
  CASE f[3] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[3] END AS type,
  CASE f[4] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[4] END AS source,
  CASE f[5] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[5] END AS target,
  CASE f[6] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[6] END AS articleId,
  CASE f[7] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[7] END AS quote,
  CASE f[8] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[8] END AS startOffset,
  CASE f[9] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[9] END AS endOffset,
  CASE f[10] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[10] END AS status,
  CASE f[11] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[11] END AS confidence,
  CASE f[12] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[12] END AS speaker
MATCH (a:Article {id: articleId})
WITH *
MATCH (s:{{KIND}} {id: source})
CREATE (c:Claim {
  id: id, relationId: relationId, type: type, source: source, target: target,
  articleId: articleId, quote: quote, startOffset: CAST(startOffset AS INT64),
  endOffset: CAST(endOffset AS INT64), status: status, confidence: CAST(confidence AS DOUBLE),
  speaker: speaker
})
CREATE (a)-[:HAS_CLAIM]->(c)
CREATE (c)-[:ABOUT]->(s)
