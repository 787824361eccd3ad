// createMentionTable: one record per MENTIONS edge, read by the entity roll-up. Kuzu 0.11 can
// return wrong rows for edges of a multi-pair relationship table created earlier in the same
// transaction, so roll-ups read these single-table records instead.
// params: none
// returns: nothing
CREATE NODE TABLE IF NOT EXISTS Mention(
  id SERIAL PRIMARY KEY,
  articleId STRING,
  entityId STRING,
  name STRING,
  aliases STRING,
  affiliation STRING
)
