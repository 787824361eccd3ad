/**
 * GraphQL latency at the large graph size: each query of BENCH_QUERIES sent `requests` times
 * one after another to a server process on loopback, with p50, p95 and p99; and the server's
 * peak memory meanwhile.
 */
import { createRandom } from '../corpus/createRandom.js';
import type { BenchQuery } from '../graphql/benchQueries.js';
import { BENCH_QUERIES } from '../graphql/benchQueries.js';
import { postGraphql } from '../graphql/postGraphql.js';
import type { LargeGraph } from '../graph/LargeGraph.js';
import { percentile } from '../measure/percentile.js';
import { readRss, resetPeakRss } from '../measure/readRss.js';
import { startServerProcess } from '../server/startServerProcess.js';
import type { Phase, PhaseContext } from './Phase.js';

// A server that has been up a while: its code paths compiled, its caches and read models warm.
const WARM_UP_REQUESTS = 50;

export const graphqlPhase: Phase = {
  name: 'graphql',
  description: 'GraphQL latency on the large graph, server on loopback',
  async run(context) {
    for (const store of context.stores) {
      const graph = await context.largeGraph(store);
      const server = await startServerProcess(store.serverEnv(graph.storeName));
      try {
        resetPeakRss(server.pid);
        for (const query of BENCH_QUERIES) await measureQuery(context, graph, server.url, query);
        const peak = readRss(server.pid).peakMb;
        context.record({
          name: 'server.peakRssMb.graphql',
          value: peak,
          unit: 'MB',
          size: graph.claims,
          backend: graph.backend,
        });
      } finally {
        await server.stop();
      }
    }
  },
};

async function measureQuery(
  context: PhaseContext,
  graph: LargeGraph,
  url: string,
  query: BenchQuery,
): Promise<void> {
  const random = createRandom(context.options.seed + query.name.length);
  const send = () => postGraphql(url, query.query, query.variables(graph.samples, random));
  for (let index = 0; index < WARM_UP_REQUESTS; index += 1) await send();
  const timings: number[] = [];
  const errors: string[] = [];
  for (let index = 0; index < context.options.requests; index += 1) {
    const response = await send();
    timings.push(response.ms);
    if (response.error) errors.push(response.error);
  }
  const base = { unit: 'ms', size: graph.claims, backend: graph.backend };
  for (const p of [50, 95, 99]) {
    context.record({
      ...base,
      name: `graphql.${query.name}.p${p}Ms`,
      value: percentile(timings, p),
    });
  }
  context.record({
    ...base,
    name: `graphql.${query.name}.errors`,
    value: errors.length,
    unit: 'errors',
  });
  const note = errors.length ? `, ${errors.length} errors (first: ${errors[0]})` : '';
  context.log(
    `  ${query.name}: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms${note}`,
  );
}
