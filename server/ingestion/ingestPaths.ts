/**
 * Ingests files and folders (recursively): used by the ingest command and by server start to load
 * the sample articles. Unreadable files and bad articles are outcomes with reasons and where they
 * are (file, line); files of other types found in folders are listed as skipped.
 */
import type { GraphStore } from '../store/GraphStore.js';
import type { IngestReport } from './IngestReport.js';
import type { ReadResult } from './ReadResult.js';
import { countArticleFiles } from './countArticleFiles.js';
import {
  createIngestRun,
  INGEST_DEFAULTS,
  type IngestOptions,
  type IngestRun,
} from './createIngestRun.js';
import { listArticleFiles } from './listArticleFiles.js';
import { readArticles } from './readArticles.js';

export type IngestPathsOptions = IngestOptions;

const HANDLERS: {
  [K in ReadResult['kind']]: (
    run: IngestRun,
    result: Extract<ReadResult, { kind: K }>,
  ) => Promise<void> | void;
} = {
  article: (run, result) => run.add(result.input),
  failure: (run, result) => run.fail(result.origin, result.reason),
  skipped: (run, result) => run.skip({ origin: result.origin, reason: result.reason }),
};

function handle(run: IngestRun, result: ReadResult): Promise<void> | void {
  return (HANDLERS[result.kind] as (run: IngestRun, result: ReadResult) => Promise<void> | void)(
    run,
    result,
  );
}

export async function ingestPaths(
  store: Pick<GraphStore, 'ingest'>,
  paths: string[],
  options: IngestPathsOptions = {},
): Promise<IngestReport> {
  const maxArticleBytes = options.maxArticleBytes ?? INGEST_DEFAULTS.maxArticleBytes;
  const listed = await listArticleFiles(paths);
  const run = createIngestRun(store, options);
  if (options.onProgress) run.expect(await countArticleFiles(listed));
  for await (const result of readArticles(paths, { maxArticleBytes, listed }))
    await handle(run, result);
  return run.finish();
}
