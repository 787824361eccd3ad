/**
 * Runaway ad-hoc queries (cartesian products over every node) are stopped by the time limit with
 * QUERY_TIMEOUT, and while they run the server keeps answering GraphQL searches and health.
 */
import { startTestServer } from '../api/startTestServer.js';
import type { TestServer } from '../api/startTestServer.js';

const RUNAWAY =
  'MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = "none" RETURN count(*) AS n';
// Long enough that the searches below finish while the runaways still run, even on a busy machine.
const TIMEOUT_MS = 4000;

describe('runaway queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ENTENTE_QUERY_TIMEOUT_MS: String(TIMEOUT_MS), ENTENTE_RATE_LIMIT_PER_MINUTE: '1000' },
    });
  }, 120_000);
  afterAll(() => server?.close());

  const runaway = () =>
    fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: RUNAWAY }),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { error?: { code: string } },
      at: Date.now(),
    }));

  it('three at once are all stopped with QUERY_TIMEOUT while searches keep being answered', async () => {
    const started = Date.now();
    const running = [runaway(), runaway(), runaway()];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const searches: { ms: number; at: number; ok: boolean }[] = [];
    for (let i = 0; i < 5; i += 1) {
      const sent = Date.now();
      const { body } = await server.gql('{ search(text: "korea") { id } }');
      searches.push({
        ms: Date.now() - sent,
        at: Date.now(),
        ok: (body.data?.search as []).length > 0,
      });
    }
    const health = await fetch(`${server.url}/healthz`);
    const stopped = await Promise.all(running);
    const firstStop = Math.min(...stopped.map((item) => item.at));
    expect(health.status).toBe(200);
    expect(searches.every((search) => search.ok)).toBe(true);
    expect(searches.every((search) => search.at < firstStop)).toBe(true);
    expect(stopped.map((item) => [item.status, item.body.error?.code])).toEqual([
      [408, 'QUERY_TIMEOUT'],
      [408, 'QUERY_TIMEOUT'],
      [408, 'QUERY_TIMEOUT'],
    ]);
    // Stopped by the limit, not by finishing: none ended before the limit, none long after.
    for (const item of stopped) {
      expect(item.at - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(item.at - started).toBeLessThan(TIMEOUT_MS * 8);
    }
    const slowest = Math.max(...searches.map((search) => search.ms));
    process.stdout.write(
      `runaway: stopped after ${stopped.map((item) => item.at - started).join(', ')} ms; searches meanwhile answered in at most ${slowest} ms\n`,
    );
  }, 60_000);
});
