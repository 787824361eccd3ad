import type { Subgraph } from '../domain/types.js';
import { EntenteError } from '../errors/EntenteError.js';
import type { GraphStore, NeighborhoodRequest } from '../store/GraphStore.js';
import { assertInRange } from './assertInRange.js';
import type { ExploreLimits } from './exploreLimits.js';

/** Entities within `depth` hops of an entity and the relations among them. */
export async function exploreNeighborhood(
  store: GraphStore,
  request: NeighborhoodRequest,
  limits: ExploreLimits,
): Promise<Subgraph> {
  assertInRange('depth', request.depth, 0, limits.maxDepth);
  assertInRange('limit', request.limit, 1, limits.maxNeighborhoodNodes);
  if (request.edgeLimit !== undefined)
    assertInRange('edgeLimit', request.edgeLimit, 1, limits.maxNeighborhoodEdges);
  const subgraph = await store.neighborhood(request);
  if (!subgraph.nodes.some((node) => node.id === request.id)) {
    throw new EntenteError(
      'NOT_FOUND',
      `No entity has id "${request.id}". Find ids with the \`search\` query.`,
    );
  }
  return subgraph;
}
