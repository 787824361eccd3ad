/**
 * What is derived from claims and mentions — relation edges and their roll-ups, entity names,
 * aliases and affiliations, REPRESENTS edges — recomputed for the ids a change touches, in three
 * steps: read the committed inputs, compute in memory, write. Entities no article mentions any
 * more are removed. Relation edges a change touches are deleted and created again from their
 * roll-up, so no statement has to find an edge written in the same transaction.
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

export interface DerivedInputs {
  /** Rows of `claimRollUpRows` for the touched relations. */
  claims: Row[];
  /** Rows of `entityMentionRows` for the touched entities and the officials affiliated with them. */
  mentions: Row[];
  /** The touched entities and the officials affiliated with them. */
  entityIds: string[];
}

interface KeptRelation {
  type: string;
  sourceKind: EntityKind;
  targetKind: EntityKind;
  row: RelationRollUpRow;
}

export interface Derived {
  relationIds: string[];
  relations: KeptRelation[];
  goneEntityIds: string[];
  entities: EntityRollUpRow[];
}

export async function readDerivedInputs(
  tx: StatementTx,
  touched: Touched,
  allEntities: string,
): Promise<DerivedInputs> {
  const relationIds = [...touched.relationIds];
  const seedIds = [...touched.entityIds];
  const claimKeys = relationIds.map((id) => ({ id, source: toRelationIdParts(id)?.source ?? '' }));
  const claims = relationIds.length
    ? await tx.run('claimRollUpRows', { rows: claimKeys }, { ENTITY: allEntities })
    : [];
  const affiliated = seedIds.length
    ? await tx.run('officialsAffiliatedWith', { ids: seedIds })
    : [];
  const entityIds = [...new Set([...seedIds, ...affiliated.map((row) => str(row, 'id'))])];
  const mentions = entityIds.length
    ? await tx.run('entityMentionRows', { ids: entityIds }, { ENTITY: allEntities })
    : [];
  return { claims, mentions, entityIds };
}

/** Roll-ups of the touched ids from the rows as they will be after the change. */
export function computeDerived(
  rows: { claims: Row[]; mentions: Row[] },
  relationIds: Iterable<string>,
  entityIds: Iterable<string>,
  corrections: Corrections,
): Derived {
  const claims = groupBy(rows.claims, (row) => str(row, 'relationId'));
  const relations: KeptRelation[] = [];
  const ids = [...relationIds];
  for (const id of ids) {
    const parts = toRelationIdParts(id);
    const sourceKind = parts && kindOfEntityId(parts.source);
    const targetKind = parts && kindOfEntityId(parts.target);
    const rowsOf = claims.get(id) ?? [];
    if (!parts || !sourceKind || !targetKind || rowsOf.length === 0) continue;
    relations.push({
      type: parts.type,
      sourceKind,
      targetKind,
      row: rollUpRelation(id, parts, rowsOf),
    });
  }
  const mentions = groupBy(rows.mentions, (row) => str(row, 'id'));
  const entities = [...entityIds];
  return {
    relationIds: ids,
    relations,
    goneEntityIds: entities.filter((id) => !mentions.has(id)),
    entities: entities
      .filter((id) => mentions.has(id))
      .map((id) => rollUpEntity(id, mentions.get(id) ?? [], corrections.renamedTo(id))),
  };
}

/** The deleting half: touched relation edges, entities gone, REPRESENTS of touched officials. */
export async function deleteDerived(tx: StatementTx, derived: Derived): Promise<void> {
  for (const type of RELATION_TYPES) {
    const ofType = derived.relationIds.filter((id) => id.startsWith(`${type}:`));
    if (ofType.length) await tx.run('deleteRelations', { ids: ofType }, { TYPE: type });
  }
  await runByKind(tx, 'deleteEntities', derived.goneEntityIds, (group) => ({ ids: group }));
  const officials = derived.entities.filter((entity) => kindOfEntityId(entity.id) === 'Official');
  if (officials.length)
    await tx.run('deleteRepresents', { ids: officials.map((official) => official.id) });
}

/** The creating half, run once the entity nodes exist: names, relation edges, REPRESENTS. */
export async function createDerived(tx: StatementTx, derived: Derived): Promise<void> {
  await runByKind(tx, 'setEntities', derived.entities, (group) => ({
    rows: group,
    sep: LIST_SEPARATOR,
  }));
  const groups = groupBy(
    derived.relations,
    (item) => `${item.type}|${item.sourceKind}|${item.targetKind}`,
  );
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const vars = { TYPE: first.type, SOURCE_KIND: first.sourceKind, TARGET_KIND: first.targetKind };
    const rows = group.map((item) => item.row);
    await tx.run('createRelations', { rows, sep: LIST_SEPARATOR }, vars);
  }
  for (const kind of ['State', 'Organization'] as const) {
    const rows = derived.entities
      .filter((entity) => kindOfEntityId(entity.id) === 'Official')
      .filter((official) => official.affiliation && kindOfEntityId(official.affiliation) === kind)
      .map((official) => ({ id: official.id, affiliation: official.affiliation }));
    if (rows.length) await tx.run('createRepresents', { rows }, { KIND: kind });
  }
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
