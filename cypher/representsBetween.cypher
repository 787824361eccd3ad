// representsBetween: the REPRESENTS edges leaving one set of entities for another.
// vars: {{ENTITY}}
// params: $ids (official ids), $targets (State or Organization ids)
// returns: source (official id), target (State or Organization id)
MATCH (o:{{ENTITY}})-[:REPRESENTS]->(t:{{ENTITY}})
WHERE o.id IN $ids AND t.id IN $targets
RETURN o.id AS source, t.id AS target
