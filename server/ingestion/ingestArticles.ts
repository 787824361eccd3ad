/** Ingests articles given as values (GraphQL mutation, tests): failures are outcomes with reasons. */
import type { ArticleInput } from '../domain/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { IngestReport } from './IngestReport.js';
import { createIngestRun, type IngestOptions } from './createIngestRun.js';

export type { IngestOptions } from './createIngestRun.js';

export async function ingestArticles(
  store: Pick<GraphStore, 'ingest'>,
  inputs: ArticleInput[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const run = createIngestRun(store, options);
  run.expect(inputs.length);
  for (const [index, input] of inputs.entries()) {
    await run.add({ ...input, origin: input.origin ?? `request[${index}]` });
  }
  return run.finish();
}
