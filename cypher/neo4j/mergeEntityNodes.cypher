// mergeEntityNodes: makes sure entities of one kind exist (the roll-up sets their properties).
// vars: {{KIND}}
// params: $rows [{id, name}]
// returns: nothing
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:{{KIND}}, e.name = row.name
