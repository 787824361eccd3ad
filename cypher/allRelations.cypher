// allRelations: every relation edge of one type leaving entities of one kind, to load the
// embedded store's in-memory relation index (read in parts so no one result holds them all).
// vars: {{TYPE}}, {{KIND}} (kind of the source entities)
// params: none
// returns: id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
MATCH (:{{KIND}})-[r:{{TYPE}}]->()
RETURN r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount,
  r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses,
  r.confidence AS confidence
