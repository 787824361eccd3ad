// createMentions: links articles to entities of one kind, keeping what each article called them
// (as the MENTIONS edge and as a Mention record, see createMentionTable). Rows come packed
// (server/store/kuzu/packRows.ts); each node is joined to them by hash (`WITH` before each
// `MATCH`, cypher/README.md).
// vars: {{KIND}}
// params: $rows [{articleId, id, name, aliases (joined by $sep), affiliation (id or null)}]
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS articleId,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS id,
  CASE f[3] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[3] END AS name,
  CASE f[4] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[4] END AS aliases,
  CASE f[5] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[5] END AS affiliation
MATCH (a:Article {id: articleId})
WITH *
MATCH (e:{{KIND}} {id: id})
CREATE (a)-[:MENTIONS {name: name, aliases: aliases, affiliation: affiliation}]->(e)
CREATE (:Mention {
  articleId: articleId, entityId: id, name: name, aliases: aliases, affiliation: affiliation
})
