import type { Config } from '../config/loadConfig.js';
import type { ExploreLimits } from '../explore/exploreLimits.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { ApiContext } from './ApiContext.js';
import { toBearerToken } from './assertCanWrite.js';
import { createLoaders } from './createLoaders.js';

/** A fresh context (and fresh loaders) for one request. */
export function createContext(
  deps: { config: Config; store: GraphStore; limits: ExploreLimits },
  authorization: string | undefined,
): ApiContext {
  return {
    ...deps,
    loaders: createLoaders(deps.store),
    bearerToken: toBearerToken(authorization),
  };
}
