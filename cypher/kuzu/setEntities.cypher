// setEntities: writes the rolled-up name, aliases and affiliation of entities of one kind.
// vars: {{KIND}}
// params: $rows [{id, name, aliases (joined by $sep), affiliation (id or null), nameCounts}], $sep
// returns: nothing
UNWIND $rows AS row
MATCH (e:{{KIND}} {id: row.id})
SET e.name = row.name,
  e.aliases = list_filter(string_split(row.aliases, $sep), x -> x <> ''),
  e.affiliation = row.affiliation,
  e.nameCounts = row.nameCounts
