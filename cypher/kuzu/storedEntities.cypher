// storedEntities: the stored roll-up of entities, to extend it with a write's new mentions. Run
// before any write of its transaction. The id is bound with WITH before the MATCH so that Kuzu
// joins by hash (cypher/README.md).
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: id, name, aliases (list), affiliation, nameCounts (JSON or null)
UNWIND $ids AS item
WITH item AS entityId
MATCH (e:{{ENTITY}} {id: entityId})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.affiliation AS affiliation,
  e.nameCounts AS nameCounts
