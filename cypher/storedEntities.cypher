// storedEntities: the stored roll-up of entities, to extend it with a write's new mentions.
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: id, name, aliases (list), affiliation, nameCounts (JSON or null)
MATCH (e:{{ENTITY}})
WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation,
  e.nameCounts AS nameCounts
