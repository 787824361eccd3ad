// deleteRepresents: removes the REPRESENTS edges of these officials, found by primary key.
// params: $ids (official ids)
// returns: nothing
UNWIND $ids AS officialId
MATCH (o:Official {id: officialId})-[r:REPRESENTS]->()
DELETE r
