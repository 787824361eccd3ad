// createClaims: stores claims whose source is of one kind, linked to their article and source.
// vars: {{KIND}} (kind of the source entity)
// params: $rows [{id, relationId, type, source, target, articleId, quote, startOffset, endOffset, status,
//   confidence (decimal string), speaker}]
// returns: nothing
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (s:{{KIND}} {id: row.source})
CREATE (c:Claim {
  id: row.id, relationId: row.relationId, type: row.type, source: row.source, target: row.target,
  articleId: row.articleId, quote: row.quote, startOffset: row.startOffset, endOffset: row.endOffset,
  status: row.status, confidence: toFloat(row.confidence), speaker: row.speaker
})
CREATE (a)-[:HAS_CLAIM]->(c)
CREATE (c)-[:ABOUT]->(s)
