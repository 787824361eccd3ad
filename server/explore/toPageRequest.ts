import type { PageRequest } from '../store/GraphStore.js';
import { assertInRange } from './assertInRange.js';
import type { ExploreLimits } from './exploreLimits.js';

/** Checks `first` against the page-size cap and builds the store's page request. */
export function toPageRequest(
  first: number,
  after: string | null | undefined,
  limits: ExploreLimits,
): PageRequest {
  assertInRange('first', first, 0, limits.maxPageSize);
  return after ? { first, after } : { first };
}
