// getEntities: entities by id.
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: id, name, aliases, affiliation
MATCH (e:{{ENTITY}})
WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation
