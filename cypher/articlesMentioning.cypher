// articlesMentioning: articles that mention each entity, newest first.
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: entityId, id, title, date, source, url
MATCH (a:Article)-[:MENTIONS]->(e:{{ENTITY}})
WHERE e.id IN $ids
RETURN DISTINCT e.id AS entityId, a.id AS id, a.title AS title, a.date AS date, a.source AS source,
  a.url AS url
ORDER BY coalesce(date, '') DESC, id
