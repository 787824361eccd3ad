// countClaims: how many claims are stored.
// params: none
// returns: n
MATCH (c:Claim)
RETURN count(c) AS n
