// representsIn: the REPRESENTS edges arriving at these entities (the officials acting for them).
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: anchor, source (official id), target (State or Organization id)
MATCH (o)-[:REPRESENTS]->(t:{{ENTITY}})
WHERE t.id IN $ids
RETURN t.id AS anchor, o.id AS source, t.id AS target
