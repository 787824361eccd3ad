/** `/healthz` of a running server: its HTTP status and its JSON body. */
export async function readHealth(
  url: string,
): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}
