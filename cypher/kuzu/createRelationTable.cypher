// createRelationTable: relationship table of one relation type between any two entity kinds.
// vars: {{TYPE}}, {{PAIRS}} (FROM x TO y for every pair of entity kinds)
// params: none
// returns: nothing
CREATE REL TABLE IF NOT EXISTS {{TYPE}}(
  {{PAIRS}},
  id STRING,
  claimCount INT64,
  articleCount INT64,
  sources STRING[],
  firstSeen STRING,
  lastSeen STRING,
  statuses STRING[],
  confidence DOUBLE
)
