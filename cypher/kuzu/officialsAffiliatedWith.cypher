// officialsAffiliatedWith: officials some article says act for one of these entities.
// params: $ids (entity ids)
// returns: id
MATCH (m:Mention)
WHERE m.affiliation IN $ids AND starts_with(m.entityId, 'official:')
RETURN DISTINCT m.entityId AS id
