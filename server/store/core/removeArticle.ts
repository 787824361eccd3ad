/** Removes an article inside a transaction, noting which entities and relations it touched. */
import type { Touched } from './refreshDerived.js';
import { str } from './rowValues.js';
import type { StatementTx } from './StatementRunner.js';

export async function removeArticle(
  tx: StatementTx,
  id: string,
  touched: Touched,
  allEntities: string,
): Promise<void> {
  const entities = await tx.run('articleEntityIds', { id }, { ENTITY: allEntities });
  const relations = await tx.run('articleRelationIds', { id });
  for (const row of entities) touched.entityIds.add(str(row, 'id'));
  for (const row of relations) touched.relationIds.add(str(row, 'id'));
  await tx.run('deleteArticleClaims', { id });
  await tx.run('deleteArticleMentions', { id });
  await tx.run('deleteArticle', { id });
}
