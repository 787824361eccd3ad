// entityMentionRows: what each article called these entities, for the entity roll-up.
// vars: {{ENTITY}} (unused here: Mention records carry the entity id)
// params: $ids (entity ids)
// returns: id, articleId, name, aliases (joined), affiliation
MATCH (m:Mention)
WHERE m.entityId IN $ids
RETURN m.entityId AS id, m.articleId AS articleId, m.name AS name, m.aliases AS aliases,
  m.affiliation AS affiliation
