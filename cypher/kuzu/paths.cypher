// paths: all shortest paths between two entities over relations of the given types, ignoring
// direction. Kuzu: `* ALL SHORTEST lo..hi` with literal bounds; the length limit is a filter.
// vars: {{ENTITY}}, {{TYPES}}
// params: $from, $to (entity ids), $maxLength (integer, at most 10), $limit (integer)
// returns: nodeIds (list of the entities between the two ends), relationIds (list)
MATCH (a:{{ENTITY}} {id: $from})-[r:{{TYPES}}* ALL SHORTEST 1..10]-(b:{{ENTITY}} {id: $to})
WHERE length(r) <= $maxLength
RETURN properties(nodes(r), 'id') AS nodeIds, properties(rels(r), 'id') AS relationIds
LIMIT $limit
