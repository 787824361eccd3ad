/**
 * Generates the large graph and loads it into a fresh store through the store's batch path,
 * recording how long the load took. The store is closed afterwards so that a server process can
 * open it.
 */
import type { ExtractedEntity } from '../../server/domain/types.js';
import { createRandom } from '../corpus/createRandom.js';
import type { Measurement } from '../report/Measurement.js';
import type { BenchStore } from '../server/BenchStore.js';
import { generateGraph } from './generateGraph.js';
import type { LargeGraph, QuerySamples } from './LargeGraph.js';

export interface LoadGraphOptions {
  entities: number;
  claims: number;
  seed: number;
  record(measurement: Measurement): void;
  log(line: string): void;
}

const STORE_NAME = 'large-graph';

export async function loadLargeGraph(
  benchStore: BenchStore,
  options: LoadGraphOptions,
): Promise<LargeGraph> {
  const graph = generateGraph({
    entities: options.entities,
    claims: options.claims,
    seed: options.seed,
  });
  const store = await benchStore.openFresh(STORE_NAME);
  const used = new Set<string>();
  let articles = 0;
  let claims = 0;
  const started = performance.now();
  try {
    for (const batch of graph.batches()) {
      const outcomes = await store.ingest(batch);
      const failed = outcomes.find((outcome) => 'error' in outcome);
      if (failed && 'error' in failed) throw failed.error;
      for (const record of batch)
        for (const entity of record.extraction.entities) used.add(entity.id);
      articles += batch.length;
      claims += batch.reduce((sum, record) => sum + countClaims(record.extraction.relations), 0);
      options.log(
        `  loaded ${articles.toLocaleString('en-US')} articles, ${claims.toLocaleString('en-US')} claims`,
      );
    }
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const backend = benchStore.backend;
  options.record({
    name: 'store.bulkLoad.seconds',
    value: seconds,
    unit: 's',
    size: claims,
    backend,
  });
  options.record({
    name: 'store.bulkLoad.claimsPerSecond',
    value: claims / seconds,
    unit: 'claims/s',
    size: claims,
    backend,
  });
  return {
    backend,
    storeName: STORE_NAME,
    entities: graph.entities.length,
    claims,
    articles,
    samples: sampleQueries(
      graph.entities.filter((entity) => used.has(entity.id)),
      options.seed,
    ),
  };
}

function countClaims(relations: { evidence: unknown[] }[]): number {
  return relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
}

/** Query samples among the entities the graph holds: a quarter states (hubs), the rest any kind. */
function sampleQueries(entities: ExtractedEntity[], seed: number): QuerySamples {
  const random = createRandom(seed + 2);
  const states = entities.filter((entity) => entity.kind === 'State');
  const others = entities.filter((entity) => entity.kind !== 'State');
  const chosen = [
    ...Array.from({ length: 100 }, () => random.pick(states.length ? states : others)),
    ...Array.from({ length: 300 }, () => random.pick(others.length ? others : states)),
  ];
  const searchTexts = chosen.map((entity) => {
    const name = entity.name;
    if (random.chance(0.3)) return name.toLowerCase();
    return name.slice(0, random.int(3, Math.max(3, Math.min(8, name.length))));
  });
  return { ids: chosen.map((entity) => entity.id), searchTexts };
}
