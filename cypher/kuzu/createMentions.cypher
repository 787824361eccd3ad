// createMentions: links articles to entities of one kind, keeping what each article called them
// (as the MENTIONS edge and as a Mention record, see createMentionTable).
// vars: {{KIND}}
// params: $rows [{articleId, id, name, aliases (joined by $sep), affiliation (id or null)}]
// returns: nothing
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:{{KIND}} {id: row.id})
CREATE (a)-[:MENTIONS {name: row.name, aliases: row.aliases, affiliation: row.affiliation}]->(e)
CREATE (:Mention {
  articleId: row.articleId, entityId: row.id, name: row.name, aliases: row.aliases,
  affiliation: row.affiliation
})
