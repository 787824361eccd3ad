// deleteArticleMentions: removes the Mention records of an article.
// params: $id (article id)
// returns: nothing
MATCH (m:Mention)
WHERE m.articleId = $id
DELETE m
