/** A generated graph loaded into a store, with the ids and texts queries are drawn from. */
import type { BackendName } from '../../server/store/GraphStore.js';

export interface QuerySamples {
  /** Entity ids to centre neighbourhoods on and to join by paths: hubs and ordinary ones. */
  ids: string[];
  /** Search texts: name prefixes and whole names in varied case. */
  searchTexts: string[];
}

export interface LargeGraph {
  backend: BackendName;
  /** The store's name for `BenchStore.serverEnv`. */
  storeName: string;
  entities: number;
  claims: number;
  articles: number;
  samples: QuerySamples;
}
