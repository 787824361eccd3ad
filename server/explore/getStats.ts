import { ENTITY_KINDS, RELATION_TYPES } from '../domain/kinds.js';
import type { EntityKind, RelationType } from '../domain/kinds.js';
import type { GraphStore } from '../store/GraphStore.js';

export interface Stats {
  articles: number;
  claims: number;
  entities: number;
  relations: number;
  entitiesByKind: { kind: EntityKind; count: number }[];
  relationsByType: { type: RelationType; count: number }[];
}

/** Counts of articles, claims, entities by kind and claim relations by type (REPRESENTS links carry no claims and are not counted). */
export async function getStats(store: GraphStore): Promise<Stats> {
  const stats = await store.stats();
  const entitiesByKind = ENTITY_KINDS.map((kind) => ({
    kind,
    count: stats.entitiesByKind[kind] ?? 0,
  }));
  const relationsByType = RELATION_TYPES.map((type) => ({
    type,
    count: stats.relationsByType[type] ?? 0,
  }));
  const sum = (items: { count: number }[]) => items.reduce((total, item) => total + item.count, 0);
  return {
    articles: stats.articles,
    claims: stats.claims,
    entities: sum(entitiesByKind),
    relations: sum(relationsByType),
    entitiesByKind,
    relationsByType,
  };
}
