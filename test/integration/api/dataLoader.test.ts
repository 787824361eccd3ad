/**
 * Batching: a neighbourhood of about 200 nodes with degrees, affiliations, articles, relation
 * counts and claims must cost a handful of store calls, not one per node or edge.
 */
import { generateCorpus } from '../../../bench/corpus/generateCorpus.js';
import { ingestArticles } from '../../../server/ingestion/ingestArticles.js';
import { countCalls, startTestServer } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

let server: TestServer;
let counts: Map<string, number>;

beforeAll(async () => {
  server = await startTestServer({
    wrapStore: (store) => {
      const counted = countCalls(store);
      counts = counted.counts;
      return counted.store;
    },
  });
  await ingestArticles(server.store, [...generateCorpus({ articles: 200, seed: 11 })]);
}, 240_000);
afterAll(() => server?.close());

const NEIGHBOURHOOD = `query ($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    nodes {
      id name degree
      affiliation { name }
      articles(first: 3) { title }
      relations(first: 3) { totalCount nodes { type target { name } } }
    }
    edges {
      type
      source { name degree }
      target { name degree }
      claims(first: 2) { quote speaker { name } article { title date } }
    }
  }
}`;

it('a neighbourhood of ~200 nodes costs a handful of store calls', async () => {
  const { body } = await server.gql(
    '{ stats { entitiesByKind { kind count } } entities(kind: STATE, first: 100) { nodes { id degree } } }',
  );
  const nodes = (body.data?.entities as { nodes: { id: string; degree: number }[] }).nodes;
  const hub = [...nodes].sort((a, b) => b.degree - a.degree)[0]!;
  counts.clear();
  const result = await server.gql(NEIGHBOURHOOD, { id: hub.id });
  expect(result.body.errors).toBeUndefined();
  const subgraph = result.body.data?.neighborhood as { nodes: unknown[]; edges: unknown[] };
  const calls = [...counts.values()].reduce((total, count) => total + count, 0);
  console.log(
    `neighbourhood of ${subgraph.nodes.length} nodes and ${subgraph.edges.length} edges: ${calls} store calls`,
    Object.fromEntries(counts),
  );
  expect(subgraph.nodes.length).toBeGreaterThanOrEqual(150);
  expect(calls).toBeLessThanOrEqual(10);
  // One call per kind of thing and level of the query: never one per node or edge.
  for (const [method, count] of counts) expect([method, count <= 3]).toEqual([method, true]);
  expect(counts.get('neighborhood')).toBe(1);
  expect(counts.get('degrees')).toBe(1);
  expect(counts.get('claimsOf')).toBe(1);
}, 60_000);
