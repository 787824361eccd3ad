/**
 * Reads the stored roll-ups of the entities and relations a change only adds to, by primary
 * key, so that they are extended with the added rows instead of recomputed from every committed
 * mention and claim (which grows with the store for the busiest entities). An id stored without
 * its aggregate (a store written before it was kept) is recomputed instead.
 */
import { RELATION_TYPES } from '../../domain/kinds.js';
import { toRelationIdParts } from './entityKinds.js';
import type { Extensions } from './refreshDerived.js';
import { toStoredEntity } from './rollUpEntity.js';
import { toStoredRollUp } from './rollUpRelation.js';
import { str } from './rowValues.js';
import type { Row, StatementTx } from './StatementRunner.js';

/** Rows a change adds, by the id they roll up into, for ids not being recomputed. */
export interface AddedRows {
  claims: Map<string, Row[]>;
  mentions: Map<string, Row[]>;
  /** Every entity the change mentions, recomputed or not. */
  mentionedIds: string[];
}

export interface StoredRollUps {
  extensions: Extensions;
  /** Mentioned entities that are not stored yet: the change creates them. */
  newEntityIds: Set<string>;
  /** Ids stored without their aggregate: recompute them. */
  legacy: { entityIds: string[]; relationIds: string[] };
}

export async function readStoredRollUps(
  tx: StatementTx,
  added: AddedRows,
  allEntities: string,
): Promise<StoredRollUps> {
  const extensions: Extensions = { relations: new Map(), entities: new Map() };
  const entityRows = added.mentionedIds.length
    ? await tx.run('storedEntities', { ids: added.mentionedIds }, { ENTITY: allEntities })
    : [];
  const storedEntities = new Map(entityRows.map((row) => [str(row, 'id'), row]));
  const newEntityIds = new Set(added.mentionedIds.filter((id) => !storedEntities.has(id)));
  const relationKeys = [...added.claims.keys()].map((id) => ({
    id,
    source: toRelationIdParts(id)?.source ?? '',
  }));
  const relationRows = relationKeys.length
    ? await tx.run(
        'storedRelations',
        { rows: relationKeys },
        { ENTITY: allEntities, TYPES: RELATION_TYPES.join('|') },
      )
    : [];
  const storedRelations = new Map(relationRows.map((row) => [str(row, 'id'), row]));
  const legacy: StoredRollUps['legacy'] = { entityIds: [], relationIds: [] };
  for (const [id, claims] of added.claims) {
    const row = storedRelations.get(id);
    const base = row && toStoredRollUp(row);
    if (row && !base) legacy.relationIds.push(id);
    else extensions.relations.set(id, { base, claims });
  }
  for (const [id, mentions] of added.mentions) {
    const row = storedEntities.get(id);
    const base = row && toStoredEntity(row);
    if (row && !base) legacy.entityIds.push(id);
    else extensions.entities.set(id, { base, mentions });
  }
  return { extensions, newEntityIds, legacy };
}
