/**
 * The one GraphStore contract, written once and run against every backend (embedded always,
 * Neo4j when NEO4J_URI is set). Each test gets an empty store from `open`.
 */
import fc from 'fast-check';
import { toRelationId } from '../../server/domain/ids.js';
import type { ArticleRecord, GraphStore } from '../../server/store/GraphStore.js';
import {
  article,
  entity,
  france,
  germany,
  iceland,
  macron,
  relation,
  russia,
  sampleArticles,
  turkiye,
  ukraine,
} from './storeFixtures.js';
import { storeSnapshot } from './storeSnapshot.js';

export interface ContractBackend {
  /** An empty store. */
  open(): Promise<GraphStore>;
  /** The same store again after close (persistence). */
  reopen(): Promise<GraphStore>;
}

const supplies = toRelationId('SUPPLIES', france.id, ukraine.id);
const condemns = toRelationId('CONDEMNS', france.id, russia.id);
const allies = toRelationId('ALLIES_WITH', turkiye.id, germany.id);
const represents = toRelationId('REPRESENTS', macron.id, france.id);
const limits = { timeoutMs: 5000, rowCap: 100 };

export function describeStoreContract(name: string, backend: ContractBackend): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await backend.open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('ingest', () => {
      it('stores articles, entities, claims and rolled-up relations', async () => {
        const outcomes = await store.ingest(sampleArticles());
        expect(outcomes.map((o) => ('status' in o ? o.status : o.error.message))).toEqual([
          'stored',
          'stored',
          'stored',
        ]);
        const stats = await store.stats();
        expect(stats.articles).toBe(3);
        expect(stats.claims).toBe(7);
        expect(stats.entitiesByKind).toEqual({ State: 5, Official: 1, Weapon: 1, Organization: 1 });
        expect(stats.relationsByType).toEqual({
          SUPPLIES: 1,
          CONDEMNS: 1,
          MEETS: 2,
          ALLIES_WITH: 2,
        });
      });

      it('changes nothing when the same articles are ingested again', async () => {
        await store.ingest(sampleArticles());
        const before = await storeSnapshot(store);
        const again = await store.ingest(sampleArticles());
        expect(again.map((o) => ('status' in o ? o.status : 'error'))).toEqual([
          'unchanged',
          'unchanged',
          'unchanged',
        ]);
        expect(await storeSnapshot(store)).toEqual(before);
      });

      it('rolls claims up exactly onto their relation', async () => {
        await store.ingest(sampleArticles());
        const [rel] = await store.getRelations([supplies]);
        expect(rel).toEqual({
          id: supplies,
          type: 'SUPPLIES',
          source: france.id,
          target: ukraine.id,
          claimCount: 2,
          articleCount: 2,
          sources: ['AP', 'Reuters'],
          firstSeen: '2024-01-10',
          lastSeen: '2024-02-20',
          statuses: ['asserted', 'alleged'],
          confidence: 0.65,
        });
      });

      it('stores a symmetric relation once whichever way round it is read', async () => {
        await store.ingest(sampleArticles());
        await store.ingest([
          article({
            id: 'b1',
            entities: [germany, turkiye],
            relations: [relation('ALLIES_WITH', germany, turkiye, 'Germany allied with Türkiye.')],
          }),
        ]);
        const rels = await store.getRelations([
          allies,
          toRelationId('ALLIES_WITH', germany.id, turkiye.id),
        ]);
        expect(new Set(rels.map((r) => r.id))).toEqual(new Set([allies]));
        expect(rels[0]?.claimCount).toBe(2);
      });

      it('keeps the sentence behind every claim, newest article first', async () => {
        await store.ingest(sampleArticles());
        const claims = (await store.claimsOf([supplies])).get(supplies) ?? [];
        expect(claims.map((c) => [c.articleId, c.quote, c.status])).toEqual([
          ['a2', 'Paris reportedly sends more jets to Kyiv.', 'alleged'],
          ['a1', 'France supplies Mirage jets to Ukraine.', 'asserted'],
        ]);
        expect(claims[1]).toMatchObject({
          start: 0,
          end: 39,
          confidence: 0.8,
          speaker: null,
          type: 'SUPPLIES',
        });
      });

      it('reports a bad article as a failure and stores the others, atomically', async () => {
        const bad = article({
          id: 'bad',
          entities: [france],
          relations: [relation('SUPPLIES', france, iceland, 'France supplies Iceland.')],
        });
        const outcomes = await store.ingest([bad, ...sampleArticles()]);
        expect('error' in outcomes[0]! && outcomes[0].error.message).toMatch(
          /not among its entities/,
        );
        expect(await store.getArticles(['bad'])).toEqual([]);
        expect((await store.stats()).articles).toBe(3);
      });

      it('regression: a new relation gets its edge when its endpoint already has an edge of another type', async () => {
        // Kuzu 0.11 returned wrong rows when a statement scanned claims created earlier in the
        // same transaction, so the CONDEMNS roll-up found no claim and the edge was never made.
        const norway = entity('State', 'Norway');
        const supplied = article({
          id: 'r1',
          entities: [norway, russia],
          relations: [relation('SUPPLIES', norway, russia, 'Norway supplied drones to Russia.')],
        });
        const condemned = article({
          id: 'r2',
          entities: [france, russia],
          relations: [relation('CONDEMNS', france, russia, 'France condemned Russia.')],
        });
        await store.ingest([supplied]);
        await store.ingest([condemned]);
        const [edge] = await store.getRelations([condemns]);
        expect(edge).toMatchObject({ id: condemns, claimCount: 1, articleCount: 1 });
        const subgraph = (await store.subgraphOfArticles(['r2'])).get('r2');
        expect(subgraph?.edges.map((e) => e.id)).toEqual([condemns]);
        expect((await store.stats()).relationsByType).toMatchObject({ SUPPLIES: 1, CONDEMNS: 1 });
      });

      it('stores a batch sharing entities and relations exactly as one article at a time', async () => {
        const records = [...sampleArticles(), ...sampleArticles().map((r, i) => renamed(r, i))];
        await store.ingest(records);
        const batched = await storeSnapshot(store);
        for (const record of records) await store.deleteArticle(record.article.id);
        for (const record of records) await store.ingest([record]);
        expect(await storeSnapshot(store)).toEqual(batched);
        expect((await store.stats()).articles).toBe(records.length);
      });

      it('links officials to the state they represent', async () => {
        await store.ingest(sampleArticles());
        const [official] = await store.getEntities([macron.id]);
        expect(official?.affiliation).toBe(france.id);
        const result = await store.runReadOnly(
          'MATCH (o:Official)-[:REPRESENTS]->(s:State) RETURN o.id AS official, s.id AS state',
          {},
          limits,
        );
        expect(result.rows).toEqual([{ official: macron.id, state: france.id }]);
      });
    });

    describe('replacement and deletion', () => {
      it('replaces a stored story edited under the same key and updates roll-ups exactly', async () => {
        await store.ingest(sampleArticles());
        const edited = article({
          id: 'a2-v2',
          key: 'key-a2',
          date: '2024-02-21',
          source: 'AP',
          entities: [france, ukraine],
          relations: [
            relation('SUPPLIES', france, ukraine, 'France sends jets to Ukraine.', {
              status: 'planned',
              confidence: 0.6,
            }),
          ],
        });
        const [outcome] = await store.ingest([edited]);
        expect(outcome).toEqual({
          articleId: 'a2-v2',
          status: 'replaced',
          replacedId: 'a2',
          claims: 1,
        });
        expect(await store.getArticles(['a2'])).toEqual([]);
        expect(await store.getRelations([condemns])).toEqual([]);
        const [rel] = await store.getRelations([supplies]);
        expect(rel).toMatchObject({
          claimCount: 2,
          lastSeen: '2024-02-21',
          statuses: ['asserted', 'planned'],
          confidence: 0.7,
        });
        expect((await store.getEntities([russia.id])).length).toBe(1);
      });

      it('deletes an article, its claims, relations left without claims and unmentioned entities', async () => {
        await store.ingest(sampleArticles());
        expect(await store.deleteArticle('a2')).toBe(true);
        expect(await store.getRelations([condemns])).toEqual([]);
        expect((await store.getRelations([supplies]))[0]).toMatchObject({
          claimCount: 1,
          articleCount: 1,
          sources: ['Reuters'],
          statuses: ['asserted'],
        });
        expect(await store.deleteArticle('a1')).toBe(true);
        expect(await store.getEntities([france.id, ukraine.id, macron.id])).toEqual([]);
        expect((await store.getEntities([russia.id])).length).toBe(1);
        expect(await store.deleteArticle('a1')).toBe(false);
        expect((await store.stats()).claims).toBe(3);
      });

      it('lists articles newest first with cursors', async () => {
        await store.ingest(sampleArticles());
        const first = await store.listArticles({ first: 2 });
        expect(first.items.map((a) => a.id)).toEqual(['a3', 'a2']);
        expect(first).toMatchObject({ hasNextPage: true, totalCount: 3 });
        const second = await store.listArticles({ first: 2, after: first.endCursor ?? undefined });
        expect(second.items.map((a) => a.id)).toEqual(['a1']);
        expect(second.hasNextPage).toBe(false);
        expect((await store.getArticles(['a1']))[0]).toMatchObject({
          title: 'Title a1',
          date: '2024-01-10',
          source: 'Reuters',
        });
      });
    });

    describe('reading the graph', () => {
      beforeEach(async () => {
        await store.ingest(sampleArticles());
      });

      it('gives the neighbourhood of an entity', async () => {
        const sub = await store.neighborhood({ id: france.id, depth: 1, limit: 50 });
        expect(sub.nodes.map((n) => n.id).sort()).toEqual(
          [france.id, macron.id, russia.id, ukraine.id].sort(),
        );
        expect(sub.edges.map((e) => e.id).sort()).toEqual([condemns, represents, supplies].sort());
        expect(sub.truncated).toBe(false);
        const two = await store.neighborhood({ id: france.id, depth: 2, limit: 50 });
        expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([germany.id, macron.id]));
      });

      it('filters the neighbourhood and reports truncation', async () => {
        const typed = await store.neighborhood({
          id: france.id,
          depth: 2,
          limit: 50,
          types: ['SUPPLIES'],
        });
        expect(typed.nodes.map((n) => n.id).sort()).toEqual([france.id, ukraine.id].sort());
        const alleged = await store.neighborhood({
          id: france.id,
          depth: 1,
          limit: 50,
          statuses: ['alleged'],
        });
        expect(alleged.edges.map((e) => e.id)).toEqual([supplies]);
        const kinds = await store.neighborhood({
          id: ukraine.id,
          depth: 1,
          limit: 50,
          kinds: ['Official'],
        });
        expect(kinds.nodes.map((n) => n.id).sort()).toEqual([macron.id, ukraine.id].sort());
        const late = await store.neighborhood({
          id: france.id,
          depth: 1,
          limit: 50,
          from: '2024-02-01',
        });
        expect(late.edges.map((e) => e.id).sort()).toEqual([condemns, supplies].sort());
        const early = await store.neighborhood({
          id: france.id,
          depth: 1,
          limit: 50,
          to: '2024-01-31',
        });
        expect(early.edges.map((e) => e.id)).toEqual([supplies]);
        const limited = await store.neighborhood({ id: france.id, depth: 2, limit: 2 });
        expect(limited.nodes).toHaveLength(2);
        expect(limited.truncated).toBe(true);
        // Two edges of three: none of France's neighbours is left without the edge to it.
        const all = await store.neighborhood({ id: france.id, depth: 1, limit: 50 });
        const capped = await store.neighborhood({
          id: france.id,
          depth: 1,
          limit: 50,
          edgeLimit: 2,
        });
        expect(capped.edges).toEqual(all.edges.slice(0, 2));
        expect(capped.truncated).toBe(true);
        const fewNodes = await store.neighborhood({
          id: france.id,
          depth: 2,
          limit: 3,
          edgeLimit: 2,
        });
        for (const node of fewNodes.nodes.filter((n) => n.id !== france.id)) {
          const linked = fewNodes.edges.some((e) => e.source === node.id || e.target === node.id);
          expect({ node: node.id, linked }).toEqual({ node: node.id, linked: true });
        }
        expect(await store.neighborhood({ id: 'state:nowhere', depth: 1, limit: 5 })).toEqual({
          nodes: [],
          edges: [],
          truncated: false,
        });
      });

      it('bounds a hub neighbourhood: the strongest neighbours first, truncated when cut', async () => {
        const hub = entity('State', 'Hubland');
        const spokes = [1, 2, 3, 4, 5, 6].map((i) => entity('State', `Spoke ${i}`));
        const records: ArticleRecord[] = [];
        spokes.forEach((spoke, index) => {
          // Spoke i has i claims with the hub; odd spokes point at the hub, even ones away.
          const [source, target] = index % 2 === 0 ? [spoke, hub] : [hub, spoke];
          for (let n = 0; n <= index; n += 1) {
            const sentence = `${source.name} condemns ${target.name} (${n}).`;
            records.push(
              article({
                id: `star-${index}-${n}`,
                entities: [hub, spoke],
                relations: [relation('CONDEMNS', source, target, sentence)],
              }),
            );
          }
          const leaves = ['a', 'b'].map((leaf) => entity('State', `Leaf ${index + 1}${leaf}`));
          records.push(
            article({
              id: `star-leaves-${index}`,
              entities: [spoke, ...leaves],
              relations: leaves.map((leaf) =>
                relation('SUPPLIES', spoke, leaf, `${spoke.name} supplies ${leaf.name}.`),
              ),
            }),
          );
        });
        await store.ingest(records);
        const strongest = [hub, spokes[5], spokes[4], spokes[3]].map((e) => e?.id).sort();
        const bounded = await store.neighborhood({ id: hub.id, depth: 2, limit: 4 });
        expect(bounded.nodes.map((n) => n.id).sort()).toEqual(strongest);
        expect(bounded.truncated).toBe(true);
        expect(bounded.edges.map((e) => e.claimCount).sort()).toEqual([4, 5, 6]);
        const wider = await store.neighborhood({ id: hub.id, depth: 2, limit: 10 });
        expect(wider.nodes.length).toBeLessThanOrEqual(10);
        expect(wider.nodes.map((n) => n.id)).toEqual(
          expect.arrayContaining(spokes.map((s) => s.id)),
        );
        expect(wider.truncated).toBe(true);
        const whole = await store.neighborhood({ id: hub.id, depth: 2, limit: 100 });
        expect(whole.nodes).toHaveLength(1 + 6 + 12);
        expect(whole.edges).toHaveLength(6 + 12);
        expect(whole.truncated).toBe(false);
        const firstHop = await store.neighborhood({ id: hub.id, depth: 1, limit: 100 });
        expect(firstHop.nodes).toHaveLength(7);
        expect(firstHop.truncated).toBe(false);
      });

      it('finds shortest paths, and none between unconnected entities', async () => {
        const paths = await store.paths({
          from: france.id,
          to: germany.id,
          maxLength: 4,
          limit: 5,
        });
        expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
          [france.id, russia.id, germany.id],
        ]);
        expect(paths[0]?.edges.map((e) => e.id)).toEqual([
          condemns,
          toRelationId('MEETS', germany.id, russia.id),
        ]);
        expect(
          await store.paths({ from: france.id, to: germany.id, maxLength: 1, limit: 5 }),
        ).toEqual([]);
        expect(
          await store.paths({
            from: france.id,
            to: germany.id,
            maxLength: 4,
            limit: 5,
            types: ['SUPPLIES'],
          }),
        ).toEqual([]);
        await store.ingest([article({ id: 'lonely', entities: [iceland], relations: [] })]);
        expect(
          await store.paths({ from: france.id, to: iceland.id, maxLength: 6, limit: 5 }),
        ).toEqual([]);
      });

      it('walks REPRESENTS edges from officials to their state, with no claims, unless the types leave them out', async () => {
        const link = {
          id: represents,
          type: 'REPRESENTS',
          source: macron.id,
          target: france.id,
          claimCount: 0,
          articleCount: 0,
          sources: [],
          firstSeen: null,
          lastSeen: null,
          statuses: [],
          confidence: 0,
        };
        const paths = await store.paths({ from: macron.id, to: russia.id, maxLength: 4, limit: 5 });
        expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
          [macron.id, france.id, russia.id],
        ]);
        expect(paths[0]?.edges).toEqual([link, expect.objectContaining({ id: condemns })]);
        const typed = { from: macron.id, to: russia.id, maxLength: 4, limit: 5 };
        expect(await store.paths({ ...typed, types: ['CONDEMNS', 'MEETS'] })).toEqual([]);
        expect(
          (await store.paths({ ...typed, types: ['CONDEMNS', 'REPRESENTS'] })).map((p) =>
            p.edges.map((e) => e.id),
          ),
        ).toEqual([[represents, condemns]]);
        expect(await store.getRelations([represents])).toEqual([link]);
        expect((await store.claimsOf([represents])).get(represents)).toEqual([]);
        const into = await store.relationsOf([france.id], {}, 'IN');
        expect(into.get(france.id)?.map((r) => r.id)).toEqual([represents]);
        const out = await store.relationsOf([macron.id], { types: ['REPRESENTS'] }, 'BOTH');
        expect(out.get(macron.id)).toEqual([link]);
        const claimsOnly = await store.neighborhood({
          id: macron.id,
          depth: 1,
          limit: 50,
          types: ['MEETS'],
        });
        expect(claimsOnly.edges.map((e) => e.id)).toEqual([
          toRelationId('MEETS', macron.id, ukraine.id),
        ]);
        const asserted = await store.neighborhood({
          id: macron.id,
          depth: 1,
          limit: 50,
          statuses: ['asserted'],
        });
        expect(asserted.edges.map((e) => e.id)).not.toContain(represents);
        expect(Object.keys((await store.stats()).relationsByType).sort()).toEqual(
          ['ALLIES_WITH', 'CONDEMNS', 'MEETS', 'SUPPLIES'].sort(),
        );
        expect((await store.listRelations({ types: ['REPRESENTS'] }, { first: 10 })).items).toEqual(
          [],
        );
      });

      it('searches names and aliases ignoring case and accents, prefix then fuzzy', async () => {
        const ids = async (text: string, kinds?: ('State' | 'Official')[]) =>
          (await store.search(text, kinds, 5)).map((e) => e.id);
        expect(await ids('FRANCE')).toEqual([france.id]);
        expect((await ids('fr'))[0]).toBe(france.id);
        expect(await ids('turkiye')).toEqual([turkiye.id]);
        expect(await ids('Turkey')).toEqual([turkiye.id]);
        expect(await ids('russian federation')).toEqual([russia.id]);
        expect(await ids('Ukrane')).toEqual([ukraine.id]);
        expect(await ids('macron', ['State'])).toEqual([]);
        expect(await ids('macron')).toEqual([macron.id]);
        expect(await ids('zzzzzz')).toEqual([]);
      });

      it('counts degrees, lists relations and entities, and finds what articles mention', async () => {
        const degrees = await store.degrees([france.id, iceland.id]);
        expect(degrees.get(france.id)).toBe(2);
        expect(degrees.get(iceland.id)).toBe(0);
        const page = await store.listRelations({ minClaims: 2 }, { first: 10 });
        expect(page.items.map((r) => r.id)).toEqual([supplies]);
        const denied = await store.listRelations({ statuses: ['denied'] }, { first: 10 });
        expect(denied.items.map((r) => r.id)).toEqual([
          toRelationId('MEETS', germany.id, russia.id),
        ]);
        const officials = await store.listEntities('Official', { first: 10 });
        expect(officials.items.map((e) => e.id)).toEqual([macron.id]);
        const mentioning = await store.articlesMentioning([russia.id]);
        expect(mentioning.get(russia.id)?.map((a) => a.id)).toEqual(['a3', 'a2']);
        const sub = (await store.subgraphOfArticles(['a1'])).get('a1');
        expect(sub?.edges.map((e) => e.id).sort()).toEqual(
          [supplies, toRelationId('MEETS', macron.id, ukraine.id)].sort(),
        );
        const rels = await store.relationsOf([ukraine.id], {}, 'IN');
        expect(
          rels
            .get(ukraine.id)
            ?.map((r) => r.id)
            .sort(),
        ).toEqual([supplies, toRelationId('MEETS', macron.id, ukraine.id)].sort());
      });
    });

    describe('analyst corrections', () => {
      const paris = entity('State', 'Paris Government');
      const parisArticle = article({
        id: 'p1',
        date: '2024-04-01',
        entities: [paris, ukraine],
        relations: [
          relation('SUPPLIES', paris, ukraine, 'The Paris government ships shells to Ukraine.'),
        ],
      });

      it('merges entities and keeps the merge when the article is ingested again', async () => {
        await store.ingest([...sampleArticles(), parisArticle]);
        const kept = await store.mergeEntities(france.id, paris.id);
        expect(kept.aliases).toContain('Paris Government');
        expect(await store.getEntities([paris.id])).toEqual([]);
        expect((await store.getRelations([supplies]))[0]?.claimCount).toBe(3);
        await store.deleteArticle('p1');
        expect((await store.getRelations([supplies]))[0]?.claimCount).toBe(2);
        await store.ingest([parisArticle]);
        expect(await store.getEntities([paris.id])).toEqual([]);
        expect((await store.getRelations([supplies]))[0]?.claimCount).toBe(3);
      });

      it('renames an entity and keeps the name when its articles are ingested again', async () => {
        await store.ingest(sampleArticles());
        const renamed = await store.renameEntity(france.id, 'French Republic (FR)');
        expect(renamed.name).toBe('French Republic (FR)');
        expect(renamed.aliases).toContain('France');
        await store.deleteArticle('a1');
        await store.deleteArticle('a2');
        expect(await store.getEntities([france.id])).toEqual([]);
        await store.ingest(sampleArticles());
        expect((await store.getEntities([france.id]))[0]?.name).toBe('French Republic (FR)');
        await expect(store.renameEntity('state:nowhere', 'X')).rejects.toMatchObject({
          code: 'NOT_FOUND',
        });
      });
    });

    describe('read-only Cypher', () => {
      beforeEach(async () => {
        await store.ingest(sampleArticles());
      });

      it('returns columns, rows, nodes and relationships', async () => {
        const result = await store.runReadOnly(
          'MATCH (s:State)-[r:SUPPLIES]->(t:State) WHERE s.id = $id RETURN s, r, t.name AS target',
          { id: france.id },
          limits,
        );
        expect(result.columns).toEqual(['s', 'r', 'target']);
        expect(result.truncated).toBe(false);
        expect(result.rows).toEqual([
          {
            s: expect.objectContaining({
              kind: 'node',
              labels: expect.arrayContaining(['State']),
              properties: expect.objectContaining({ id: france.id }),
            }),
            r: expect.objectContaining({
              kind: 'relationship',
              type: 'SUPPLIES',
              properties: expect.objectContaining({ claimCount: 2 }),
            }),
            target: 'Ukraine',
          },
        ]);
      });

      const plainWrites = [
        "CREATE (:State {id: 'state:x', name: 'X'})",
        "MERGE (:State {id: 'state:x'})",
        "MATCH (s:State) SET s.name = 'hacked'",
        "MATCH (a:Article {id: 'a1'}) DETACH DELETE a",
        'MATCH (:Article)-[m:MENTIONS]->() DELETE m',
      ];
      const obfuscatedWrites = [
        "/* just reading */ cReAtE (:State {id: 'state:x'})",
        "// comment\nMATCH (s:State)\n  sEt s.name = 'hacked'",
        'MATCH (s:State) RETURN s; MATCH (n) DETACH DELETE n',
        "MATCH (n) RETURN n LIMIT 1 UNION MATCH (s:State) SET s.name = 'x' RETURN s",
        'MATCH (n:Article) WITH n DETACH DELETE n RETURN 1 AS x',
        "\\u0043REATE (:State {id: 'state:x'})",
        "CREATE (:State {id: 'state:\\u0078'})",
        'COMMIT',
        'MATCH (s:Official) REMOVE s.affiliation',
      ];
      const otherRefusals = [
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "LOAD FROM '/etc/passwd' (header=false) RETURN *",
        "COPY (MATCH (s:State) RETURN s.id) TO '/tmp/entente-leak.csv'",
        'CALL show_tables() RETURN *',
        'CALL db.labels()',
        'CREATE INDEX x IF NOT EXISTS FOR (s:State) ON (s.name)',
        'DROP TABLE State',
        'CREATE NODE TABLE Evil(id STRING PRIMARY KEY)',
        'ALTER TABLE State ADD evil STRING',
      ];

      it.each(plainWrites)('refuses the write %j with READ_ONLY_VIOLATION', async (query) => {
        const before = await storeSnapshot(store);
        await expect(store.runReadOnly(query, {}, limits)).rejects.toMatchObject({
          code: 'READ_ONLY_VIOLATION',
        });
        expect(await storeSnapshot(store)).toEqual(before);
      });

      it.each([...obfuscatedWrites, ...otherRefusals])(
        'refuses %j and leaves the graph unchanged',
        async (query) => {
          const before = await storeSnapshot(store);
          await expect(store.runReadOnly(query, {}, limits)).rejects.toMatchObject({
            code: expect.stringMatching(/^(READ_ONLY_VIOLATION|BAD_USER_INPUT)$/),
          });
          expect(await storeSnapshot(store)).toEqual(before);
        },
      );

      it('caps rows and says so', async () => {
        const result = await store.runReadOnly(
          'UNWIND range(1, 50) AS x RETURN x',
          {},
          { timeoutMs: 5000, rowCap: 10 },
        );
        expect(result.rows).toHaveLength(10);
        expect(result.truncated).toBe(true);
      });

      it('stops a runaway query with QUERY_TIMEOUT', async () => {
        const runaway =
          'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a + b = -1 RETURN count(*) AS n';
        await expect(
          store.runReadOnly(runaway, {}, { timeoutMs: 300, rowCap: 10 }),
        ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
        expect((await store.stats()).articles).toBe(3);
      });

      it('reports a malformed query as bad input', async () => {
        await expect(store.runReadOnly('MATCH (n RETURN n', {}, limits)).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
        });
      });
    });

    it('keeps everything across close and reopen', async () => {
      await store.ingest(sampleArticles());
      await store.mergeEntities(russia.id, entity('State', 'Iceland').id).catch(() => undefined);
      const before = await storeSnapshot(store);
      await store.close();
      store = await backend.reopen();
      expect(await storeSnapshot(store)).toEqual(before);
      expect((await store.health()).ok).toBe(true);
    });

    describe('properties', () => {
      const names = ['France', 'Ukraine', 'Russia', 'Germany', 'Iceland', 'Chile'] as const;
      const kinds = ['State', 'Organization'] as const;
      const types = ['SUPPLIES', 'CONDEMNS', 'MEETS', 'ALLIES_WITH'] as const;
      const arbArticle = (id: string) =>
        fc
          .record({
            names: fc.uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 4 }),
            kind: fc.constantFrom(...kinds),
            rels: fc.array(
              fc.tuple(
                fc.nat(3),
                fc.nat(3),
                fc.constantFrom(...types),
                fc.constantFrom('asserted', 'alleged', 'denied', 'planned' as const),
                fc.integer({ min: 1, max: 10 }),
              ),
              { maxLength: 4 },
            ),
            date: fc.constantFrom('2024-01-01', '2024-06-30', null),
            alias: fc.constantFrom('', 'The Republic', 'Land'),
          })
          .map((spec) => {
            const ents = spec.names.map((n) =>
              entity(spec.kind, n, spec.alias ? [`${n} ${spec.alias}`] : []),
            );
            const rels = spec.rels
              .map(([s, t, type, status, c], i) => ({
                s: ents[s % ents.length]!,
                t: ents[t % ents.length]!,
                type,
                status,
                c,
                i,
              }))
              .filter((r) => r.s.id !== r.t.id)
              .map((r) =>
                relation(r.type, r.s, r.t, `${r.s.name} and ${r.t.name}, sentence ${r.i}.`, {
                  status: r.status,
                  confidence: r.c / 10,
                  start: r.i * 50,
                }),
              );
            return article({ id, date: spec.date, entities: ents, relations: rels });
          });

      it('ingest then delete leaves the store as before', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(arbArticle('base'), { minLength: 1, maxLength: 3 }),
            arbArticle('extra'),
            async (bases, extra) => {
              const records = bases.map((b, i) => ({
                ...b,
                article: { ...b.article, id: `base-${i}` },
                key: `base-${i}`,
              }));
              await store.ingest(records);
              const before = await storeSnapshot(store);
              await store.ingest([extra]);
              await store.deleteArticle('extra');
              expect(await storeSnapshot(store)).toEqual(before);
              for (const record of records) await store.deleteArticle(record.article.id);
              expect((await store.stats()).articles).toBe(0);
              expect((await store.listEntities(undefined, { first: 10 })).totalCount).toBe(0);
            },
          ),
          { numRuns: 8 },
        );
      }, 120_000);

      // Known failure on the embedded store: after every article is deleted and the same graph is
      // ingested again in another order, some relation edges are missing (Kuzu 0.11 relationship
      // tables misbehave when edges deleted earlier are merged again). Kept visible until fixed.
      it('ingest order does not change the final graph', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(arbArticle('x'), { minLength: 2, maxLength: 4 }),
            fc.integer({ min: 1, max: 1000 }),
            async (specs, seed) => {
              const records = specs.map((s, i) => ({
                ...s,
                article: { ...s.article, id: `o-${i}` },
                key: `o-${i}`,
              }));
              const shuffled = [...records].sort(
                (a, b) => ((hash(a.article.id) * seed) % 97) - ((hash(b.article.id) * seed) % 97),
              );
              await store.ingest(records);
              const forward = await storeSnapshot(store);
              for (const record of records) await store.deleteArticle(record.article.id);
              await store.ingest(shuffled);
              expect(await storeSnapshot(store)).toEqual(forward);
              for (const record of records) await store.deleteArticle(record.article.id);
            },
          ),
          { numRuns: 8 },
        );
      }, 120_000);
    });
  });
}

/** The same story under another article id and key, so that it adds claims to the same relations. */
function renamed(record: ArticleRecord, index: number): ArticleRecord {
  const id = `copy-${index}`;
  return {
    ...record,
    article: { ...record.article, id, date: '2024-05-0' + (index + 1) },
    key: id,
  };
}

function hash(text: string): number {
  return [...text].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7) % 1009;
}
