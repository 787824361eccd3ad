// createEntities: creates entities of one kind with their roll-up. Only entities the write found
// missing earlier in its transaction are passed, and the embedded store has one writer.
// vars: {{KIND}}
// params: $rows [{id, name, aliases (joined by $sep), affiliation (id or null), nameCounts}], $sep
// returns: nothing
UNWIND $rows AS row
CREATE (e:{{KIND}} {
  id: row.id,
  name: row.name,
  aliases: list_filter(string_split(row.aliases, $sep), x -> x <> ''),
  affiliation: row.affiliation,
  nameCounts: row.nameCounts
})
