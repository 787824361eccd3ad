import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { ApiGuards } from '../api/apiGuards.js';
import { DEFAULT_API_GUARDS } from '../api/apiGuards.js';
import { createApiServer } from '../api/createApiServer.js';
import { createContext } from '../api/createContext.js';
import type { Config } from '../config/loadConfig.js';
import { EntenteError } from '../errors/EntenteError.js';
import type { ExploreLimits } from '../explore/exploreLimits.js';
import { toExploreLimits } from '../explore/exploreLimits.js';
import type { GraphStore } from '../store/GraphStore.js';
import { clientRoutes, DEFAULT_CLIENT_DIR } from './clientRoutes.js';
import { corsPolicy } from './corsPolicy.js';
import { cypherRoute } from './cypherRoute.js';
import { errorMiddleware } from './errorMiddleware.js';
import { healthRoute } from './healthRoute.js';
import { isMutationRequest } from './isMutationRequest.js';
import { createRateLimit } from './rateLimits.js';
import { securityHeaders } from './securityHeaders.js';
import { admitRequests } from './admitRequests.js';

export interface AppDeps {
  config: Config;
  store: GraphStore;
  /** Built client (defaults to client/dist). */
  clientDir?: string;
  guards?: Partial<ApiGuards>;
  limits?: Partial<ExploreLimits>;
}

const MINUTE = 60_000;
// GraphQL requests worked on at once; more only share the same cores and all finish later.
const GRAPHQL_CONCURRENCY = 8;

/** The Express app: /graphql, /graphiql, /healthz, /api/cypher and the explorer at `/`. */
export async function createApp(deps: AppDeps): Promise<express.Express> {
  const { config, store } = deps;
  const guards = { ...DEFAULT_API_GUARDS, ...deps.guards };
  const limits = toExploreLimits(deps.limits);
  const api = createApiServer({ production: config.production, guards, limits });
  await api.start();

  const app = express();
  app.disable('x-powered-by');
  app.locals.stop = () => api.stop();
  app.use(securityHeaders());
  const cors = corsPolicy(config.corsOrigins);
  if (cors) app.use(cors);
  const json = express.json({ limit: config.maxBodyBytes });
  const perMinute = { perWindow: config.rateLimitPerMinute, windowMs: MINUTE };

  app.get('/healthz', healthRoute(store));
  app.post(
    '/api/cypher',
    json,
    createRateLimit({ ...perMinute, what: 'Cypher queries' }),
    cypherRoute(store, config),
  );
  app.use('/api', (request) => {
    throw new EntenteError('NOT_FOUND', `No API route ${request.method} ${request.originalUrl}.`);
  });
  app.use(
    '/graphql',
    admitRequests({ concurrent: GRAPHQL_CONCURRENCY }),
    json,
    createRateLimit({
      ...perMinute,
      what: 'mutations',
      skip: (body) => !isMutationRequest(body, guards.maxTokens),
    }),
    expressMiddleware(api, {
      context: async ({ req }) =>
        createContext({ config, store, limits }, req.headers.authorization),
    }),
  );
  app.use(clientRoutes(deps.clientDir ?? DEFAULT_CLIENT_DIR));
  app.use((request) => {
    throw new EntenteError('NOT_FOUND', `Nothing at ${request.method} ${request.path}.`);
  });
  app.use(errorMiddleware({ production: config.production }));
  return app;
}
