// deleteRelations: removes relation edges of one type by id, found from their source entity.
// Rows come packed (server/store/kuzu/packRows.ts) and are joined to the entities by hash
// (cypher/README.md).
// vars: {{TYPE}}, {{KIND}} (kind of the source entities)
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS source
MATCH (s:{{KIND}} {id: source})-[r:{{TYPE}}]->()
WHERE r.id = id
DELETE r
