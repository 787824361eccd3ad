// listRelations: one page of relations, most claims first, filtered on their roll-up.
// vars: {{TYPES}}, {{SOURCE}} and {{TARGET}} (entity label unions for the kinds filter)
// params: $minClaims (integer), $from and $to (ISO date or ''), $s1..$s4 (statuses or ''),
//   $anyStatus (boolean: true when no status filter), $skip, $limit (integers)
// returns: id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
MATCH (:{{SOURCE}})-[r:{{TYPES}}]->(:{{TARGET}})
WHERE r.claimCount >= $minClaims
  AND ($from = '' OR r.lastSeen >= $from)
  AND ($to = '' OR r.firstSeen <= $to)
  AND ($anyStatus OR $s1 IN r.statuses OR $s2 IN r.statuses OR $s3 IN r.statuses OR $s4 IN r.statuses)
RETURN r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount, r.sources AS sources,
  r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses, r.confidence AS confidence
ORDER BY claimCount DESC, id
SKIP $skip
LIMIT $limit
