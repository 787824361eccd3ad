// createRelations: creates relation edges with their claim roll-up (the edges a write touches
// are deleted first, see server/store/core/refreshDerived.ts).
// vars: {{TYPE}}, {{SOURCE_KIND}}, {{TARGET_KIND}}
// params: $rows [{id, source, target, claimCount, articleCount, sources (joined by $sep),
//   firstSeen, lastSeen, statuses (joined by $sep), confidence (decimal string),
//   confidenceMicros}], $sep
// returns: nothing
UNWIND $rows AS row
MATCH (s:{{SOURCE_KIND}} {id: row.source}), (t:{{TARGET_KIND}} {id: row.target})
MERGE (s)-[r:{{TYPE}} {id: row.id}]->(t)
SET r.claimCount = row.claimCount,
  r.articleCount = row.articleCount,
  r.sources = [x IN split(row.sources, $sep) WHERE x <> ''],
  r.firstSeen = row.firstSeen,
  r.lastSeen = row.lastSeen,
  r.statuses = [x IN split(row.statuses, $sep) WHERE x <> ''],
  r.confidence = toFloat(row.confidence),
  r.confidenceMicros = row.confidenceMicros
