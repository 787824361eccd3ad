/**
 * Per-request DataLoaders: every entity, relation, article, degree, claim list and relation list
 * asked for while resolving one request is fetched in one store call per kind of thing.
 */
import DataLoader from 'dataloader';
import type {
  Direction as StoreDirection,
  GraphStore,
  ArticleSummary,
  RelationFilter,
} from '../store/GraphStore.js';
import type { Article, Claim, Entity, Relation, Subgraph } from '../domain/types.js';

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  relation: DataLoader<string, Relation | null>;
  article: DataLoader<string, Article | null>;
  degree: DataLoader<string, number>;
  claims: DataLoader<string, Claim[]>;
  articlesMentioning: DataLoader<string, ArticleSummary[]>;
  articleSubgraph: DataLoader<string, Subgraph>;
  /** One loader per filter and direction, so relations of many entities come in one call. */
  relationsOf(filter: RelationFilter, direction: StoreDirection): DataLoader<string, Relation[]>;
  /** Seeds the loaders with what a store call already returned. */
  prime(subgraph: { nodes?: Entity[]; edges?: Relation[] }): void;
  /** An entity this request already holds (primed), without waiting: large subgraphs resolve faster. */
  primedEntity(id: string): Entity | undefined;
}

function byId<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await fetch([...ids])).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function fromMap<T>(fetch: (ids: string[]) => Promise<Map<string, T>>, empty: () => T) {
  return new DataLoader<string, T>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => found.get(id) ?? empty());
  });
}

export function createLoaders(store: GraphStore): Loaders {
  const entity = byId((ids) => store.getEntities(ids));
  const relation = byId((ids) => store.getRelations(ids));
  const relationLoaders = new Map<string, DataLoader<string, Relation[]>>();
  const primedEntities = new Map<string, Entity>();
  return {
    entity,
    relation,
    article: byId((ids) => store.getArticles(ids)),
    degree: fromMap(
      (ids) => store.degrees(ids),
      () => 0,
    ),
    claims: fromMap(
      (ids) => store.claimsOf(ids),
      () => [],
    ),
    articlesMentioning: fromMap(
      (ids) => store.articlesMentioning(ids),
      () => [],
    ),
    articleSubgraph: fromMap(
      (ids) => store.subgraphOfArticles(ids),
      () => ({ nodes: [], edges: [], truncated: false }),
    ),
    relationsOf(filter, direction) {
      const key = JSON.stringify([filter.types ?? null, direction]);
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = fromMap(
          (ids) => store.relationsOf(ids, filter, direction),
          () => [],
        );
        relationLoaders.set(key, loader);
      }
      return loader;
    },
    prime({ nodes = [], edges = [] }) {
      for (const node of nodes) {
        entity.prime(node.id, node);
        if (!primedEntities.has(node.id)) primedEntities.set(node.id, node);
      }
      for (const edge of edges) relation.prime(edge.id, edge);
    },
    primedEntity: (id) => primedEntities.get(id),
  };
}
