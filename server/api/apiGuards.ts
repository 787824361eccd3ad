/**
 * Limits on the shape of a GraphQL request, checked before anything runs. Depth, aliases and
 * directives go through graphql-armor's validation rules, cost through costLimitPlugin (it weighs
 * page sizes with their defaults); all fail with QUERY_TOO_COMPLEX;
 * the token limit is Apollo's own parser option, so an over-long document is a parse error
 * (HTTP 400, GRAPHQL_PARSE_FAILED).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { ValidationContext } from 'graphql';
import type { ExploreLimits } from '../explore/exploreLimits.js';
import { createCostLimitPlugin } from './costLimitPlugin.js';

export interface ApiGuards {
  /** Deepest selection nesting (introspection excepted). */
  maxDepth: number;
  /** Largest cost: each field 1, times the page size (`first`/`limit`, defaults included) of each list around it. */
  maxCost: number;
  /** Items a list without a page size is weighed as. */
  unsizedListSize: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
}

export const DEFAULT_API_GUARDS: Readonly<ApiGuards> = Object.freeze({
  maxDepth: 10,
  maxCost: 50_000,
  unsizedListSize: 20,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 4000,
});

function reportTooComplex(context: ValidationContext | null, error: GraphQLError): void {
  const message = error.message.replace(/^Syntax Error:\s*/, '');
  context?.reportError(
    new GraphQLError(`${message} Ask for less in one request.`, {
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    }),
  );
}

/** Validation rules and plugins for Apollo Server. */
export function createGuards(guards: ApiGuards, limits: ExploreLimits, production: boolean) {
  const onRejection = { propagateOnRejection: false, onReject: [reportTooComplex] };
  const armor = new ApolloArmor({
    maxDepth: { n: guards.maxDepth, ...onRejection },
    costLimit: { enabled: false },
    maxAliases: { n: guards.maxAliases, ...onRejection },
    maxDirectives: { n: guards.maxDirectives, ...onRejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const costLimit = createCostLimitPlugin({
    maxCost: guards.maxCost,
    unsizedListSize: guards.unsizedListSize,
    maxFirst: limits.maxPageSize,
    maxLimit: limits.maxNeighborhoodNodes,
  });
  return {
    ...protection,
    plugins: [...(protection.plugins ?? []), costLimit],
    parseOptions: { maxTokens: guards.maxTokens },
  };
}
