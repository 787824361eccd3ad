// createRelations: creates relation edges with their claim roll-up (the edges a write touches
// are deleted first, see server/store/core/refreshDerived.ts). Each id is bound with WITH
// before its MATCH so that Kuzu joins by hash (cypher/README.md).
// vars: {{TYPE}}, {{SOURCE_KIND}}, {{TARGET_KIND}}
// params: $rows [{id, source, target, claimCount, articleCount, sources (joined by $sep),
//   firstSeen, lastSeen, statuses (joined by $sep), confidence (decimal string),
//   confidenceMicros}], $sep
// returns: nothing
UNWIND $rows AS row
WITH row, row.source AS sourceId
MATCH (s:{{SOURCE_KIND}} {id: sourceId})
WITH s, row, row.target AS targetId
MATCH (t:{{TARGET_KIND}} {id: targetId})
CREATE (s)-[:{{TYPE}} {
  id: row.id,
  claimCount: row.claimCount,
  articleCount: row.articleCount,
  sources: list_filter(string_split(row.sources, $sep), x -> x <> ''),
  firstSeen: row.firstSeen,
  lastSeen: row.lastSeen,
  statuses: list_filter(string_split(row.statuses, $sep), x -> x <> ''),
  confidence: CAST(row.confidence AS DOUBLE),
  confidenceMicros: row.confidenceMicros
}]->(t)
