import type { ErrorRequestHandler } from 'express';
import { EntenteError, HTTP_STATUS, toEntenteError } from '../errors/EntenteError.js';

/** Errors of the body parser (too large, not JSON) carry a `type`; they become our codes. */
const BODY_PARSER_ERRORS: Record<string, (limit: unknown) => EntenteError> = {
  'entity.too.large': (limit) =>
    new EntenteError(
      'PAYLOAD_TOO_LARGE',
      `The request body is over ${String(limit)} bytes (ENTENTE_MAX_BODY_BYTES). Send less at once.`,
    ),
  'entity.parse.failed': () =>
    new EntenteError('BAD_USER_INPUT', 'The request body is not valid JSON.'),
  'encoding.unsupported': () =>
    new EntenteError('BAD_USER_INPUT', 'The request body must be UTF-8 JSON.'),
};

export function toHttpError(error: unknown): EntenteError {
  const type = (error as { type?: unknown } | null)?.type;
  const fromParser = typeof type === 'string' ? BODY_PARSER_ERRORS[type] : undefined;
  if (fromParser) return fromParser((error as { limit?: unknown }).limit);
  return toEntenteError(error);
}

/**
 * Normalises every error to `{ error: { code, message } }` with the code's HTTP status. GraphQL
 * requests refused before Apollo sees them also get a GraphQL-shaped `errors` list.
 */
export function errorMiddleware(options: { production: boolean }): ErrorRequestHandler {
  return (error, request, response, _next) => {
    const failure = toHttpError(error);
    if (failure.code === 'INTERNAL') console.error(error);
    const message =
      failure.code === 'INTERNAL' && options.production
        ? 'Internal error; the server log has the details.'
        : failure.message;
    const body: Record<string, unknown> = { error: { code: failure.code, message } };
    if (request.path.startsWith('/graphql')) {
      body.errors = [{ message, extensions: { code: failure.code } }];
    }
    if (response.headersSent) return;
    response.status(HTTP_STATUS[failure.code]).json(body);
  };
}
