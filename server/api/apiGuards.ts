/**
 * Limits on the shape of a GraphQL request, checked before anything runs. Depth, cost, aliases
 * and directives go through graphql-armor's validation rules and fail with QUERY_TOO_COMPLEX;
 * the token limit is Apollo's own parser option, so an over-long document is a parse error
 * (HTTP 400, GRAPHQL_PARSE_FAILED).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { ValidationContext } from 'graphql';

export interface ApiGuards {
  /** Deepest selection nesting (introspection excepted). */
  maxDepth: number;
  /** Largest cost: objects 2, scalars 1, times 1.5 per level of depth, times a literal `first`. */
  maxCost: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
}

export const DEFAULT_API_GUARDS: Readonly<ApiGuards> = Object.freeze({
  maxDepth: 10,
  maxCost: 20_000,
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
export function createGuards(guards: ApiGuards, production: boolean) {
  const onRejection = { propagateOnRejection: false, onReject: [reportTooComplex] };
  const armor = new ApolloArmor({
    maxDepth: { n: guards.maxDepth, ...onRejection },
    costLimit: { maxCost: guards.maxCost, ...onRejection },
    maxAliases: { n: guards.maxAliases, ...onRejection },
    maxDirectives: { n: guards.maxDirectives, ...onRejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: guards.maxTokens } };
}
