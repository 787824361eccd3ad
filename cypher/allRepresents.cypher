// allRepresents: every REPRESENTS edge (an official and the State or Organization they act for),
// to load the embedded store's in-memory relation index.
// vars: none
// params: none
// returns: source (official id), target (State or Organization id)
MATCH (o:Official)-[:REPRESENTS]->(t)
RETURN o.id AS source, t.id AS target
