/**
 * Recomputes what is derived from claims and mentions — relation edges and their roll-ups,
 * entity names, aliases and affiliations, REPRESENTS edges — for the ids a write touched.
 * Entities no article mentions any more are removed.
 */
import { ENTITY_KINDS, RELATION_TYPES } from '../../domain/kinds.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Corrections } from './Corrections.js';
import { kindOfEntityId, toRelationIdParts } from './entityKinds.js';
import { rollUpEntity } from './rollUpEntity.js';
import type { EntityRollUpRow } from './rollUpEntity.js';
import { rollUpRelation } from './rollUpRelation.js';
import type { RelationRollUpRow } from './rollUpRelation.js';
import { LIST_SEPARATOR, str } from './rowValues.js';
import type { Row, StatementTx } from './StatementRunner.js';

export interface Touched {
  entityIds: Set<string>;
  relationIds: Set<string>;
}

export function emptyTouched(): Touched {
  return { entityIds: new Set(), relationIds: new Set() };
}

export async function refreshDerived(
  tx: StatementTx,
  touched: Touched,
  corrections: Corrections,
  allEntities: string,
): Promise<void> {
  await refreshRelations(tx, [...touched.relationIds]);
  await refreshEntities(tx, [...touched.entityIds], corrections, allEntities);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

async function refreshRelations(tx: StatementTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const claims = groupBy(await tx.run('claimRollUpRows', { ids }), (row) => str(row, 'relationId'));
  const gone: string[] = [];
  const kept: {
    type: string;
    sourceKind: EntityKind;
    targetKind: EntityKind;
    row: RelationRollUpRow;
  }[] = [];
  for (const id of ids) {
    const parts = toRelationIdParts(id);
    const sourceKind = parts && kindOfEntityId(parts.source);
    const targetKind = parts && kindOfEntityId(parts.target);
    if (!parts || !sourceKind || !targetKind) continue;
    const rows = claims.get(id) ?? [];
    if (rows.length === 0) gone.push(id);
    else
      kept.push({ type: parts.type, sourceKind, targetKind, row: rollUpRelation(id, parts, rows) });
  }
  await deleteRelations(tx, gone);
  for (const [, group] of groupBy(
    kept,
    (item) => `${item.type}|${item.sourceKind}|${item.targetKind}`,
  )) {
    const first = group[0];
    if (!first) continue;
    const vars = { TYPE: first.type, SOURCE_KIND: first.sourceKind, TARGET_KIND: first.targetKind };
    await tx.run(
      'mergeRelations',
      { rows: group.map((item) => item.row), sep: LIST_SEPARATOR },
      vars,
    );
  }
}

async function deleteRelations(tx: StatementTx, ids: string[]): Promise<void> {
  for (const type of RELATION_TYPES) {
    const ofType = ids.filter((id) => id.startsWith(`${type}:`));
    if (ofType.length) await tx.run('deleteRelations', { ids: ofType }, { TYPE: type });
  }
}

async function refreshEntities(
  tx: StatementTx,
  seedIds: string[],
  corrections: Corrections,
  allEntities: string,
): Promise<void> {
  if (seedIds.length === 0) return;
  const affiliated = await tx.run('officialsAffiliatedWith', { ids: seedIds });
  const ids = [...new Set([...seedIds, ...affiliated.map((row) => str(row, 'id'))])];
  const mentions = groupBy(
    await tx.run('entityMentionRows', { ids }, { ENTITY: allEntities }),
    (row) => str(row, 'id'),
  );
  const gone = ids.filter((id) => !mentions.has(id));
  const kept = ids
    .filter((id) => mentions.has(id))
    .map((id) => rollUpEntity(id, mentions.get(id) ?? [], corrections.renamedTo(id)));
  await runByKind(tx, 'deleteEntities', gone, (group) => ({ ids: group }));
  await runByKind(tx, 'setEntities', kept, (group) => ({ rows: group, sep: LIST_SEPARATOR }));
  await refreshRepresents(tx, kept);
}

async function runByKind<T extends string | EntityRollUpRow>(
  tx: StatementTx,
  name: string,
  items: T[],
  toParams: (group: T[]) => Row,
): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const group = items.filter(
      (item) => kindOfEntityId(typeof item === 'string' ? item : item.id) === kind,
    );
    if (group.length) await tx.run(name, toParams(group), { KIND: kind });
  }
}

async function refreshRepresents(tx: StatementTx, entities: EntityRollUpRow[]): Promise<void> {
  const officials = entities.filter((entity) => kindOfEntityId(entity.id) === 'Official');
  if (officials.length === 0) return;
  await tx.run('deleteRepresents', { ids: officials.map((official) => official.id) });
  for (const kind of ['State', 'Organization'] as const) {
    const rows = officials
      .filter((official) => official.affiliation && kindOfEntityId(official.affiliation) === kind)
      .map((official) => ({ id: official.id, affiliation: official.affiliation }));
    if (rows.length) await tx.run('createRepresents', { rows }, { KIND: kind });
  }
}
