// relationsInto: the relations arriving at one set of entities from another (a neighbourhood's
// edges from the entities it collected to those it expanded); relationsBetween read from the
// other end.
// Kuzu: the join order is fixed from $ids, the side the caller knows to be the smaller.
// vars: {{ENTITY}}, {{TYPES}}
// params: $ids (target entity ids), $sources (source entity ids)
// returns: id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
MATCH (s:{{ENTITY}})-[r:{{TYPES}}]->(t:{{ENTITY}})
WHERE t.id IN $ids AND s.id IN $sources
HINT (t JOIN r) JOIN s
RETURN r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount,
  r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses,
  r.confidence AS confidence
