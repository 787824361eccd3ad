// deleteRelations: removes relation edges of one type by id.
// vars: {{TYPE}}, {{KIND}} (kind of the source entities; unused here: the id is indexed)
// params: $rows [{id (relation id), source (its source entity id)}]
// returns: nothing
UNWIND $rows AS row
MATCH ()-[r:{{TYPE}} {id: row.id}]->()
DELETE r
