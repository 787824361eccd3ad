import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { DEFAULT_EXPLORE_LIMITS } from '../explore/exploreLimits.js';
import type { ExploreLimits } from '../explore/exploreLimits.js';
import type { ApiContext } from './ApiContext.js';
import { createGuards, DEFAULT_API_GUARDS } from './apiGuards.js';
import type { ApiGuards } from './apiGuards.js';
import { createFormatError } from './formatApiError.js';
import { loadTypeDefs } from './loadTypeDefs.js';
import { createNoStorePlugin } from './noStorePlugin.js';
import { createResolvers } from './resolvers/createResolvers.js';

export interface ApiServerOptions {
  production: boolean;
  guards?: Partial<ApiGuards>;
  /** The read limits the resolvers enforce; the cost guard weighs page sizes up to them. */
  limits?: ExploreLimits;
}

/**
 * The GraphQL server: schema, resolvers, guards and error formatting. Introspection stays on
 * (the offline IDE at /graphiql needs it); Apollo's landing page is off (it loads from the web).
 */
export function createApiServer(options: ApiServerOptions): ApolloServer<ApiContext> {
  const guards = createGuards(
    { ...DEFAULT_API_GUARDS, ...options.guards },
    options.limits ?? DEFAULT_EXPLORE_LIMITS,
    options.production,
  );
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers: createResolvers(),
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createFormatError({ production: options.production }),
    parseOptions: guards.parseOptions,
    validationRules: guards.validationRules ?? [],
    allowBatchedHttpRequests: false,
    plugins: [
      ...(guards.plugins ?? []),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      createNoStorePlugin<ApiContext>(),
    ] as ApolloServerPlugin<ApiContext>[],
  });
}
