/** Turns result rows into domain objects; kinds and types are read from the stable ids. */
import { CLAIM_STATUSES, isClaimStatus, isRelationType } from '../../domain/kinds.js';
import type { ClaimStatus } from '../../domain/kinds.js';
import { AFFILIATION_TYPE } from '../../domain/kinds.js';
import { toRelationId } from '../../domain/ids.js';
import type { Article, Claim, Entity, Relation } from '../../domain/types.js';
import type { ArticleSummary } from '../GraphStore.js';
import { kindOfEntityId, toRelationIdParts } from './entityKinds.js';
import type { Row } from './StatementRunner.js';
import { num, str, strList, strOrNull } from './rowValues.js';

export function toEntity(row: Row): Entity | undefined {
  const id = str(row, 'id');
  const kind = kindOfEntityId(id);
  if (!kind) return undefined;
  return {
    id,
    name: str(row, 'name'),
    kind,
    aliases: strList(row, 'aliases'),
    affiliation: strOrNull(row, 'affiliation'),
  };
}

export function toStatuses(values: readonly string[]): ClaimStatus[] {
  return CLAIM_STATUSES.filter((status) => values.includes(status));
}

export function toRelation(row: Row): Relation | undefined {
  const id = str(row, 'id');
  const parts = toRelationIdParts(id);
  if (!parts) return undefined;
  return {
    id,
    ...parts,
    claimCount: num(row, 'claimCount'),
    articleCount: num(row, 'articleCount'),
    sources: strList(row, 'sources'),
    firstSeen: strOrNull(row, 'firstSeen'),
    lastSeen: strOrNull(row, 'lastSeen'),
    statuses: toStatuses(strList(row, 'statuses')),
    confidence: num(row, 'confidence'),
  };
}

/** A REPRESENTS edge: an official and the State or Organization they act for; no claims. */
export function toAffiliationRelation(official: string, affiliation: string): Relation {
  return {
    id: toRelationId(AFFILIATION_TYPE, official, affiliation),
    type: AFFILIATION_TYPE,
    source: official,
    target: affiliation,
    claimCount: 0,
    articleCount: 0,
    sources: [],
    firstSeen: null,
    lastSeen: null,
    statuses: [],
    confidence: 0,
  };
}

export function toClaim(row: Row): Claim | undefined {
  const relationId = str(row, 'relationId');
  const parts = toRelationIdParts(relationId);
  const status = str(row, 'status');
  if (!parts || !isRelationType(parts.type) || !isClaimStatus(status)) return undefined;
  return {
    id: str(row, 'id'),
    relationId,
    type: parts.type,
    source: str(row, 'source'),
    target: str(row, 'target'),
    articleId: str(row, 'articleId'),
    quote: str(row, 'quote'),
    start: num(row, 'startOffset'),
    end: num(row, 'endOffset'),
    status,
    confidence: num(row, 'confidence'),
    speaker: strOrNull(row, 'speaker'),
  };
}

export function toArticle(row: Row): Article {
  return {
    id: str(row, 'id'),
    title: str(row, 'title'),
    date: strOrNull(row, 'date'),
    source: strOrNull(row, 'source'),
    url: strOrNull(row, 'url'),
    contentHash: str(row, 'contentHash'),
    text: str(row, 'text'),
  };
}

export function toArticleSummary(row: Row): ArticleSummary {
  return {
    id: str(row, 'id'),
    title: str(row, 'title'),
    date: strOrNull(row, 'date'),
    source: strOrNull(row, 'source'),
    url: strOrNull(row, 'url'),
  };
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
