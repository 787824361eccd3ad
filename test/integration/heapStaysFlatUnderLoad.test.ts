/**
 * The server keeps no memory per request: over thousands of GraphQL requests on the sample
 * graph, after a warm-up, the heap V8 keeps after a full GC stays where it was. A cache without
 * bound, a context or loader kept after its request, or a listener added per request would each
 * add kilobytes per request and fail this. Runs the benchmark's server process (with its memory
 * probe); the trend over a long run is `npm run bench -- --only load` (`load.heapSlopeMbPerMin`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRandom } from '../../bench/corpus/createRandom.js';
import type { QuerySamples } from '../../bench/graph/LargeGraph.js';
import { BENCH_QUERIES } from '../../bench/graphql/benchQueries.js';
import { createBenchStores } from '../../bench/server/BenchStore.js';
import type { ServerProcess } from '../../bench/server/startServerProcess.js';
import { startServerProcess } from '../../bench/server/startServerProcess.js';
import { ingestPaths } from '../../server/ingestion/ingestPaths.js';

const WARM_UP = 1_000;
const MEASURED = 2_000;
const CLIENTS = 10;
/** 2 MB over 2,000 requests: about 1 KB a request (a context kept per request is 5 KB). */
const MOST_GROWTH_MB = 2;
const MIXED = ['search', 'neighborhood1', 'neighborhood2', 'paths'];

let dir: string;
let server: ServerProcess | undefined;
let samples: QuerySamples;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'entente-heap-'));
  const [store] = createBenchStores(dir, false, { ...process.env, NEO4J_URI: '' }).stores;
  if (!store) throw new Error('no embedded store');
  const graph = await store.openFresh('sample-graph');
  try {
    await ingestPaths(graph, [path.resolve('examples/articles')]);
    const entities = await graph.listEntities(undefined, { first: 1000 });
    samples = {
      ids: entities.items.map((entity) => entity.id),
      searchTexts: entities.items.map((entity) => entity.name.slice(0, 4)),
    };
  } finally {
    await graph.close();
  }
  server = await startServerProcess(store.serverEnv('sample-graph'));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Sends `count` requests from CLIENTS concurrent clients; returns how many failed. */
async function send(url: string, count: number, seed: number): Promise<number> {
  const random = createRandom(seed);
  const queries = BENCH_QUERIES.filter((query) => MIXED.includes(query.name));
  let sent = 0;
  let failed = 0;
  const client = async (): Promise<void> => {
    while (sent < count) {
      sent += 1;
      const query = random.pick(queries);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: query.query, variables: query.variables(samples, random) }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (!response.ok || body.errors) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return failed;
}

async function heapAfterGc(running: ServerProcess): Promise<number> {
  const memory = await running.memory({ forceGc: true });
  if (memory?.heapAfterForcedGcMb == null) throw new Error('the server did not report its heap');
  return memory.heapAfterForcedGcMb;
}

it(`keeps the heap after GC flat over ${MEASURED} requests after a warm-up`, async () => {
  const running = server as ServerProcess;
  expect(await send(running.url, WARM_UP, 1)).toBe(0);
  const before = await heapAfterGc(running);
  expect(await send(running.url, MEASURED, 2)).toBe(0);
  const after = await heapAfterGc(running);
  process.stdout.write(
    `heap after GC: ${before.toFixed(2)} MB, then ${after.toFixed(2)} MB after ${MEASURED} requests\n`,
  );
  expect(after - before).toBeLessThan(MOST_GROWTH_MB);
}, 240_000);
