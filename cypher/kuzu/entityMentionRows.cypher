// entityMentionRows: what each article called these entities, for the entity roll-up. Run before
// any write of its transaction (see server/store/core/applyChange.ts). The entities are joined to
// the ids by hash (cypher/README.md): a scan of all mentions filtered with `IN $ids` is slow in
// Kuzu.
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: id, articleId, name, aliases (joined), affiliation
UNWIND $ids AS item
WITH item AS entityId
MATCH (a:Article)-[m:MENTIONS]->(e:{{ENTITY}} {id: entityId})
RETURN e.id AS id, a.id AS articleId, m.name AS name, m.aliases AS aliases,
  m.affiliation AS affiliation
