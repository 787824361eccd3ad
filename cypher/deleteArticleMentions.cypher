// deleteArticleMentions: removes the MENTIONS edges of an article.
// params: $id (article id)
// returns: nothing
MATCH (:Article {id: $id})-[m:MENTIONS]->()
DELETE m
