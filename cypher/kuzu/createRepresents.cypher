// createRepresents: links officials to the State or Organization they act for, when it is
// stored. Each id is bound with WITH before its MATCH so that Kuzu joins by hash
// (cypher/README.md).
// vars: {{KIND}} (State or Organization)
// params: $rows [{id (official id), affiliation (entity id)}]
// returns: nothing
UNWIND $rows AS row
WITH row, row.id AS officialId
MATCH (o:Official {id: officialId})
WITH o, row.affiliation AS targetId
MATCH (t:{{KIND}} {id: targetId})
CREATE (o)-[:REPRESENTS]->(t)
