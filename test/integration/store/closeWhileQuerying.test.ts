/**
 * Closing the embedded store while queries still run waits for them (Kuzu frees its native
 * objects on close, and freeing them under a running query crashes the process).
 */
import { rm } from 'node:fs/promises';
import { createKuzuStore } from '../../../server/store/kuzu/createKuzuStore.js';
import { makeTempDir } from '../helpers/ingestKit.js';

// Runs until its time limit stops it: no data needed, so the test does not depend on a corpus.
const LONG_QUERY =
  'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 3000) AS c ' +
  'WITH a, b, c WHERE a + b + c < 0 RETURN count(*) AS n';
const LIMIT_MS = 1500;

describe('closing the embedded store', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('waits for an ad-hoc query in flight, then the store reopens intact', async () => {
    const dataDir = makeTempDir('close-adhoc');
    dirs.push(dataDir);
    const store = await createKuzuStore({ dataDir });
    const started = Date.now();
    const running = store.runReadOnly(LONG_QUERY, {}, { timeoutMs: LIMIT_MS, rowCap: 10 });
    const outcome = running.then(
      () => 'finished',
      (error: { code?: string }) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.close();
    const closedAfter = Date.now() - started;

    expect(await outcome).toBe('QUERY_TIMEOUT');
    expect(closedAfter).toBeGreaterThanOrEqual(LIMIT_MS - 100);
    const reopened = await createKuzuStore({ dataDir });
    try {
      expect((await reopened.stats()).articles).toBe(0);
      await expect(
        reopened.runReadOnly('RETURN 1 AS one', {}, { timeoutMs: 5000, rowCap: 10 }),
      ).resolves.toMatchObject({ rows: [{ one: 1 }] });
    } finally {
      await reopened.close();
    }
  }, 30_000);

  it('ends reads already started cleanly: each answers, or says the store is closed', async () => {
    const dataDir = makeTempDir('close-reads');
    dirs.push(dataDir);
    const store = await createKuzuStore({ dataDir });
    const reads = Array.from({ length: 8 }, () =>
      store.stats().then(
        (stats) => `articles ${stats.articles}`,
        (error: { code?: string }) => error.code,
      ),
    );
    await store.close();
    const outcomes = new Set(await Promise.all(reads));
    expect(
      [...outcomes].every((item) => ['articles 0', 'STORE_UNAVAILABLE'].includes(item ?? '')),
    ).toBe(true);
    await expect(store.stats()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  }, 30_000);
});
