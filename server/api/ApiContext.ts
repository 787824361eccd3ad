import type { Config } from '../config/loadConfig.js';
import type { ExploreLimits } from '../explore/exploreLimits.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { Loaders } from './createLoaders.js';

/** What every resolver receives: built fresh for each request. */
export interface ApiContext {
  config: Config;
  store: GraphStore;
  limits: ExploreLimits;
  loaders: Loaders;
  /** The bearer token of the request's Authorization header, when one was sent. */
  bearerToken: string | undefined;
}
