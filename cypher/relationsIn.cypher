// relationsIn: relations arriving at these entities.
// vars: {{ENTITY}}, {{TYPES}}
// params: $ids (entity ids)
// returns: anchor, id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
MATCH ()-[r:{{TYPES}}]->(t:{{ENTITY}})
WHERE t.id IN $ids
RETURN t.id AS anchor, r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount,
  r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses,
  r.confidence AS confidence
