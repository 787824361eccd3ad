/**
 * The roll-up of a relation, computed from every claim behind it. Recomputing from the claims
 * (never incrementing) keeps it exact after deletes and re-ingests, and independent of order.
 */
import { toStatuses } from './toDomain.js';
import type { Row } from './StatementRunner.js';
import { joinList, num, str, strOrNull } from './rowValues.js';
import type { RelationIdParts } from './entityKinds.js';

export interface RelationRollUpRow {
  id: string;
  source: string;
  target: string;
  claimCount: number;
  articleCount: number;
  sources: string;
  firstSeen: string | null;
  lastSeen: string | null;
  statuses: string;
  confidence: string;
}

/** Claims are rows of `claimRollUpRows`, all for the relation `id`. */
export function rollUpRelation(
  id: string,
  parts: RelationIdParts,
  claims: readonly Row[],
): RelationRollUpRow {
  const dates = claims
    .map((claim) => strOrNull(claim, 'date'))
    .filter((d): d is string => d !== null)
    .sort();
  const sources = distinctSorted(claims.map((claim) => strOrNull(claim, 'articleSource')));
  const confidences = claims.map((claim) => num(claim, 'confidence')).sort((a, b) => a - b);
  const mean = confidences.reduce((sum, value) => sum + value, 0) / Math.max(1, confidences.length);
  return {
    id,
    source: parts.source,
    target: parts.target,
    claimCount: claims.length,
    articleCount: new Set(claims.map((claim) => str(claim, 'articleId'))).size,
    sources: joinList(sources),
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    statuses: joinList(toStatuses(claims.map((claim) => str(claim, 'status')))),
    confidence: String(Math.round(mean * 1e6) / 1e6),
  };
}

function distinctSorted(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))].sort();
}
