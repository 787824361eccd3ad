// deleteRelations: removes relation edges of one type by id.
// vars: {{TYPE}}
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: nothing
UNWIND $rows AS row
MATCH ()-[r:{{TYPE}} {id: row.id}]->()
DELETE r
