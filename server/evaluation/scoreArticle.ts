/**
 * Scores one article's extraction against its gold graph, by the guidelines' rules: entities
 * match on kind and name-or-alias (one prediction per gold entity; a second is a false
 * positive); relations match on type and matched endpoints (either order when symmetric);
 * recall counts required gold items; a prediction matching an optional item is not a false positive.
 */
import type { EntityKind, RelationType } from '../domain/kinds.js';
import { isSymmetric } from '../domain/kinds.js';
import type { Extraction } from '../domain/types.js';
import type { Counts } from './Counts.js';
import { emptyCounts } from './Counts.js';
import type { GoldEntity, GoldGraph } from './GoldGraph.js';
import { toScoringKey } from './toScoringKey.js';

export interface ArticleScore {
  entities: Map<EntityKind, Counts>;
  relations: Map<RelationType, Counts>;
  /** Human-readable misses and false positives. */
  misses: string[];
  falsePositives: string[];
}

function counts<K>(map: Map<K, Counts>, key: K): Counts {
  let c = map.get(key);
  if (!c) {
    c = emptyCounts();
    map.set(key, c);
  }
  return c;
}

function goldIndex(gold: GoldGraph): Map<string, GoldEntity> {
  const index = new Map<string, GoldEntity>();
  for (const e of gold.entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = `${e.kind}|${toScoringKey(name, e.kind)}`;
      if (!index.has(key)) index.set(key, e);
    }
  }
  return index;
}

function scoreEntities(
  gold: GoldGraph,
  predicted: Extraction,
  score: ArticleScore,
): Map<string, GoldEntity> {
  const index = goldIndex(gold);
  const byId = new Map<string, GoldEntity>();
  const matched = new Set<GoldEntity>();
  for (const p of predicted.entities) {
    const g = index.get(`${p.kind}|${toScoringKey(p.name, p.kind)}`);
    const c = counts(score.entities, p.kind);
    if (g) byId.set(p.id, g);
    if (g && !matched.has(g)) {
      matched.add(g);
      if (g.status !== 'optional') c.tp += 1;
    } else if (!g || g.status !== 'optional') {
      c.fp += 1;
      score.falsePositives.push(`${p.kind} ${p.name}${g ? ' (duplicate of ' + g.name + ')' : ''}`);
    }
  }
  for (const g of gold.entities) {
    if (g.status === 'optional' || matched.has(g)) continue;
    counts(score.entities, g.kind).fn += 1;
    score.misses.push(`${g.kind} ${g.name}`);
  }
  return byId;
}

function edgeKey(type: RelationType, a: string, b: string): string {
  const [x, y] = isSymmetric(type) && b < a ? [b, a] : [a, b];
  return `${type}|${x}|${y}`;
}

function scoreRelations(
  gold: GoldGraph,
  predicted: Extraction,
  byId: Map<string, GoldEntity>,
  score: ArticleScore,
): void {
  const required = new Map<string, string>();
  const optional = new Set<string>();
  for (const r of gold.relations) {
    const key = edgeKey(r.type, r.source, r.target);
    if (r.status === 'optional') optional.add(key);
    else required.set(key, `${r.source} -${r.type}-> ${r.target}`);
  }
  const seen = new Set<string>();
  for (const p of predicted.relations) {
    const s = byId.get(p.source);
    const t = byId.get(p.target);
    const key = s && t ? edgeKey(p.type, s.name, t.name) : `${p.type}|${p.source}|${p.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = counts(score.relations, p.type);
    if (required.has(key)) c.tp += 1;
    else if (!optional.has(key)) {
      c.fp += 1;
      score.falsePositives.push(
        `${s?.name ?? p.source} -${p.type}-> ${t?.name ?? p.target}  «${p.evidence[0]?.sentence.slice(0, 120) ?? ''}»`,
      );
    }
  }
  for (const [key, label] of required) {
    if (seen.has(key)) continue;
    counts(score.relations, key.split('|')[0] as RelationType).fn += 1;
    score.misses.push(label);
  }
}

export function scoreArticle(gold: GoldGraph, predicted: Extraction): ArticleScore {
  const score: ArticleScore = {
    entities: new Map(),
    relations: new Map(),
    misses: [],
    falsePositives: [],
  };
  const byId = scoreEntities(gold, predicted, score);
  scoreRelations(gold, predicted, byId, score);
  return score;
}
