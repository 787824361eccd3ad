/**
 * In production (NODE_ENV=production) no answer carries a stack trace, a file path or the text of
 * an unexpected error: the client gets a code and a generic message; the log gets the details.
 */
import { inspect } from 'node:util';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { startTestServer } from '../api/startTestServer.js';
import type { TestServer } from '../api/startTestServer.js';

const SECRET = 'kuzu internals at /srv/entente/data/entente.kuzu line 42';

/** A store whose stats() and runReadOnly() fail the way a bug deep inside would. */
function failingStore(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'stats' || key === 'runReadOnly') {
        return async () => {
          throw new TypeError(SECRET);
        };
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const LEAKS = [/\bat .+:\d+:\d+/, /\.ts\b/, /node_modules/, /\/srv\/entente/, /TypeError/];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect([leak.source, leak.test(text)]).toEqual([leak.source, false]);
}

describe('errors in production', () => {
  let server: TestServer;
  const logged: string[] = [];
  let restore: () => void;

  beforeAll(async () => {
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map((arg) => inspect(arg)).join(' '));
    restore = () => (console.error = original);
    server = await startTestServer({ env: { NODE_ENV: 'production' }, wrapStore: failingStore });
  }, 120_000);
  afterAll(async () => {
    restore();
    await server?.close();
  });

  it('GraphQL: an unexpected failure is INTERNAL with a generic message, and logged', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    const text = await response.text();
    expectNoLeak(text);
    const body = JSON.parse(text) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]).toEqual({
      message: 'Internal error; the server log has the details.',
      locations: expect.any(Array),
      path: ['stats'],
      extensions: { code: 'INTERNAL' },
    });
    expect(logged.join('\n')).toContain('kuzu internals');
  });

  it('/api/cypher: the same, with HTTP 500 and {error:{code,message}}', async () => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1 AS x' }),
    });
    const text = await response.text();
    expectNoLeak(text);
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL', message: 'Internal error; the server log has the details.' },
    });
  });

  it('expected errors keep their helpful message, without a stack trace', async () => {
    for (const [query, code] of [
      ['{ neighborhood(id: "state:atlantis") { truncated } }', 'NOT_FOUND'],
      ['{ stats { articlez } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['{ stats ', 'GRAPHQL_PARSE_FAILED'],
      ['mutation { deleteArticle(id: "x") }', 'UNAUTHENTICATED'],
    ] as const) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      expectNoLeak(text);
      expect(text).not.toContain('stacktrace');
      const body = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
      expect([query, body.errors[0]?.extensions.code]).toEqual([query, code]);
    }
  });

  it('HTTP errors outside GraphQL (bad JSON, unknown route) carry no stack', async () => {
    for (const [path, init] of [
      [
        '/api/cypher',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      ],
      ['/api/nothing', {}],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[' }],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, init as RequestInit);
      const text = await response.text();
      expect([path, response.status < 500]).toEqual([path, true]);
      expectNoLeak(text);
    }
  });
});
