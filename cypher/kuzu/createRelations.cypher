// createRelations: creates relation edges with their claim roll-up (the edges a write touches
// are deleted first, see server/store/core/refreshDerived.ts). Rows come packed
// (server/store/kuzu/packRows.ts); each node is joined to them by hash (`WITH` before each
// `MATCH`, cypher/README.md).
// vars: {{TYPE}}, {{SOURCE_KIND}}, {{TARGET_KIND}}
// params: $rows [{id, source, target, claimCount, articleCount, sources (joined by $sep),
//   firstSeen, lastSeen, statuses (joined by $sep), confidence (decimal string),
//   confidenceMicros}], $sep
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS source,
  CASE f[3] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[3] END AS target,
  CASE f[4] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[4] END AS claimCount,
  CASE f[5] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[5] END AS articleCount,
  CASE f[6] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[6] END AS sources,
  CASE f[7] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[7] END AS firstSeen,
  CASE f[8] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[8] END AS lastSeen,
  CASE f[9] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[9] END AS statuses,
  CASE f[10] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[10] END AS confidence,
  CASE f[11] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[11] END AS confidenceMicros
MATCH (s:{{SOURCE_KIND}} {id: source})
WITH *
MATCH (t:{{TARGET_KIND}} {id: target})
CREATE (s)-[:{{TYPE}} {
  id: id,
  claimCount: CAST(claimCount AS INT64),
  articleCount: CAST(articleCount AS INT64),
  sources: list_filter(string_split(sources, $sep), x -> x <> ''),
  firstSeen: firstSeen,
  lastSeen: lastSeen,
  statuses: list_filter(string_split(statuses, $sep), x -> x <> ''),
  confidence: CAST(confidence AS DOUBLE),
  confidenceMicros: CAST(confidenceMicros AS INT64)
}]->(t)
