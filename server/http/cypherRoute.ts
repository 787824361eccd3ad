import type { RequestHandler } from 'express';
import type { Config } from '../config/loadConfig.js';
import { EntenteError } from '../errors/EntenteError.js';
import type { GraphStore } from '../store/GraphStore.js';

/** Longest ad-hoc query accepted, in characters. */
export const MAX_CYPHER_LENGTH = 20_000;

function toCypherRequest(body: unknown): { query: string; params: Record<string, unknown> } {
  const { query, params } = (body ?? {}) as { query?: unknown; params?: unknown };
  if (typeof query !== 'string' || query.trim() === '') {
    throw new EntenteError(
      'BAD_USER_INPUT',
      'Send JSON like {"query": "MATCH (s:State) RETURN s.name LIMIT 5", "params": {}}.',
    );
  }
  if (query.length > MAX_CYPHER_LENGTH) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `The query has ${query.length} characters; the most is ${MAX_CYPHER_LENGTH}.`,
    );
  }
  if (
    params !== undefined &&
    (typeof params !== 'object' || params === null || Array.isArray(params))
  ) {
    throw new EntenteError('BAD_USER_INPUT', '`params` must be a JSON object of named values.');
  }
  return { query, params: (params ?? {}) as Record<string, unknown> };
}

/** POST /api/cypher: a read-only query with the configured time limit and row cap. */
export function cypherRoute(store: GraphStore, config: Config): RequestHandler {
  return async (request, response) => {
    const { query, params } = toCypherRequest(request.body);
    const result = await store.runReadOnly(query, params, {
      timeoutMs: config.queryTimeoutMs,
      rowCap: config.queryRowCap,
    });
    response.json(result);
  };
}
