// createClaims: stores claims whose source is of one kind, linked to their article and source.
// Each id is bound with WITH before its MATCH so that Kuzu joins by hash (cypher/README.md).
// vars: {{KIND}} (kind of the source entity)
// params: $rows [{id, relationId, type, source, target, articleId, quote, startOffset, endOffset, status,
//   confidence (decimal string), speaker}]
// returns: nothing
UNWIND $rows AS row
WITH row, row.articleId AS articleId
MATCH (a:Article {id: articleId})
WITH a, row, row.source AS sourceId
MATCH (s:{{KIND}} {id: sourceId})
CREATE (c:Claim {
  id: row.id, relationId: row.relationId, type: row.type, source: row.source, target: row.target,
  articleId: row.articleId, quote: row.quote, startOffset: row.startOffset, endOffset: row.endOffset,
  status: row.status, confidence: CAST(row.confidence AS DOUBLE), speaker: row.speaker
})
CREATE (a)-[:HAS_CLAIM]->(c)
CREATE (c)-[:ABOUT]->(s)
