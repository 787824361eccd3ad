/**
 * The ingest use cases over a temporary embedded store: idempotence, edits replacing their previous
 * version and nothing else, JSON Lines with broken lines, hostile names, a 200,000-character sentence.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toRelationId } from '../../server/domain/ids.js';
import type { ArticleInput } from '../../server/domain/types.js';
import { ingestArticles } from '../../server/ingestion/ingestArticles.js';
import { ingestPaths } from '../../server/ingestion/ingestPaths.js';
import { prepareArticle } from '../../server/ingestion/prepareArticle.js';
import type { GraphStore } from '../../server/store/GraphStore.js';
import { createKuzuStore } from '../../server/store/kuzu/createKuzuStore.js';
import { expectedClaimIds, makeTempDir, SAMPLES_DIR, storedClaimIds } from './helpers/ingestKit.js';

/** Kuzu writes are slow on a busy machine; each test gets two minutes. */
const TIMEOUT = 120_000;
const LIMIT = { maxArticleBytes: 5 * 1024 * 1024 };
let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = makeTempDir('ingest');
  store = await createKuzuStore({ dataDir: path.join(dir, 'data') });
}, TIMEOUT);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Checks that the store holds exactly the claims the extraction of this input gives. */
async function expectWhole(input: ArticleInput): Promise<string> {
  const record = prepareArticle(input, LIMIT);
  const stored = await storedClaimIds(store, [record]);
  expect(stored.get(record.article.id)).toEqual(expectedClaimIds(record));
  return record.article.id;
}

describe('ingest use cases on the embedded store', () => {
  it(
    'ingesting the same articles again changes nothing',
    async () => {
      const first = await ingestPaths(store, [SAMPLES_DIR], LIMIT);
      expect(first.failed).toBe(0);
      expect(first.stored + first.unchanged).toBe(2);
      const before = await store.stats();
      const again = await ingestPaths(store, [SAMPLES_DIR], LIMIT);
      expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged']);
      expect(await store.stats()).toEqual(before);
    },
    TIMEOUT,
  );

  it(
    'an edited article replaces its previous version; other articles are untouched',
    async () => {
      const other: ArticleInput = {
        text: 'Kenya and Ethiopia talks\n\nNAIROBI – Kenya condemned Ethiopia over the border clash. Kenya met with Somalia.',
        source: 'Wire',
      };
      const original: ArticleInput = {
        text: 'Chile and Peru\n\nLIMA – Chile condemned Peru over the fishing dispute. Chile met with Bolivia.',
        url: 'https://news.example.com/chile-peru',
      };
      const edited: ArticleInput = {
        ...original,
        text: 'Chile and Peru\n\nLIMA – Chile met with Peru to settle the fishing dispute. Argentina condemned Chile.',
      };
      const first = await ingestArticles(store, [other, original], LIMIT);
      expect(first.failed).toBe(0);
      const otherId = await expectWhole(other);
      const originalId = await expectWhole(original);
      const otherRecord = prepareArticle(other, LIMIT);
      const originalRecord = prepareArticle(original, LIMIT);
      const otherBefore = (await storedClaimIds(store, [otherRecord])).get(otherId);
      expect(otherBefore?.length).toBeGreaterThan(0);
      expect(expectedClaimIds(originalRecord).length).toBeGreaterThan(0);
      const before = await store.stats();

      const report = await ingestArticles(store, [edited], LIMIT);
      expect(report.outcomes[0]?.status).toBe('replaced');
      const editedId = await expectWhole(edited);
      expect(editedId).not.toBe(originalId);
      expect(await store.getArticles([originalId])).toEqual([]);
      expect((await storedClaimIds(store, [originalRecord])).get(originalId)).toEqual([]);
      expect((await storedClaimIds(store, [otherRecord])).get(otherId)).toEqual(otherBefore);
      const after = await store.stats();
      expect(after.articles).toBe(before.articles);
      const editedClaims = expectedClaimIds(prepareArticle(edited, LIMIT)).length;
      expect(after.claims).toBe(
        before.claims - expectedClaimIds(originalRecord).length + editedClaims,
      );
    },
    TIMEOUT,
  );

  it(
    'every stored claim has its relation in the graph, also between a new and a known entity',
    async () => {
      const known: ArticleInput = { text: 'Title a\n\nNorth Korea supplied munitions to Russia.' };
      const joined: ArticleInput = { text: 'Short one\n\nFrance condemned Russia over the war.' };
      await ingestArticles(store, [known], LIMIT);
      await ingestArticles(store, [joined], LIMIT);
      for (const input of [known, joined]) {
        const record = prepareArticle(input, LIMIT);
        const relationIds = record.extraction.relations.map((relation) =>
          toRelationId(relation.type, relation.source, relation.target),
        );
        expect(relationIds.length).toBeGreaterThan(0);
        expect(
          (await store.getRelations(relationIds)).map((relation) => relation.id).sort(),
        ).toEqual([...new Set(relationIds)].sort());
        const subgraph = (await store.subgraphOfArticles([record.article.id])).get(
          record.article.id,
        );
        expect(subgraph?.edges.map((edge) => edge.id).sort()).toEqual(
          [...new Set(relationIds)].sort(),
        );
      }
    },
    TIMEOUT,
  );

  it(
    'a JSON Lines file with broken lines: each bad line reported with its number, the good ones stored',
    async () => {
      const file = path.join(dir, 'feed.jsonl');
      const lines = [
        JSON.stringify({
          text: 'Ghana and Togo\n\nACCRA – Ghana met with Togo on trade.',
          source: 'Wire',
          date: '2024-04-02',
        }),
        '{"text": "Broken line, no closing brace"',
        '',
        JSON.stringify({ title: 'No text here' }),
        JSON.stringify({
          text: 'Norway and Sweden\n\nOSLO – Norway condemned Russia.',
          url: 'https://example.com/n',
        }),
        'not json at all',
      ];
      writeFileSync(file, `${lines.join('\n')}\n`);
      const report = await ingestPaths(store, [file], LIMIT);
      const failures = report.outcomes.filter((outcome) => outcome.status === 'failed');
      expect(failures.map((failure) => failure.origin)).toEqual([
        `${file}:2`,
        `${file}:4`,
        `${file}:6`,
      ]);
      expect(failures[0]?.reason).toMatch(/^Line 2 is not valid JSON/);
      expect(failures[1]?.reason).toMatch(/no "text" string/);
      expect(report.stored).toBe(2);
      const [ghana] = await store.getArticles([report.outcomes[0]?.articleId as string]);
      expect(ghana).toMatchObject({ title: 'Ghana and Togo', source: 'Wire', date: '2024-04-02' });
    },
    TIMEOUT,
  );

  it(
    'names with quotes, backticks, braces and Cypher keywords are stored as given',
    async () => {
      const hostile =
        "O'Brien \"MATCH (n) DETACH DELETE n\" `RETURN` {x: $y} }) CREATE (:State {id: 'pwned'}) //";
      const input: ArticleInput = {
        text: `${hostile}\n\nABIDJAN – Côte d'Ivoire condemned Mali. Minister Sean O'Brien of Ireland met with the "MATCH" delegation from {Guinea}; Ireland supplied \`drones\` to Ghana. DETACH DELETE; CALL db.labels(); MERGE (a)-[:SUPPLIES]->(b).`,
        title: hostile,
        source: "Wire'); DROP TABLE Article; --",
        url: 'https://example.com/q?x=\'}{`&y="MATCH"',
      };
      const before = await store.stats();
      const report = await ingestArticles(store, [input], LIMIT);
      expect(report.outcomes[0]?.status).toBe('stored');
      const id = await expectWhole(input);
      const [article] = await store.getArticles([id]);
      expect(article).toMatchObject({ title: hostile, source: input.source });
      expect(article?.text.startsWith(hostile)).toBe(true);
      expect(await store.getEntities(['state:pwned'])).toEqual([]);
      expect((await store.stats()).articles).toBe(before.articles + 1);
    },
    TIMEOUT,
  );

  it(
    'a 200,000-character single sentence is ingested whole',
    async () => {
      const filler = 'and the delegates of France and Germany kept talking about trade ';
      const text = `One long sentence\n\nFrance condemned Russia ${filler.repeat(Math.ceil(200_000 / filler.length))}`;
      expect(text.length).toBeGreaterThan(200_000);
      const report = await ingestArticles(store, [{ text }], LIMIT);
      expect(report.outcomes[0]).toMatchObject({ status: 'stored' });
      const id = await expectWhole({ text });
      const [article] = await store.getArticles([id]);
      expect(article?.text.length).toBeGreaterThan(200_000);
    },
    TIMEOUT,
  );
});
