/**
 * What is derived from claims and mentions — relation edges and their roll-ups, entity names,
 * aliases and affiliations, REPRESENTS edges — for the ids a change touches, in three steps:
 * read, compute in memory, write. Ids a change only adds to (mentions and claims of new
 * articles) extend their stored roll-up; every other touched id is recomputed from all its
 * committed rows. Entities no article mentions any more are removed. Relation edges a change
 * touches are deleted and created again from their roll-up, so no statement has to find an edge
 * written in the same transaction.
 */
import { ENTITY_KINDS, RELATION_TYPES } from '../../domain/kinds.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Corrections } from './Corrections.js';
import { kindOfEntityId, toRelationIdParts } from './entityKinds.js';
import { rollUpEntity } from './rollUpEntity.js';
import type { EntityRollUpRow } from './rollUpEntity.js';
import { rollUpRelation } from './rollUpRelation.js';
import type { GraphChanges } from './createGraphIndex.js';
import type { RelationRollUpRow } from './rollUpRelation.js';
import { LIST_SEPARATOR, splitList, str } from './rowValues.js';
import { isDefined, toEntity, toRelation } from './toDomain.js';
import type { Entity, Relation } from '../../domain/types.js';
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

/** Ids whose stored roll-up is extended by rows of new articles (`base` absent: a new id). */
export interface Extensions {
  relations: Map<string, { base?: RelationRollUpRow; claims: Row[] }>;
  entities: Map<string, { base?: EntityRollUpRow; mentions: Row[] }>;
}

interface KeptRelation {
  type: string;
  sourceKind: EntityKind;
  targetKind: EntityKind;
  row: RelationRollUpRow;
}

export interface Derived {
  /** Stored relation edges to delete (they are created again when kept). */
  deleteRelations: { id: string; source: string }[];
  relations: KeptRelation[];
  goneEntityIds: string[];
  /** Roll-ups of stored entities. */
  entities: EntityRollUpRow[];
  /** Roll-ups of entities the change creates. */
  newEntities: EntityRollUpRow[];
  /** Officials whose REPRESENTS edge is written again. */
  representsIds: string[];
}

/** Reads what recomputing `touched` needs; `newEntityIds` also bring their affiliated officials. */
export async function readDerivedInputs(
  tx: StatementTx,
  touched: Touched,
  allEntities: string,
  newEntityIds: readonly string[] = [],
): Promise<DerivedInputs> {
  const relationIds = [...touched.relationIds];
  const seedIds = [...touched.entityIds];
  const claimKeys = relationIds.map((id) => ({ id, source: toRelationIdParts(id)?.source ?? '' }));
  const claims = relationIds.length
    ? await tx.run('claimRollUpRows', { rows: claimKeys }, { ENTITY: allEntities })
    : [];
  const affiliatedTo = [...seedIds, ...newEntityIds];
  const affiliated = affiliatedTo.length
    ? await tx.run('officialsAffiliatedWith', { ids: affiliatedTo })
    : [];
  const entityIds = [...new Set([...seedIds, ...affiliated.map((row) => str(row, 'id'))])];
  const mentions = entityIds.length
    ? await tx.run('entityMentionRows', { ids: entityIds }, { ENTITY: allEntities })
    : [];
  return { claims, mentions, entityIds };
}

/**
 * Roll-ups of the recomputed ids (from the rows as they will be after the change) and of the
 * extended ones. `newEntityIds` are the entities the change creates.
 */
export function computeDerived(
  rows: { claims: Row[]; mentions: Row[] },
  recompute: { relationIds: Iterable<string>; entityIds: Iterable<string> },
  extensions: Extensions,
  newEntityIds: ReadonlySet<string>,
  corrections: Corrections,
): Derived {
  const claims = groupBy(rows.claims, (row) => str(row, 'relationId'));
  const relationIds = [...recompute.relationIds];
  const relations = relationIds.flatMap((id) => keptRelation(id, claims.get(id) ?? []));
  for (const [id, { base, claims: added }] of extensions.relations)
    relations.push(...keptRelation(id, added, base));
  const mentions = groupBy(rows.mentions, (row) => str(row, 'id'));
  const ids = [...recompute.entityIds];
  const rolled = ids
    .filter((id) => mentions.has(id))
    .map((id) => rollUpEntity(id, mentions.get(id) ?? [], corrections.renamedTo(id)));
  const representsIds = rolled.map((entity) => entity.id);
  for (const [id, { base, mentions: added }] of extensions.entities) {
    const entity = rollUpEntity(id, added, corrections.renamedTo(id), base);
    rolled.push(entity);
    if (!base || base.affiliation !== entity.affiliation) representsIds.push(id);
  }
  return {
    deleteRelations: relationIds
      .concat([...extensions.relations].filter(([, e]) => e.base).map(([id]) => id))
      .map((id) => ({ id, source: toRelationIdParts(id)?.source ?? '' })),
    relations,
    goneEntityIds: ids.filter((id) => !mentions.has(id)),
    entities: rolled.filter((entity) => !newEntityIds.has(entity.id)),
    newEntities: rolled.filter((entity) => newEntityIds.has(entity.id)),
    representsIds: representsIds.filter((id) => kindOfEntityId(id) === 'Official'),
  };
}

function keptRelation(id: string, claims: Row[], base?: RelationRollUpRow): KeptRelation[] {
  const parts = toRelationIdParts(id);
  const sourceKind = parts && kindOfEntityId(parts.source);
  const targetKind = parts && kindOfEntityId(parts.target);
  if (!parts || !sourceKind || !targetKind || (claims.length === 0 && !base)) return [];
  const row = rollUpRelation(id, parts, claims, base);
  return [{ type: parts.type, sourceKind, targetKind, row }];
}

/** What the change does to entities and relation edges, for the in-memory graph index. */
export function toGraphChanges(derived: Derived): GraphChanges {
  const written = [...derived.entities, ...derived.newEntities];
  const affiliationOf = new Map(written.map((entity) => [entity.id, entity.affiliation]));
  return {
    entities: written.map(toWrittenEntity).filter(isDefined),
    removedRelationIds: derived.deleteRelations.map((row) => row.id),
    relations: derived.relations.map(({ row }) => toWrittenRelation(row)).filter(isDefined),
    removedEntityIds: [...derived.goneEntityIds],
    // As createDerived writes them: REPRESENTS leads only to a State or an Organization.
    affiliations: derived.representsIds.map((official) => {
      const affiliation = affiliationOf.get(official) ?? null;
      const kind = affiliation === null ? undefined : kindOfEntityId(affiliation);
      return {
        official,
        affiliation: kind === 'State' || kind === 'Organization' ? affiliation : null,
      };
    }),
  };
}

/** The entity a roll-up row writes, as a read of that node returns it (setEntities). */
function toWrittenEntity(row: EntityRollUpRow): Entity | undefined {
  return toEntity({
    ...row,
    aliases: splitList(row.aliases).filter((alias) => alias !== ''),
  });
}

/** The relation a roll-up row writes, as a read of that edge returns it (createRelations). */
function toWrittenRelation(row: RelationRollUpRow): Relation | undefined {
  return toRelation({
    ...row,
    sources: splitList(row.sources).filter((item) => item !== ''),
    statuses: splitList(row.statuses),
    confidence: Number(row.confidence),
  });
}

/** The deleting half: touched relation edges, entities gone, REPRESENTS of touched officials. */
export async function deleteDerived(tx: StatementTx, derived: Derived): Promise<void> {
  for (const type of RELATION_TYPES) {
    const rows = derived.deleteRelations.filter((row) => row.id.startsWith(`${type}:`));
    for (const kind of ENTITY_KINDS) {
      const group = rows.filter((row) => kindOfEntityId(row.source) === kind);
      if (group.length)
        await tx.run('deleteRelations', { rows: group }, { TYPE: type, KIND: kind });
    }
  }
  await runByKind(tx, 'deleteEntities', derived.goneEntityIds, (group) => ({ ids: group }));
  const stored = new Set(derived.entities.map((entity) => entity.id));
  const officials = derived.representsIds.filter((id) => stored.has(id));
  if (officials.length) await tx.run('deleteRepresents', { ids: officials });
}

/** Writes the roll-ups of stored entities (new ones are created with theirs, see createRows). */
export async function setEntities(tx: StatementTx, derived: Derived): Promise<void> {
  await runByKind(tx, 'setEntities', derived.entities, (group) => ({
    rows: group,
    sep: LIST_SEPARATOR,
  }));
}

/** The creating half, run once the entity nodes exist: relation edges, REPRESENTS. */
export async function createDerived(tx: StatementTx, derived: Derived): Promise<void> {
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
  const refresh = new Set(derived.representsIds);
  const officials = [...derived.entities, ...derived.newEntities].filter(
    (entity) => refresh.has(entity.id) && entity.affiliation,
  );
  for (const kind of ['State', 'Organization'] as const) {
    const rows = officials
      .filter((official) => kindOfEntityId(official.affiliation ?? '') === kind)
      .map((official) => ({ id: official.id, affiliation: official.affiliation }));
    if (rows.length) await tx.run('createRepresents', { rows }, { KIND: kind });
  }
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export async function runByKind<T extends string | { id: string }>(
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
