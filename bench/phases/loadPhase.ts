/**
 * Load: `loadConnections` concurrent GraphQL clients for `loadSeconds`, mixing search,
 * neighbourhood and paths, first on the sample graph and then on the large graph, against a
 * server process on loopback. Records p99, errors, throughput and the server's memory trend.
 */
import path from 'node:path';
import { ingestPaths } from '../../server/ingestion/ingestPaths.js';
import type { QuerySamples } from '../graph/LargeGraph.js';
import { runLoad } from '../load/runLoad.js';
import type { LoadTarget } from '../load/runLoad.js';
import type { BenchStore } from '../server/BenchStore.js';
import type { Phase, PhaseContext } from './Phase.js';

const SAMPLES_DIR = path.resolve('examples/articles');

export const loadPhase: Phase = {
  name: 'load',
  description: 'concurrent GraphQL clients on the sample graph and the large graph',
  async run(context) {
    for (const store of context.stores) {
      await runLoad(context, await loadSampleGraph(store, context));
      const graph = await context.largeGraph(store);
      await runLoad(context, { ...graph, label: 'large graph' });
    }
  },
};

async function loadSampleGraph(store: BenchStore, context: PhaseContext): Promise<LoadTarget> {
  const storeName = 'sample-graph';
  const graphStore = await store.openFresh(storeName);
  try {
    const report = await ingestPaths(graphStore, [SAMPLES_DIR]);
    const entities = await graphStore.listEntities(undefined, { first: 1000 });
    const samples: QuerySamples = {
      ids: entities.items.map((entity) => entity.id),
      searchTexts: entities.items.map((entity) => entity.name.slice(0, 4)),
    };
    context.log(
      `  sample graph: ${report.stored} articles, ${report.claims} claims, ${entities.totalCount} entities`,
    );
    return {
      backend: store.backend,
      storeName,
      claims: report.claims,
      samples,
      label: 'sample graph',
      store,
    };
  } finally {
    await graphStore.close();
  }
}
