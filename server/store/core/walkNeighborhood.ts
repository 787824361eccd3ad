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
  // Ids of the relations through which the entities were collected.
  const links = new Set<string>();
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
        links.add(relation.id);
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
  const joined = edges.filter((edge) => found.has(edge.source) && found.has(edge.target));
  const kept = keepEdges(joined, links, request.edgeLimit);
  truncated ||= kept.length < joined.length;
  return { nodes: sortById(nodes), edges: kept.sort(byWeight), truncated };
}

/** At most `limit` edges: the links of the walk first, then the strongest others. */
function keepEdges(edges: Relation[], links: ReadonlySet<string>, limit?: number): Relation[] {
  if (limit === undefined || edges.length <= limit) return edges;
  const walked = edges.filter((edge) => links.has(edge.id));
  const others = edges.filter((edge) => !links.has(edge.id));
  if (walked.length >= limit) return strongest(walked, limit);
  return [...walked, ...strongest(others, limit - walked.length)];
}

/**
 * The `count` strongest edges (claimCount, then id), without sorting them all: every edge above
 * the count at the cut, then the first by id of those at it.
 */
function strongest(edges: Relation[], count: number): Relation[] {
  if (edges.length <= count) return edges;
  const counts = Float64Array.from(edges, (edge) => -edge.claimCount).sort();
  const cut = -(counts[count - 1] ?? 0);
  const above = edges.filter((edge) => edge.claimCount > cut);
  const at = edges.filter((edge) => edge.claimCount === cut).sort(byWeight);
  return [...above, ...at.slice(0, count - above.length)];
}

function sortById(nodes: Entity[]): Entity[] {
  return [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
