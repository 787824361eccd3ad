/**
 * All shortest paths between two entities over an in-memory adjacency, ignoring direction, as
 * the `paths` statement finds them in the database. A breadth-first search runs from both ends,
 * each time widening the side whose frontier has fewer neighbours, until the two meet; only
 * the entities on some shortest path are then walked to spell the paths out, edges taken in
 * id order, until `limit` paths are found. Parallel edges (two relation types between the same
 * entities) make distinct paths.
 */
import type { Relation } from '../../domain/types.js';

/** Relations joining an entity to each of its neighbours (one, or several). */
export type Neighbours = (id: string) => ReadonlyMap<string, Relation | Relation[]> | undefined;

export interface ShortestPathRequest {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  /** Whether an edge may be walked; every edge when absent. */
  walks?: ((relation: Relation) => boolean) | undefined;
}

export interface FoundPath {
  /** Every entity along the path, both ends included. */
  nodeIds: string[];
  edges: Relation[];
}

export function findShortestPaths(
  neighbours: Neighbours,
  request: ShortestPathRequest,
): FoundPath[] {
  const { from, to, walks } = request;
  if (from === to || request.limit < 1 || !neighbours(from) || !neighbours(to)) return [];
  const linksOf = (id: string): [string, Relation[]][] => {
    const links: [string, Relation[]][] = [];
    for (const [other, held] of neighbours(id) ?? []) {
      const all = Array.isArray(held) ? held : [held];
      const walked = walks ? all.filter(walks) : all;
      if (walked.length > 0) links.push([other, walked]);
    }
    return links;
  };
  // The neighbours joined by at least one edge that may be walked (no list built: hubs have
  // tens of thousands).
  const filtered = function* (id: string, by: (relation: Relation) => boolean) {
    for (const [other, held] of neighbours(id) ?? [])
      if (Array.isArray(held) ? held.some(by) : by(held)) yield other;
  };
  const reachable = (id: string): Iterable<string> =>
    walks ? filtered(id, walks) : (neighbours(id)?.keys() ?? []);
  const meeting = meet(neighbours, reachable, request);
  if (!meeting) return [];
  const { length, fromFirst, fromSecond, middle } = meeting;
  const onPath = nodesOnShortestPaths(reachable, fromFirst, middle);
  const found: FoundPath[] = [];
  const walk = (id: string, depth: number, nodeIds: string[], edges: Relation[]): void => {
    if (found.length >= request.limit) return;
    if (depth === length) {
      if (id === to) found.push({ nodeIds: [...nodeIds], edges: [...edges] });
      return;
    }
    const next = depth + 1;
    const steps = linksOf(id)
      .filter(([other]) =>
        next <= middle.depth
          ? onPath.has(other) && fromFirst.get(other) === next
          : fromSecond.get(other) === length - next,
      )
      .flatMap(([other, relations]) => relations.map((relation) => ({ other, relation })))
      .sort((a, b) => (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
    for (const { other, relation } of steps) {
      nodeIds.push(other);
      edges.push(relation);
      walk(other, next, nodeIds, edges);
      nodeIds.pop();
      edges.pop();
    }
  };
  walk(from, 0, [from], []);
  return found;
}

interface Meeting {
  length: number;
  /** Distances from `from` of the entities its side reached. */
  fromFirst: Map<string, number>;
  /** Distances from `to` of the entities its side reached. */
  fromSecond: Map<string, number>;
  /** The entities at `depth` from `from` where the two sides met. */
  middle: { depth: number; ids: string[] };
}

/** One side of the search: how far each entity it reached is from its end. */
interface Side {
  distances: Map<string, number>;
  frontier: string[];
  depth: number;
}

/** Widens the cheaper side until the two meet, or until no path could be short enough. */
function meet(
  neighbours: Neighbours,
  reachable: (id: string) => Iterable<string>,
  request: ShortestPathRequest,
): Meeting | undefined {
  const start = (id: string): Side => ({ distances: new Map([[id, 0]]), frontier: [id], depth: 0 });
  const sides: [Side, Side] = [start(request.from), start(request.to)];
  const cost = (frontier: string[]): number =>
    frontier.reduce((sum, id) => sum + (neighbours(id)?.size ?? 0), 0);
  while (sides[0].depth + sides[1].depth < request.maxLength) {
    const [first, second] = sides;
    if (first.frontier.length === 0 || second.frontier.length === 0) return undefined;
    const widen = cost(first.frontier) <= cost(second.frontier) ? first : second;
    const other = widen === first ? second : first;
    const next: string[] = [];
    const met: string[] = [];
    widen.depth += 1;
    for (const id of widen.frontier) {
      for (const neighbour of reachable(id)) {
        if (widen.distances.has(neighbour)) continue;
        widen.distances.set(neighbour, widen.depth);
        next.push(neighbour);
        if (other.distances.has(neighbour)) met.push(neighbour);
      }
    }
    widen.frontier = next;
    if (met.length > 0) {
      // Every entity met is at the other side's full depth: the paths are all this long.
      const length = first.depth + second.depth;
      const fromFirst = first.distances;
      const fromSecond = second.distances;
      const ids = met.filter(
        (id) => (fromFirst.get(id) ?? 0) + (fromSecond.get(id) ?? 0) === length,
      );
      return {
        length,
        fromFirst,
        fromSecond,
        middle: { depth: fromFirst.get(ids[0] ?? '') ?? 0, ids },
      };
    }
  }
  return undefined;
}

/**
 * The entities on some shortest path between `from` and the middle entities, on the first
 * side: walked back from the middle, each one step nearer to `from`.
 */
function nodesOnShortestPaths(
  reachable: (id: string) => Iterable<string>,
  fromFirst: ReadonlyMap<string, number>,
  middle: Meeting['middle'],
): Set<string> {
  const onPath = new Set(middle.ids);
  let layer = middle.ids;
  for (let depth = middle.depth - 1; depth > 0; depth -= 1) {
    const previous: string[] = [];
    for (const id of layer)
      for (const other of reachable(id))
        if (fromFirst.get(other) === depth && !onPath.has(other)) {
          onPath.add(other);
          previous.push(other);
        }
    layer = previous;
  }
  return onPath;
}
