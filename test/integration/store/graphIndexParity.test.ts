/**
 * The embedded store walks neighbourhoods, finds paths and finds entities in its in-memory graph
 * index. The index must answer exactly what the database answers, after every kind of write: two
 * stores over one database, one reading the index and one reading the database, are compared on
 * many neighbourhoods and paths of a generated graph (hubs, officials with affiliations, every relation type
 * and status, dates over years) before and after ingests, deletes, merges and renames.
 */
import { rm } from 'node:fs/promises';
import { generateGraph } from '../../../bench/graph/generateGraph.js';
import type {
  ArticleRecord,
  GraphPath,
  GraphStore,
  NeighborhoodRequest,
  PathRequest,
} from '../../../server/store/GraphStore.js';
import { createCypherStore } from '../../../server/store/core/createCypherStore.js';
import { applyKuzuSchema } from '../../../server/store/kuzu/applyKuzuSchema.js';
import { createKuzuRunner } from '../../../server/store/kuzu/createKuzuRunner.js';
import type { KuzuRunner } from '../../../server/store/kuzu/createKuzuRunner.js';
import { makeTempDir } from '../helpers/ingestKit.js';

const graph = generateGraph({ entities: 300, claims: 3_000, seed: 11, batchSize: 50 });
const batches = [...graph.batches()];
const firstHalf = batches.slice(0, batches.length / 2).flat();
const secondHalf = batches.slice(batches.length / 2).flat();

/** Centres: the busiest entities (the states come first) and a spread of the others. */
const centres = [
  ...graph.entities.slice(0, 6),
  ...graph.entities.filter((_, index) => index % 23 === 7),
].map((entity) => entity.id);

/** Filters and bounds each centre is walked with. */
const shapes: Omit<NeighborhoodRequest, 'id'>[] = [
  { depth: 1, limit: 200 },
  { depth: 2, limit: 40 },
  { depth: 2, limit: 400, edgeLimit: 60 },
  { depth: 3, limit: 25 },
  { depth: 2, limit: 100, types: ['SUPPLIES', 'REPRESENTS'] },
  { depth: 2, limit: 100, types: ['REPRESENTS'] },
  { depth: 2, limit: 100, statuses: ['alleged', 'denied'], kinds: ['State', 'Official'] },
  { depth: 2, limit: 100, minClaims: 2, from: '2018-01-01', to: '2021-12-31' },
];

/** Each step compares a few hundred views on both sides. */
const STEP_MS = 120_000;

/** Bounds and edge types paths are searched with. */
const pathShapes: Omit<PathRequest, 'from' | 'to' | 'limit'>[] = [
  { maxLength: 4 },
  { maxLength: 2 },
  { maxLength: 5, types: ['MEETS', 'REPRESENTS'] },
  { maxLength: 3, types: ['CONDEMNS'] },
];

describe('the in-memory graph index of the embedded store', () => {
  let dataDir = '';
  let runner: KuzuRunner;
  let indexed: GraphStore;
  let database: GraphStore;

  beforeAll(async () => {
    dataDir = makeTempDir('graph-index');
    runner = await createKuzuRunner({ dataDir, queryTimeoutMs: 60_000, readers: 2 });
    await runner.write(applyKuzuSchema);
    // No result cache on either side: every read below is answered afresh.
    indexed = createCypherStore(runner, { cachedNeighborhoods: 0 });
    database = createCypherStore(runner, { cachedNeighborhoods: 0, indexGraph: false });
  });
  afterAll(async () => {
    await runner.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const expectSameAnswers = async (): Promise<void> => {
    const ids = graph.entities.map((entity) => entity.id);
    expect(await indexed.getEntities(ids)).toEqual(await database.getEntities(ids));
    let edges = 0;
    for (const id of centres) {
      for (const shape of shapes) {
        const request = { id, ...shape };
        const fromIndex = await indexed.neighborhood(request);
        expect({ request, ...fromIndex }).toEqual({
          request,
          ...(await database.neighborhood(request)),
        });
        edges += fromIndex.edges.length;
      }
    }
    // The comparison is of real views, not of empty ones.
    expect(edges).toBeGreaterThan(centres.length * shapes.length);
    await expectSamePaths();
    // Every entity with all its edges: no edge is missing or left over anywhere.
    for (const id of ids) {
      const request = { id, depth: 1, limit: 1_000 };
      expect(await indexed.neighborhood(request)).toEqual(await database.neighborhood(request));
    }
  };

  const expectSamePaths = async (): Promise<void> => {
    const key = (path: GraphPath): string => path.edges.map((edge) => edge.id).join('|');
    let found = 0;
    for (const [index, from] of centres.entries()) {
      const to = centres[(index * 7 + 3) % centres.length] ?? from;
      for (const shape of pathShapes) {
        // Every shortest path: the two sides must find the same ones.
        const request = { from, to, ...shape, limit: 10_000 };
        const all = await indexed.paths(request);
        expect({ request, all }).toEqual({ request, all: await database.paths(request) });
        found += all.length;
        // A few of many: as many, as long, all of them shortest paths.
        const few = await indexed.paths({ ...request, limit: 3 });
        expect(few).toHaveLength(Math.min(3, all.length));
        const keys = new Set(all.map(key));
        for (const path of few) expect(keys.has(key(path))).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(centres.length);
  };

  const ingest = async (records: ArticleRecord[]): Promise<void> => {
    const failed = (await indexed.ingest(records)).filter((outcome) => 'error' in outcome);
    expect(failed).toEqual([]);
  };

  it(
    'answers as the database does once loaded from it',
    async () => {
      await ingest(firstHalf);
      await indexed.warmUp();
      await expectSameAnswers();
    },
    STEP_MS,
  );

  it(
    'follows ingests made after it loaded',
    async () => {
      await ingest(secondHalf);
      await expectSameAnswers();
    },
    STEP_MS,
  );

  it(
    'follows deletes, merges, renames and re-ingests',
    async () => {
      for (const record of firstHalf.slice(0, 20)) await indexed.deleteArticle(record.article.id);
      const [keep, merge] = graph.entities.filter((entity) => entity.kind === 'Official');
      const [state, otherState] = graph.entities.filter((entity) => entity.kind === 'State');
      if (!keep || !merge || !state || !otherState) throw new Error('the graph has no officials');
      await indexed.mergeEntities(keep.id, merge.id);
      await indexed.mergeEntities(state.id, otherState.id);
      await indexed.renameEntity(keep.id, 'A Renamed Official');
      await expectSameAnswers();
      await ingest(firstHalf.slice(0, 20));
      await expectSameAnswers();
    },
    STEP_MS,
  );

  it(
    'holds every entity and edge of the graph',
    async () => {
      const stats = await database.stats();
      const ids = graph.entities.map((entity) => entity.id);
      expect((await indexed.getEntities(ids)).length).toBe(
        Object.values(stats.entitiesByKind).reduce((sum, count) => sum + count, 0),
      );
    },
    STEP_MS,
  );
});
