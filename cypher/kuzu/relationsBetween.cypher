// relationsBetween: the relations leaving one set of entities for another (a neighbourhood's
// edges among the entities it collected).
// Kuzu: the join order is fixed from $ids, the side the caller knows to be the smaller (or equal).
// vars: {{ENTITY}}, {{TYPES}}
// params: $ids (source entity ids), $targets (target entity ids)
// returns: id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
MATCH (s:{{ENTITY}})-[r:{{TYPES}}]->(t:{{ENTITY}})
WHERE s.id IN $ids AND t.id IN $targets
HINT (s JOIN r) JOIN t
RETURN r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount,
  r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses,
  r.confidence AS confidence
