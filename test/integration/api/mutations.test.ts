import { startTestServer, withToken } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

const ARTICLE = {
  title: 'Test wire: Japan and Russia',
  date: '2024-02-01',
  source: 'Test Wire',
  url: 'https://example.test/japan-russia',
  text: 'Japan condemned Russia on Monday for its attacks on Ukraine. Japan and South Korea agreed to an alliance, officials said.',
};

const INGEST = `mutation ($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) { index articleId status claims reason }
}`;

describe('mutations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(() => server?.close());

  it('refuse a request without a token, and one with the wrong token', async () => {
    const none = await server.gql(INGEST, { articles: [ARTICLE] });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await server.gql(INGEST, { articles: [ARTICLE] }, withToken('guess'));
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const basic = await server.gql(
      'mutation { deleteArticle(id: "x") }',
      {},
      { authorization: 'Basic abc' },
    );
    expect(basic.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ingestArticles stores, then reports unchanged, and reports a bad article as failed', async () => {
    const first = await server.gql(INGEST, { articles: [ARTICLE, { text: '   ' }] }, withToken());
    expect(first.body.errors).toBeUndefined();
    const [stored, blank] = first.body.data?.ingestArticles as Record<string, unknown>[];
    expect(stored).toMatchObject({ index: 0, status: 'STORED', reason: null });
    expect(blank).toMatchObject({ index: 1, status: 'FAILED', articleId: null });
    expect(String(blank?.reason)).not.toBe('');
    const again = await server.gql(INGEST, { articles: [ARTICLE] }, withToken());
    expect(again.body.data?.ingestArticles).toEqual([
      expect.objectContaining({ status: 'UNCHANGED' }),
    ]);
  });

  it('deleteArticle removes the article and its claims; true then false', async () => {
    const ingested = await server.gql(
      INGEST,
      { articles: [{ ...ARTICLE, url: 'https://example.test/2', text: `${ARTICLE.text} Again.` }] },
      withToken(),
    );
    const id = (ingested.body.data?.ingestArticles as { articleId: string }[])[0]?.articleId;
    const before = await server.gql('{ stats { articles claims } }');
    const deleted = await server.gql(
      'mutation ($id: ID!) { deleteArticle(id: $id) }',
      { id },
      withToken(),
    );
    expect(deleted.body.data).toEqual({ deleteArticle: true });
    const after = await server.gql('{ stats { articles claims } }');
    const [b, a] = [before.body.data?.stats, after.body.data?.stats] as {
      articles: number;
      claims: number;
    }[];
    expect(a!.articles).toBe(b!.articles - 1);
    expect(a!.claims).toBeLessThan(b!.claims);
    expect(
      (await server.gql('query ($id: ID!) { article(id: $id) { id } }', { id })).body.data,
    ).toEqual({ article: null });
    const twice = await server.gql(
      'mutation ($id: ID!) { deleteArticle(id: $id) }',
      { id },
      withToken(),
    );
    expect(twice.body.data).toEqual({ deleteArticle: false });
  });

  it('renameEntity renames and refuses a blank name', async () => {
    const renamed = await server.gql(
      'mutation { renameEntity(id: "state:north-korea", name: "DPR Korea") { id name } }',
      {},
      withToken(),
    );
    expect(renamed.body.data?.renameEntity).toEqual({ id: 'state:north-korea', name: 'DPR Korea' });
    const blank = await server.gql(
      'mutation { renameEntity(id: "state:north-korea", name: "  ") { id } }',
      {},
      withToken(),
    );
    expect(blank.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('mergeEntities folds one entity into another and refuses merging an entity with itself', async () => {
    const merged = await server.gql(
      'mutation { mergeEntities(keep: "official:park-jin", merge: "official:yoon-suk-yeol") { id name degree } }',
      {},
      withToken(),
    );
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data?.mergeEntities).toMatchObject({ id: 'official:park-jin' });
    const gone = await server.gql('{ entity(id: "official:yoon-suk-yeol") { id } }');
    expect(gone.body.data).toEqual({ entity: null });
    const self = await server.gql(
      'mutation { mergeEntities(keep: "state:japan", merge: "state:japan") { id } }',
      {},
      withToken(),
    );
    expect(self.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('mutations when no API token is configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ENTENTE_API_TOKEN: '' }, samples: false });
  }, 120_000);
  afterAll(() => server?.close());

  it('are off with WRITES_DISABLED, whatever token is sent, and queries still work', async () => {
    for (const headers of [{}, withToken(), withToken('anything')]) {
      const result = await server.gql(INGEST, { articles: [ARTICLE] }, headers);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('WRITES_DISABLED');
      expect(result.body.errors?.[0]?.message).toMatch(/ENTENTE_API_TOKEN/);
    }
    expect((await server.gql('{ stats { articles } }')).body.data).toEqual({
      stats: { articles: 0 },
    });
  });
});
