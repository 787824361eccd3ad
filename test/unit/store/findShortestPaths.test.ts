import type { RelationType } from '../../../server/domain/kinds.js';
import type { Relation } from '../../../server/domain/types.js';
import { findShortestPaths } from '../../../server/store/core/findShortestPaths.js';
import type { Neighbours } from '../../../server/store/core/findShortestPaths.js';
import { storedRelation } from '../storedRelation.js';

const edge = (type: RelationType, source: string, target: string): Relation =>
  storedRelation(type, `state:${source}`, `state:${target}`);

function adjacency(edges: Relation[]): Neighbours {
  const byEntity = new Map<string, Map<string, Relation[]>>();
  const link = (from: string, to: string, relation: Relation): void => {
    const others = byEntity.get(from) ?? new Map<string, Relation[]>();
    others.set(to, [...(others.get(to) ?? []), relation]);
    byEntity.set(from, others);
  };
  for (const relation of edges) {
    link(relation.source, relation.target, relation);
    link(relation.target, relation.source, relation);
  }
  return (id) => byEntity.get(id);
}

// a - b - d and a - c - d (two ways of length 2), b - d twice (two types), a - e - f - d (longer).
const graph = adjacency([
  edge('SUPPLIES', 'a', 'b'),
  edge('MEETS', 'b', 'd'),
  edge('CONDEMNS', 'd', 'b'),
  edge('SUPPLIES', 'c', 'a'),
  edge('MEETS', 'c', 'd'),
  edge('MEETS', 'a', 'e'),
  edge('MEETS', 'e', 'f'),
  edge('MEETS', 'f', 'd'),
]);

const request = { from: 'state:a', to: 'state:d', maxLength: 4, limit: 10, walks: () => true };
const spelled = (paths: { nodeIds: string[] }[]) =>
  paths.map((path) => path.nodeIds.map((id) => id.slice('state:'.length)).join(''));

describe('findShortestPaths', () => {
  it('finds every shortest path, ignoring direction, parallel edges apart', () => {
    const paths = findShortestPaths(graph, request);
    expect(spelled(paths).sort()).toEqual(['abd', 'abd', 'acd']);
    expect(paths.map((path) => path.edges.length)).toEqual([2, 2, 2]);
  });

  it('walks only the edges allowed, and no further than maxLength', () => {
    const meets = { ...request, walks: (relation: Relation) => relation.type === 'MEETS' };
    expect(spelled(findShortestPaths(graph, meets))).toEqual(['aefd']);
    expect(findShortestPaths(graph, { ...meets, maxLength: 2 })).toEqual([]);
  });

  it('stops at the limit, taking edges in id order', () => {
    const [first] = findShortestPaths(graph, { ...request, limit: 1 });
    const all = findShortestPaths(graph, request);
    const ids = (path: { edges: Relation[] }) => path.edges.map((e) => e.id);
    const smallest = all.map(ids).sort()[0];
    expect(first && ids(first)).toEqual(smallest);
  });

  it('finds nothing between an entity and itself, or towards an unknown one', () => {
    expect(findShortestPaths(graph, { ...request, to: 'state:a' })).toEqual([]);
    expect(findShortestPaths(graph, { ...request, to: 'state:nowhere' })).toEqual([]);
  });
});
