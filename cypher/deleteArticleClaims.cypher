// deleteArticleClaims: removes every claim drawn from an article.
// params: $id (article id)
// returns: nothing
MATCH (:Article {id: $id})-[:HAS_CLAIM]->(c:Claim)
DETACH DELETE c
