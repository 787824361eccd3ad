// storedRelations: the stored roll-up of relations, to extend it with a write's new claims. Run
// before any write of its transaction. Rows come packed (server/store/kuzu/packRows.ts); each
// edge is found from its source entity, joined to the rows by hash (cypher/README.md).
// vars: {{ENTITY}}, {{TYPES}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: id, source, target, claimCount, articleCount, sources, firstSeen, lastSeen, statuses,
//   confidence, confidenceMicros (null when stored without it)
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS source
MATCH (s:{{ENTITY}} {id: source})-[r:{{TYPES}}]->(t)
WHERE r.id = id
RETURN r.id AS id, s.id AS source, t.id AS target, r.claimCount AS claimCount,
  r.articleCount AS articleCount, r.sources AS sources, r.firstSeen AS firstSeen,
  r.lastSeen AS lastSeen, r.statuses AS statuses, r.confidence AS confidence,
  r.confidenceMicros AS confidenceMicros
