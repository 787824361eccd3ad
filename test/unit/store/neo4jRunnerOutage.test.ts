/**
 * The Neo4j store when Neo4j is lost during work and comes back, on a fake driver (no server):
 * calls fail with STORE_UNAVAILABLE naming the URI and what to do, health() says degraded, the
 * same store answers again once Neo4j is back, and transient errors inside a transaction are
 * retried by the driver's own executeRead/executeWrite (the runner lets it see them).
 */
import { jest } from '@jest/globals';
import { EntenteError } from '../../../server/errors/EntenteError.js';
import { ingestArticles } from '../../../server/ingestion/ingestArticles.js';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { createNeo4jStore } from '../../../server/store/neo4j/createNeo4jStore.js';
import { createFakeNeo4j } from './fakeNeo4jDriver.js';
import type { FakeNeo4j } from './fakeNeo4jDriver.js';

const URI = 'bolt://neo4j.example.test:7687';
const RETRY_MS = 300;

const article = (n: number) => ({
  title: `Wire ${n}`,
  date: '2024-03-01',
  source: 'Test Wire',
  url: `https://example.test/outage-${n}`,
  text: `France condemned Russia on Monday for strikes on Kyiv (report ${n}). Germany supplied tanks to Ukraine.`,
});

async function open(fake: FakeNeo4j, maxTransactionRetryMs?: number): Promise<GraphStore> {
  return createNeo4jStore({
    uri: URI,
    user: 'neo4j',
    password: 'secret',
    database: 'neo4j',
    maxTransactionRetryMs,
    createDriver: fake.createDriver,
  });
}

async function failure(work: Promise<unknown>): Promise<EntenteError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof EntenteError)) throw new Error(`Expected an EntenteError, got ${error}`);
  return error;
}

function expectUnavailable(error: EntenteError): void {
  expect(error.code).toBe('STORE_UNAVAILABLE');
  expect(error.message).toContain(`Cannot reach Neo4j at ${URI}`);
  expect(error.message).toContain('docker compose up neo4j');
  expect(error.message).toContain('unset NEO4J_URI to use the embedded store');
}

describe('Neo4j store: lost during work, then back', () => {
  let fake: FakeNeo4j;
  let store: GraphStore;

  beforeAll(async () => {
    fake = createFakeNeo4j();
    store = await open(fake, RETRY_MS);
  });
  afterAll(() => store.close());

  it('works while Neo4j answers', async () => {
    const report = await ingestArticles(store, [article(1)]);
    expect(report.stored).toBe(1);
    expect((await store.stats()).articles).toBe(1);
    expect(await store.health()).toEqual({ ok: true, backend: 'neo4j', detail: URI });
  });

  it('while it is lost, reads, writes and ad-hoc queries fail with STORE_UNAVAILABLE naming the URI', async () => {
    fake.down('ServiceUnavailable');
    const before = fake.seen.attempts;
    expectUnavailable(await failure(store.stats()));
    // The driver tried the transaction again before giving up.
    expect(fake.seen.attempts - before).toBeGreaterThanOrEqual(2);
    expectUnavailable(await failure(store.getEntities(['state:france'])));
    expectUnavailable(
      await failure(store.runReadOnly('RETURN 1 AS x', {}, { timeoutMs: 1000, rowCap: 10 })),
    );
    const report = await ingestArticles(store, [article(2)]);
    expect(report.stored).toBe(0);
    expect(report.failed).toBe(1);
    expect(report.outcomes[0]?.reason).toContain(`Cannot reach Neo4j at ${URI}`);
  });

  it('while it is lost, health() reports degraded with the reason', async () => {
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.backend).toBe('neo4j');
    expect(health.detail).toMatch(/^degraded: Cannot reach Neo4j at /);
    expect(health.detail).toContain(URI);
  });

  it('a connection lost inside every transaction (SessionExpired) is STORE_UNAVAILABLE too', async () => {
    fake.up();
    fake.failNext(1_000, 'SessionExpired');
    expectUnavailable(await failure(store.stats()));
    fake.failNext(0, 'SessionExpired');
  });

  it('when it comes back, the same store answers again, without a new driver', async () => {
    fake.up();
    expect(await store.health()).toEqual({ ok: true, backend: 'neo4j', detail: URI });
    expect((await store.stats()).articles).toBe(1);
    const report = await ingestArticles(store, [article(2)]);
    expect(report.stored).toBe(1);
    expect(fake.articles()).toHaveLength(2);
    expect(fake.seen.drivers).toHaveLength(1);
  });

  it('closes every session it opened, also those that failed', () => {
    expect(fake.seen.sessionsOpen).toBe(0);
  });
});

describe('Neo4j store: transient errors are retried by the driver', () => {
  let fake: FakeNeo4j;
  let store: GraphStore;

  beforeEach(async () => {
    fake = createFakeNeo4j();
    store = await open(fake, 5_000);
    await store.health();
  });
  afterEach(() => store.close());

  it.each([
    'SessionExpired',
    'ServiceUnavailable',
    'Neo.TransientError.Transaction.DeadlockDetected',
  ])('a read that fails twice with %s succeeds on the third attempt', async (code) => {
    const attempts = fake.seen.attempts;
    fake.failNext(2, code);
    expect((await store.stats()).articles).toBe(0);
    expect(fake.seen.failures).toBe(2);
    // stats() runs one read per count; the first was tried three times, the others once.
    expect(fake.seen.attempts - attempts).toBe(
      fake.seen.statements.filter((name) => name.startsWith('count')).length + 2,
    );
  });

  it('a write that loses its connection twice is tried again whole and stored once', async () => {
    fake.failNext(2, 'SessionExpired');
    const commits = fake.seen.commits;
    const report = await ingestArticles(store, [article(3), article(4)]);
    expect(report.stored).toBe(2);
    expect(fake.seen.failures).toBe(2);
    // One transaction for the batch: two failed attempts, then one that commits.
    expect(fake.seen.commits - commits).toBe(1);
    expect(fake.articles()).toHaveLength(2);
  });

  it('an error that is not transient is not retried', async () => {
    const attempts = fake.seen.attempts;
    fake.failNext(1, 'Neo.ClientError.Statement.SyntaxError');
    const error = await failure(store.getArticles(['article:1']));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(fake.seen.attempts - attempts).toBe(1);
  });

  it('a database that stays unavailable is retried for the retry time, then STORE_UNAVAILABLE', async () => {
    await store.close();
    fake = createFakeNeo4j({ firstRetryDelayMs: 25 });
    store = await open(fake, 400);
    await store.health();
    fake.failNext(1_000, 'Neo.TransientError.General.DatabaseUnavailable');
    const started = performance.now();
    const error = await failure(store.getArticles(['article:1']));
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.message).toContain(`Neo4j at ${URI} answers but its database is not available`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
    expect(fake.seen.failures).toBeGreaterThanOrEqual(2);
  });
});

describe('Neo4j store: driver settings', () => {
  it('gives the driver 15 s of transaction retries unless told otherwise', async () => {
    const fake = createFakeNeo4j();
    const store = await createNeo4jStore({
      uri: URI,
      user: 'neo4j',
      password: 'secret',
      database: 'neo4j',
      createDriver: fake.createDriver,
    });
    await store.close();
    expect(fake.seen.drivers[0]).toMatchObject({
      maxTransactionRetryTime: 15_000,
      connectionTimeout: 5_000,
    });
  });
});

describe('Neo4j store: how long a query waits during an outage (driver waits, virtual clock)', () => {
  afterEach(() => jest.useRealTimers());

  it('fails once 15 s of retries are spent, after waits of 1, 2, 4, 8 (, 16) s ± 20 %', async () => {
    // 1 s is the driver's own first wait (TransactionExecutor's DEFAULT_INITIAL_RETRY_DELAY_MS).
    const fake = createFakeNeo4j({ firstRetryDelayMs: 1_000 });
    const store = await open(fake);
    await store.health();
    jest.useFakeTimers();
    fake.down('ServiceUnavailable');
    const started = Date.now();
    let settled: EntenteError | undefined;
    void failure(store.getArticles(['article:1'])).then((error) => {
      settled = error;
    });
    for (let second = 0; second < 60 && !settled; second += 1) {
      await jest.advanceTimersByTimeAsync(1_000);
    }
    const elapsed = Date.now() - started;
    jest.useRealTimers();
    expect(settled?.code).toBe('STORE_UNAVAILABLE');
    const waits = fake.seen.attemptTimes
      .slice(1)
      .map((at, i) => at - (fake.seen.attemptTimes[i] ?? 0));
    expect([5, 6]).toContain(fake.seen.attempts);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(0.8 * 1_000 * 2 ** i);
      expect(wait).toBeLessThanOrEqual(1.2 * 1_000 * 2 ** i + 50);
    });
    // Retried while under 15 s; the last wait (up to 19.2 s) may end past it.
    expect(elapsed).toBeGreaterThanOrEqual(15_000);
    expect(elapsed).toBeLessThanOrEqual(35_000);
    console.log(
      `outage read: ${fake.seen.attempts} attempts, waits ${waits.join(', ')} ms, failed after ${elapsed} ms`,
    );
    await store.close();
  });
});
