import { createHash } from 'node:crypto';
import type { EdgeType, EntityKind } from './kinds.js';
import { isSymmetric } from './kinds.js';

/** Folds a name for identity and search: lower case, accents removed, punctuation to spaces. */
export function toNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Stable entity id from kind and canonical name, e.g. `state:north-korea`. */
export function toEntityId(kind: EntityKind, canonicalName: string): string {
  return `${kind.toLowerCase()}:${toNameKey(canonicalName).replace(/ /g, '-')}`;
}

/** Stable relation id, e.g. `REPRESENTS:official:x->state:y`; symmetric relations order their endpoints so either direction is one id. */
export function toRelationId(type: EdgeType, source: string, target: string): string {
  const [a, b] = isSymmetric(type) && target < source ? [target, source] : [source, target];
  return `${type}:${a}->${b}`;
}

/** Article id: a content hash of its normalised text, so the same article is never stored twice. */
export function toArticleId(text: string): string {
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/** Claim id: one claim per relation, article and evidence span. */
export function toClaimId(
  relationId: string,
  articleId: string,
  start: number,
  end: number,
): string {
  return createHash('sha256')
    .update(`${relationId}|${articleId}|${start}|${end}`)
    .digest('hex')
    .slice(0, 20);
}
