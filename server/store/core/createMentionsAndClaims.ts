/**
 * Creates entity nodes (when new), mentions and claims, grouped by kind because Kuzu creates
 * edges only between single-label endpoints.
 */
import { ENTITY_KINDS } from '../../domain/kinds.js';
import { kindOfEntityId } from './entityKinds.js';
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

export async function createMentionsAndClaims(
  tx: StatementTx,
  mentions: readonly MentionRow[],
  claims: readonly ClaimRow[],
): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const ofKind = mentions.filter((mention) => kindOfEntityId(mention.id) === kind);
    if (ofKind.length === 0) continue;
    const nodes = [...new Map(ofKind.map((m) => [m.id, { id: m.id, name: m.name }])).values()];
    await tx.run('mergeEntityNodes', { rows: nodes }, { KIND: kind });
    await tx.run('createMentions', { rows: ofKind }, { KIND: kind });
  }
  for (const kind of ENTITY_KINDS) {
    const ofKind = claims.filter((claim) => kindOfEntityId(claim.source) === kind);
    if (ofKind.length) await tx.run('createClaims', { rows: ofKind }, { KIND: kind });
  }
}
