import type { EdgeType } from '../domain/kinds.js';
import { EntenteError } from '../errors/EntenteError.js';
import type { GraphPath, GraphStore } from '../store/GraphStore.js';
import { assertInRange } from './assertInRange.js';
import type { ExploreLimits } from './exploreLimits.js';

export interface FindPathsRequest {
  from: string;
  to: string;
  maxLength: number;
  types?: EdgeType[] | null | undefined;
}

/** Shortest paths between two known entities; an empty list when they are not connected. */
export async function findPaths(
  store: GraphStore,
  request: FindPathsRequest,
  limits: ExploreLimits,
): Promise<GraphPath[]> {
  assertInRange('maxLength', request.maxLength, 1, limits.maxPathLength);
  await assertEntitiesExist(store, [request.from, request.to]);
  if (request.from === request.to) return [];
  return store.paths({
    from: request.from,
    to: request.to,
    maxLength: request.maxLength,
    types: request.types ?? undefined,
    limit: limits.maxPaths,
  });
}

async function assertEntitiesExist(store: GraphStore, ids: string[]): Promise<void> {
  const found = new Set((await store.getEntities(ids)).map((entity) => entity.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new EntenteError(
      'NOT_FOUND',
      `No entity has id ${missing.map((id) => `"${id}"`).join(', ')}. Find ids with the \`search\` query.`,
    );
  }
}
