/** Creates the embedded store's tables when missing (node and relationship tables are typed in Kuzu). */
import { ENTITY_KINDS, RELATION_TYPES } from '../../domain/kinds.js';
import type { StatementTx } from '../core/StatementRunner.js';

const pairs = (from: readonly string[], to: readonly string[]): string =>
  from.flatMap((a) => to.map((b) => `FROM ${a} TO ${b}`)).join(', ');

export async function applyKuzuSchema(tx: StatementTx): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    await tx.run('createEntityTable', {}, { KIND: kind });
    await tx.run('addEntityNameCounts', {}, { KIND: kind });
  }
  await tx.run('createArticleTable');
  await tx.run('createClaimTable');
  await tx.run('createCorrectionTable');
  await tx.run('createMentionTable');
  for (const type of RELATION_TYPES) {
    await tx.run(
      'createRelationTable',
      {},
      { TYPE: type, PAIRS: pairs(ENTITY_KINDS, ENTITY_KINDS) },
    );
    await tx.run('addRelationConfidenceMicros', {}, { TYPE: type });
  }
  await tx.run('createMentionsTable', {}, { PAIRS: pairs(['Article'], ENTITY_KINDS) });
  await tx.run('createRepresentsTable');
  await tx.run('createHasClaimTable');
  await tx.run('createAboutTable', {}, { PAIRS: pairs(['Claim'], ENTITY_KINDS) });
}
