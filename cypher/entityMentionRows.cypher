// entityMentionRows: what each article called these entities, for the entity roll-up.
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: id, articleId, name, aliases (joined), affiliation
MATCH (a:Article)-[m:MENTIONS]->(e:{{ENTITY}})
WHERE e.id IN $ids
RETURN e.id AS id, a.id AS articleId, m.name AS name, m.aliases AS aliases, m.affiliation AS affiliation
