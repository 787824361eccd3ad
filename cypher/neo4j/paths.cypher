// paths: all shortest paths between two entities over edges of the given types, ignoring
// direction. Neo4j: allShortestPaths() with a literal upper bound; the length limit is a filter.
// REPRESENTS edges have no id property: their id is null here and made from the path's nodes.
// vars: {{TYPES}} (claim relation types, and REPRESENTS when walked)
// params: $from, $to (entity ids), $maxLength (integer, at most 10), $limit (integer)
// returns: nodeIds (list of the entities between the two ends), relationIds (list),
//   relationTypes (list, the type of each edge)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{TYPES}}*..10]-(b))
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p)[1..-1] | n.id] AS nodeIds, [x IN relationships(p) | x.id] AS relationIds,
  [x IN relationships(p) | type(x)] AS relationTypes
LIMIT $limit
