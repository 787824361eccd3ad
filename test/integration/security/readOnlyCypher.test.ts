/**
 * The two ad-hoc query surfaces, `POST /api/cypher` and `npm run --silent cypher`, refuse every
 * write, schema change, file access and procedure call, plain or disguised, and the graph is the
 * same afterwards. The store contract suite proves this for the store itself; this proves it for
 * the surfaces people use.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ingestPaths } from '../../../server/ingestion/ingestPaths.js';
import { createKuzuStore } from '../../../server/store/kuzu/createKuzuStore.js';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { startTestServer } from '../api/startTestServer.js';
import type { TestServer } from '../api/startTestServer.js';
import { FILES_THEY_WOULD_WRITE, HOSTILE_QUERIES } from './hostileCypher.js';

const run = promisify(execFile);
const SAMPLES = path.resolve('examples/articles');
const LIMITS = { timeoutMs: 5000, rowCap: 100_000 };

/** Everything a write could change: counts, every node's and every relationship's properties. */
const FINGERPRINT = [
  'MATCH (n) RETURN count(n) AS nodes',
  'MATCH ()-[r]->() RETURN count(r) AS relationships',
  'MATCH (n) RETURN label(n) AS label, n.id AS id, n.name AS name ORDER BY label, id',
  'MATCH (a)-[r]->(b) RETURN label(r) AS type, a.id AS source, b.id AS target ORDER BY type, source, target',
];

async function fingerprintOf(query: (cypher: string) => Promise<unknown>): Promise<unknown[]> {
  const parts: unknown[] = [];
  for (const cypher of FINGERPRINT) parts.push(await query(cypher));
  return parts;
}

describe('POST /api/cypher is read-only', () => {
  let server: TestServer;
  const post = (body: string) =>
    fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  const rowsOf = async (query: string) => {
    const response = await post(JSON.stringify({ query }));
    const body = (await response.json()) as { rows?: unknown[]; error?: unknown };
    if (!body.rows) throw new Error(`${query}: ${JSON.stringify(body.error)}`);
    return body.rows;
  };
  let before: unknown[];

  beforeAll(async () => {
    server = await startTestServer({
      env: { ENTENTE_RATE_LIMIT_PER_MINUTE: '100000', ENTENTE_QUERY_ROW_CAP: '100000' },
    });
    before = await fingerprintOf(rowsOf);
  }, 120_000);
  afterAll(() => server?.close());

  it('reads the sample graph to begin with', () => {
    expect((before[0] as { nodes: number }[])[0]?.nodes).toBeGreaterThan(10);
    expect((before[3] as unknown[]).length).toBeGreaterThan(10);
  });

  it.each(HOSTILE_QUERIES.map((item) => [item.what, item] as const))(
    'refuses %s and leaves the graph unchanged',
    async (_what, item) => {
      const response = await post(JSON.stringify({ query: item.query, params: item.params ?? {} }));
      const body = (await response.json()) as { error?: { code: string; message: string } };
      expect([item.query, response.status]).toEqual([item.query, 400]);
      expect(item.codes).toContain(body.error?.code);
      expect(await fingerprintOf(rowsOf)).toEqual(before);
    },
  );

  it('refuses a write spelled with JSON unicode escapes in the request body', async () => {
    const raw =
      '{"query": "\\u0043\\u0052\\u0045\\u0041\\u0054\\u0045 (:State {id: \'state:esc\'})"}';
    const response = await post(raw);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'READ_ONLY_VIOLATION' } });
    expect(await fingerprintOf(rowsOf)).toEqual(before);
  });

  it('wrote no file', () => {
    for (const file of FILES_THEY_WOULD_WRITE)
      expect([file, existsSync(file)]).toEqual([file, false]);
  });

  // Regression: the embedded engine creates the target directory while binding the statement,
  // so the store must refuse it by its text before Kuzu prepares or explains it.
  it.each([
    ['plain', (dir: string) => `EXPORT DATABASE '${dir}'`],
    [
      'after a comment',
      (dir: string) => `/* a read */ // still reading\n eXpOrT DATABASE '${dir}'`,
    ],
  ])('refuses EXPORT DATABASE (%s) without creating its directory', async (_form, queryFor) => {
    const target = await mkdtemp(path.join(tmpdir(), 'entente-export-'));
    await rm(target, { recursive: true });
    const response = await post(JSON.stringify({ query: queryFor(target) }));
    expect(await response.json()).toMatchObject({ error: { code: 'READ_ONLY_VIOLATION' } });
    const created = existsSync(target);
    await rm(target, { recursive: true, force: true });
    expect(created).toBe(false);
  });
});

describe('npm run --silent cypher is read-only', () => {
  let dataDir: string;
  let before: unknown[];
  const cli = async (query: string, params: Record<string, unknown> = {}) => {
    const args = ['--import', 'tsx', 'server/cli/cypher.ts', query];
    for (const [name, value] of Object.entries(params))
      args.push('--param', `${name}=${String(value)}`);
    try {
      const { stdout } = await run(process.execPath, args, {
        env: { ...process.env, NODE_OPTIONS: '', NEO4J_URI: '', ENTENTE_DATA_DIR: dataDir },
      });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const withStore = async <T>(work: (store: GraphStore) => Promise<T>): Promise<T> => {
    const store = await createKuzuStore({ dataDir });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };
  const fingerprint = () =>
    withStore(async (store) => [
      await store.stats(),
      ...(await fingerprintOf(async (query) => (await store.runReadOnly(query, {}, LIMITS)).rows)),
    ]);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'entente-cypher-cli-'));
    await withStore((store) => ingestPaths(store, [SAMPLES]));
    before = await fingerprint();
  }, 120_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('answers a read query with JSON on stdout', async () => {
    const result = await cli('MATCH (s:State) WHERE s.id = $id RETURN s.name AS name', {
      id: 'state:russia',
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      columns: ['name'],
      rows: [{ name: 'Russia' }],
      truncated: false,
    });
  }, 60_000);

  it('refuses every disguised write with exit code 1 and its code on stderr; the graph is unchanged', async () => {
    const refusals: [string, number, string][] = [];
    for (const item of HOSTILE_QUERIES.filter((candidate) => candidate.cli)) {
      const result = await cli(item.query, item.params);
      const code = /^([A-Z_]+):/.exec(result.stderr)?.[1] ?? `no code in ${result.stderr}`;
      refusals.push([item.what, result.code, item.codes.includes(code) ? 'refused' : code]);
    }
    expect(refusals).toEqual(refusals.map(([what]) => [what, 1, 'refused']));
    expect(await fingerprint()).toEqual(before);
    for (const file of FILES_THEY_WOULD_WRITE) expect(existsSync(file)).toBe(false);
  }, 300_000);

  it('stops a runaway query with QUERY_TIMEOUT and exit code 1', async () => {
    const started = Date.now();
    const runaway =
      'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a + b = -1 RETURN count(*) AS n';
    const result = await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli/cypher.ts', runaway],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NEO4J_URI: '',
          ENTENTE_DATA_DIR: dataDir,
          ENTENTE_QUERY_TIMEOUT_MS: '500',
        },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^QUERY_TIMEOUT:/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
