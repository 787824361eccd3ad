// mergeEntityNodes: makes sure entities of one kind exist (the roll-up sets their properties).
// vars: {{KIND}}
// params: $rows [{id, name}]
// returns: nothing
UNWIND $rows AS row
MERGE (e:{{KIND}} {id: row.id})
ON CREATE SET e.name = row.name
