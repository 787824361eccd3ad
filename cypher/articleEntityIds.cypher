// articleEntityIds: entities an article mentions.
// vars: {{ENTITY}}
// params: $id (article id)
// returns: id
MATCH (:Article {id: $id})-[:MENTIONS]->(e:{{ENTITY}})
RETURN DISTINCT e.id AS id
