import { ingestArticles } from '../../../server/ingestion/ingestArticles.js';
import type { ArticleRecord, GraphStore, IngestOutcome } from '../../../server/store/GraphStore.js';

type IngestResult = Awaited<ReturnType<GraphStore['ingest']>>[number];

/** A store that keeps records in memory by id and key, like the real ones do. */
function createMemoryStore(failIds: Set<string> = new Set()) {
  const byKey = new Map<string, ArticleRecord>();
  const calls: number[] = [];
  return {
    calls,
    byKey,
    async ingest(records: ArticleRecord[]): Promise<IngestResult[]> {
      calls.push(records.length);
      return records.map((record) => {
        const { id } = record.article;
        if (failIds.has(id)) return { articleId: id, error: new Error('disk full') };
        const previous = byKey.get(record.key);
        byKey.set(record.key, record);
        const claims = record.extraction.relations.reduce(
          (sum, relation) => sum + relation.evidence.length,
          0,
        );
        const status: IngestOutcome['status'] = !previous
          ? 'stored'
          : previous.article.id === id
            ? 'unchanged'
            : 'replaced';
        return {
          articleId: id,
          status,
          claims,
          ...(status === 'replaced' ? { replacedId: previous?.article.id } : {}),
        };
      });
    },
  };
}

const article = (n: number, extra = '') => ({
  text: `France and Germany talks (${n})\n\nPARIS, March 3, 2024 – France condemned Russia. Germany met with Japan.${extra}`,
});

describe('ingestArticles', () => {
  it('stores good articles and reports bad ones with reasons, never stopping at the first', async () => {
    const store = createMemoryStore();
    const report = await ingestArticles(
      store,
      [
        article(1),
        { text: '' },
        { text: ' \n\t ' },
        article(2),
        { text: 'x'.repeat(2048) },
        { ...article(3), date: 'someday' },
      ],
      { maxArticleBytes: 1024 },
    );
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual([
      'stored',
      'failed',
      'failed',
      'stored',
      'failed',
      'failed',
    ]);
    expect(report.outcomes[1]?.reason).toMatch(/empty/);
    expect(report.outcomes[2]?.reason).toMatch(/empty/);
    expect(report.outcomes[4]?.reason).toMatch(
      /above the limit of 1,024 bytes.*ENTENTE_MAX_ARTICLE_BYTES/,
    );
    expect(report.outcomes[5]?.reason).toMatch(/"someday" is not a date/);
    expect(report.outcomes.map((outcome) => outcome.origin)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `request[${i}]`),
    );
    expect({ stored: report.stored, failed: report.failed }).toEqual({ stored: 2, failed: 4 });
  });

  it('derives title and date from headline and dateline, and ids from the text', async () => {
    const store = createMemoryStore();
    const report = await ingestArticles(store, [article(1)]);
    const [record] = [...store.byKey.values()];
    expect(record?.article).toMatchObject({
      title: 'France and Germany talks (1)',
      date: '2024-03-03',
      source: null,
      url: null,
    });
    expect(report.outcomes[0]?.articleId).toBe(record?.article.id);
    expect(record?.key).toBe('meta:france and germany talks 1||2024-03-03');
  });

  it('takes null metadata (as GraphQL sends it) as absent', async () => {
    const store = createMemoryStore();
    const input = {
      ...article(1),
      title: null,
      date: null,
      source: null,
      url: null,
    } as unknown as { text: string };
    const report = await ingestArticles(store, [input]);
    expect(report.outcomes[0]).toMatchObject({
      status: 'stored',
      title: 'France and Germany talks (1)',
    });
  });

  it('writes in batches of the given size and counts the same article twice as unchanged', async () => {
    const store = createMemoryStore();
    const inputs = Array.from({ length: 25 }, (_, n) => article(n));
    const report = await ingestArticles(store, [...inputs, inputs[0] as { text: string }], {
      batchSize: 10,
    });
    expect(store.calls).toEqual([10, 10, 5]);
    expect(report.stored).toBe(25);
    expect(report.unchanged).toBe(1);
    const again = await ingestArticles(store, inputs, { batchSize: 10 });
    expect(again.unchanged).toBe(25);
  });

  it('replaces an edited article with the same key, even within one batch', async () => {
    const store = createMemoryStore();
    const first = { ...article(1), url: 'https://example.com/a' };
    const edited = {
      ...article(1, ' France met with Japan.'),
      url: 'https://example.com/a#comments',
    };
    const report = await ingestArticles(store, [first, edited]);
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['stored', 'replaced']);
    expect(store.calls).toEqual([1, 1]);
    expect(store.byKey.get('url:https://example.com/a')?.article.text).toContain(
      'France met with Japan',
    );
  });

  it('turns store errors into failures with reasons, per article and per batch', async () => {
    const good = article(1);
    const probe = createMemoryStore();
    await ingestArticles(probe, [good]);
    const badId = [...probe.byKey.values()][0]?.article.id as string;
    const report = await ingestArticles(createMemoryStore(new Set([badId])), [good, article(2)]);
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'stored']);
    expect(report.outcomes[0]?.reason).toBe('disk full');

    const broken = { ingest: async () => Promise.reject(new Error('connection lost')) };
    const lost = await ingestArticles(broken, [good, article(2)]);
    expect(lost.failed).toBe(2);
    expect(lost.outcomes[0]?.reason).toMatch(/Not stored: connection lost/);
  });

  it('reports progress up to the total', async () => {
    const seen: [number, number][] = [];
    await ingestArticles(createMemoryStore(), [article(1), { text: '' }, article(2)], {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen[seen.length - 1]).toEqual([3, 3]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort());
  });
});

describe('article fields given with the text', () => {
  it('are stored without control or invisible characters, on one line', async () => {
    const store = createMemoryStore();
    await ingestArticles(store, [
      {
        ...article(7),
        title: ' Talks\u001e in\u0000 Paris\u200B\n resume ',
        source: 'Wire\u001d Service',
        url: 'https://example.org/a\u001b',
      },
    ]);
    const [record] = [...store.byKey.values()];
    expect(record?.article).toMatchObject({
      title: 'Talks in Paris resume',
      source: 'Wire Service',
      url: 'https://example.org/a',
    });
  });
});
