// createRepresents: links officials to the State or Organization they act for, when it is
// stored. Rows come packed (server/store/kuzu/packRows.ts); each node is joined to them by hash
// (`WITH` before each `MATCH`, cypher/README.md).
// vars: {{KIND}} (State or Organization)
// params: $rows [{id (official id), affiliation (entity id)}]
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS affiliation
MATCH (o:Official {id: id})
WITH *
MATCH (t:{{KIND}} {id: affiliation})
CREATE (o)-[:REPRESENTS]->(t)
