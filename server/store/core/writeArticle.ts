/**
 * Writes one article inside a transaction: the article, the entities it mentions, one claim per
 * evidence sentence, then the derived roll-ups. Re-ingesting the same article changes nothing; a
 * new version of a stored story (same key, new id) replaces the old one.
 */
import { toClaimId, toRelationId } from '../../domain/ids.js';
import { ENTITY_KINDS } from '../../domain/kinds.js';
import type { ExtractedEntity } from '../../domain/types.js';
import { EntenteError } from '../../errors/EntenteError.js';
import type { ArticleRecord, IngestOutcome } from '../GraphStore.js';
import type { Corrections } from './Corrections.js';
import { assertEntityKind, kindOfEntityId } from './entityKinds.js';
import { emptyTouched, refreshDerived } from './refreshDerived.js';
import type { Touched } from './refreshDerived.js';
import { removeArticle } from './removeArticle.js';
import { joinList, str } from './rowValues.js';
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

export async function writeArticle(
  tx: StatementTx,
  record: ArticleRecord,
  corrections: Corrections,
  allEntities: string,
): Promise<IngestOutcome> {
  const { article, key } = record;
  const found = await tx.run('findArticle', { id: article.id, key });
  const mentions = toMentionRows(record, corrections);
  const claims = toClaimRows(record, corrections, new Set(mentions.map((m) => m.id)));
  if (found.some((row) => str(row, 'id') === article.id)) {
    return { articleId: article.id, status: 'unchanged', claims: claims.length };
  }
  const touched = emptyTouched();
  const replaced = found.map((row) => str(row, 'id')).find((id) => id !== article.id);
  if (replaced !== undefined) await removeArticle(tx, replaced, touched, allEntities);
  await tx.run('createArticle', { ...article, key });
  await createMentionsAndClaims(tx, mentions, claims, touched);
  await refreshDerived(tx, touched, corrections, allEntities);
  return replaced === undefined
    ? { articleId: article.id, status: 'stored', claims: claims.length }
    : { articleId: article.id, status: 'replaced', replacedId: replaced, claims: claims.length };
}

export async function createMentionsAndClaims(
  tx: StatementTx,
  mentions: MentionRow[],
  claims: ClaimRow[],
  touched: Touched,
): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const ofKind = mentions.filter((mention) => kindOfEntityId(mention.id) === kind);
    if (ofKind.length === 0) continue;
    const nodes = ofKind.map((mention) => ({ id: mention.id, name: mention.name }));
    await tx.run('mergeEntityNodes', { rows: nodes }, { KIND: kind });
    await tx.run('createMentions', { rows: ofKind }, { KIND: kind });
  }
  for (const kind of ENTITY_KINDS) {
    const ofKind = claims.filter((claim) => kindOfEntityId(claim.source) === kind);
    if (ofKind.length) await tx.run('createClaims', { rows: ofKind }, { KIND: kind });
  }
  for (const mention of mentions) touched.entityIds.add(mention.id);
  for (const claim of claims) touched.relationIds.add(claim.relationId);
}

/** One mention per stored entity id (entities merged by an analyst collapse into one). */
export function toMentionRows(record: ArticleRecord, corrections: Corrections): MentionRow[] {
  const byId = new Map<string, MentionRow>();
  for (const entity of record.extraction.entities) {
    assertEntityKind(entity.id);
    const id = corrections.resolve(entity.id);
    const row = byId.get(id);
    byId.set(
      id,
      row
        ? combine(row, entity, corrections)
        : toMentionRow(record.article.id, id, entity, corrections),
    );
  }
  return [...byId.values()];
}

function toMentionRow(
  articleId: string,
  id: string,
  entity: ExtractedEntity,
  corrections: Corrections,
): MentionRow {
  const affiliation = entity.affiliation ? corrections.resolve(entity.affiliation) : null;
  return {
    articleId,
    id,
    name: entity.name,
    aliases: joinList(entity.aliases.filter((alias) => alias !== entity.name)),
    affiliation: affiliation === id ? null : affiliation,
  };
}

function combine(row: MentionRow, entity: ExtractedEntity, corrections: Corrections): MentionRow {
  const other = toMentionRow(row.articleId, row.id, entity, corrections);
  const aliases = [row.aliases, other.aliases, other.name]
    .filter(Boolean)
    .join('\u001f')
    .split('\u001f');
  return {
    ...row,
    aliases: joinList([...new Set(aliases)].filter((alias) => alias !== row.name)),
    affiliation: row.affiliation ?? other.affiliation,
  };
}

/** One claim per relation and evidence sentence; relations merged onto themselves are dropped. */
export function toClaimRows(
  record: ArticleRecord,
  corrections: Corrections,
  entityIds: Set<string>,
): ClaimRow[] {
  const articleId = record.article.id;
  const rows = new Map<string, ClaimRow>();
  for (const relation of record.extraction.relations) {
    const source = corrections.resolve(relation.source);
    const target = corrections.resolve(relation.target);
    assertEndpoint(relation.source, source, entityIds, articleId);
    assertEndpoint(relation.target, target, entityIds, articleId);
    if (source === target) continue;
    const relationId = toRelationId(relation.type, source, target);
    const [from, to] = relationId.slice(relationId.indexOf(':') + 1).split('->') as [
      string,
      string,
    ];
    for (const evidence of relation.evidence) {
      const id = toClaimId(relationId, articleId, evidence.start, evidence.end);
      rows.set(id, {
        id,
        relationId,
        type: relation.type,
        source: from,
        target: to,
        articleId,
        quote: evidence.sentence,
        startOffset: Math.trunc(evidence.start),
        endOffset: Math.trunc(evidence.end),
        status: relation.status,
        confidence: String(relation.confidence),
        speaker: relation.speaker ?? null,
      });
    }
  }
  return [...rows.values()];
}

function assertEndpoint(
  extractedId: string,
  id: string,
  entityIds: Set<string>,
  articleId: string,
): void {
  if (entityIds.has(id)) return;
  throw new EntenteError(
    'BAD_USER_INPUT',
    `A relation of article ${articleId} names "${extractedId}", which is not among its entities; list every relation endpoint in extraction.entities.`,
    { location: { article: articleId } },
  );
}
