// deleteRelations: removes relation edges of one type by id.
// vars: {{TYPE}}
// params: $ids (relation ids)
// returns: nothing
MATCH ()-[r:{{TYPE}}]->()
WHERE r.id IN $ids
DELETE r
