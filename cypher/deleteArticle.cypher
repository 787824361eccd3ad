// deleteArticle: removes an article node with its MENTIONS and HAS_CLAIM links.
// params: $id (article id)
// returns: nothing
MATCH (a:Article {id: $id})
DETACH DELETE a
