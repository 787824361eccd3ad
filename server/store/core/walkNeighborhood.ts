/**
 * The neighbourhood of an entity, breadth first: each level adds the relations of the previous
 * level's entities (heaviest first) until `limit` entities are reached, then reports truncated.
 * An unknown id gives an empty subgraph.
 */
import type { Entity, Relation, Subgraph } from '../../domain/types.js';
import type { Direction, NeighborhoodRequest, RelationFilter } from '../GraphStore.js';
import { byWeight } from './readRelations.js';

export interface NeighborhoodReads {
  getEntities(ids: string[]): Promise<Entity[]>;
  relationsOf(
    ids: string[],
    filter: RelationFilter,
    direction: Direction,
  ): Promise<Map<string, Relation[]>>;
}

export async function walkNeighborhood(
  reads: NeighborhoodReads,
  request: NeighborhoodRequest,
): Promise<Subgraph> {
  const [center] = await reads.getEntities([request.id]);
  if (!center || request.limit < 1) return { nodes: [], edges: [], truncated: false };
  const nodeIds = new Set([center.id]);
  const edges = new Map<string, Relation>();
  let frontier = [center.id];
  let truncated = false;
  for (let level = 0; level < request.depth && frontier.length > 0; level += 1) {
    const found = await reads.relationsOf(frontier, request, 'BOTH');
    const next: string[] = [];
    for (const relation of dedupe([...found.values()].flat()).sort(byWeight)) {
      const added = [relation.source, relation.target].filter((id) => !nodeIds.has(id));
      if (nodeIds.size + added.length > request.limit) {
        truncated = true;
        continue;
      }
      for (const id of added) {
        nodeIds.add(id);
        next.push(id);
      }
      edges.set(relation.id, relation);
    }
    frontier = next;
  }
  const nodes = await reads.getEntities([...nodeIds]);
  return { nodes: sortById(nodes), edges: [...edges.values()].sort(byWeight), truncated };
}

function dedupe(relations: Relation[]): Relation[] {
  return [...new Map(relations.map((relation) => [relation.id, relation])).values()];
}

function sortById(nodes: Entity[]): Entity[] {
  return [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
