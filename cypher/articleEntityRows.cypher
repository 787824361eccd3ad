// articleEntityRows: entity ids each article mentions.
// vars: {{ENTITY}}
// params: $ids (article ids)
// returns: articleId, id
MATCH (a:Article)-[:MENTIONS]->(e:{{ENTITY}})
WHERE a.id IN $ids
RETURN DISTINCT a.id AS articleId, e.id AS id
