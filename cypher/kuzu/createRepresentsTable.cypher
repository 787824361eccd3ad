// createRepresentsTable: Official -> the State or Organization they act for.
// params: none
// returns: nothing
CREATE REL TABLE IF NOT EXISTS REPRESENTS(FROM Official TO State, FROM Official TO Organization)
