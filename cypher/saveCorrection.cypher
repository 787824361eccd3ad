// saveCorrection: records a merge (entityId into targetId) or a rename (entityId to name).
// params: $id, $kind ('merge' or 'rename'), $entityId, $targetId (or ''), $name (or ''), $at (ISO time)
// returns: nothing
MERGE (c:Correction {id: $id})
SET c.kind = $kind, c.entityId = $entityId, c.targetId = $targetId, c.name = $name, c.at = $at
