/** Cursor connections: walking every page gives every item once, in the order of one big page. */
import { startTestServer } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

interface PageResult {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { cursor: string; node: { id: string } }[];
}

async function page(
  field: string,
  args: string,
  variables: Record<string, unknown>,
): Promise<PageResult> {
  const query = `query ($first: Int, $after: String) {
    ${field}(${args}first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } }
    }
  }`;
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return (body.data as Record<string, PageResult>)[field]!;
}

async function walk(field: string, args: string, first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const result: PageResult = await page(field, args, { first, after });
    ids.push(...result.edges.map((edge) => edge.node.id));
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor;
  }
  return ids;
}

describe.each([
  ['entities', ''],
  ['entities', 'kind: STATE, '],
  ['relations', ''],
  ['articles', ''],
])('%s(%s) pages', (field, args) => {
  it('walk the whole list in small pages, each item once', async () => {
    const all = await page(field, args, { first: 100 });
    expect(all.edges.length).toBe(Math.min(100, all.totalCount));
    const walked = await walk(field, args, 3);
    expect(walked).toEqual(all.edges.map((edge) => edge.node.id));
    expect(new Set(walked).size).toBe(walked.length);
  });

  it('resume from a cursor in the middle of a page', async () => {
    const all = await page(field, args, { first: 100 });
    if (all.edges.length < 3) return;
    const first = await page(field, args, { first: 3 });
    const resumed = await page(field, args, { first: 2, after: first.edges[0]!.cursor });
    expect(resumed.edges.map((edge) => edge.node.id)).toEqual(
      all.edges.slice(1, 3).map((edge) => edge.node.id),
    );
  });
});

it('pages the relations of one entity', async () => {
  const query = `query ($after: String) { entity(id: "state:north-korea") {
    relations(first: 4, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let guard = 0; guard < 50; guard += 1) {
    const { body } = await server.gql(query, { after });
    const relations = (
      body.data?.entity as {
        relations: {
          totalCount: number;
          pageInfo: PageResult['pageInfo'];
          nodes: { id: string }[];
        };
      }
    ).relations;
    total = relations.totalCount;
    ids.push(...relations.nodes.map((node) => node.id));
    if (!relations.pageInfo.hasNextPage) break;
    after = relations.pageInfo.endCursor;
  }
  expect(total).toBeGreaterThan(4);
  expect(new Set(ids).size).toBe(total);
});

it('refuses a cursor it did not make', async () => {
  const { body } = await server.gql(
    '{ entities(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }',
  );
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
