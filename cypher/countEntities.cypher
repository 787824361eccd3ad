// countEntities: how many entities carry these labels.
// vars: {{ENTITY}}
// params: none
// returns: n
MATCH (e:{{ENTITY}})
RETURN count(e) AS n
