// createMentionsTable: Article -> entity, with what the article called the entity.
// vars: {{PAIRS}} (FROM Article TO each kind)
// params: none
// returns: nothing
CREATE REL TABLE IF NOT EXISTS MENTIONS(
  {{PAIRS}},
  name STRING,
  aliases STRING,
  affiliation STRING
)
