/**
 * One load run: autocannon against a server process on loopback, bounded in time, with request
 * bodies drawn from the graph's samples (search, neighbourhood depth 1 and 2, paths), and the
 * server's resident memory sampled every second for its trend. A short warm-up comes first and
 * is not measured: the first requests fill the server's indexes and caches and get its code
 * compiled, which is growth the server is meant to have once. It uses few clients, because it
 * ends by dropping the requests it has in flight, work the server still does once the measured
 * run has begun. During the measured run, a newcomer asks `/healthz` on a new connection each
 * second.
 */
import autocannon from 'autocannon';
import type { BackendName } from '../../server/store/GraphStore.js';
import { createRandom } from '../corpus/createRandom.js';
import { BENCH_QUERIES } from '../graphql/benchQueries.js';
import type { QuerySamples } from '../graph/LargeGraph.js';
import { percentile } from '../measure/percentile.js';
import { readRss, resetPeakRss } from '../measure/readRss.js';
import { sampleMemory } from '../measure/sampleMemory.js';
import type { PhaseContext } from '../phases/Phase.js';
import type { BenchStore } from '../server/BenchStore.js';
import { startServerProcess } from '../server/startServerProcess.js';
import { probeNewConnections } from './probeNewConnections.js';
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
const WARM_UP_CONNECTIONS = 10;
const NEW_CONNECTION_EVERY_MS = 1000;

export async function runLoad(context: PhaseContext, target: LoadTarget): Promise<void> {
  const store =
    target.store ?? context.stores.find((candidate) => candidate.backend === target.backend);
  if (!store) return;
  const server = await startServerProcess(store.serverEnv(target.storeName));
  try {
    const warmUp = await fire(context, server.url, target.samples, {
      seconds: toWarmUpSeconds(context.options.loadSeconds),
      connections: Math.min(WARM_UP_CONNECTIONS, context.options.loadConnections),
      seed: context.options.seed + 4,
    });
    const before = await server.memory({ forceGc: true });
    resetPeakRss(server.pid);
    const sampler = sampleMemory(server.pid, 1000);
    const newcomers = await probeNewConnections(server.url, NEW_CONNECTION_EVERY_MS);
    const { result, graphqlErrors } = await fire(context, server.url, target.samples, {
      seconds: context.options.loadSeconds,
      connections: context.options.loadConnections,
      seed: context.options.seed + 3,
    }).catch((error: unknown) => {
      newcomers.cancel();
      throw error;
    });
    const samples = sampler.stop();
    const probes = await newcomers.stop();
    const after = await server.memory({ forceGc: true });
    const base = { size: target.claims, backend: target.backend };
    const errors = countErrors({ result, graphqlErrors });
    context.record({ ...base, name: 'load.p99Ms', value: result.latency.p99, unit: 'ms' });
    context.record({ ...base, name: 'load.p50Ms', value: result.latency.p50, unit: 'ms' });
    context.record({ ...base, name: 'load.errors', value: errors, unit: 'errors' });
    context.record({
      ...base,
      name: 'load.requestsPerSecond',
      value: result.requests.average,
      unit: 'req/s',
    });
    const newcomerP99 = percentile(probes.answeredMs, 99);
    context.record({ ...base, name: 'load.newConnectionP99Ms', value: newcomerP99, unit: 'ms' });
    const newcomerP50 = percentile(probes.answeredMs, 50);
    context.record({ ...base, name: 'load.newConnectionP50Ms', value: newcomerP50, unit: 'ms' });
    context.record({
      ...base,
      name: 'load.newConnectionFailures',
      value: probes.failed,
      unit: 'probes',
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
    context.log(
      `    a new connection's /healthz: p50 ${Math.round(newcomerP50)} ms, p99 ${Math.round(newcomerP99)} ms, ${probes.failed} failed of ${probes.answeredMs.length + probes.failed}`,
    );
    context.log(`    ${memory}; warm-up ${countErrors(warmUp)} errors`);
  } finally {
    await server.stop();
  }
}

const countErrors = (run: Awaited<ReturnType<typeof fire>>): number =>
  run.result.errors + run.result.non2xx + run.graphqlErrors;

/** A sixth of the measured run, at least a second: 10 s before the default 60 s. */
export const toWarmUpSeconds = (loadSeconds: number): number =>
  Math.max(1, Math.round(loadSeconds / 6));

async function fire(
  context: PhaseContext,
  url: string,
  samples: QuerySamples,
  run: { seconds: number; connections: number; seed: number },
) {
  const random = createRandom(run.seed);
  const queries = BENCH_QUERIES.filter((query) => MIXED.includes(query.name));
  let graphqlErrors = 0;
  const nextBody = (): string => {
    const query = random.pick(queries);
    return JSON.stringify({ query: query.query, variables: query.variables(samples, random) });
  };
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: run.connections,
    duration: run.seconds,
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
