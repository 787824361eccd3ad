// findArticles: stored articles with one of these ids or keys. Each value is bound with WITH
// before the MATCH so that Kuzu joins by hash (cypher/README.md).
// params: $ids (article ids), $keys (article keys)
// returns: id, key
UNWIND $ids AS item
WITH item AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.key AS key
UNION
UNWIND $keys AS item
WITH item AS articleKey
MATCH (a:Article)
WHERE a.key = articleKey
RETURN a.id AS id, a.key AS key
