// representsBetween: the REPRESENTS edges leaving one set of entities for another.
// Kuzu: the join order is fixed from $ids, the side the caller knows to be the smaller (or equal).
// vars: {{ENTITY}}
// params: $ids (official ids), $targets (State or Organization ids)
// returns: source (official id), target (State or Organization id)
MATCH (o:{{ENTITY}})-[x:REPRESENTS]->(t:{{ENTITY}})
WHERE o.id IN $ids AND t.id IN $targets
HINT (o JOIN x) JOIN t
RETURN o.id AS source, t.id AS target
