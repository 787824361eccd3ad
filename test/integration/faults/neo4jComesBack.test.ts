/**
 * `npm start` on Neo4j that is down at start and comes back later: the server process itself
 * (server/cli/start.ts, unchanged) with a fake driver preloaded (fakeNeo4jPreload.ts; Neo4j is
 * down while a file exists). It serves degraded, tries the store again with backoff, and once
 * Neo4j answers loads the samples into it and /healthz is ok, without a restart.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHealth } from '../helpers/readHealth.js';
import { startEntente } from './startEntente.js';
import type { EntenteProcess } from './startEntente.js';

const URI = 'bolt://neo4j.example.test:7687';
const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fakeNeo4jPreload.ts');

describe('npm start while Neo4j is down, then Neo4j comes back', () => {
  let dir: string;
  let downFile: string;
  let server: EntenteProcess;

  const health = () => readHealth(server.url);

  const waitForHealth = async (status: number) => {
    for (let tries = 0; (await health()).status !== status; tries += 1) {
      if (tries > 100) throw new Error(`/healthz never answered ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'entente-neo4j-back-'));
    downFile = path.join(dir, 'down');
    await writeFile(downFile, '');
    server = await startEntente({
      NODE_OPTIONS: `--import tsx --import ${PRELOAD}`,
      FAKE_NEO4J_DOWN_FILE: downFile,
      NEO4J_URI: URI,
      ENTENTE_DATA_DIR: dir,
      ENTENTE_LOAD_SAMPLES: 'true',
    });
  }, 90_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('serves degraded while Neo4j is down, naming the URI and what to do', async () => {
    expect(server.output()).toContain(`Cannot reach Neo4j at ${URI}`);
    expect(server.output()).toMatch(/serving anyway/);
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.detail).toContain(URI);
    await server.waitFor(/store still unreachable \(attempt 1\)/, 20_000);
    expect(server.output()).not.toMatch(/Loaded the sample articles/);
  }, 30_000);

  it('once Neo4j answers, loads the samples and /healthz is ok', async () => {
    await rm(downFile);
    await server.waitFor(/the store answers again/, 60_000);
    expect(server.output()).toMatch(/Loaded the sample articles from .*: 2 stored/);
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', backend: 'neo4j', detail: URI },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(await response.json()).toEqual({ data: { stats: { articles: 2 } } });
  }, 90_000);

  it('lost again during work: /healthz says degraded, then ok once it is back', async () => {
    await writeFile(downFile, '');
    await waitForHealth(503);
    expect((await health()).body.detail).toContain(`Cannot reach Neo4j at ${URI}`);
    await rm(downFile);
    await waitForHealth(200);
  }, 30_000);

  it('stops cleanly on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  }, 30_000);
});
