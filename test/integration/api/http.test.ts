/** The HTTP edge: health, the read-only Cypher endpoint, limits, headers, CORS and the client pages. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestServer, withToken } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

const cypher = (server: TestServer, body: unknown) =>
  fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function fakeClient(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'entente-client-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>explorer page</title>');
  await writeFile(path.join(dir, 'graphiql.html'), '<!doctype html><title>ide page</title>');
  await writeFile(path.join(dir, 'app.js'), 'console.log(1)');
  return dir;
}

describe('HTTP server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        ENTENTE_QUERY_TIMEOUT_MS: '1000',
        ENTENTE_QUERY_ROW_CAP: '5',
        ENTENTE_RATE_LIMIT_PER_MINUTE: '1000',
      },
      app: { clientDir: await fakeClient() },
    });
  }, 120_000);
  afterAll(() => server?.close());

  it('/healthz answers 200 with the backend while the store is open', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', backend: 'embedded' });
  });

  it('/api/cypher runs a read query with parameters and caps rows', async () => {
    const response = await cypher(server, {
      query: 'MATCH (s:State) WHERE s.id = $id RETURN s.name AS name',
      params: { id: 'state:russia' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      columns: ['name'],
      rows: [{ name: 'Russia' }],
      truncated: false,
    });
    const capped = (await (
      await cypher(server, { query: 'UNWIND range(1, 50) AS x RETURN x' })
    ).json()) as {
      rows: unknown[];
      truncated: boolean;
    };
    expect([capped.rows.length, capped.truncated]).toEqual([5, true]);
  });

  it('/api/cypher refuses writes and leaves the graph as it was', async () => {
    const before = await (await cypher(server, { query: 'MATCH (n) RETURN count(n) AS n' })).json();
    for (const query of [
      "CREATE (:State {id: 'state:x', name: 'X'})",
      "MATCH (s:State) SET s.name = 'X'",
      'MATCH (n) DETACH DELETE n',
      "MERGE (:State {id: 'state:y'})",
    ]) {
      const response = await cypher(server, { query });
      const body = (await response.json()) as { error: { code: string } };
      expect([query, response.status, body.error.code]).toEqual([
        query,
        400,
        'READ_ONLY_VIOLATION',
      ]);
    }
    expect(
      await (await cypher(server, { query: 'MATCH (n) RETURN count(n) AS n' })).json(),
    ).toEqual(before);
  });

  it('/api/cypher refuses a body without a query, with a hint', async () => {
    const response = await cypher(server, { q: 'MATCH (n) RETURN n' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: /query/ },
    });
  });

  it('stops a runaway cartesian query by timeout while other requests are answered', async () => {
    const started = Date.now();
    const runaway = cypher(server, {
      query:
        'MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = "none" RETURN count(*) AS n',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const search = await server.gql('{ search(text: "korea") { id } }');
    const answeredAfter = Date.now() - started;
    expect(search.body.errors).toBeUndefined();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const response = await runaway;
    const stoppedAfter = Date.now() - started;
    expect(response.status).toBe(408);
    expect(await response.json()).toMatchObject({ error: { code: 'QUERY_TIMEOUT' } });
    expect(answeredAfter).toBeLessThan(stoppedAfter);
    expect(stoppedAfter).toBeLessThan(10_000);
  }, 20_000);

  it('sends security headers with a Content-Security-Policy and no CORS by default', async () => {
    const response = await fetch(`${server.url}/graphiql`, {
      headers: { origin: 'https://elsewhere.test' },
    });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the IDE at /graphiql, static files, and the explorer for other page paths', async () => {
    expect(await (await fetch(`${server.url}/graphiql`)).text()).toContain('ide page');
    expect(await (await fetch(`${server.url}/`)).text()).toContain('explorer page');
    expect(await (await fetch(`${server.url}/entity/state:russia`)).text()).toContain(
      'explorer page',
    );
    expect((await fetch(`${server.url}/app.js`)).status).toBe(200);
    const missing = await fetch(`${server.url}/missing.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const api = await fetch(`${server.url}/api/nothing`);
    expect([api.status, ((await api.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'NOT_FOUND',
    ]);
  });

  it('does not offer Apollo’s online landing page', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/apollographql\.com|embeddable-sandbox/);
  });
});

describe('rate limits and CORS when configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ENTENTE_RATE_LIMIT_PER_MINUTE: '3', ENTENTE_CORS_ORIGINS: 'https://analyst.test' },
      samples: false,
    });
  }, 120_000);
  afterAll(() => server?.close());

  it('limits mutations per client, with 429 and RATE_LIMITED, and leaves queries alone', async () => {
    const mutation = 'mutation { deleteArticle(id: "none") }';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await server.gql(mutation, {}, withToken())).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await server.gql(mutation, {}, withToken());
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    for (let i = 0; i < 5; i += 1)
      expect((await server.gql('{ stats { articles } }')).status).toBe(200);
  });

  it('limits Cypher queries per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await cypher(server, { query: 'RETURN 1 AS x' })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('allows the configured origin and no other', async () => {
    const allowed = await fetch(`${server.url}/healthz`, {
      headers: { origin: 'https://analyst.test' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analyst.test');
    const other = await fetch(`${server.url}/healthz`, {
      headers: { origin: 'https://evil.test' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('health of a closed store', () => {
  it('/healthz answers 503 degraded', async () => {
    const server = await startTestServer({ samples: false });
    await server.store.close();
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded' });
    await server.close().catch(() => undefined);
  }, 60_000);
});
