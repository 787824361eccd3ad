// entityMentions: the mentions of one entity (used when merging entities).
// vars: {{KIND}}
// params: $id (entity id)
// returns: articleId, name, aliases, affiliation
MATCH (a:Article)-[m:MENTIONS]->(:{{KIND}} {id: $id})
RETURN a.id AS articleId, m.name AS name, m.aliases AS aliases, m.affiliation AS affiliation
