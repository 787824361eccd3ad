// paths: all shortest paths between two entities over relations of the given types, ignoring
// direction. Neo4j: allShortestPaths() with a literal upper bound; the length limit is a filter.
// vars: {{TYPES}}
// params: $from, $to (entity ids), $maxLength (integer, at most 10), $limit (integer)
// returns: nodeIds (list of the entities between the two ends), relationIds (list)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{TYPES}}*..10]-(b))
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p)[1..-1] | n.id] AS nodeIds, [x IN relationships(p) | x.id] AS relationIds
LIMIT $limit
