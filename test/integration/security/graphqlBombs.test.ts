/**
 * GraphQL bombs beyond the plain ones of test/integration/api/guards.test.ts: the same limits
 * must hold when the bomb hides in fragments, directives, introspection or variables, and the
 * server must keep answering afterwards.
 */
import { startTestServer } from '../api/startTestServer.js';
import type { GqlResponse, TestServer } from '../api/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: { NODE_ENV: 'production', ENTENTE_MAX_BODY_BYTES: String(64 * 1024) },
  });
}, 120_000);
afterAll(() => server?.close());

const codeOf = (body: GqlResponse['body']) => body.errors?.[0]?.extensions?.code;

async function expectRefused(query: string, code: string, variables?: Record<string, unknown>) {
  const started = Date.now();
  const { status, body } = await server.gql(query, variables);
  expect({ status, code: codeOf(body), data: body.data ?? undefined }).toEqual({
    status: 400,
    code,
    data: undefined,
  });
  return Date.now() - started;
}

describe('GraphQL bombs in disguise', () => {
  it('refuses a depth bomb built from nested fragments', async () => {
    const fragments = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i} on Entity { relations { nodes { source { ${i < 11 ? `...F${i + 1}` : 'id'} } } } }`,
    ).join('\n');
    await expectRefused(
      `{ entity(id: "state:russia") { ...F0 } }\n${fragments}`,
      'QUERY_TOO_COMPLEX',
    );
  });

  it('refuses an alias bomb spread over fragments', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: name`).join(' ');
    await expectRefused(
      `{ entity(id: "state:russia") { ...A } } fragment A on Entity { ${aliases} }`,
      'QUERY_TOO_COMPLEX',
    );
  });

  it('refuses a directive bomb', async () => {
    const directives = '@include(if: true) '.repeat(50);
    await expectRefused(`{ stats { articles ${directives} } }`, 'QUERY_TOO_COMPLEX');
  });

  it('refuses fragments that spread each other in a cycle', async () => {
    const { status, body } = await server.gql(
      '{ entity(id: "state:russia") { ...A } } fragment A on Entity { affiliation { ...B } } fragment B on Entity { affiliation { ...A } }',
    );
    expect(status).toBe(400);
    expect(body.data ?? undefined).toBeUndefined();
    expect(['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']).toContain(codeOf(body));
  });

  it('refuses an introspection bomb (fields of types of fields, nested)', async () => {
    const nest = (depth: number): string =>
      depth === 0 ? 'name' : `name fields { name type { ${nest(depth - 1)} } }`;
    await expectRefused(`{ __schema { types { ${nest(5)} } } }`, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a long ofType chain, whose answer the schema bounds, small', async () => {
    const ofType = (depth: number): string =>
      depth === 0 ? 'name' : `name ofType { ${ofType(depth - 1)} }`;
    const { status, body } = await server.gql(
      `{ __schema { types { fields { type { ${ofType(40)} } } } } }`,
    );
    expect(status).toBe(200);
    expect(JSON.stringify(body).length).toBeLessThan(1024 * 1024);
  });

  // Lists left at their default page sizes are weighed by those defaults (50 × 50 × …).
  it('refuses a wide query whose lists take their default page sizes', async () => {
    const query =
      '{ entities { nodes { relations { nodes { claims { quote article { title } } } } } } }';
    await expectRefused(query, 'QUERY_TOO_COMPLEX');
  });

  it('refuses a literal page size over the cap', async () => {
    const { body } = await server.gql('{ entities(first: 100000) { totalCount } }');
    expect(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']).toContain(codeOf(body));
    expect(body.data ?? undefined).toBeUndefined();
  });

  it('refuses a huge list of variables values by body size (413)', async () => {
    const kinds = Array.from({ length: 20_000 }, () => 'State');
    const { status, body } = await server.gql(
      'query ($k: [EntityKind!]) { search(text: "a", kinds: $k) { id } }',
      { k: kinds },
    );
    expect(status).toBe(413);
    expect(codeOf(body)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not JSON with 400, and survives JSON nested 30,000 deep', async () => {
    const broken = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ stats { articles } }"',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe(
      'BAD_USER_INPUT',
    );
    const depth = 30_000;
    const nested = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "{ stats { articles } }", "variables": {"x": ${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    });
    expect(nested.status).not.toBe(500);
    expect((await server.gql('{ stats { articles } }')).status).toBe(200);
  });

  it('refuses a /api/cypher body over the limit with 413', async () => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `RETURN '${'x'.repeat(100 * 1024)}' AS x` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('still answers after all of the above', async () => {
    const { status, body } = await server.gql('{ stats { articles } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ stats: { articles: 2 } });
  });
});
