/**
 * The one way the explorer talks to /graphql. GraphQL errors become a thrown ApiError with the
 * server's message (and code when given), so panels can show it inline.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  token?: string;
  signal?: AbortSignal;
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const init: RequestInit = { method: 'POST', headers, body: JSON.stringify({ query, variables }) };
  if (options.signal) init.signal = options.signal;
  const response = await fetch('/graphql', init);
  const body = (await response.json().catch(() => null)) as GraphQLResponse<T> | null;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (!response.ok || !body?.data) {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}
