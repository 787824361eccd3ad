// retargetMerges: earlier merges into $from now lead to $to.
// params: $from, $to (entity ids)
// returns: nothing
MATCH (c:Correction)
WHERE c.kind = 'merge' AND c.targetId = $from
SET c.targetId = $to
