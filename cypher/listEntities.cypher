// listEntities: one page of entities, by name.
// vars: {{ENTITY}}
// params: $skip (integer), $limit (integer)
// returns: id, name, aliases, affiliation
MATCH (e:{{ENTITY}})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation
ORDER BY e.name, e.id
SKIP $skip
LIMIT $limit
