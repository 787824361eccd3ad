// officialsAffiliatedWith: officials some article says act for one of these entities.
// params: $ids (entity ids)
// returns: id
MATCH (:Article)-[m:MENTIONS]->(o:Official)
WHERE m.affiliation IN $ids
RETURN DISTINCT o.id AS id
