/** Merges claims into relations: one per type and endpoints (either order for symmetric types). */
import { toEntityId } from '../../domain/ids.js';
import type { ClaimStatus } from '../../domain/kinds.js';
import { isSymmetric } from '../../domain/kinds.js';
import type { ExtractedEntity, ExtractedRelation } from '../../domain/types.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Mention } from '../document/Mention.js';
import type { Claim } from './Claim.js';

function entityIdFor(m: Mention, entities: Map<string, ExtractedEntity>): string {
  const id = toEntityId(m.kind, m.name);
  if (!entities.has(id)) entities.set(id, { id, name: m.name, kind: m.kind, aliases: [] });
  return id;
}

function mergedStatus(statuses: ClaimStatus[]): ClaimStatus {
  if (statuses.includes('asserted')) return 'asserted';
  const counts = new Map<ClaimStatus, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'asserted';
}

export function mergeClaims(
  doc: ArticleDocument,
  claims: readonly Claim[],
  entityList: ExtractedEntity[],
  minConfidence: number,
): ExtractedRelation[] {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const byKey = new Map<
    string,
    { relation: ExtractedRelation; statuses: ClaimStatus[]; misses: number }
  >();
  for (const claim of claims) {
    let source = entityIdFor(claim.source, entities);
    let target = entityIdFor(claim.target, entities);
    if (isSymmetric(claim.type) && target < source) [source, target] = [target, source];
    const key = `${claim.type}|${source}|${target}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        relation: {
          source,
          target,
          type: claim.type,
          status: 'asserted',
          confidence: 0,
          evidence: [],
        },
        statuses: [],
        misses: 1,
      };
      byKey.set(key, entry);
    }
    entry.statuses.push(claim.status);
    entry.misses *= 1 - claim.confidence;
    if (claim.speaker && entry.relation.speaker === undefined)
      entry.relation.speaker = entityIdFor(claim.speaker, entities);
    const { start, end } = claim.sentence;
    if (!entry.relation.evidence.some((e) => e.start === start))
      entry.relation.evidence.push({ sentence: doc.text.slice(start, end), start, end });
  }
  for (const entity of entities.values()) if (!entityList.includes(entity)) entityList.push(entity);
  return [...byKey.values()]
    .map(({ relation, statuses, misses }) => ({
      ...relation,
      status: mergedStatus(statuses),
      confidence: Math.round(Math.min(0.99, 1 - misses) * 100) / 100,
    }))
    .filter((r) => r.confidence >= minConfidence);
}
