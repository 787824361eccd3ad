/**
 * What the analyst chose to see. Pure predicates over element data decide visibility; the view
 * applies them in one batch.
 */
import { CLAIM_STATUSES, ENTITY_KINDS, RELATION_TYPES, isClaimless } from './types.js';
import type { ClaimStatus, EntityKind, RelationType } from './types.js';
import type { EdgeData, NodeData } from './toElements.js';

export interface Filters {
  kinds: EntityKind[];
  types: RelationType[];
  statuses: ClaimStatus[];
  /** Claim date range (ISO dates); an edge shows when its claims overlap the range. */
  from: string | null;
  to: string | null;
  minClaims: number;
  minSources: number;
}

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  kinds: [...ENTITY_KINDS],
  types: [...RELATION_TYPES],
  statuses: [...CLAIM_STATUSES],
  from: null,
  to: null,
  minClaims: 1,
  minSources: 0,
});

export function isNodeShown(node: Pick<NodeData, 'kind'>, filters: Filters): boolean {
  return filters.kinds.includes(node.kind);
}

/** Undated relations stay visible under a date range: the range cannot say anything about them. */
function overlapsDates(edge: Pick<EdgeData, 'firstSeen' | 'lastSeen'>, filters: Filters): boolean {
  const first = edge.firstSeen?.slice(0, 10) ?? null;
  const last = edge.lastSeen?.slice(0, 10) ?? first;
  if (filters.from && last && last < filters.from) return false;
  if (filters.to && first && first > filters.to) return false;
  return true;
}

/**
 * The type filter applies to every edge; the claim filters (status, claims, sources, dates) only
 * to edges with claims, so REPRESENTS links show unless their type is unticked.
 */
export function isEdgeShown(
  edge: Pick<
    EdgeData,
    'type' | 'statuses' | 'claimCount' | 'sourceCount' | 'firstSeen' | 'lastSeen'
  >,
  filters: Filters,
): boolean {
  if (!filters.types.includes(edge.type)) return false;
  if (isClaimless(edge.type)) return true;
  return (
    edge.statuses.some((status) => filters.statuses.includes(status)) &&
    edge.claimCount >= filters.minClaims &&
    edge.sourceCount >= filters.minSources &&
    overlapsDates(edge, filters)
  );
}

export function isDefaultFilters(filters: Filters): boolean {
  return JSON.stringify(filters) === JSON.stringify(DEFAULT_FILTERS);
}
