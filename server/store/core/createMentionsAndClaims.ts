/**
 * Creates what a change adds: entity nodes (new ones, with their roll-up), mentions and claims,
 * grouped by kind because Kuzu creates edges only between single-label endpoints. One UNWIND
 * CREATE per table and kind: Kuzu's `COPY … FROM (UNWIND …)` works in a write transaction but
 * makes its commit cost tens to hundreds of milliseconds per table, more than it saves on
 * batches of this size (cypher/README.md).
 */
import { ENTITY_KINDS } from '../../domain/kinds.js';
import { kindOfEntityId } from './entityKinds.js';
import type { EntityRollUpRow } from './rollUpEntity.js';
import { LIST_SEPARATOR } from './rowValues.js';
import type { StatementTx } from './StatementRunner.js';

export interface MentionRow {
  articleId: string;
  id: string;
  name: string;
  aliases: string;
  affiliation: string | null;
}

export interface ClaimRow {
  id: string;
  relationId: string;
  type: string;
  source: string;
  target: string;
  articleId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  status: string;
  confidence: string;
  speaker: string | null;
}

export interface NewRows {
  entities: readonly EntityRollUpRow[];
  mentions: readonly MentionRow[];
  claims: readonly ClaimRow[];
}

export async function createMentionsAndClaims(
  tx: StatementTx,
  { entities, mentions, claims }: NewRows,
): Promise<void> {
  for (const [kind, group] of byKind(entities, (entity) => entity.id))
    await tx.run('createEntities', { rows: group, sep: LIST_SEPARATOR }, { KIND: kind });
  for (const [kind, group] of byKind(mentions, (mention) => mention.id))
    await tx.run('createMentions', { rows: group }, { KIND: kind });
  for (const [kind, group] of byKind(claims, (claim) => claim.source))
    await tx.run('createClaims', { rows: group }, { KIND: kind });
}

function byKind<T>(items: readonly T[], idOf: (item: T) => string): [string, T[]][] {
  return ENTITY_KINDS.map((kind): [string, T[]] => [
    kind,
    items.filter((item) => kindOfEntityId(idOf(item)) === kind),
  ]).filter(([, group]) => group.length > 0);
}
