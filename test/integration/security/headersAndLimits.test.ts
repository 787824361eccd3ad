/**
 * Security headers on every kind of answer, CORS off by default and exact when configured
 * (preflight included), and rate limits that a forged X-Forwarded-For does not get around.
 */
import { startTestServer, withToken } from '../api/startTestServer.js';
import type { TestServer } from '../api/startTestServer.js';

const HELMET = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': expect.stringMatching(/max-age=\d+/),
};

const headersOf = (response: Response, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));

describe('security headers and CORS off by default', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ samples: false });
  }, 120_000);
  afterAll(() => server?.close());

  it('sends helmet headers and the CSP on GraphQL, Cypher, health and error answers', async () => {
    const answers = [
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/api/none`),
    ];
    for (const response of answers) {
      expect(headersOf(response, Object.keys(HELMET))).toEqual(HELMET);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers no cross-origin request or preflight with CORS headers', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const simple = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.test' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS and rate limits when configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ENTENTE_CORS_ORIGINS: 'https://analyst.test', ENTENTE_RATE_LIMIT_PER_MINUTE: '3' },
      samples: false,
    });
  }, 120_000);
  afterAll(() => server?.close());

  it('lets the configured origin preflight a mutation with its token, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const allowed = await preflight('https://analyst.test');
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analyst.test');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight('https://analyst.test.evil.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits Cypher per client with 429 RATE_LIMITED and RateLimit headers; a forged X-Forwarded-For does not help', async () => {
    const answers: { status: number; code?: string }[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ query: 'RETURN 1 AS x' }),
      });
      const body = (await response.json()) as { error?: { code: string } };
      answers.push({ status: response.status, code: body.error?.code });
      if (i === 0) expect(response.headers.get('ratelimit-policy')).toMatch(/^3;w=60/);
    }
    expect(answers).toEqual([
      { status: 200 },
      { status: 200 },
      { status: 200 },
      { status: 429, code: 'RATE_LIMITED' },
      { status: 429, code: 'RATE_LIMITED' },
    ]);
  });

  it('limits mutations apart from queries, also when the mutation hides behind an operation name', async () => {
    const hidden = 'query Q { stats { articles } } mutation M { deleteArticle(id: "x") }';
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...withToken() },
        body: JSON.stringify({ query: hidden, operationName: 'M' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const query = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: hidden, operationName: 'Q' }),
    });
    expect(query.status).toBe(200);
  });
});
