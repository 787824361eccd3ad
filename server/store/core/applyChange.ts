/**
 * Applies one change to the graph inside a write transaction: articles removed, mentions and
 * claims added, and every derived value (relation roll-ups, entity names, REPRESENTS) recomputed
 * for what the change touches.
 *
 * Every read happens before the first write. Kuzu 0.11 can return wrong rows when a statement
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
} from './refreshDerived.js';
import type { Touched } from './refreshDerived.js';
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
  const touched = await readRemovedArticles(tx, change.removeArticleIds, allEntities);
  for (const id of change.touched?.entityIds ?? []) touched.entityIds.add(id);
  for (const id of change.touched?.relationIds ?? []) touched.relationIds.add(id);
  for (const mention of change.addMentions) touched.entityIds.add(mention.id);
  for (const claim of change.addClaims) touched.relationIds.add(claim.row.relationId);
  for (const id of change.removeEntityIds ?? []) touched.entityIds.add(id);
  const inputs = await readDerivedInputs(tx, touched, allEntities);
  const derived = computeDerived(
    afterChange(inputs, change),
    touched.relationIds,
    inputs.entityIds,
    corrections,
  );

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
  const claims = change.addClaims.map((claim) => claim.row);
  await createMentionsAndClaims(tx, change.addMentions, claims);
  await createDerived(tx, derived);
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
