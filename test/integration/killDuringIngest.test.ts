/**
 * `kill -9` during a large ingest, for real, at several moments: while the command starts and
 * opens the store, and after different numbers of articles. After each kill the store opens and
 * holds only whole articles (each stored article has exactly the claims its extraction gives, and
 * no claim lacks its article); a final run completes without duplicates, and one more changes nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareArticle } from '../../server/ingestion/prepareArticle.js';
import type { IngestReport } from '../../server/ingestion/IngestReport.js';
import type { ArticleRecord } from '../../server/store/GraphStore.js';
import { createKuzuStore } from '../../server/store/kuzu/createKuzuStore.js';
import { generateArticles } from './helpers/generateArticles.js';
import {
  allArticleIds,
  expectedClaimIds,
  makeTempDir,
  runIngestCli,
  startIngestCli,
  storedClaimIds,
  waitForExit,
} from './helpers/ingestKit.js';

const COUNT = 300;
const BATCH_SIZE = '20';
const TIMEOUT = 600_000;

/** When to kill: a time after start, or a delay after the progress line reporting `afterDone` articles. */
type KillPlan =
  { label: string; afterMs: number } | { label: string; afterDone: number; delayMs: number };

const KILLS: KillPlan[] = [
  { label: 'while the command starts and opens the store', afterMs: 1_200 },
  { label: 'after the first batch', afterDone: 20, delayMs: 150 },
  { label: 'midway, inside a batch', afterDone: 120, delayMs: 450 },
  { label: 'late', afterDone: 220, delayMs: 30 },
];

let dir: string;
let articlesDir: string;
let env: Record<string, string>;
const expected = new Map<string, ArticleRecord>();

beforeAll(() => {
  dir = makeTempDir('kill');
  articlesDir = path.join(dir, 'articles');
  env = { ENTENTE_DATA_DIR: path.join(dir, 'data') };
  mkdirSync(articlesDir);
  for (const article of generateArticles(COUNT, 7)) {
    writeFileSync(path.join(articlesDir, article.name), article.text);
    const record = prepareArticle({ text: article.text }, { maxArticleBytes: 5 * 1024 * 1024 });
    expected.set(record.article.id, record);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the ingest command and kills it with SIGKILL at the planned moment. */
async function ingestAndKill(
  plan: KillPlan,
): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  const child = startIngestCli(
    ['--progress', 'lines', '--batch-size', BATCH_SIZE, articlesDir],
    env,
  );
  const kill = () => child.kill('SIGKILL');
  if ('afterMs' in plan) setTimeout(kill, plan.afterMs);
  else {
    let armed = true;
    child.stderr?.on('data', (chunk: Buffer) => {
      const done = [...chunk.toString().matchAll(/^progress (\d+)\//gm)].map((match) =>
        Number(match[1]),
      );
      if (armed && done.some((count) => count >= plan.afterDone)) {
        armed = false;
        setTimeout(kill, plan.delayMs);
      }
    });
  }
  const result = await waitForExit(child);
  return { signal: result.signal, stdout: result.stdout };
}

/** Opens the store and checks it holds only whole articles; returns how many it holds. */
async function expectOnlyWholeArticles(): Promise<number> {
  const store = await createKuzuStore({ dataDir: env.ENTENTE_DATA_DIR as string });
  try {
    const ids = await allArticleIds(store);
    expect(new Set(ids).size).toBe(ids.length);
    const unknown = ids.filter((id) => !expected.has(id));
    expect(unknown).toEqual([]);
    const records = ids.map((id) => expected.get(id) as ArticleRecord);
    const stored = await storedClaimIds(store, records);
    const incomplete = records.filter((record) => {
      const want = expectedClaimIds(record);
      const got = stored.get(record.article.id) ?? [];
      return want.length !== got.length || want.some((id, index) => got[index] !== id);
    });
    expect(incomplete.map((record) => record.article.title)).toEqual([]);
    const stats = await store.stats();
    expect(stats.articles).toBe(ids.length);
    // No claim without its whole article: the total is exactly the stored articles' claims.
    expect(stats.claims).toBe(
      records.reduce((sum, record) => sum + expectedClaimIds(record).length, 0),
    );
    return ids.length;
  } finally {
    await store.close();
  }
}

describe('kill -9 during a large ingest', () => {
  it(
    'leaves only whole articles after each kill, and a re-run completes without duplicates',
    async () => {
      const totalClaims = [...expected.values()].reduce(
        (sum, record) => sum + expectedClaimIds(record).length,
        0,
      );
      expect(expected.size).toBe(COUNT);
      expect(totalClaims).toBeGreaterThan(COUNT);

      const storedAfterKill: number[] = [];
      for (const plan of KILLS) {
        const { signal, stdout } = await ingestAndKill(plan);
        expect({ plan: plan.label, signal }).toEqual({ plan: plan.label, signal: 'SIGKILL' });
        expect(stdout).not.toMatch(/Ingest finished/);
        storedAfterKill.push(await expectOnlyWholeArticles());
      }
      // The kills hit mid-ingest: some articles were stored, not all, and later runs got further.
      expect(storedAfterKill.some((count) => count > 0 && count < COUNT)).toBe(true);
      expect(storedAfterKill[storedAfterKill.length - 1]).toBeGreaterThan(storedAfterKill[1] ?? 0);

      const finish = await runIngestCli(['--json', articlesDir], env);
      expect(finish.code).toBe(0);
      const report = JSON.parse(finish.stdout) as IngestReport;
      expect(report.failed).toBe(0);
      expect(report.stored + report.replaced + report.unchanged).toBe(COUNT);
      expect(report.unchanged).toBe(storedAfterKill[storedAfterKill.length - 1]);
      expect(await expectOnlyWholeArticles()).toBe(COUNT);

      const again = await runIngestCli(['--json', articlesDir], env);
      expect(again.code).toBe(0);
      expect((JSON.parse(again.stdout) as IngestReport).unchanged).toBe(COUNT);
      expect(await expectOnlyWholeArticles()).toBe(COUNT);
    },
    TIMEOUT,
  );
});
