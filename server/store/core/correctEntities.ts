/**
 * Analyst merges and renames. A merge moves every mention and claim of `mergeId` onto `keepId`,
 * removes `mergeId`, and records the merge so later ingests store `mergeId` as `keepId`. A rename
 * records the analyst's name, which wins over extracted names from then on.
 */
import { toClaimId, toRelationId } from '../../domain/ids.js';
import type { RelationType } from '../../domain/kinds.js';
import { EntenteError } from '../../errors/EntenteError.js';
import { applyChange } from './applyChange.js';
import type { AddedClaim, Change } from './applyChange.js';
import { toCorrections } from './Corrections.js';
import { assertEntityKind } from './entityKinds.js';
import { num, str, strOrNull } from './rowValues.js';
import type { Row, StatementTx } from './StatementRunner.js';
import type { ClaimRow, MentionRow } from './createMentionsAndClaims.js';

export async function mergeInTx(
  tx: StatementTx,
  keepId: string,
  mergeId: string,
  allEntities: string,
): Promise<void> {
  if (keepId === mergeId)
    throw new EntenteError('BAD_USER_INPUT', 'Cannot merge an entity into itself.');
  await assertStored(tx, [keepId, mergeId], allEntities);
  const correction = {
    id: `merge:${mergeId}`,
    kind: 'merge',
    entityId: mergeId,
    targetId: keepId,
    name: '',
    at: new Date().toISOString(),
  };
  const corrections = toCorrections([...(await tx.run('listCorrections')), correction]);
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
  const claims = await withoutStored(tx, movedClaims(oldClaims, mergeId, keepId));
  const oldClaimIds = oldClaims.map((row) => str(row, 'id'));
  const change: Change = {
    removeArticleIds: [],
    addArticles: [],
    addMentions: mentions,
    addClaims: claims,
    removeClaimIds: oldClaimIds,
    removeEntityIds: [mergeId],
    retargetAffiliation: { from: mergeId, to: keepId },
    touched: {
      entityIds: new Set([keepId, mergeId]),
      relationIds: new Set(oldClaims.map((row) => str(row, 'relationId'))),
    },
    writeFirst: async (write) => {
      await write.run('retargetMerges', { from: mergeId, to: keepId });
      await write.run('saveCorrection', correction);
      await write.run('retargetAffiliations', { from: mergeId, to: keepId });
      if (oldClaimIds.length) await write.run('deleteClaims', { ids: oldClaimIds });
      await write.run('deleteEntityMentions', { id: mergeId });
    },
  };
  await applyChange(tx, change, corrections, allEntities);
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
  const correction = {
    id: `rename:${id}`,
    kind: 'rename',
    entityId: id,
    targetId: '',
    name: trimmed,
    at: new Date().toISOString(),
  };
  const corrections = toCorrections([...(await tx.run('listCorrections')), correction]);
  const change: Change = {
    removeArticleIds: [],
    addArticles: [],
    addMentions: [],
    addClaims: [],
    touched: { entityIds: new Set([id]), relationIds: new Set() },
    writeFirst: async (write) => {
      await write.run('saveCorrection', correction);
    },
  };
  await applyChange(tx, change, corrections, allEntities);
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

function movedClaims(rows: readonly Row[], mergeId: string, keepId: string): AddedClaim[] {
  const moved = new Map<string, AddedClaim>();
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
    const claim: ClaimRow = {
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
    };
    moved.set(id, {
      row: claim,
      date: strOrNull(row, 'date'),
      articleSource: strOrNull(row, 'articleSource'),
    });
  }
  return [...moved.values()];
}

async function withoutStored(tx: StatementTx, claims: AddedClaim[]): Promise<AddedClaim[]> {
  if (claims.length === 0) return claims;
  const stored = await tx.run('existingClaimIds', { ids: claims.map((claim) => claim.row.id) });
  const ids = new Set(stored.map((row) => str(row, 'id')));
  return claims.filter((claim) => !ids.has(claim.row.id));
}
