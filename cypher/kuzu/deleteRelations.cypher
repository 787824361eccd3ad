// deleteRelations: removes relation edges of one type by id, found from their source entity by
// primary key (a scan of every edge of the type grows with the store).
// vars: {{TYPE}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: nothing
UNWIND $rows AS row
MATCH (s {id: row.source})-[r:{{TYPE}}]->()
WHERE r.id = row.id
DELETE r
