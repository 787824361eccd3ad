// listCorrections: analyst merges and renames, oldest first.
// params: none
// returns: id, kind, entityId, targetId, name
MATCH (c:Correction)
RETURN c.id AS id, c.kind AS kind, c.entityId AS entityId, c.targetId AS targetId, c.name AS name
ORDER BY c.at, c.id
