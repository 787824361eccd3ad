/**
 * Applies one change to the graph inside a write transaction: articles removed, mentions and
 * claims added, and every derived value (relation roll-ups, entity names, REPRESENTS) recomputed
 * for what the change touches.
 *
 * Ids that only gain rows of new articles extend their stored roll-up (read by primary key);
 * every other touched id is recomputed from all its committed rows, so deletes, replacements
 * and merges stay exact. Every read happens before the first write. Kuzu 0.11 can return wrong rows when a statement
 * scans a table holding rows created earlier in the same transaction (cypher/README.md), so the
 * derived values are computed in memory from committed rows plus the change itself, then written.
 */
import type { Row, StatementTx } from './StatementRunner.js';
import type { Corrections } from './Corrections.js';
import { readRemovedArticles, writeRemovedArticles } from './removeArticle.js';
import {
  computeDerived,
  createDerived,
  deleteDerived,
  readDerivedInputs,
  setEntities,
  toGraphChanges,
} from './refreshDerived.js';
import type { Touched } from './refreshDerived.js';
import { readStoredRollUps } from './readStoredRollUps.js';
import type { AddedRows } from './readStoredRollUps.js';
import { createMentionsAndClaims } from './createMentionsAndClaims.js';
import type { ClaimRow, MentionRow } from './createMentionsAndClaims.js';
import type { Article } from '../../domain/types.js';

/** A claim being added, with what its roll-up needs from its article. */
export interface AddedClaim {
  row: ClaimRow;
  date: string | null;
  articleSource: string | null;
}

export interface Change {
  /** Articles deleted (or replaced by a new version). */
  removeArticleIds: string[];
  /** New articles with the key that identifies their story. */
  addArticles: { article: Article; key: string }[];
  addMentions: MentionRow[];
  addClaims: AddedClaim[];
  /** Claims deleted on their own (an analyst merge moves them). */
  removeClaimIds?: string[];
  /** Entities whose every mention goes (an analyst merge removes the merged entity). */
  removeEntityIds?: string[];
  /** Affiliations naming `from` now name `to` (merge). */
  retargetAffiliation?: { from: string; to: string };
  /** More ids to recompute. */
  touched?: Touched;
  /** Writes run first in the write phase (corrections, merge bookkeeping). */
  writeFirst?: (tx: StatementTx) => Promise<void>;
}

export async function applyChange(
  tx: StatementTx,
  change: Change,
  corrections: Corrections,
  allEntities: string,
): Promise<void> {
  const recompute = await readRemovedArticles(tx, change.removeArticleIds, allEntities);
  for (const id of change.touched?.entityIds ?? []) recompute.entityIds.add(id);
  for (const id of change.touched?.relationIds ?? []) recompute.relationIds.add(id);
  for (const id of change.removeEntityIds ?? []) recompute.entityIds.add(id);
  const added = toAdded(change, recompute);
  const stored = await readStoredRollUps(tx, added, allEntities);
  for (const id of stored.legacy.entityIds) recompute.entityIds.add(id);
  for (const id of stored.legacy.relationIds) recompute.relationIds.add(id);
  const inputs = await readDerivedInputs(tx, recompute, allEntities, [...stored.newEntityIds]);
  for (const id of inputs.entityIds) stored.extensions.entities.delete(id);
  const derived = computeDerived(
    afterChange(inputs, change),
    { relationIds: recompute.relationIds, entityIds: inputs.entityIds },
    stored.extensions,
    stored.newEntityIds,
    corrections,
  );

  if (tx.changed) tx.changed(toGraphChanges(derived));
  await change.writeFirst?.(tx);
  await writeRemovedArticles(tx, change.removeArticleIds);
  await deleteDerived(tx, derived);
  if (change.addArticles.length) {
    const rows = change.addArticles.map(({ article, key }) => ({
      id: article.id,
      key,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      contentHash: article.contentHash,
      text: article.text,
    }));
    await tx.run('createArticles', { rows });
  }
  await createMentionsAndClaims(tx, {
    entities: derived.newEntities,
    mentions: change.addMentions,
    claims: change.addClaims.map((claim) => claim.row),
  });
  await setEntities(tx, derived);
  await createDerived(tx, derived);
}

/**
 * Sorts what the change adds: ids already being recomputed take the added rows from
 * `afterChange`; rows of new articles for any other id extend that id's stored roll-up; rows of
 * stored articles (a merge moving them) make their id recomputed.
 */
function toAdded(change: Change, recompute: Touched): AddedRows {
  const fresh = new Set(change.addArticles.map(({ article }) => article.id));
  const claims = new Map<string, Row[]>();
  const mentions = new Map<string, Row[]>();
  for (const { row, date, articleSource } of change.addClaims) {
    if (!fresh.has(row.articleId)) recompute.relationIds.add(row.relationId);
    const rows = claims.get(row.relationId) ?? [];
    rows.push({ ...row, date, articleSource });
    claims.set(row.relationId, rows);
  }
  for (const mention of change.addMentions) {
    if (!fresh.has(mention.articleId)) recompute.entityIds.add(mention.id);
    const rows = mentions.get(mention.id) ?? [];
    rows.push({ ...mention });
    mentions.set(mention.id, rows);
  }
  for (const id of recompute.relationIds) claims.delete(id);
  const mentionedIds = [...mentions.keys()];
  for (const id of recompute.entityIds) mentions.delete(id);
  return { claims, mentions, mentionedIds };
}

/** The committed rows as they will be once the change is written. */
function afterChange(
  inputs: { claims: Row[]; mentions: Row[] },
  change: Change,
): { claims: Row[]; mentions: Row[] } {
  const removedArticles = new Set(change.removeArticleIds);
  const removedClaims = new Set(change.removeClaimIds ?? []);
  const removedEntities = new Set(change.removeEntityIds ?? []);
  const retarget = change.retargetAffiliation;
  const claims = inputs.claims
    .filter((row) => !removedArticles.has(String(row['articleId'])))
    .filter((row) => !removedClaims.has(String(row['id'])))
    .concat(
      change.addClaims.map((claim) => ({
        id: claim.row.id,
        relationId: claim.row.relationId,
        articleId: claim.row.articleId,
        date: claim.date,
        articleSource: claim.articleSource,
        status: claim.row.status,
        confidence: Number(claim.row.confidence),
      })),
    );
  const mentions = inputs.mentions
    .filter((row) => !removedArticles.has(String(row['articleId'])))
    .filter((row) => !removedEntities.has(String(row['id'])))
    .concat(change.addMentions.map((mention) => ({ ...mention })))
    .map((row) =>
      retarget && row['affiliation'] === retarget.from
        ? { ...row, affiliation: row['id'] === retarget.to ? null : retarget.to }
        : row,
    );
  return { claims, mentions };
}
