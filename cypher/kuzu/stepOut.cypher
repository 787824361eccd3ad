// stepOut: one breadth-first step of a neighbourhood, outgoing side: the strongest relations
// leaving these entities towards entities not yet collected, filtered on their roll-up.
// vars: {{ENTITY}} (all kinds), {{TYPES}}, {{OTHER}} (label union of the kinds filter)
// params: $ids (frontier entity ids), $seen (entity ids already collected), $minClaims (integer),
//   $from and $to (ISO date or ''), $s1..$s4 (statuses or ''), $anyStatus (boolean: true when no
//   status filter), $limit (integer)
// returns: anchor, id, claimCount, articleCount, sources, firstSeen, lastSeen, statuses, confidence
// Kuzu: the join order is fixed from the frontier side, which the planner would otherwise
// sometimes start from the far side and scan every relation.
MATCH (s:{{ENTITY}})-[r:{{TYPES}}]->(o:{{OTHER}})
WHERE s.id IN $ids
  AND NOT o.id IN $seen
  AND r.claimCount >= $minClaims
  AND ($from = '' OR r.lastSeen >= $from)
  AND ($to = '' OR r.firstSeen <= $to)
  AND ($anyStatus OR $s1 IN r.statuses OR $s2 IN r.statuses OR $s3 IN r.statuses OR $s4 IN r.statuses)
HINT (s JOIN r) JOIN o
RETURN s.id AS anchor, r.id AS id, r.claimCount AS claimCount, r.articleCount AS articleCount,
  r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.statuses AS statuses,
  r.confidence AS confidence
ORDER BY claimCount DESC, id
LIMIT $limit
