// createMentions: links articles to entities of one kind, keeping what each article called them
// (as the MENTIONS edge and as a Mention record, see createMentionTable). Each id is bound with
// WITH before its MATCH so that Kuzu joins the rows to the table by hash (cypher/README.md).
// vars: {{KIND}}
// params: $rows [{articleId, id, name, aliases (joined by $sep), affiliation (id or null)}]
// returns: nothing
UNWIND $rows AS row
WITH row, row.articleId AS articleId
MATCH (a:Article {id: articleId})
WITH a, row, row.id AS entityId
MATCH (e:{{KIND}} {id: entityId})
CREATE (a)-[:MENTIONS {name: row.name, aliases: row.aliases, affiliation: row.affiliation}]->(e)
CREATE (:Mention {
  articleId: row.articleId, entityId: row.id, name: row.name, aliases: row.aliases,
  affiliation: row.affiliation
})
