// createArticleTable: node table of articles; key is the story identity across edits.
// params: none
// returns: nothing
CREATE NODE TABLE IF NOT EXISTS Article(
  id STRING PRIMARY KEY,
  key STRING,
  title STRING,
  date STRING,
  source STRING,
  url STRING,
  contentHash STRING,
  text STRING
)
