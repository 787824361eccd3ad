/**
 * Ingestion end to end, from files into a fresh store: at 1,000 articles and at `articles`
 * (10,000 by default), in articles and claims per second; and the same `ratioArticles` loaded
 * one article per store write and in the default batches, for the batched-to-per-row ratio.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ingestPaths } from '../../server/ingestion/ingestPaths.js';
import type { IngestPathsOptions } from '../../server/ingestion/ingestPaths.js';
import { writeCorpus } from '../corpus/writeCorpus.js';
import { readRss, resetPeakRss } from '../measure/readRss.js';
import type { BenchStore } from '../server/BenchStore.js';
import type { Phase, PhaseContext } from './Phase.js';

const SMALL_SIZE = 1_000;

interface Timed {
  seconds: number;
  stored: number;
  claims: number;
  failed: number;
}

export const ingestPhase: Phase = {
  name: 'ingest',
  description: 'ingestion from files into a fresh store, batched and one row at a time',
  async run(context) {
    const { articles, ratioArticles } = context.options;
    const sizes = [...new Set([Math.min(SMALL_SIZE, articles), articles])];
    for (const store of context.stores) {
      for (const size of sizes) await measureSize(context, store, size);
      await measureRatio(context, store, ratioArticles);
    }
  },
};

async function measureSize(context: PhaseContext, store: BenchStore, size: number): Promise<void> {
  const dir = await corpusDir(context, size);
  resetPeakRss();
  const timed = await timeIngest(store, `ingest-${size}`, dir, {
    onProgress: logEveryTenth(context, size),
  });
  const base = { size, backend: store.backend };
  context.record({ ...base, name: 'ingest.seconds', value: timed.seconds, unit: 's' });
  context.record({
    ...base,
    name: 'ingest.articlesPerSecond',
    value: timed.stored / timed.seconds,
    unit: 'articles/s',
  });
  context.record({
    ...base,
    name: 'ingest.claimsPerSecond',
    value: timed.claims / timed.seconds,
    unit: 'claims/s',
  });
  context.record({ ...base, name: 'ingest.failed', value: timed.failed, unit: 'articles' });
  context.record({ ...base, name: 'server.peakRssMb.ingest', value: readRss().peakMb, unit: 'MB' });
  context.log(
    `  ${size} articles: ${timed.seconds.toFixed(1)} s, ${timed.stored} stored, ${timed.claims} claims, ${timed.failed} failed`,
  );
}

async function measureRatio(context: PhaseContext, store: BenchStore, size: number): Promise<void> {
  const dir = await corpusDir(context, size);
  const perRow = await timeIngest(store, `per-row-${size}`, dir, { batchSize: 1 });
  const batched = await timeIngest(store, `batched-${size}`, dir, {});
  const base = { size, backend: store.backend };
  context.record({
    ...base,
    name: 'ingest.perRow.articlesPerSecond',
    value: perRow.stored / perRow.seconds,
    unit: 'articles/s',
  });
  context.record({
    ...base,
    name: 'ingest.batched.articlesPerSecond',
    value: batched.stored / batched.seconds,
    unit: 'articles/s',
  });
  context.record({
    ...base,
    name: 'ingest.batchedToPerRowRatio',
    value: perRow.seconds / batched.seconds,
    unit: 'x',
  });
  context.log(
    `  ${size} articles one per write: ${perRow.seconds.toFixed(1)} s; batched: ${batched.seconds.toFixed(1)} s`,
  );
}

/** Progress for long runs: a line at every tenth of the corpus. */
function logEveryTenth(context: PhaseContext, size: number): (done: number) => void {
  const step = Math.max(1, Math.round(size / 10));
  const started = performance.now();
  return (done) => {
    if (done % step !== 0) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    context.log(
      `    ${done.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} articles after ${seconds} s`,
    );
  };
}

/** The corpus of this size, written once per run. */
async function corpusDir(context: PhaseContext, size: number): Promise<string> {
  const dir = path.join(context.workDir, `corpus-${size}`);
  if (!existsSync(dir)) await writeCorpus(dir, { articles: size, seed: context.options.seed });
  return dir;
}

async function timeIngest(
  store: BenchStore,
  name: string,
  dir: string,
  options: IngestPathsOptions,
): Promise<Timed> {
  const graphStore = await store.openFresh(name);
  try {
    const started = performance.now();
    const report = await ingestPaths(graphStore, [dir], options);
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds,
      stored: report.stored + report.replaced,
      claims: report.claims,
      failed: report.failed,
    };
  } finally {
    await graphStore.close();
  }
}
