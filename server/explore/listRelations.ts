import type { Relation } from '../domain/types.js';
import { EntenteError } from '../errors/EntenteError.js';
import type { GraphStore, RelationFilter } from '../store/GraphStore.js';
import type { ExploreLimits } from './exploreLimits.js';
import { paginate } from './paginate.js';
import type { Connection } from './paginate.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A page of relations matching the filter (types, statuses, dates, minimum claims). */
export async function listRelations(
  store: GraphStore,
  filter: RelationFilter,
  page: { first: number; after?: string | null | undefined },
  limits: ExploreLimits,
): Promise<Connection<Relation>> {
  for (const [name, value] of [
    ['from', filter.from],
    ['to', filter.to],
  ] as const) {
    if (value !== undefined && !ISO_DATE.test(value)) {
      throw new EntenteError(
        'BAD_USER_INPUT',
        `${name} must be an ISO date like 2023-11-09, got "${value}".`,
      );
    }
  }
  if (
    filter.minClaims !== undefined &&
    (!Number.isInteger(filter.minClaims) || filter.minClaims < 0)
  ) {
    throw new EntenteError('BAD_USER_INPUT', `minClaims must be a whole number of 0 or more.`);
  }
  return paginate((request) => store.listRelations(filter, request), page, limits);
}
