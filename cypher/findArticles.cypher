// findArticles: stored articles with one of these ids or story keys.
// params: $ids (article ids), $keys (story keys)
// returns: id, key
MATCH (a:Article)
WHERE a.id IN $ids OR a.key IN $keys
RETURN a.id AS id, a.key AS key
