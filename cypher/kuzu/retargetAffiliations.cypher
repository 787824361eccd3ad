// retargetAffiliations: points mentions that name $from as an affiliation at $to instead.
// params: $from, $to (entity ids)
// returns: nothing
MATCH (m:Mention)
WHERE m.affiliation = $from
SET m.affiliation = $to
