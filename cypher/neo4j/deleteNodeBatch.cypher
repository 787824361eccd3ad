// deleteNodeBatch: deletes up to $batch nodes with their relationships (emptying a test database).
// params: $batch (integer)
// returns: deleted
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
