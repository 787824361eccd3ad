// officialsAffiliatedWith: officials some article says act for one of these entities. The id is
// bound with WITH before the MATCH so that Kuzu joins by hash (cypher/README.md).
// params: $ids (entity ids)
// returns: id
UNWIND $ids AS item
WITH item AS affiliation
MATCH (m:Mention)
WHERE m.affiliation = affiliation AND starts_with(m.entityId, 'official:')
RETURN DISTINCT m.entityId AS id
