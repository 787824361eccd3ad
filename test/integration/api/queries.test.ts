import { startTestServer } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

async function data(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('GraphQL queries over the sample articles', () => {
  it('search finds North Korea by alias, case- and accent-insensitively', async () => {
    const result = await data('{ search(text: "DPRK", first: 5) { id name kind aliases } }');
    expect(result.search[0]).toMatchObject({ id: 'state:north-korea', kind: 'STATE' });
    const accented = await data('{ search(text: "nörth kor") { id } }');
    expect(accented.search.map((e: { id: string }) => e.id)).toContain('state:north-korea');
    const kinds = await data('{ search(text: "korea", kinds: [OFFICIAL]) { kind } }');
    expect(kinds.search.every((e: { kind: string }) => e.kind === 'OFFICIAL')).toBe(true);
  });

  it('entity has kind, degree, affiliation, relations and articles', async () => {
    const { entity } = await data(`{
      entity(id: "official:antony-blinken") {
        name kind degree affiliation { id kind }
        relations(first: 50) {
          totalCount nodes { id type symmetric claimCount source { id } target { id } }
        }
        articles { id title }
      }
    }`);
    expect(entity).toMatchObject({ name: 'Antony Blinken', kind: 'OFFICIAL' });
    expect(entity.affiliation).toEqual({ id: 'state:united-states', kind: 'STATE' });
    const represents = entity.relations.nodes.filter(
      (r: { type: string }) => r.type === 'REPRESENTS',
    );
    expect(represents).toEqual([
      {
        id: 'REPRESENTS:official:antony-blinken->state:united-states',
        type: 'REPRESENTS',
        symmetric: false,
        claimCount: 0,
        source: { id: 'official:antony-blinken' },
        target: { id: 'state:united-states' },
      },
    ]);
    // The degree counts claim relations only.
    expect(entity.degree).toBe(entity.relations.totalCount - 1);
    expect(entity.articles.length).toBeGreaterThan(0);
    const meets = entity.relations.nodes.filter((r: { type: string }) => r.type === 'MEETS');
    expect(meets.every((r: { symmetric: boolean }) => r.symmetric)).toBe(true);
  });

  it('entity of an unknown id is null, not an error', async () => {
    expect((await data('{ entity(id: "state:atlantis") { id } }')).entity).toBeNull();
  });

  it('relations of an entity filter by type and direction', async () => {
    const { entity } = await data(`{
      entity(id: "state:russia") {
        relations(types: [SUPPLIES], direction: IN) { nodes { type source { id } target { id } } }
      }
    }`);
    expect(entity.relations.nodes.length).toBeGreaterThan(0);
    for (const relation of entity.relations.nodes) {
      expect(relation).toMatchObject({ type: 'SUPPLIES', target: { id: 'state:russia' } });
    }
    const suppliers = entity.relations.nodes.map((r: { source: { id: string } }) => r.source.id);
    expect(suppliers).toContain('state:north-korea');
  });

  it('a relation carries its claims with quotes, statuses and articles', async () => {
    const { relations } = await data(`{
      relations(types: [SUPPLIES], first: 5) {
        nodes {
          id type claimCount articleCount sources firstSeen lastSeen statuses confidence
          claims(first: 2) { id quote start end status confidence article { id title date source url } }
        }
      }
    }`);
    const relation = relations.nodes[0];
    expect(relation.claimCount).toBeGreaterThanOrEqual(relation.claims.length);
    expect(relation.claims[0].quote.length).toBeGreaterThan(10);
    expect(['ASSERTED', 'ALLEGED', 'DENIED', 'PLANNED']).toContain(relation.claims[0].status);
    expect(relation.claims[0].article.title).toEqual(expect.any(String));
  });

  it('relations filter by status and minimum claims', async () => {
    const { relations } = await data(
      '{ relations(minClaims: 2, statuses: [ASSERTED], first: 50) { nodes { claimCount statuses } } }',
    );
    for (const relation of relations.nodes) {
      expect(relation.claimCount).toBeGreaterThanOrEqual(2);
      expect(relation.statuses).toContain('ASSERTED');
    }
  });

  it('neighborhood of North Korea holds Russia and respects depth and kinds', async () => {
    const one = await data(
      '{ neighborhood(id: "state:north-korea", depth: 1) { truncated nodes { id } edges { source { id } target { id } } } }',
    );
    const ids = one.neighborhood.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['state:north-korea', 'state:russia']));
    const two = await data('{ neighborhood(id: "state:north-korea", depth: 2) { nodes { id } } }');
    expect(two.neighborhood.nodes.length).toBeGreaterThanOrEqual(ids.length);
    const states = await data(
      '{ neighborhood(id: "state:north-korea", depth: 1, kinds: [STATE]) { nodes { kind } } }',
    );
    expect(states.neighborhood.nodes.every((n: { kind: string }) => n.kind === 'STATE')).toBe(true);
  });

  it('neighborhood deeper than 3 or of an unknown entity is refused with a code', async () => {
    const deep = await server.gql(
      '{ neighborhood(id: "state:north-korea", depth: 4) { nodes { id } } }',
    );
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await server.gql('{ neighborhood(id: "state:atlantis") { nodes { id } } }');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('paths link Antony Blinken to North Korea and start and end at the right entities', async () => {
    const { paths } = await data(`{
      paths(from: "official:antony-blinken", to: "state:russia", maxLength: 3) {
        length nodes { id } edges { type }
      }
    }`);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('official:antony-blinken');
      expect(path.nodes.at(-1).id).toBe('state:russia');
      expect(path.edges).toHaveLength(path.length);
    }
  });

  it('paths from Antony Blinken to Kim Jong Un go through North Korea, which Kim represents', async () => {
    const { paths } = await data(`{
      paths(from: "official:antony-blinken", to: "official:kim-jong-un") {
        length nodes { id } edges { id type claimCount source { id } target { id } }
      }
    }`);
    expect(paths.length).toBeGreaterThan(0);
    const viaNorthKorea = paths.find(
      (path: { nodes: { id: string }[] }) => path.nodes[1]?.id === 'state:north-korea',
    );
    expect(viaNorthKorea?.length).toBe(2);
    expect(viaNorthKorea?.nodes.map((n: { id: string }) => n.id)).toEqual([
      'official:antony-blinken',
      'state:north-korea',
      'official:kim-jong-un',
    ]);
    expect(viaNorthKorea?.edges[0]).toMatchObject({
      type: 'CONDEMNS',
      source: { id: 'official:antony-blinken' },
    });
    expect(viaNorthKorea?.edges[1]).toEqual({
      id: 'REPRESENTS:official:kim-jong-un->state:north-korea',
      type: 'REPRESENTS',
      claimCount: 0,
      source: { id: 'official:kim-jong-un' },
      target: { id: 'state:north-korea' },
    });
    const claimsOnly = await data(`{
      paths(from: "official:antony-blinken", to: "official:kim-jong-un",
        types: [SUPPLIES, CONDEMNS, MEETS, ALLIES_WITH]) { length }
    }`);
    expect(claimsOnly.paths).toEqual([]);
  });

  it('relation by id carries its claims in one request; a REPRESENTS link has none', async () => {
    const { relation } = await data(`{
      relation(id: "SUPPLIES:state:north-korea->state:russia") {
        id type claimCount source { id } target { id }
        claims(first: 50) { quote status article { title } }
      }
    }`);
    expect(relation).toMatchObject({
      type: 'SUPPLIES',
      source: { id: 'state:north-korea' },
      target: { id: 'state:russia' },
    });
    expect(relation.claims.length).toBe(relation.claimCount);
    expect(relation.claims[0].quote.length).toBeGreaterThan(10);
    const link = await data(`{
      relation(id: "REPRESENTS:official:kim-jong-un->state:north-korea") {
        type claimCount claims { id }
      }
    }`);
    expect(link.relation).toEqual({ type: 'REPRESENTS', claimCount: 0, claims: [] });
    for (const id of ['SUPPLIES:state:russia->state:atlantis', 'not an id']) {
      expect(
        (await data('query ($id: ID!) { relation(id: $id) { id } }', { id })).relation,
      ).toBeNull();
    }
  });

  it('paths between entities with no connection are an empty list, not an error', async () => {
    const { entities } = await data(
      '{ entities(first: 100) { nodes { id relations { totalCount } } } }',
    );
    const isolated = entities.nodes.find(
      (e: { relations: { totalCount: number } }) => e.relations.totalCount === 0,
    );
    expect(isolated).toBeDefined();
    const { paths } = await data(
      'query ($to: ID!) { paths(from: "state:north-korea", to: $to) { length } }',
      { to: isolated.id },
    );
    expect(paths).toEqual([]);
  });

  it('articles and article show titles, text, entities and relations', async () => {
    const { articles } = await data(
      '{ articles(first: 10) { totalCount nodes { id title date } } }',
    );
    expect(articles.totalCount).toBe(2);
    const { article } = await data(
      'query ($id: ID!) { article(id: $id) { id title text entities { id } relations { type } } }',
      { id: articles.nodes[0].id },
    );
    expect(article.text.length).toBeGreaterThan(500);
    expect(article.entities.length).toBeGreaterThan(3);
    expect(article.relations.length).toBeGreaterThan(0);
    expect((await data('{ article(id: "nope") { id } }')).article).toBeNull();
  });

  it('stats count entities by kind and relations by type', async () => {
    const { stats } = await data(
      '{ stats { articles claims entities relations entitiesByKind { kind count } relationsByType { type count } } }',
    );
    expect(stats.articles).toBe(2);
    expect(stats.entitiesByKind).toHaveLength(4);
    const sum = stats.entitiesByKind.reduce((t: number, k: { count: number }) => t + k.count, 0);
    expect(sum).toBe(stats.entities);
  });

  it('blocs put South Korea and the United States apart from North Korea and Russia', async () => {
    const { blocs } = await data('{ blocs { id cohesion members { id kind } } }');
    const blocOf = (id: string) =>
      blocs.find((b: { members: { id: string }[] }) => b.members.some((m) => m.id === id))?.id;
    expect(blocOf('state:south-korea')).toBeDefined();
    expect(blocOf('state:south-korea')).toBe(blocOf('state:united-states'));
    expect(blocOf('state:north-korea')).not.toBe(blocOf('state:south-korea'));
    for (const bloc of blocs) {
      expect(bloc.cohesion).toBeGreaterThanOrEqual(0);
      expect(bloc.cohesion).toBeLessThanOrEqual(1);
      expect(bloc.members.every((m: { kind: string }) => m.kind === 'STATE')).toBe(true);
    }
  });

  it('previewExtraction extracts without storing', async () => {
    const before = await data('{ stats { articles claims } }');
    const { previewExtraction } = await data(
      'query ($text: String!) { previewExtraction(text: $text) { entities { id kind } relations { type source target sentence } diagnostics } }',
      { text: 'North Korea has been supplying artillery shells to Russia, officials said.' },
    );
    const ids = previewExtraction.entities.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['state:north-korea', 'state:russia']));
    expect(previewExtraction.relations[0]).toMatchObject({
      type: 'SUPPLIES',
      source: 'state:north-korea',
    });
    expect(await data('{ stats { articles claims } }')).toEqual(before);
  });
});
