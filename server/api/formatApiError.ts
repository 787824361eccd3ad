/**
 * Every GraphQL error leaves with one `extensions.code` from a closed set: Entente's codes
 * (server/errors/EntenteError.ts) or Apollo's own (parse, validation, bad request, …). Anything
 * else becomes INTERNAL, with its message hidden and no stack trace in production.
 */
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, isEntenteError } from '../errors/EntenteError.js';

const ENTENTE_CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const APOLLO_CODES: ReadonlySet<string> = new Set(
  Object.values(ApolloServerErrorCode).filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
);
export const API_ERROR_CODES: readonly string[] = [...ENTENTE_CODES, ...APOLLO_CODES];

function codeOf(formatted: GraphQLFormattedError, original: unknown): string {
  if (isEntenteError(original)) return original.code;
  const inner = original instanceof GraphQLError ? original.originalError : undefined;
  const innerCode = inner instanceof GraphQLError ? inner.extensions.code : undefined;
  if (typeof innerCode === 'string' && ENTENTE_CODES.has(innerCode)) return innerCode;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (ENTENTE_CODES.has(code) || APOLLO_CODES.has(code))) return code;
  return 'INTERNAL';
}

export function createFormatError(options: {
  production: boolean;
  log?: (error: unknown) => void;
}) {
  const log = options.log ?? ((error: unknown) => console.error(error));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = codeOf(formatted, original);
    if (code === 'INTERNAL') log(original);
    const hide = code === 'INTERNAL' && options.production;
    const where = isEntenteError(original) ? original.location : undefined;
    const stacktrace = options.production ? undefined : formatted.extensions?.stacktrace;
    return {
      ...formatted,
      message: hide ? 'Internal error; the server log has the details.' : formatted.message,
      extensions: { code, ...(where ? { where } : {}), ...(stacktrace ? { stacktrace } : {}) },
    };
  };
}
