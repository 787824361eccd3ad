/**
 * The HTTP server on a Neo4j store that loses Neo4j during work and gets it back (a fake driver
 * in this process: see test/unit/store/fakeNeo4jDriver.ts): it keeps answering, /healthz says
 * degraded with the reason, GraphQL and Cypher answer STORE_UNAVAILABLE, and once Neo4j is back
 * the same server and store answer again, without a restart.
 */
import { loadConfig } from '../../../server/config/loadConfig.js';
import { startServer } from '../../../server/http/startServer.js';
import type { RunningServer } from '../../../server/http/startServer.js';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { createNeo4jStore } from '../../../server/store/neo4j/createNeo4jStore.js';
import { createFakeNeo4j } from '../../unit/store/fakeNeo4jDriver.js';
import type { FakeNeo4j } from '../../unit/store/fakeNeo4jDriver.js';
import { readHealth } from '../helpers/readHealth.js';

const URI = 'bolt://neo4j.example.test:7687';
const TOKEN = 'lost-token-51c0';

interface GqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const ARTICLE = {
  title: 'Wire 1',
  date: '2024-03-01',
  source: 'Test Wire',
  url: 'https://example.test/lost-1',
  text: 'France condemned Russia on Monday for strikes on Kyiv. Germany supplied tanks to Ukraine.',
};

describe('the server while Neo4j is lost during work and comes back', () => {
  let fake: FakeNeo4j;
  let store: GraphStore;
  let server: RunningServer;

  const health = () => readHealth(server.url);
  const gql = async (query: string, variables = {}, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GqlBody };
  };
  const cypher = async (query: string) => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const articles = async () =>
    ((await gql('{ stats { articles } }')).body.data?.stats as { articles: number } | undefined)
      ?.articles;

  beforeAll(async () => {
    fake = createFakeNeo4j();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      NEO4J_URI: URI,
      ENTENTE_API_TOKEN: TOKEN,
      ENTENTE_RATE_LIMIT_PER_MINUTE: '10000',
    });
    store = await createNeo4jStore({
      uri: URI,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
      maxTransactionRetryMs: 1_000,
      createDriver: fake.createDriver,
    });
    server = await startServer(config, store);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('serves while Neo4j answers', async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', backend: 'neo4j', detail: URI },
    });
    const ingest = await gql(
      'mutation ($a: [ArticleInput!]!) { ingestArticles(articles: $a) { status } }',
      { a: [ARTICLE] },
      TOKEN,
    );
    expect(ingest.body.data).toEqual({ ingestArticles: [{ status: 'STORED' }] });
    expect(await articles()).toBe(1);
    expect((await cypher('RETURN 1 AS x')).status).toBe(200);
  });

  it('while Neo4j is lost: /healthz answers 503 degraded with the URI and what to do', async () => {
    fake.down('ServiceUnavailable');
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'degraded', backend: 'neo4j' });
    expect(body.detail).toContain(`Cannot reach Neo4j at ${URI}`);
    expect(body.detail).toContain('docker compose up neo4j');
  });

  it('while Neo4j is lost: GraphQL and Cypher answer STORE_UNAVAILABLE, the rest is served', async () => {
    // A query waits for the driver's retries; /healthz is answered meanwhile.
    const done: string[] = [];
    const pending = gql('{ stats { articles } entities(first: 5) { totalCount } }').finally(() =>
      done.push('graphql'),
    );
    expect((await health()).status).toBe(503);
    done.push('healthz');
    const { body } = await pending;
    expect(done).toEqual(['healthz', 'graphql']);
    expect(body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toContain(`Cannot reach Neo4j at ${URI}`);
    const mutation = await gql(
      'mutation { renameEntity(id: "state:france", name: "French Republic") { id } }',
      {},
      TOKEN,
    );
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    const query = await cypher('RETURN 1 AS x');
    expect(query.status).toBe(503);
    expect(query.body).toMatchObject({ error: { code: 'STORE_UNAVAILABLE' } });
    expect((await gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('when Neo4j is back: the same server answers again and /healthz is ok, without a restart', async () => {
    fake.up();
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', backend: 'neo4j', detail: URI },
    });
    expect(await articles()).toBe(1);
    expect((await cypher('RETURN 1 AS x')).body).toEqual({
      columns: ['x'],
      rows: [{ x: 1 }],
      truncated: false,
    });
    expect(fake.seen.drivers).toHaveLength(1);
  });
});
