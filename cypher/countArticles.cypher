// countArticles: how many articles are stored.
// params: none
// returns: n
MATCH (a:Article)
RETURN count(a) AS n
