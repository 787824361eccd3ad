// getEntities: entities by id.
// Kuzu: one primary-key lookup per id (`e.id IN $ids` compares every entity with the whole list).
// vars: {{ENTITY}}
// params: $ids (entity ids, no repeats)
// returns: id, name, aliases, affiliation
UNWIND $ids AS entityId
MATCH (e:{{ENTITY}} {id: entityId})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation
