/**
 * Analyst merges and renames. A merge moves every mention and claim of `mergeId` onto `keepId`,
 * removes `mergeId`, and records the merge so later ingests store `mergeId` as `keepId`. A rename
 * records the analyst's name, which wins over extracted names from then on.
 */
import { toClaimId, toRelationId } from '../../domain/ids.js';
import type { RelationType } from '../../domain/kinds.js';
import { EntenteError } from '../../errors/EntenteError.js';
import { loadCorrections } from './Corrections.js';
import { assertEntityKind } from './entityKinds.js';
import { emptyTouched, refreshDerived } from './refreshDerived.js';
import { num, str, strOrNull } from './rowValues.js';
import type { Row, StatementTx } from './StatementRunner.js';
import { createMentionsAndClaims } from './writeArticle.js';
import type { ClaimRow, MentionRow } from './writeArticle.js';

export async function mergeInTx(
  tx: StatementTx,
  keepId: string,
  mergeId: string,
  allEntities: string,
): Promise<void> {
  if (keepId === mergeId)
    throw new EntenteError('BAD_USER_INPUT', 'Cannot merge an entity into itself.');
  await assertStored(tx, [keepId, mergeId], allEntities);
  const at = new Date().toISOString();
  await tx.run('retargetMerges', { from: mergeId, to: keepId });
  await tx.run('saveCorrection', {
    id: `merge:${mergeId}`,
    kind: 'merge',
    entityId: mergeId,
    targetId: keepId,
    name: '',
    at,
  });
  const corrections = await loadCorrections(tx);
  const touched = emptyTouched();
  touched.entityIds.add(keepId).add(mergeId);
  const mentions = (
    await tx.run('entityMentions', { id: mergeId }, { KIND: assertEntityKind(mergeId) })
  ).map((row): MentionRow => ({
    articleId: str(row, 'articleId'),
    id: keepId,
    name: str(row, 'name'),
    aliases: str(row, 'aliases'),
    affiliation: strOrNull(row, 'affiliation') === keepId ? null : strOrNull(row, 'affiliation'),
  }));
  const oldClaims = await tx.run('claimsTouching', { id: mergeId });
  for (const row of oldClaims) touched.relationIds.add(str(row, 'relationId'));
  await tx.run('retargetAffiliations', { from: mergeId, to: keepId });
  if (oldClaims.length)
    await tx.run('deleteClaims', { ids: oldClaims.map((row) => str(row, 'id')) });
  await tx.run('deleteEntityMentions', { id: mergeId });
  await tx.run('deleteEntities', { ids: [mergeId] }, { KIND: assertEntityKind(mergeId) });
  const claims = await withoutStored(tx, movedClaims(oldClaims, mergeId, keepId));
  await createMentionsAndClaims(tx, mentions, claims, touched);
  await refreshDerived(tx, touched, corrections, allEntities);
}

export async function renameInTx(
  tx: StatementTx,
  id: string,
  name: string,
  allEntities: string,
): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new EntenteError('BAD_USER_INPUT', 'A new name cannot be empty.');
  await assertStored(tx, [id], allEntities);
  const at = new Date().toISOString();
  await tx.run('saveCorrection', {
    id: `rename:${id}`,
    kind: 'rename',
    entityId: id,
    targetId: '',
    name: trimmed,
    at,
  });
  const touched = emptyTouched();
  touched.entityIds.add(id);
  await refreshDerived(tx, touched, await loadCorrections(tx), allEntities);
}

async function assertStored(tx: StatementTx, ids: string[], allEntities: string): Promise<void> {
  const found = new Set(
    (await tx.run('getEntities', { ids }, { ENTITY: allEntities })).map((row) => str(row, 'id')),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw new EntenteError(
      'NOT_FOUND',
      `No entity with id "${missing}"; search for it to find its id.`,
    );
  }
}

function movedClaims(rows: readonly Row[], mergeId: string, keepId: string): ClaimRow[] {
  const moved = new Map<string, ClaimRow>();
  for (const row of rows) {
    const source = str(row, 'source') === mergeId ? keepId : str(row, 'source');
    const target = str(row, 'target') === mergeId ? keepId : str(row, 'target');
    if (source === target) continue;
    const type = str(row, 'type') as RelationType;
    const relationId = toRelationId(type, source, target);
    const [from, to] = relationId.slice(relationId.indexOf(':') + 1).split('->') as [
      string,
      string,
    ];
    const articleId = str(row, 'articleId');
    const id = toClaimId(relationId, articleId, num(row, 'startOffset'), num(row, 'endOffset'));
    moved.set(id, {
      id,
      relationId,
      type,
      source: from,
      target: to,
      articleId,
      quote: str(row, 'quote'),
      startOffset: num(row, 'startOffset'),
      endOffset: num(row, 'endOffset'),
      status: str(row, 'status'),
      confidence: String(num(row, 'confidence')),
      speaker: strOrNull(row, 'speaker'),
    });
  }
  return [...moved.values()];
}

async function withoutStored(tx: StatementTx, claims: ClaimRow[]): Promise<ClaimRow[]> {
  if (claims.length === 0) return claims;
  const stored = await tx.run('existingClaimIds', { ids: claims.map((claim) => claim.id) });
  const ids = new Set(stored.map((row) => str(row, 'id')));
  return claims.filter((claim) => !ids.has(claim.id));
}
