// createClaimTable: node table of claims, one per extracted assertion.
// params: none
// returns: nothing
CREATE NODE TABLE IF NOT EXISTS Claim(
  id STRING PRIMARY KEY,
  relationId STRING,
  type STRING,
  source STRING,
  target STRING,
  articleId STRING,
  quote STRING,
  startOffset INT64,
  endOffset INT64,
  status STRING,
  confidence DOUBLE,
  speaker STRING
)
