// setEntities: writes the rolled-up name, aliases and affiliation of entities of one kind. Rows
// come packed (server/store/kuzu/packRows.ts); the nodes are joined to them by hash (`WITH`
// before the `MATCH`, cypher/README.md).
// vars: {{KIND}}
// params: $rows [{id, name, aliases (joined by $sep), affiliation (id or null), nameCounts}], $sep
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS name,
  CASE f[3] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[3] END AS aliases,
  CASE f[4] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[4] END AS affiliation,
  CASE f[5] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[5] END AS nameCounts
MATCH (e:{{KIND}} {id: id})
SET e.name = name,
  e.aliases = list_filter(string_split(aliases, $sep), x -> x <> ''),
  e.affiliation = affiliation,
  e.nameCounts = nameCounts
