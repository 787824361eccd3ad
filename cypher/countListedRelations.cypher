// countListedRelations: how many relations listRelations would list in all (same filter).
// vars: {{TYPES}}, {{SOURCE}} and {{TARGET}} (entity label unions for the kinds filter)
// params: $minClaims (integer), $from and $to (ISO date or ''), $s1..$s4 (statuses or ''),
//   $anyStatus (boolean: true when no status filter)
// returns: n
MATCH (:{{SOURCE}})-[r:{{TYPES}}]->(:{{TARGET}})
WHERE r.claimCount >= $minClaims
  AND ($from = '' OR r.lastSeen >= $from)
  AND ($to = '' OR r.firstSeen <= $to)
  AND ($anyStatus OR $s1 IN r.statuses OR $s2 IN r.statuses OR $s3 IN r.statuses OR $s4 IN r.statuses)
RETURN count(r) AS n
