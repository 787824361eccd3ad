// representsStepIn: one breadth-first step of a neighbourhood over REPRESENTS, incoming side:
// the officials acting for these entities not yet collected, by id (REPRESENTS has no claims).
// vars: {{ENTITY}} (all kinds), {{OTHER}} (label union of the kinds filter)
// params: $ids (frontier entity ids), $seen (entity ids already collected), $limit (integer)
// returns: anchor, source (official id), target (State or Organization id)
MATCH (o:{{OTHER}})-[:REPRESENTS]->(t:{{ENTITY}})
WHERE t.id IN $ids AND NOT o.id IN $seen
RETURN t.id AS anchor, o.id AS source, t.id AS target
ORDER BY source, target
LIMIT $limit
