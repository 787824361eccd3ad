// health: answers when the store is reachable.
// params: none
// returns: ok
RETURN 1 AS ok
