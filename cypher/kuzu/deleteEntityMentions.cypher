// deleteEntityMentions: removes the Mention records of an entity (when it is merged away).
// params: $id (entity id)
// returns: nothing
MATCH (m:Mention)
WHERE m.entityId = $id
DELETE m
