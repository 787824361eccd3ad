// storedRelations: the stored roll-up of relations, to extend it with a write's new claims. Each
// edge is found from its source entity by primary key.
// vars: {{ENTITY}}, {{TYPES}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: id, source, target, claimCount, articleCount, sources, firstSeen, lastSeen, statuses,
//   confidence, confidenceMicros (null when stored without it)
UNWIND $rows AS row
MATCH (s:{{ENTITY}} {id: row.source})-[r:{{TYPES}}]->(t)
WHERE r.id = row.id
RETURN r.id AS id, s.id AS source, t.id AS target, r.claimCount AS claimCount,
  r.articleCount AS articleCount, r.sources AS sources, r.firstSeen AS firstSeen,
  r.lastSeen AS lastSeen, r.statuses AS statuses, r.confidence AS confidence,
  r.confidenceMicros AS confidenceMicros
