// listArticles: one page of article summaries, newest first.
// params: $skip (integer), $limit (integer)
// returns: id, title, date, source, url
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.url AS url
ORDER BY coalesce(a.date, '') DESC, a.id
SKIP $skip
LIMIT $limit
