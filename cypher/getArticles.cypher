// getArticles: articles by id.
// params: $ids (article ids)
// returns: id, key, title, date, source, url, contentHash, text
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.key AS key, a.title AS title, a.date AS date, a.source AS source, a.url AS url,
  a.contentHash AS contentHash, a.text AS text
