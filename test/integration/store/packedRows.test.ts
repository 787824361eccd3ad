/**
 * The embedded store sends write rows to Kuzu packed into one string (server/store/kuzu/packRows.ts):
 * empty strings and nulls come back as they were sent, and an article holding one of the reserved
 * control characters fails alone, with a reason, while the rest of its batch is stored.
 */
import { rm } from 'node:fs/promises';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { createKuzuStore } from '../../../server/store/kuzu/createKuzuStore.js';
import { article, entity, france, relation, ukraine } from '../../contract/storeFixtures.js';
import { makeTempDir } from '../helpers/ingestKit.js';

let dataDir: string;
let store: GraphStore;

beforeAll(async () => {
  dataDir = makeTempDir('packed-rows');
  store = await createKuzuStore({ dataDir });
});

afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('rows packed for the embedded store', () => {
  it('keeps empty strings and nulls apart', async () => {
    const plain = article({
      id: 'p1',
      date: null,
      source: null,
      entities: [france, ukraine],
      relations: [relation('SUPPLIES', france, ukraine, 'France supplies Ukraine.')],
    });
    plain.article.title = '';
    const outcomes = await store.ingest([plain]);
    expect(outcomes).toEqual([{ articleId: 'p1', status: 'stored', claims: 1 }]);
    const [stored] = await store.getArticles(['p1']);
    expect(stored).toMatchObject({ id: 'p1', title: '', date: null, source: null, url: null });
    const [claim] =
      [...(await store.claimsOf(['SUPPLIES:state:france->state:ukraine'])).values()][0] ?? [];
    expect(claim).toMatchObject({
      articleId: 'p1',
      speaker: null,
      quote: 'France supplies Ukraine.',
    });
  });

  it('fails an article holding a reserved control character and stores the others', async () => {
    const spain = entity('State', 'Spain');
    const good = article({
      id: 'p2',
      entities: [france, spain],
      relations: [relation('MEETS', france, spain, 'France met Spain.')],
    });
    const bad = article({
      id: 'p3',
      entities: [spain, ukraine],
      relations: [relation('CONDEMNS', spain, ukraine, 'Spain condemned\u001e Ukraine.')],
    });
    const outcomes = await store.ingest([good, bad]);
    expect(outcomes[0]).toEqual({ articleId: 'p2', status: 'stored', claims: 1 });
    const failure = outcomes[1] as { articleId: string; error: Error & { code?: string } };
    expect(failure.articleId).toBe('p3');
    expect(failure.error.code).toBe('BAD_USER_INPUT');
    expect(failure.error.message).toMatch(/control character/);
    expect((await store.stats()).articles).toBe(2);
    expect(await store.getArticles(['p3'])).toEqual([]);
  });
});
