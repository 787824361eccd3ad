/**
 * The batch engine behind ingestArticles and ingestPaths. Articles are prepared (cleaned, checked,
 * extracted) one by one and written to the store in chunks; the next chunk is extracted while the
 * previous one is written. Failures are outcomes with reasons, never throws: a batch never stops
 * at its first bad article.
 */
import type { ArticleInput } from '../domain/types.js';
import { toEntenteError } from '../errors/EntenteError.js';
import { SETTINGS } from '../config/loadConfig.js';
import type { ArticleRecord, GraphStore } from '../store/GraphStore.js';
import type { ArticleOutcome, IngestReport, SkippedFile } from './IngestReport.js';
import { prepareArticle } from './prepareArticle.js';

export interface IngestOptions {
  /** Largest article accepted, in UTF-8 bytes (config.maxArticleBytes). */
  maxArticleBytes?: number;
  /** Articles per store write: bigger is faster, smaller loses less work to a crash. */
  batchSize?: number;
  /** Called as articles finish: how many are done out of how many known so far. */
  onProgress?: (done: number, total: number) => void;
}

export const INGEST_DEFAULTS = {
  maxArticleBytes: SETTINGS.maxArticleBytes.default, // ENTENTE_MAX_ARTICLE_BYTES
  batchSize: 500, // articles per store.ingest call (fewer, larger statements: about twice as fast as 100)
  onProgress: (() => undefined) as (done: number, total: number) => void,
};

function withDefaults(options: IngestOptions): typeof INGEST_DEFAULTS {
  const given = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  );
  return { ...INGEST_DEFAULTS, ...given };
}

interface Pending {
  index: number;
  origin: string;
  record: ArticleRecord;
}

export interface IngestRun {
  /** Articles expected in all; grows when more arrive than announced. */
  expect(total: number): void;
  add(input: ArticleInput): Promise<void>;
  fail(origin: string, reason: string): void;
  skip(file: SkippedFile): void;
  finish(): Promise<IngestReport>;
}

export function createIngestRun(
  store: Pick<GraphStore, 'ingest'>,
  options: IngestOptions = {},
): IngestRun {
  const settings = withDefaults(options);
  const started = performance.now();
  const outcomes: ArticleOutcome[] = [];
  const skipped: SkippedFile[] = [];
  const seenIds = new Map<string, number>();
  let chunk: Pending[] = [];
  let chunkKeys = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  let total = 0;
  let done = 0;
  let next = 0;

  const settle = (outcome: ArticleOutcome) => {
    outcomes[outcome.index] = outcome;
    done += 1;
    total = Math.max(total, done);
    settings.onProgress(done, total);
  };

  const failed = (
    index: number,
    origin: string,
    reason: string,
    title: string | null = null,
    articleId: string | null = null,
  ) => settle({ index, origin, status: 'failed', articleId, title, claims: 0, reason });

  async function write(items: Pending[]): Promise<void> {
    try {
      const results = await store.ingest(items.map((item) => item.record));
      const byId = new Map(results.map((result) => [result.articleId, result]));
      for (const [position, item] of items.entries()) {
        const result =
          results.length === items.length ? results[position] : byId.get(item.record.article.id);
        const { id, title } = item.record.article;
        if (!result)
          failed(
            item.index,
            item.origin,
            'The store returned no outcome for this article: ingest it again.',
            title,
            id,
          );
        else if ('error' in result)
          failed(item.index, item.origin, toEntenteError(result.error).message, title, id);
        else
          settle({
            index: item.index,
            origin: item.origin,
            status: result.status,
            articleId: id,
            title,
            claims: result.claims,
          });
      }
    } catch (error) {
      const reason = `Not stored: ${toEntenteError(error).message}`;
      for (const item of items)
        failed(item.index, item.origin, reason, item.record.article.title, item.record.article.id);
    }
  }

  async function flush(): Promise<void> {
    const items = chunk;
    chunk = [];
    chunkKeys = new Set();
    await writing;
    writing = items.length ? write(items) : Promise.resolve();
  }

  async function add(input: ArticleInput): Promise<void> {
    const index = next++;
    const origin = input.origin ?? `article[${index}]`;
    let record: ArticleRecord;
    try {
      record = prepareArticle(input, settings);
    } catch (error) {
      return failed(index, origin, toEntenteError(error).message);
    }
    const { id, title } = record.article;
    if (seenIds.has(id)) {
      return settle({ index, origin, status: 'unchanged', articleId: id, title, claims: 0 });
    }
    seenIds.set(id, index);
    if (chunkKeys.has(record.key)) await flush();
    chunk.push({ index, origin, record });
    chunkKeys.add(record.key);
    if (chunk.length >= settings.batchSize) await flush();
  }

  async function finish(): Promise<IngestReport> {
    await flush();
    await writing;
    const count = (status: ArticleOutcome['status']) =>
      outcomes.filter((outcome) => outcome.status === status).length;
    return {
      outcomes: outcomes.filter(Boolean),
      skipped,
      stored: count('stored'),
      replaced: count('replaced'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      claims: outcomes.reduce((sum, outcome) => sum + outcome.claims, 0),
      seconds: (performance.now() - started) / 1000,
    };
  }

  return {
    expect: (count) => void (total = Math.max(total, count)),
    add,
    fail: (origin, reason) => failed(next++, origin, reason),
    skip: (file) => void skipped.push(file),
    finish,
  };
}
