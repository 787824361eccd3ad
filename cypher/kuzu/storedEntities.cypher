// storedEntities: the stored roll-up of entities, to extend it with a write's new mentions. Run
// before any write of its transaction; each entity is found by its primary key.
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: id, name, aliases (list), affiliation, nameCounts (JSON or null)
UNWIND $ids AS entityId
MATCH (e:{{ENTITY}} {id: entityId})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation,
  e.nameCounts AS nameCounts
