/** Hostile GraphQL: bombs and oversized requests are refused with their codes, before running. */
import { startTestServer } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: { NODE_ENV: 'production', ENTENTE_MAX_BODY_BYTES: String(64 * 1024) },
    app: { guards: { maxCost: 500 } },
  });
}, 120_000);
afterAll(() => server?.close());

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

describe('GraphQL guards', () => {
  it('refuses a depth bomb with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const level = 'relations { nodes { source { ';
    const bomb = `{ entity(id: "state:russia") { ${level.repeat(6)} id ${'} } } '.repeat(6)} } }`;
    const { status, body } = await server.gql(bomb);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.some((error) => /depth limit/i.test(error.message))).toBe(true);
  });

  it('refuses an alias bomb with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: stats { articles }`).join(' ');
    const { status, body } = await server.gql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.some((error) => /aliases limit/i.test(error.message))).toBe(true);
  });

  it('refuses a query over the cost limit (lists weighed by `first`) and runs one under it', async () => {
    const wide =
      '{ relations(first: 100) { nodes { claims(first: 50) { quote article { title } } } } }';
    const refused = await server.gql(wide);
    expect([refused.status, codeOf(refused.body)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(refused.body.errors?.[0]?.message).toMatch(/cost limit/i);
    const small = await server.gql(
      '{ relations(first: 5) { nodes { claims(first: 2) { quote } } } }',
    );
    expect(small.body.errors).toBeUndefined();
  });

  it('refuses a document over the token limit as a parse error with HTTP 400', async () => {
    const { status, body } = await server.gql(`{ stats { ${'articles '.repeat(5000)} } }`);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('keeps syntax errors and unknown fields at HTTP 400 with Apollo codes', async () => {
    const syntax = await server.gql('{ stats { ');
    expect([syntax.status, codeOf(syntax.body)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const unknown = await server.gql('{ stats { nope } }');
    expect([unknown.status, codeOf(unknown.body)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('caps page sizes, also when they come in variables', async () => {
    for (const query of [
      'query ($n: Int) { entities(first: $n) { totalCount } }',
      'query ($n: Int) { relations(first: $n) { totalCount } }',
      'query ($n: Int) { search(text: "korea", first: $n) { id } }',
      'query ($n: Int) { entity(id: "state:russia") { relations(first: $n) { totalCount } } }',
    ]) {
      const { body } = await server.gql(query, { n: 100_000 });
      expect([query, codeOf(body)]).toEqual([query, 'BAD_USER_INPUT']);
    }
    // A limit in a variable is weighed too: 100,000 weighs as the largest accepted (1,000
    // nodes), which is over this suite's cost limit of 500.
    const neighborhood = await server.gql(
      'query ($n: Int) { neighborhood(id: "state:russia", limit: $n) { truncated } }',
      { n: 100_000 },
    );
    expect(codeOf(neighborhood.body)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a body over ENTENTE_MAX_BODY_BYTES with HTTP 413 and PAYLOAD_TOO_LARGE', async () => {
    const text = 'x'.repeat(100 * 1024);
    const { status, body } = await server.gql(
      'query ($t: String!) { previewExtraction(text: $t) { diagnostics } }',
      { t: text },
    );
    expect(status).toBe(413);
    expect(codeOf(body)).toBe('PAYLOAD_TOO_LARGE');
    expect((body as { error?: { code: string } }).error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('gives every error a code from the closed set and no stack trace in production', async () => {
    const { body } = await server.gql('{ neighborhood(id: "state:atlantis") { truncated } }');
    expect(codeOf(body)).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    const invalid = await server.gql('{ stats { articlez } }');
    expect(invalid.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ stats { articles } }' },
        { query: '{ stats { claims } }' },
      ]),
    });
    expect(response.status).toBe(400);
  });
});
