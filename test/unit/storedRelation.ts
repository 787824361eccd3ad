/** Graphs built by hand for tests of the read path: a relation as the store returns it. */
import { toRelationId } from '../../server/domain/ids.js';
import type { RelationType } from '../../server/domain/kinds.js';
import type { Relation } from '../../server/domain/types.js';

/** An asserted relation between two entity ids, from `claims` claims in as many articles. */
export function storedRelation(
  type: RelationType,
  source: string,
  target: string,
  claims = 1,
): Relation {
  return {
    id: toRelationId(type, source, target),
    type,
    source,
    target,
    claimCount: claims,
    articleCount: claims,
    sources: [],
    firstSeen: null,
    lastSeen: null,
    statuses: ['asserted'],
    confidence: 1,
  };
}
