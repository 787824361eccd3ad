// createCorrectionTable: node table of analyst merges and renames.
// params: none
// returns: nothing
CREATE NODE TABLE IF NOT EXISTS Correction(
  id STRING PRIMARY KEY,
  kind STRING,
  entityId STRING,
  targetId STRING,
  name STRING,
  at STRING
)
