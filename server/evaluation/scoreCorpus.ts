/** Micro-averaged scores over articles: per entity kind, per relation type, and overall. */
import type { EntityKind, RelationType } from '../domain/kinds.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../domain/kinds.js';
import type { Counts, Score } from './Counts.js';
import { addCounts, emptyCounts, toScore } from './Counts.js';
import type { ArticleScore } from './scoreArticle.js';

export interface CorpusScore {
  entityKinds: Record<EntityKind, Score>;
  relationTypes: Record<RelationType, Score>;
  entities: Score;
  relations: Score;
}

function total<K extends string>(
  keys: readonly K[],
  articles: readonly ArticleScore[],
  pick: (a: ArticleScore) => Map<K, Counts>,
) {
  const per = {} as Record<K, Counts>;
  const all = emptyCounts();
  for (const key of keys) {
    per[key] = emptyCounts();
    for (const a of articles) {
      const c = pick(a).get(key);
      if (c) addCounts(per[key], c);
    }
    addCounts(all, per[key]);
  }
  const scores = {} as Record<K, Score>;
  for (const key of keys) scores[key] = toScore(per[key]);
  return { scores, all: toScore(all) };
}

export function scoreCorpus(articles: readonly ArticleScore[]): CorpusScore {
  const e = total(ENTITY_KINDS, articles, (a) => a.entities);
  const r = total(RELATION_TYPES, articles, (a) => a.relations);
  return { entityKinds: e.scores, relationTypes: r.scores, entities: e.all, relations: r.all };
}
