/**
 * How a failing write batch is reported: split in halves down to the article at fault, unless the
 * store cannot be reached at all, when every article fails at once.
 */
import { EntenteError } from '../../../server/errors/EntenteError.js';
import type { ErrorCode } from '../../../server/errors/EntenteError.js';
import { createCypherStore } from '../../../server/store/core/createCypherStore.js';
import type { StatementRunner } from '../../../server/store/core/StatementRunner.js';
import { article } from '../../contract/storeFixtures.js';

const records = Array.from({ length: 8 }, (_, index) =>
  article({ id: `a${index}`, entities: [], relations: [] }),
);

/** A runner whose every write fails with `code`; counts the writes tried. */
function failingRunner(code: ErrorCode): StatementRunner & { writes: number } {
  const runner = {
    writes: 0,
    backend: 'neo4j' as const,
    dialect: 'neo4j' as const,
    entityLabels: () => 'Entity',
    read: async () => [],
    write: async () => {
      runner.writes += 1;
      throw new EntenteError(code, `the write failed (${code})`);
    },
    readOnly: async () => ({ columns: [], rows: [], truncated: false }),
    health: async () => ({ ok: false, backend: 'neo4j' as const, detail: 'down' }),
    close: async () => undefined,
  };
  return runner;
}

describe('ingesting a batch that fails', () => {
  it('fails every article at once, in one try, when the store cannot be reached', async () => {
    const runner = failingRunner('STORE_UNAVAILABLE');
    const outcomes = await createCypherStore(runner).ingest(records);
    expect(runner.writes).toBe(1);
    expect(outcomes.map((outcome) => outcome.articleId)).toEqual(records.map((r) => r.article.id));
    for (const outcome of outcomes) {
      expect('error' in outcome && (outcome.error as EntenteError).code).toBe('STORE_UNAVAILABLE');
    }
  });

  it('otherwise writes each half on its own, down to single articles', async () => {
    const runner = failingRunner('INTERNAL');
    const outcomes = await createCypherStore(runner).ingest(records);
    // 8 → 4 + 4 → 2 + 2 + 2 + 2 → 8 single articles: 15 transactions.
    expect(runner.writes).toBe(15);
    expect(outcomes).toHaveLength(8);
  });
});
