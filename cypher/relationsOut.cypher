// relationsOut: relations leaving these entities.
// vars: {{ENTITY}}, {{TYPES}}
// params: $ids (entity ids)
// returns: anchor, id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
MATCH (s:{{ENTITY}})-[r:{{TYPES}}]->()
WHERE s.id IN $ids
RETURN s.id AS anchor, r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount,
  r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses,
  r.confidence AS confidence
