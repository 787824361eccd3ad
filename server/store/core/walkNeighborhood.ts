/**
 * The neighbourhood of an entity, breadth first and bounded: each level reads, per side, at most
 * the `limit` strongest relations (claimCount, then id) from the previous level's entities to
 * entities not yet collected, and collects their new ends, heaviest first, until `limit`
 * entities are reached. The edges returned are those between an expanded entity and a collected
 * one, at most `edgeLimit`: the edge that brought each entity in comes first, so none is left
 * alone. `truncated` is true when any relation, entity or edge was left out. An unknown id gives
 * an empty subgraph.
 */
import type { Entity, Relation, Subgraph } from '../../domain/types.js';
import type { NeighborhoodRequest, RelationFilter } from '../GraphStore.js';
import type { NeighborhoodStep } from './readNeighborhoodStep.js';
import { byWeight } from './readRelations.js';

export interface NeighborhoodReads {
  getEntities(ids: string[]): Promise<Entity[]>;
  /** At most `cap` relations per side from `frontier` to entities outside `seen`. */
  step(
    frontier: string[],
    seen: string[],
    filter: RelationFilter,
    cap: number,
  ): Promise<NeighborhoodStep>;
  /** Relations between expanded and collected entities that pass the filter. */
  among(
    expanded: string[],
    collected: string[],
    filter: RelationFilter,
    anchor: string,
  ): Promise<Relation[]>;
}

export async function walkNeighborhood(
  reads: NeighborhoodReads,
  request: NeighborhoodRequest,
): Promise<Subgraph> {
  const empty = { nodes: [], edges: [], truncated: false };
  if (request.limit < 1) return empty;
  // An unknown id reads nothing on the way and is found missing with the nodes at the end.
  const center = { id: request.id };
  const nodeIds = new Set([center.id]);
  const expanded: string[] = [];
  // The relations through which the entities were collected.
  const links = new Map<string, Relation>();
  let frontier = [center.id];
  let truncated = false;
  for (let level = 0; level < request.depth && frontier.length > 0; level += 1) {
    const full = nodeIds.size >= request.limit;
    expanded.push(...frontier);
    // Once full, nothing more can be collected: the step only tells whether anything was left
    // out (one relation per side is enough), which is moot once something already was.
    if (full && truncated) break;
    const step = await reads.step(frontier, [...nodeIds], request, full ? 1 : request.limit);
    truncated ||= step.cut;
    const next: string[] = [];
    for (const { relation } of [...step.found].sort((a, b) => byWeight(a.relation, b.relation))) {
      for (const id of [relation.source, relation.target].filter((end) => !nodeIds.has(end))) {
        if (nodeIds.size >= request.limit) {
          truncated = true;
          continue;
        }
        nodeIds.add(id);
        links.set(relation.id, relation);
        next.push(id);
      }
    }
    frontier = next;
  }
  const edges = await reads.among(expanded, [...nodeIds], request, center.id);
  const nodes = await reads.getEntities([...nodeIds]);
  if (!nodes.some((node) => node.id === center.id)) return empty;
  // An edge is returned only with both its ends.
  const found = new Set(nodes.map((node) => node.id));
  const joined =
    found.size === nodeIds.size
      ? edges
      : edges.filter((edge) => found.has(edge.source) && found.has(edge.target));
  const joinedLinks =
    joined === edges
      ? links
      : new Map([...links].filter(([, edge]) => found.has(edge.source) && found.has(edge.target)));
  const kept = keepEdges(joined, joinedLinks, request.edgeLimit);
  truncated ||= kept.length < joined.length;
  return { nodes: sortById(nodes), edges: kept.sort(byWeight), truncated };
}

/**
 * At most `limit` edges: the links of the walk first, then the strongest others. The others
 * kept are among the `limit` strongest of all edges (each link ahead of one moves it down one
 * place at most), so only those are sorted.
 */
function keepEdges(
  edges: Relation[],
  links: ReadonlyMap<string, Relation>,
  limit?: number,
): Relation[] {
  if (limit === undefined || edges.length <= limit) return edges;
  const walked = [...links.values()];
  if (walked.length >= limit) return strongest(walked, limit);
  const others = strongest(edges, limit)
    .filter((edge) => !links.has(edge.id))
    .sort(byWeight);
  return [...walked, ...others.slice(0, limit - walked.length)];
}

/**
 * The `count` strongest edges (claimCount, then id), without sorting them all: every edge above
 * the count at the cut, then the first by id of those at it.
 */
function strongest(edges: Relation[], count: number): Relation[] {
  if (edges.length <= count) return edges;
  // Claim counts are small whole numbers: count the edges at each, from the largest down.
  const atCount = new Map<number, number>();
  for (const edge of edges) atCount.set(edge.claimCount, (atCount.get(edge.claimCount) ?? 0) + 1);
  let cut = 0;
  let above = 0;
  for (const [claims, n] of [...atCount].sort((a, b) => b[0] - a[0])) {
    cut = claims;
    if (above + n >= count) break;
    above += n;
  }
  const kept = edges.filter((edge) => edge.claimCount > cut);
  const at = edges.filter((edge) => edge.claimCount === cut).sort(byWeight);
  return [...kept, ...at.slice(0, count - kept.length)];
}

function sortById(nodes: Entity[]): Entity[] {
  return [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
