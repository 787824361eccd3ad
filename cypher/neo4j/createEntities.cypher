// createEntities: creates entities of one kind with their roll-up (MERGE: another writer may have
// created one since the write read them).
// vars: {{KIND}}
// params: $rows [{id, name, aliases (joined by $sep), affiliation (id or null), nameCounts}], $sep
// returns: nothing
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:{{KIND}}
SET e.name = row.name,
  e.aliases = [x IN split(row.aliases, $sep) WHERE x <> ''],
  e.affiliation = row.affiliation,
  e.nameCounts = row.nameCounts
