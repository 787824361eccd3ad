// paths: all shortest paths between two entities over edges of the given types, ignoring
// direction. Kuzu: `* ALL SHORTEST lo..hi` with literal bounds; the length limit is a filter.
// REPRESENTS edges have no id property: their id is null here and made from the path's nodes.
// vars: {{ENTITY}}, {{TYPES}} (claim relation types, and REPRESENTS when walked)
// params: $from, $to (entity ids), $maxLength (integer, at most 10), $limit (integer)
// returns: nodeIds (list of the entities between the two ends), relationIds (list),
//   relationTypes (list, the type of each edge)
MATCH (a:{{ENTITY}} {id: $from})-[r:{{TYPES}}* ALL SHORTEST 1..10]-(b:{{ENTITY}} {id: $to})
WHERE length(r) <= $maxLength
RETURN properties(nodes(r), 'id') AS nodeIds, properties(rels(r), 'id') AS relationIds,
  list_transform(rels(r), x -> label(x)) AS relationTypes
LIMIT $limit
