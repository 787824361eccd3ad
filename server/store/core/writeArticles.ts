/**
 * Writes a batch of articles in one transaction: each article with the entities it mentions and
 * one claim per evidence sentence, then the derived roll-ups. Re-ingesting the same article
 * changes nothing; a new version of a stored story (same key, new id) replaces the old one. An
 * article whose extraction is inconsistent is reported as a failure and the others are written.
 * The batch must not repeat an article id or key (see toWriteBatches).
 */
import { toClaimId, toRelationId } from '../../domain/ids.js';
import type { ExtractedEntity } from '../../domain/types.js';
import { EntenteError, toEntenteError } from '../../errors/EntenteError.js';
import type { ArticleRecord, IngestOutcome } from '../GraphStore.js';
import { applyChange } from './applyChange.js';
import type { Change } from './applyChange.js';
import type { ClaimRow, MentionRow } from './createMentionsAndClaims.js';
import type { Corrections } from './Corrections.js';
import { assertEntityKind } from './entityKinds.js';
import { joinList, str } from './rowValues.js';
import type { StatementTx } from './StatementRunner.js';

export type WriteOutcome = IngestOutcome | { articleId: string; error: Error };

export async function writeArticles(
  tx: StatementTx,
  records: readonly ArticleRecord[],
  corrections: Corrections,
  allEntities: string,
): Promise<WriteOutcome[]> {
  const found = await tx.run('findArticles', {
    ids: records.map((record) => record.article.id),
    keys: records.map((record) => record.key),
  });
  const storedIds = new Set(found.map((row) => str(row, 'id')));
  const idByKey = new Map(found.map((row) => [str(row, 'key'), str(row, 'id')]));
  const change: Change = { removeArticleIds: [], addArticles: [], addMentions: [], addClaims: [] };
  const outcomes = records.map((record): WriteOutcome => {
    const { article, key } = record;
    try {
      const mentions = toMentionRows(record, corrections);
      const claims = toClaimRows(record, corrections, new Set(mentions.map((m) => m.id)));
      if (storedIds.has(article.id))
        return { articleId: article.id, status: 'unchanged', claims: claims.length };
      const replaced = idByKey.get(key);
      if (replaced !== undefined) change.removeArticleIds.push(replaced);
      change.addArticles.push({ article, key });
      change.addMentions.push(...mentions);
      const extra = { date: article.date, articleSource: article.source };
      change.addClaims.push(...claims.map((row) => ({ row, ...extra })));
      return replaced === undefined
        ? { articleId: article.id, status: 'stored', claims: claims.length }
        : {
            articleId: article.id,
            status: 'replaced',
            replacedId: replaced,
            claims: claims.length,
          };
    } catch (error) {
      return { articleId: article.id, error: toEntenteError(error) };
    }
  });
  await applyChange(tx, change, corrections, allEntities);
  return outcomes;
}

/** Splits records into batches of at most `size` that repeat no article id or key. */
export function toWriteBatches(records: readonly ArticleRecord[], size: number): ArticleRecord[][] {
  const batches: ArticleRecord[][] = [];
  let batch: ArticleRecord[] = [];
  let seen = new Set<string>();
  for (const record of records) {
    const names = [`id:${record.article.id}`, `key:${record.key}`];
    if (batch.length >= size || names.some((name) => seen.has(name))) {
      batches.push(batch);
      batch = [];
      seen = new Set();
    }
    batch.push(record);
    for (const name of names) seen.add(name);
  }
  if (batch.length) batches.push(batch);
  return batches;
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
