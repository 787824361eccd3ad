// representsOut: the REPRESENTS edges leaving these entities (an official and their affiliation).
// vars: {{ENTITY}}
// params: $ids (entity ids)
// returns: anchor, source (official id), target (State or Organization id)
MATCH (o:{{ENTITY}})-[:REPRESENTS]->(t)
WHERE o.id IN $ids
RETURN o.id AS anchor, o.id AS source, t.id AS target
