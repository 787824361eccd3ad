/** GraphiQL's fetcher: POSTs JSON to the same origin's /graphql with the editor's headers. */
export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export function createFetcher(url: string) {
  return async (params: FetcherParams, options?: { headers?: Record<string, unknown> }) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    for (const [name, value] of Object.entries(options?.headers ?? {}))
      headers[name] = String(value);
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(params) });
    return response.json();
  };
}
