/**
 * Bounds of every read use case, so that no single request can ask the store for everything.
 * Callers may pass their own limits over these defaults.
 */
export interface ExploreLimits {
  /** Most items in one page of a connection or a search. */
  maxPageSize: number;
  /** Deepest neighbourhood, in hops from the centre. */
  maxDepth: number;
  /** Most nodes in one neighbourhood. */
  maxNeighborhoodNodes: number;
  /** Most edges in one neighbourhood. */
  maxNeighborhoodEdges: number;
  /** Longest path searched, in relations. */
  maxPathLength: number;
  /** Most shortest paths returned between two entities. */
  maxPaths: number;
  /** Longest search text, in characters. */
  maxSearchText: number;
  /** Most state relations read to compute alliance blocs. */
  maxBlocRelations: number;
}

export const DEFAULT_EXPLORE_LIMITS: Readonly<ExploreLimits> = Object.freeze({
  maxPageSize: 200,
  maxDepth: 3,
  maxNeighborhoodNodes: 1000,
  maxNeighborhoodEdges: 10_000,
  maxPathLength: 6,
  maxPaths: 10,
  maxSearchText: 200,
  maxBlocRelations: 20_000,
});

export function toExploreLimits(overrides: Partial<ExploreLimits> = {}): ExploreLimits {
  return { ...DEFAULT_EXPLORE_LIMITS, ...overrides };
}
