// allEntities: every entity, for the in-process name index used by search.
// vars: {{ENTITY}}
// params: none
// returns: id, name, aliases, affiliation
MATCH (e:{{ENTITY}})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation
