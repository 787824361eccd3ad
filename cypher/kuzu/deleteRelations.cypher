// deleteRelations: removes relation edges of one type by id, found from their source entity
// (joined to the rows by hash, the id bound with WITH before the MATCH, cypher/README.md).
// vars: {{TYPE}}, {{KIND}} (kind of the source entities)
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: nothing
UNWIND $rows AS row
WITH row.id AS relationId, row.source AS sourceId
MATCH (s:{{KIND}} {id: sourceId})-[r:{{TYPE}}]->()
WHERE r.id = relationId
DELETE r
