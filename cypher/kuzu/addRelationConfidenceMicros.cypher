// addRelationConfidenceMicros: adds the confidence sum of the relation roll-up to a relation
// table made before it was kept (null there: such relations are recomputed when touched).
// vars: {{TYPE}}
// params: none
// returns: nothing
ALTER TABLE {{TYPE}} ADD IF NOT EXISTS confidenceMicros INT64
