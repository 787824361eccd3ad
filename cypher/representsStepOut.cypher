// representsStepOut: one breadth-first step of a neighbourhood over REPRESENTS, outgoing side:
// the affiliations of these officials not yet collected, by id (REPRESENTS has no claims).
// vars: {{ENTITY}} (all kinds), {{OTHER}} (label union of the kinds filter)
// params: $ids (frontier entity ids), $seen (entity ids already collected), $limit (integer)
// returns: anchor, source (official id), target (State or Organization id)
MATCH (o:{{ENTITY}})-[:REPRESENTS]->(t:{{OTHER}})
WHERE o.id IN $ids AND NOT t.id IN $seen
RETURN o.id AS anchor, o.id AS source, t.id AS target
ORDER BY source, target
LIMIT $limit
