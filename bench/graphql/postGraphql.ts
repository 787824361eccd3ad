/** Sends one GraphQL request and times it; an HTTP error or a GraphQL `errors` list is a failure. */
export interface TimedResponse {
  ms: number;
  error: string | null;
}

export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<TimedResponse> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    const ms = performance.now() - started;
    if (!response.ok || body.errors?.length) {
      return { ms, error: body.errors?.[0]?.message ?? `HTTP ${response.status}` };
    }
    return { ms, error: null };
  } catch (error) {
    return {
      ms: performance.now() - started,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
