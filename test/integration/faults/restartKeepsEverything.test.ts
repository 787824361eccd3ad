/**
 * Restarting the server on the embedded store keeps everything written through the HTTP surface:
 * after a clean stop (SIGTERM), and after `kill -9` straight after a write was acknowledged.
 * The graph is compared as the API sees it (entities, relations, articles, statistics) and as
 * Cypher sees it (every node and relationship).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEntente } from './startEntente.js';
import type { EntenteProcess } from './startEntente.js';

const TOKEN = 'restart-token-7c21';

const SNAPSHOT = `{
  stats { articles claims entities relations }
  entities(first: 200) { totalCount nodes { id name kind aliases degree } }
  relations(first: 200) { totalCount nodes { id type source { id } target { id } claimCount } }
  articles(first: 200) { totalCount nodes { id title date source url } }
}`;

const CYPHER = [
  'MATCH (n) RETURN label(n) AS label, n.id AS id, n.name AS name ORDER BY label, id',
  'MATCH (a)-[r]->(b) RETURN label(r) AS type, a.id AS source, b.id AS target ORDER BY type, source, target',
];

async function post(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200 || json.errors || json.error) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json)}`);
  }
  return json;
}

const gql = (server: EntenteProcess, query: string, variables = {}) =>
  post(`${server.url}/graphql`, { query, variables }, TOKEN).then(
    (body) => body.data as Record<string, unknown>,
  );

async function snapshot(server: EntenteProcess): Promise<unknown[]> {
  const parts: unknown[] = [await gql(server, SNAPSHOT)];
  for (const query of CYPHER) parts.push(await post(`${server.url}/api/cypher`, { query }));
  return parts;
}

const INGEST = `mutation ($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) { articleId status }
}`;

const article = (n: number) => ({
  title: `Wire ${n}: "Quotes", \`backticks\` and {braces}`,
  date: '2024-03-0' + String(n),
  source: 'Test Wire',
  url: `https://example.test/restart-${n}`,
  text: `France condemned Russia on Monday for strikes on Kyiv (report ${n}). Germany supplied tanks to Ukraine, officials said.`,
});

describe('restarting the server keeps everything', () => {
  let dataDir: string;
  let server: EntenteProcess | undefined;
  const start = async () => {
    server = await startEntente({
      NEO4J_URI: '',
      ENTENTE_DATA_DIR: dataDir,
      ENTENTE_API_TOKEN: TOKEN,
      ENTENTE_RATE_LIMIT_PER_MINUTE: '10000',
      ENTENTE_QUERY_ROW_CAP: '100000',
    });
    return server;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'entente-restart-'));
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('after a clean stop: samples, an ingested article, a rename and a deletion survive', async () => {
    const first = await start();
    expect(first.output()).toMatch(/Loaded the sample articles/);
    const [ingested] = (await gql(first, INGEST, { articles: [article(1), article(2)] }))
      ?.ingestArticles as { articleId: string; status: string }[];
    expect(ingested?.status).toBe('STORED');
    await gql(
      first,
      'mutation { renameEntity(id: "state:france", name: "French Republic") { id } }',
    );
    await gql(first, 'mutation ($id: ID!) { deleteArticle(id: $id) }', { id: ingested?.articleId });
    const before = await snapshot(first);
    expect(JSON.stringify(before)).toContain('French Republic');
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await start();
    expect(second.output()).not.toMatch(/Loaded the sample articles/);
    expect(await snapshot(second)).toEqual(before);
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 180_000);

  it('after kill -9 right after an acknowledged write: the write is there', async () => {
    const first = await start();
    const [stored] = (await gql(first, INGEST, { articles: [article(3)] }))?.ingestArticles as {
      articleId: string;
      status: string;
    }[];
    expect(stored?.status).toBe('STORED');
    const before = await snapshot(first);
    expect(await first.stop('SIGKILL')).toBe('SIGKILL');

    const second = await start();
    const after = await snapshot(second);
    expect(after).toEqual(before);
    const held = (await gql(second, 'query ($id: ID!) { article(id: $id) { id } }', {
      id: stored?.articleId,
    })) as { article: { id: string } | null };
    expect(held.article?.id).toBe(stored?.articleId);
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 180_000);
});
