/**
 * The embedded store: Kuzu 0.11.3 in-process, data under `dataDir`. See cypher/README.md for the
 * dialect notes and docs/decisions/001-graph-model.md for the model.
 */
import { availableParallelism } from 'node:os';
import type { GraphStore } from '../GraphStore.js';
import { createCypherStore } from '../core/createCypherStore.js';
import type { CypherStoreOptions } from '../core/createCypherStore.js';
import { applyKuzuSchema } from './applyKuzuSchema.js';
import { createKuzuRunner } from './createKuzuRunner.js';

export interface KuzuStoreOptions {
  dataDir: string;
  /** Time limit of the store's own statements (ad-hoc queries bring their own). */
  queryTimeoutMs?: number;
  /** Options of the shared store logic (batch size, caches, the relation index). */
  store?: Partial<CypherStoreOptions>;
}

const defaults = {
  // Generous: internal statements are bounded, this only stops a runaway.
  queryTimeoutMs: 60_000,
  // Read connections used in parallel: one per core (each statement also uses every core, so
  // more connections only made reads wait on each other under load).
  readers: Math.max(2, availableParallelism()),
};

export async function createKuzuStore(options: KuzuStoreOptions): Promise<GraphStore> {
  const runner = await createKuzuRunner({
    dataDir: options.dataDir,
    queryTimeoutMs: options.queryTimeoutMs ?? defaults.queryTimeoutMs,
    readers: defaults.readers,
  });
  try {
    await runner.write(applyKuzuSchema);
  } catch (error) {
    await runner.close();
    throw error;
  }
  return createCypherStore(runner, options.store);
}
