// deleteEntityMentions: removes the MENTIONS edges of an entity (when it is merged away).
// params: $id (entity id)
// returns: nothing
MATCH (:Article)-[m:MENTIONS]->(:Entity {id: $id})
DELETE m
