// deleteRepresents: removes the REPRESENTS edges of these officials (joined to the ids by hash,
// the id bound with WITH before the MATCH, cypher/README.md).
// params: $ids (official ids)
// returns: nothing
UNWIND $ids AS item
WITH item AS officialId
MATCH (o:Official {id: officialId})-[r:REPRESENTS]->()
DELETE r
