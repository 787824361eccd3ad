// deleteEntities: removes entities of one kind with every edge they have.
// vars: {{KIND}}
// params: $ids (entity ids)
// returns: nothing
MATCH (e:{{KIND}})
WHERE e.id IN $ids
DETACH DELETE e
