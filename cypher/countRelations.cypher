// countRelations: how many relations of these types are stored.
// vars: {{TYPES}}
// params: none
// returns: n
MATCH ()-[r:{{TYPES}}]->()
RETURN count(r) AS n
