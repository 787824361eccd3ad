/**
 * Removing articles inside a write transaction, in two halves: what they touch is read before
 * anything is written (see applyChange), then they are deleted with their claims and mentions.
 */
import { emptyTouched } from './refreshDerived.js';
import type { Touched } from './refreshDerived.js';
import { str } from './rowValues.js';
import type { StatementTx } from './StatementRunner.js';

export async function readRemovedArticles(
  tx: StatementTx,
  ids: readonly string[],
  allEntities: string,
): Promise<Touched> {
  const touched = emptyTouched();
  for (const id of ids) {
    const entities = await tx.run('articleEntityIds', { id }, { ENTITY: allEntities });
    const relations = await tx.run('articleRelationIds', { id });
    for (const row of entities) touched.entityIds.add(str(row, 'id'));
    for (const row of relations) touched.relationIds.add(str(row, 'id'));
  }
  return touched;
}

export async function writeRemovedArticles(tx: StatementTx, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await tx.run('deleteArticleClaims', { id });
    await tx.run('deleteArticleMentions', { id });
    await tx.run('deleteArticle', { id });
  }
}
