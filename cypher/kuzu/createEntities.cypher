// createEntities: creates entities of one kind with their roll-up. Only entities the write found
// missing earlier in its transaction are passed, and the embedded store has one writer. Rows come
// packed (server/store/kuzu/packRows.ts).
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
CREATE (e:{{KIND}} {
  id: id,
  name: name,
  aliases: list_filter(string_split(aliases, $sep), x -> x <> ''),
  affiliation: affiliation,
  nameCounts: nameCounts
})
