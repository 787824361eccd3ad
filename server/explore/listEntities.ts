import type { EntityKind } from '../domain/kinds.js';
import type { Entity } from '../domain/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { ExploreLimits } from './exploreLimits.js';
import { paginate } from './paginate.js';
import type { Connection } from './paginate.js';

/** A page of entities, of one kind or all. */
export function listEntities(
  store: GraphStore,
  kind: EntityKind | null | undefined,
  page: { first: number; after?: string | null | undefined },
  limits: ExploreLimits,
): Promise<Connection<Entity>> {
  return paginate((request) => store.listEntities(kind ?? undefined, request), page, limits);
}
