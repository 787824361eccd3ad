/** POST /api/cypher: a read-only ad-hoc query with a row cap and a time limit set by the server. */
import { ApiError } from './graphqlRequest.js';

export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

interface ErrorBody {
  error?: { message?: string; code?: string } | string;
  message?: string;
  code?: string;
}

function toApiError(status: number, body: ErrorBody | null): ApiError {
  const error = body?.error;
  if (typeof error === 'string') return new ApiError(error, body?.code ?? null);
  const message = error?.message ?? body?.message ?? `The server answered ${status}.`;
  return new ApiError(message, error?.code ?? body?.code ?? null);
}

export async function runCypher(
  query: string,
  params: Record<string, unknown> = {},
): Promise<CypherResponse> {
  const response = await fetch('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  const body = (await response.json().catch(() => null)) as (CypherResponse & ErrorBody) | null;
  if (!response.ok || !body || !Array.isArray(body.rows)) throw toApiError(response.status, body);
  return { columns: body.columns ?? [], rows: body.rows, truncated: Boolean(body.truncated) };
}
