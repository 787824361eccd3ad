// storedRelations: the stored roll-up of relations, to extend it with a write's new claims. Run
// before any write of its transaction. Each edge is found from its source entity, joined to the
// rows by hash (the id bound with WITH before the MATCH, cypher/README.md).
// vars: {{ENTITY}}, {{TYPES}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: id, source, target, claimCount, articleCount, sources, firstSeen, lastSeen, statuses,
//   confidence, confidenceMicros (null when stored without it)
UNWIND $rows AS row
WITH row.id AS relationId, row.source AS sourceId
MATCH (s:{{ENTITY}} {id: sourceId})-[r:{{TYPES}}]->(t)
WHERE r.id = relationId
RETURN r.id AS id, s.id AS source, t.id AS target, r.claimCount AS claimCount,
  r.articleCount AS articleCount, r.sources AS sources, r.firstSeen AS firstSeen,
  r.lastSeen AS lastSeen, r.statuses AS statuses, r.confidence AS confidence,
  r.confidenceMicros AS confidenceMicros
