// degrees: number of distinct relations touching each entity.
// vars: {{ENTITY}}, {{TYPES}}
// params: $ids (entity ids)
// returns: id, n
MATCH (e:{{ENTITY}})-[r:{{TYPES}}]-()
WHERE e.id IN $ids
RETURN e.id AS id, count(DISTINCT r.id) AS n
