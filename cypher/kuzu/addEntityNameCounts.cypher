// addEntityNameCounts: adds the name counts of the entity roll-up to an entity table made before
// they were kept (null there: such entities are recomputed from their mentions when touched).
// vars: {{KIND}}
// params: none
// returns: nothing
ALTER TABLE {{KIND}} ADD IF NOT EXISTS nameCounts STRING
