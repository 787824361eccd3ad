// createRepresents: links officials to the State or Organization they act for, when it is stored.
// vars: {{KIND}} (State or Organization)
// params: $rows [{id (official id), affiliation (entity id)}]
// returns: nothing
UNWIND $rows AS row
MATCH (o:Official {id: row.id}), (t:{{KIND}} {id: row.affiliation})
CREATE (o)-[:REPRESENTS]->(t)
