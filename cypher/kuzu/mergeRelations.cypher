// mergeRelations: creates or updates relation edges with their claim roll-up.
// vars: {{TYPE}}, {{SOURCE_KIND}}, {{TARGET_KIND}}
// params: $rows [{id, source, target, claimCount, articleCount, sources (joined by $sep),
//   firstSeen, lastSeen, statuses (joined by $sep), confidence (decimal string)}], $sep
// returns: nothing
UNWIND $rows AS row
MATCH (s:{{SOURCE_KIND}} {id: row.source}), (t:{{TARGET_KIND}} {id: row.target})
MERGE (s)-[r:{{TYPE}} {id: row.id}]->(t)
SET r.claimCount = row.claimCount,
  r.articleCount = row.articleCount,
  r.sources = list_filter(string_split(row.sources, $sep), x -> x <> ''),
  r.firstSeen = row.firstSeen,
  r.lastSeen = row.lastSeen,
  r.statuses = list_filter(string_split(row.statuses, $sep), x -> x <> ''),
  r.confidence = CAST(row.confidence AS DOUBLE)
