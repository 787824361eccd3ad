/**
 * The GraphStore both backends share: the logic lives here once, each backend supplies a
 * StatementRunner with its own Cypher dialect. Derived data (relation roll-ups, entity names)
 * is always recomputed from claims and mentions, so every backend gives the same answers.
 */
import { AFFILIATION_TYPE, ENTITY_KINDS, RELATION_TYPES } from '../../domain/kinds.js';
import { toRelationId } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Claim, Entity, Subgraph } from '../../domain/types.js';
import { EntenteError, toEntenteError } from '../../errors/EntenteError.js';
import type {
  ArticleRecord,
  ArticleSummary,
  GraphPath,
  GraphStore,
  NeighborhoodRequest,
  PathRequest,
  StoreStats,
} from '../GraphStore.js';
import { loadCorrections } from './Corrections.js';
import { mergeInTx, renameInTx } from './correctEntities.js';
import { createGraphIndex } from './createGraphIndex.js';
import type { GraphChanges, LoadGraph } from './createGraphIndex.js';
import type { FoundPath } from './findShortestPaths.js';
import { createResultCache } from './createResultCache.js';
import { createSearchIndex } from './createSearchIndex.js';
import { assertPageSize, fromCursor, toPage } from './pageCursor.js';
import { edgeTypesOf, getRelations, relationsOf, typesOf } from './readRelations.js';
import { applyChange } from './applyChange.js';
import { kindOfEntityId } from './entityKinds.js';
import { num, str } from './rowValues.js';
import type { StatementRunner } from './StatementRunner.js';
import {
  isDefined,
  toAffiliationRelation,
  toArticle,
  toArticleSummary,
  toClaim,
  toEntity,
  toRelation,
} from './toDomain.js';
import { claimFilterParams, readNeighborhoodStep, relationsAmong } from './readNeighborhoodStep.js';
import { walkNeighborhood } from './walkNeighborhood.js';
import { toWriteBatches, writeArticles } from './writeArticles.js';
import type { WriteOutcome } from './writeArticles.js';

export const MAX_PATH_LENGTH = 10;

export interface CypherStoreOptions {
  /** Articles written per transaction; a failing batch is retried one article at a time. */
  batchSize: number;
  /** Neighbourhoods kept in memory when this process is the store's only writer. */
  cachedNeighborhoods: number;
  /** Most nodes plus edges kept across those neighbourhoods. */
  cachedNeighborhoodElements: number;
  /**
   * Whether the embedded store keeps every entity and relation edge in memory (about 0.3 KB per
   * edge) for neighbourhoods and entities by id, rather than reading the database for them.
   */
  indexGraph: boolean;
}

const defaults: CypherStoreOptions = {
  // Each statement has a fixed cost, shared by the rows of a batch: the ingest run sends 500,
  // bulk loads more. A failing batch is retried in halves down to the article at fault.
  batchSize: 5_000,
  // An analyst's recent views; a depth-2 hub view holds up to ~10,000 elements (~3 MB).
  cachedNeighborhoods: 500,
  cachedNeighborhoodElements: 150_000,
  indexGraph: true,
};

export function createCypherStore(
  source: StatementRunner,
  overrides: Partial<CypherStoreOptions> = {},
): GraphStore {
  const options = { ...defaults, ...overrides };
  // The graph is held in memory only where no other process can write (the embedded store).
  const graphIndex =
    source.backend === 'embedded' && options.indexGraph
      ? createGraphIndex(loadGraph(source))
      : undefined;
  // Every write transaction, committed or not, drops what was read before it; once it commits,
  // the graph index follows what it changed.
  const runner: StatementRunner = {
    ...source,
    write: async (work) => {
      const changes: GraphChanges[] = [];
      try {
        const result = await source.write((tx) =>
          work(
            graphIndex
              ? {
                  run: (name, params, vars) => tx.run(name, params, vars),
                  changed: (change) => changes.push(change),
                }
              : tx,
          ),
        );
        graphIndex?.apply(changes);
        return result;
      } finally {
        forgetReads();
      }
    },
  };
  const all = runner.entityLabels();
  const getEntities = async (ids: string[]): Promise<Entity[]> => {
    if (ids.length === 0) return [];
    if (graphIndex) return graphIndex.getEntities(ids);
    const rows = await runner.read('getEntities', { ids: [...new Set(ids)] }, { ENTITY: all });
    const byId = new Map(
      rows
        .map(toEntity)
        .filter(isDefined)
        .map((entity) => [entity.id, entity]),
    );
    return ids.map((id) => byId.get(id)).filter(isDefined);
  };
  // The embedded database is locked to this process, so only this store's writes change it.
  // Entities come from the graph index once it is loaded; until then from the database, so the
  // first search does not wait for every relation to load.
  const searchIndex = createSearchIndex(
    async () =>
      graphIndex?.isLoaded()
        ? graphIndex.allEntities()
        : (await runner.read('allEntities', {}, { ENTITY: all })).map(toEntity).filter(isDefined),
    runner.backend === 'embedded' ? { maxAgeMs: Infinity } : {},
  );
  // Neighbourhoods are cached only where no other process can write (the embedded store).
  const neighborhoods =
    runner.backend === 'embedded'
      ? createResultCache<Subgraph>({
          maxEntries: options.cachedNeighborhoods,
          maxWeight: options.cachedNeighborhoodElements,
          weigh: (subgraph) => subgraph.nodes.length + subgraph.edges.length,
        })
      : undefined;
  const walk = (request: NeighborhoodRequest): Promise<Subgraph> =>
    walkNeighborhood(
      graphIndex
        ? {
            getEntities,
            step: (...args) => graphIndex.step(...args),
            among: (...args) => graphIndex.among(...args),
          }
        : {
            getEntities,
            step: (frontier, seen, filter, cap) =>
              readNeighborhoodStep(runner, frontier, seen, filter, cap),
            among: (expanded, collected, filter, anchor) =>
              relationsAmong(runner, expanded, collected, filter, anchor),
          },
      request,
    );
  const forgetReads = (): void => {
    searchIndex.invalidate();
    neighborhoods?.invalidate();
  };
  const afterWrite = <T>(result: T): T => {
    forgetReads();
    return result;
  };

  const store: GraphStore = {
    backend: runner.backend,

    async ingest(records) {
      const outcomes: WriteOutcome[] = [];
      for (const batch of toWriteBatches(records, options.batchSize)) {
        outcomes.push(...(await ingestBatch(runner, batch, all)));
      }
      return afterWrite(outcomes);
    },

    async deleteArticle(id) {
      const deleted = await runner.write(async (tx) => {
        if ((await tx.run('getArticles', { ids: [id] })).length === 0) return false;
        const change = { removeArticleIds: [id], addArticles: [], addMentions: [], addClaims: [] };
        await applyChange(tx, change, await loadCorrections(tx), all);
        return true;
      });
      return afterWrite(deleted);
    },

    async getArticles(ids) {
      if (ids.length === 0) return [];
      const byId = new Map(
        (await runner.read('getArticles', { ids })).map((row) => [str(row, 'id'), toArticle(row)]),
      );
      return ids.map((id) => byId.get(id)).filter(isDefined);
    },

    async listArticles(page) {
      assertPageSize(page);
      const skip = fromCursor(page.after);
      const rows = await runner.read('listArticles', { skip, limit: page.first });
      const [count] = await runner.read('countArticles');
      return toPage(rows.map(toArticleSummary), skip, count ? num(count, 'n') : 0);
    },

    getEntities,

    async listEntities(kind, page) {
      assertPageSize(page);
      const skip = fromCursor(page.after);
      const vars = { ENTITY: kind ? runner.entityLabels([kind]) : all };
      const rows = await runner.read('listEntities', { skip, limit: page.first }, vars);
      const [count] = await runner.read('countEntities', {}, vars);
      return toPage(rows.map(toEntity).filter(isDefined), skip, count ? num(count, 'n') : 0);
    },

    search: (text, kinds, first) => searchIndex.search(text, kinds, first),

    async degrees(ids) {
      const result = new Map(ids.map((id) => [id, 0]));
      if (ids.length === 0) return result;
      const rows = await runner.read(
        'degrees',
        { ids },
        { ENTITY: all, TYPES: RELATION_TYPES.join('|') },
      );
      for (const row of rows) result.set(str(row, 'id'), num(row, 'n'));
      return result;
    },

    getRelations: (ids) => getRelations(runner, ids),

    async listRelations(filter, page) {
      assertPageSize(page);
      const skip = fromCursor(page.after);
      const kinds = filter.kinds?.length ? filter.kinds : undefined;
      const params = { ...claimFilterParams(filter), skip, limit: page.first };
      const label = runner.entityLabels(kinds);
      const vars = { TYPES: typesOf(filter), SOURCE: label, TARGET: label };
      if (vars.TYPES === '') return toPage([], skip, 0);
      const rows = await runner.read('listRelations', params, vars);
      const countParams: Record<string, unknown> = { ...params };
      delete countParams['skip'];
      delete countParams['limit'];
      const [count] = await runner.read('countListedRelations', countParams, vars);
      const relations = rows.map(toRelation).filter(isDefined);
      return toPage(relations, skip, count ? num(count, 'n') : 0);
    },

    relationsOf: (ids, filter, direction) => relationsOf(runner, ids, filter, direction),

    async claimsOf(relationIds) {
      const result = new Map<string, Claim[]>(relationIds.map((id) => [id, []]));
      if (relationIds.length === 0) return result;
      for (const claim of (await runner.read('claimsOf', { ids: relationIds }))
        .map(toClaim)
        .filter(isDefined)) {
        result.get(claim.relationId)?.push(claim);
      }
      return result;
    },

    async articlesMentioning(entityIds) {
      const result = new Map<string, ArticleSummary[]>(entityIds.map((id) => [id, []]));
      if (entityIds.length === 0) return result;
      for (const row of await runner.read(
        'articlesMentioning',
        { ids: entityIds },
        { ENTITY: all },
      )) {
        result.get(str(row, 'entityId'))?.push(toArticleSummary(row));
      }
      return result;
    },

    async subgraphOfArticles(articleIds) {
      return subgraphOfArticles(runner, articleIds, all, getEntities);
    },

    async neighborhood(request) {
      if (!neighborhoods) return walk(request);
      const subgraph = await neighborhoods.get(toCacheKey(request), () => walk(request));
      return { ...subgraph, nodes: [...subgraph.nodes], edges: [...subgraph.edges] };
    },

    async paths(request) {
      assertPathRequest(request);
      if (request.from === request.to || request.limit < 1) return [];
      const found = graphIndex
        ? await graphIndex.paths(request)
        : await readPaths(runner, request, all);
      const entities = new Map(
        (await getEntities([...new Set(found.flatMap((path) => path.nodeIds))])).map((e) => [
          e.id,
          e,
        ]),
      );
      return found
        .map((path) => ({
          nodes: path.nodeIds.map((id) => entities.get(id)).filter(isDefined),
          edges: path.edges,
        }))
        .sort((a, b) => pathKey(a).localeCompare(pathKey(b)));
    },

    stats: () => readStats(runner),

    async mergeEntities(keepId, mergeId) {
      await runner.write((tx) => mergeInTx(tx, keepId, mergeId, all));
      return afterWrite(await getOne(getEntities, keepId));
    },

    async renameEntity(id, name) {
      await runner.write((tx) => renameInTx(tx, id, name, all));
      return afterWrite(await getOne(getEntities, id));
    },

    async warmUp() {
      await graphIndex?.warmUp();
    },

    runReadOnly: (query, params, options) => runner.readOnly(query, params, options),
    health: () => runner.health(),
    close: () => runner.close(),
  };
  return store;
}

/**
 * One transaction for the batch; when it fails, each half is written on its own, down to single
 * articles, so that the others are stored and the failure is reported for the article that
 * caused it. A store that cannot be reached fails every article at once: no half would fare
 * better, and each try waits for the driver's retries.
 */
async function ingestBatch(
  runner: StatementRunner,
  batch: ArticleRecord[],
  all: string,
): Promise<WriteOutcome[]> {
  const writeAll = (records: ArticleRecord[]): Promise<WriteOutcome[]> =>
    runner.write(async (tx) => writeArticles(tx, records, await loadCorrections(tx), all));
  try {
    return await writeAll(batch);
  } catch (error) {
    const failure = toEntenteError(error);
    if (batch.length === 1 || failure.code === 'STORE_UNAVAILABLE') {
      return batch.map((record) => ({ articleId: record.article.id, error: failure }));
    }
  }
  const half = Math.ceil(batch.length / 2);
  return [
    ...(await ingestBatch(runner, batch.slice(0, half), all)),
    ...(await ingestBatch(runner, batch.slice(half), all)),
  ];
}

async function getOne(
  getEntities: (ids: string[]) => Promise<Entity[]>,
  id: string,
): Promise<Entity> {
  const [entity] = await getEntities([id]);
  if (!entity) throw new EntenteError('NOT_FOUND', `No entity with id "${id}".`);
  return entity;
}

async function subgraphOfArticles(
  runner: StatementRunner,
  articleIds: string[],
  all: string,
  getEntities: (ids: string[]) => Promise<Entity[]>,
): Promise<Map<string, Subgraph>> {
  const result = new Map<string, Subgraph>();
  if (articleIds.length === 0) return result;
  const entityRows = await runner.read('articleEntityRows', { ids: articleIds }, { ENTITY: all });
  const relationRows = await runner.read('articleRelationRows', { ids: articleIds });
  const entities = new Map(
    (await getEntities(entityRows.map((row) => str(row, 'id')))).map((e) => [e.id, e]),
  );
  const relations = new Map(
    (
      await getRelations(
        runner,
        relationRows.map((row) => str(row, 'id')),
      )
    ).map((r) => [r.id, r]),
  );
  for (const articleId of articleIds) {
    const ids = (rows: typeof entityRows) =>
      rows.filter((row) => str(row, 'articleId') === articleId).map((row) => str(row, 'id'));
    result.set(articleId, {
      nodes: [...new Set(ids(entityRows))].map((id) => entities.get(id)).filter(isDefined),
      edges: [...new Set(ids(relationRows))].map((id) => relations.get(id)).filter(isDefined),
      truncated: false,
    });
  }
  return result;
}

function assertPathRequest(request: PathRequest): void {
  if (
    !Number.isInteger(request.maxLength) ||
    request.maxLength < 1 ||
    request.maxLength > MAX_PATH_LENGTH
  ) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `maxLength must be a whole number from 1 to ${MAX_PATH_LENGTH}.`,
    );
  }
}

/** Shortest paths read from the database (`paths` statement), their edges read by id. */
async function readPaths(
  runner: StatementRunner,
  request: PathRequest,
  all: string,
): Promise<FoundPath[]> {
  const params = {
    from: request.from,
    to: request.to,
    maxLength: request.maxLength,
    limit: Math.trunc(request.limit),
  };
  const rows = await runner.read('paths', params, { ENTITY: all, TYPES: edgeTypesOf(request) });
  const nodeIds = rows.map((row) => [request.from, ...listOf(row['nodeIds']), request.to]);
  const relationIds = rows.map((row, index) => pathEdgeIds(row, nodeIds[index] ?? []));
  const relations = new Map(
    (await getRelations(runner, [...new Set(relationIds.flat())])).map((r) => [r.id, r]),
  );
  return rows.map((_, index) => ({
    nodeIds: nodeIds[index] ?? [],
    edges: (relationIds[index] ?? []).map((id) => relations.get(id)).filter(isDefined),
  }));
}

/** Every entity and relation edge, read in parts (by kind, and type), for the graph index. */
const loadGraph =
  (runner: StatementRunner): LoadGraph =>
  async (add) => {
    for (const kind of ENTITY_KINDS) {
      const rows = await runner.read('allEntities', {}, { ENTITY: runner.entityLabels([kind]) });
      add.entities(rows.map(toEntity).filter(isDefined));
    }
    for (const type of RELATION_TYPES)
      for (const kind of ENTITY_KINDS) {
        const rows = await runner.read('allRelations', {}, { TYPE: type, KIND: kind });
        add.relations(rows.map(toRelation).filter(isDefined));
      }
    const represents = await runner.read('allRepresents');
    add.relations(
      represents.map((row) => toAffiliationRelation(str(row, 'source'), str(row, 'target'))),
    );
  };

/** The same key for the same request, whatever the order its fields were set in. */
function toCacheKey(request: NeighborhoodRequest): string {
  const fields = Object.entries(request).filter((entry) => entry[1] !== undefined);
  return JSON.stringify(fields.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function listOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * The edge ids along a path row. REPRESENTS edges store no id: theirs is made from the two
 * entities they join, the official being the source (REPRESENTS only leaves officials).
 */
function pathEdgeIds(row: Record<string, unknown>, nodeIds: string[]): string[] {
  const ids: unknown[] = Array.isArray(row['relationIds']) ? row['relationIds'] : [];
  const types: unknown[] = Array.isArray(row['relationTypes']) ? row['relationTypes'] : [];
  return ids.map((id, index) => {
    if (types[index] !== AFFILIATION_TYPE) return typeof id === 'string' ? id : '';
    const ends = [nodeIds[index] ?? '', nodeIds[index + 1] ?? ''];
    const [official = '', other = ''] =
      kindOfEntityId(ends[0] ?? '') === 'Official' ? ends : [...ends].reverse();
    return toRelationId(AFFILIATION_TYPE, official, other);
  });
}

function pathKey(path: GraphPath): string {
  return path.edges.map((edge) => edge.id).join('|');
}

async function readStats(runner: StatementRunner): Promise<StoreStats> {
  const count = async (name: string, vars: Record<string, string> = {}): Promise<number> => {
    const [row] = await runner.read(name, {}, vars);
    return row ? num(row, 'n') : 0;
  };
  const entitiesByKind = {} as Record<EntityKind, number>;
  for (const kind of ENTITY_KINDS)
    entitiesByKind[kind] = await count('countEntities', { ENTITY: runner.entityLabels([kind]) });
  const relationsByType = {} as StoreStats['relationsByType'];
  for (const type of RELATION_TYPES)
    relationsByType[type] = await count('countRelations', { TYPES: type });
  return {
    articles: await count('countArticles'),
    claims: await count('countClaims'),
    entitiesByKind,
    relationsByType,
  };
}
