/**
 * One load run: autocannon against a server process on loopback, bounded in time, with request
 * bodies drawn from the graph's samples (search, neighbourhood depth 1 and 2, paths), and the
 * server's resident memory sampled every second for its trend.
 */
import autocannon from 'autocannon';
import type { BackendName } from '../../server/store/GraphStore.js';
import { createRandom } from '../corpus/createRandom.js';
import { BENCH_QUERIES } from '../graphql/benchQueries.js';
import type { QuerySamples } from '../graph/LargeGraph.js';
import { readRss, resetPeakRss } from '../measure/readRss.js';
import { sampleMemory } from '../measure/sampleMemory.js';
import type { PhaseContext } from '../phases/Phase.js';
import type { BenchStore } from '../server/BenchStore.js';
import { startServerProcess } from '../server/startServerProcess.js';
import { recordMemoryTrend } from './recordMemoryTrend.js';

export interface LoadTarget {
  backend: BackendName;
  storeName: string;
  claims: number;
  samples: QuerySamples;
  label: string;
  store?: BenchStore;
}

const MIXED = ['search', 'neighborhood1', 'neighborhood2', 'paths'];

export async function runLoad(context: PhaseContext, target: LoadTarget): Promise<void> {
  const store =
    target.store ?? context.stores.find((candidate) => candidate.backend === target.backend);
  if (!store) return;
  const server = await startServerProcess(store.serverEnv(target.storeName));
  try {
    const before = await server.memory({ forceGc: true });
    resetPeakRss(server.pid);
    const sampler = sampleMemory(server.pid, 1000, () => server.memory());
    const { result, graphqlErrors } = await fire(context, server.url, target.samples);
    const samples = await sampler.stop();
    const after = await server.memory({ forceGc: true });
    const base = { size: target.claims, backend: target.backend };
    const errors = result.errors + result.non2xx + graphqlErrors;
    context.record({ ...base, name: 'load.p99Ms', value: result.latency.p99, unit: 'ms' });
    context.record({ ...base, name: 'load.p50Ms', value: result.latency.p50, unit: 'ms' });
    context.record({ ...base, name: 'load.errors', value: errors, unit: 'errors' });
    context.record({
      ...base,
      name: 'load.requestsPerSecond',
      value: result.requests.average,
      unit: 'req/s',
    });
    const memory = recordMemoryTrend(context, base, { samples, before, after });
    context.record({
      ...base,
      name: 'server.peakRssMb.load',
      value: readRss(server.pid).peakMb,
      unit: 'MB',
    });
    context.log(
      `  ${target.label}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${errors} errors (${result.errors} socket, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL)`,
    );
    context.log(`    ${memory}`);
  } finally {
    await server.stop();
  }
}

async function fire(context: PhaseContext, url: string, samples: QuerySamples) {
  const random = createRandom(context.options.seed + 3);
  const queries = BENCH_QUERIES.filter((query) => MIXED.includes(query.name));
  let graphqlErrors = 0;
  const nextBody = (): string => {
    const query = random.pick(queries);
    return JSON.stringify({ query: query.query, variables: query.variables(samples, random) });
  };
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: context.options.loadConnections,
    duration: context.options.loadSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: nextBody() }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return { result, graphqlErrors };
}
