// createRelationIdIndex: finds a relation edge of one type by id.
// vars: {{TYPE}}
// params: none
// returns: nothing
CREATE INDEX {{TYPE}}_id IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.id)
