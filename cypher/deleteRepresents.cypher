// deleteRepresents: removes the REPRESENTS edges of these officials.
// params: $ids (official ids)
// returns: nothing
MATCH (o:Official)-[r:REPRESENTS]->()
WHERE o.id IN $ids
DELETE r
