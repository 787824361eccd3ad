/**
 * The roll-up of a relation from the claims behind it. Its fields are an aggregate that can be
 * extended with more claims (counts, sets, min/max and a sum of confidences in millionths), so a
 * write that only adds claims of new articles starts from the stored roll-up, and a write that
 * removes anything recomputes from every claim. Both give the same values, in any order.
 */
import { toStatuses } from './toDomain.js';
import type { Row } from './StatementRunner.js';
import { joinList, num, splitList, str, strList, strOrNull } from './rowValues.js';
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
  /** Sum of the claims' confidences in millionths: the exact basis of the mean. */
  confidenceMicros: number;
}

/** A relation's stored roll-up, the row of `storedRelations`. */
export function toStoredRollUp(row: Row): RelationRollUpRow | undefined {
  if (row['confidenceMicros'] === null || row['confidenceMicros'] === undefined) return undefined;
  return {
    id: str(row, 'id'),
    source: str(row, 'source'),
    target: str(row, 'target'),
    claimCount: num(row, 'claimCount'),
    articleCount: num(row, 'articleCount'),
    sources: joinList(strList(row, 'sources')),
    firstSeen: strOrNull(row, 'firstSeen'),
    lastSeen: strOrNull(row, 'lastSeen'),
    statuses: joinList(strList(row, 'statuses')),
    confidence: String(num(row, 'confidence')),
    confidenceMicros: num(row, 'confidenceMicros'),
  };
}

/**
 * Claims are rows of `claimRollUpRows`, all for the relation `id`. With `base`, the claims are
 * added to that stored roll-up: they must all come from articles it does not count yet.
 */
export function rollUpRelation(
  id: string,
  parts: RelationIdParts,
  claims: readonly Row[],
  base?: RelationRollUpRow,
): RelationRollUpRow {
  const dates = claims
    .map((claim) => strOrNull(claim, 'date'))
    .concat(base ? [base.firstSeen, base.lastSeen] : [])
    .filter((d): d is string => d !== null)
    .sort();
  const sources = distinctSorted(
    claims.map((claim) => strOrNull(claim, 'articleSource')).concat(splitList(base?.sources)),
  );
  const claimCount = claims.length + (base?.claimCount ?? 0);
  const confidenceMicros = claims.reduce(
    (sum, claim) => sum + Math.round(num(claim, 'confidence') * 1e6),
    base?.confidenceMicros ?? 0,
  );
  const statuses = claims.map((claim) => str(claim, 'status')).concat(splitList(base?.statuses));
  return {
    id,
    source: parts.source,
    target: parts.target,
    claimCount,
    articleCount:
      new Set(claims.map((claim) => str(claim, 'articleId'))).size + (base?.articleCount ?? 0),
    sources: joinList(sources),
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    statuses: joinList(toStatuses(statuses)),
    confidence: String(Math.round(confidenceMicros / Math.max(1, claimCount)) / 1e6),
    confidenceMicros,
  };
}

function distinctSorted(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))].sort();
}
