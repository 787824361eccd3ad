// createConstraint: unique id for one label (Entity, each kind, Article, Claim, Correction).
// vars: {{LABEL}}
// params: none
// returns: nothing
CREATE CONSTRAINT {{LABEL}}_id IF NOT EXISTS FOR (n:{{LABEL}}) REQUIRE n.id IS UNIQUE
