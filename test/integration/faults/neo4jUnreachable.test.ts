/**
 * Neo4j unreachable at start (NEO4J_URI points at a closed loopback port): the server says which
 * URI and what to do, stays up, reports degraded health, refuses queries with STORE_UNAVAILABLE,
 * keeps trying the store with growing waits, and still stops cleanly on SIGTERM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closedPort, startEntente } from './startEntente.js';
import type { EntenteProcess } from './startEntente.js';

describe('npm start with Neo4j unreachable', () => {
  let dataDir: string;
  let uri: string;
  let server: EntenteProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'entente-neo4j-down-'));
    uri = `bolt://127.0.0.1:${await closedPort()}`;
    server = await startEntente({ NEO4J_URI: uri, ENTENTE_DATA_DIR: dataDir });
  }, 90_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints a message naming the URI and what to do', () => {
    const output = server.output();
    expect(output).toContain(`Cannot reach Neo4j at ${uri}`);
    expect(output).toContain('docker compose up neo4j');
    expect(output).toContain('unset NEO4J_URI to use the embedded store');
    expect(output).toMatch(/serving anyway/);
  });

  it('stays up: /healthz answers 503 degraded with the reason', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; backend: string; detail: string };
    expect(body).toMatchObject({ status: 'degraded', backend: 'neo4j' });
    expect(body.detail).toContain(uri);
  });

  it('answers GraphQL and Cypher with STORE_UNAVAILABLE, and serves the rest', async () => {
    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    const gqlBody = (await graphql.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(gqlBody.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    const cypher = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1 AS x' }),
    });
    expect(cypher.status).toBe(503);
    expect(await cypher.json()).toMatchObject({ error: { code: 'STORE_UNAVAILABLE' } });
    const typename = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await typename.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('tries the store again with growing waits', async () => {
    await server.waitFor(/attempt 3\)/, 20_000);
    const waits = [...server.output().matchAll(/attempt (\d+)\); next try in ([\d.]+) s/g)].map(
      (match) => Number(match[2]),
    );
    expect(waits.slice(0, 3)).toEqual([1, 2, 4]);
  }, 30_000);

  it('stops cleanly on SIGTERM while retrying', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  }, 30_000);
});
