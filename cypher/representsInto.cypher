// representsInto: the REPRESENTS edges arriving at one set of entities from another;
// representsBetween read from the other end.
// vars: {{ENTITY}}
// params: $ids (State or Organization ids), $sources (official ids)
// returns: source (official id), target (State or Organization id)
MATCH (o:{{ENTITY}})-[x:REPRESENTS]->(t:{{ENTITY}})
WHERE t.id IN $ids AND o.id IN $sources
RETURN o.id AS source, t.id AS target
