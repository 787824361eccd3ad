// createEntityTable: node table of one entity kind.
// vars: {{KIND}}
// params: none
// returns: nothing
CREATE NODE TABLE IF NOT EXISTS {{KIND}}(
  id STRING PRIMARY KEY,
  name STRING,
  aliases STRING[],
  affiliation STRING
)
