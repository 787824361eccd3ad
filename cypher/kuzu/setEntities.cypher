// setEntities: writes the rolled-up name, aliases and affiliation of entities of one kind. The id
// is bound with WITH before the MATCH so that Kuzu joins by hash (cypher/README.md).
// vars: {{KIND}}
// params: $rows [{id, name, aliases (joined by $sep), affiliation (id or null), nameCounts}], $sep
// returns: nothing
UNWIND $rows AS row
WITH row, row.id AS entityId
MATCH (e:{{KIND}} {id: entityId})
SET e.name = row.name,
  e.aliases = list_filter(string_split(row.aliases, $sep), x -> x <> ''),
  e.affiliation = row.affiliation,
  e.nameCounts = row.nameCounts
