// findArticle: the stored article with this id, and any stored under the same story key.
// params: $id (string), $key (string)
// returns: id, key
MATCH (a:Article)
WHERE a.id = $id OR a.key = $key
RETURN a.id AS id, a.key AS key
