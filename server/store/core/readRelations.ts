/**
 * Relation reads shared by both backends: by entity, by id, with roll-up filters. REPRESENTS
 * edges (official → affiliation) are read by their own statements and come back as relations
 * with no claims (`toAffiliationRelation`).
 */
import { AFFILIATION_TYPE, RELATION_TYPES } from '../../domain/kinds.js';
import type { RelationType } from '../../domain/kinds.js';
import type { Relation } from '../../domain/types.js';
import type { Direction, RelationFilter } from '../GraphStore.js';
import { kindOfEntityId, toRelationIdParts } from './entityKinds.js';
import { str } from './rowValues.js';
import type { StatementRunner } from './StatementRunner.js';
import { isDefined, toAffiliationRelation, toRelation } from './toDomain.js';

type TypesFilter = { types?: RelationFilter['types'] };

/** The claim relation types a filter selects: all four when it names no type. */
export function claimTypesOf(filter: TypesFilter): RelationType[] {
  return filter.types?.length
    ? RELATION_TYPES.filter((type) => filter.types?.includes(type))
    : [...RELATION_TYPES];
}

/** Whether a filter selects REPRESENTS edges: when it names no type, or names REPRESENTS. */
export function walksAffiliations(filter: TypesFilter): boolean {
  return !filter.types?.length || filter.types.includes(AFFILIATION_TYPE);
}

/** `{{TYPES}}` for statements over claim relations; empty when the filter selects none. */
export function typesOf(filter: TypesFilter): string {
  return claimTypesOf(filter).join('|');
}

/** `{{TYPES}}` for traversals: the selected claim types, and REPRESENTS when selected. */
export function edgeTypesOf(filter: TypesFilter): string {
  const types: string[] = claimTypesOf(filter);
  return (walksAffiliations(filter) ? [...types, AFFILIATION_TYPE] : types).join('|');
}

/** Whether the filter tests claims, which REPRESENTS edges do not have. */
export function filtersClaims(filter: RelationFilter): boolean {
  return Boolean(
    filter.statuses?.length || filter.from || filter.to || (filter.minClaims ?? 0) > 0,
  );
}

/** Whether `passes` is true of every relation under this filter. */
export function passesAll(filter: RelationFilter): boolean {
  return !filter.types?.length && !filter.kinds?.length && !filtersClaims(filter);
}

/** Whether a relation's roll-up passes the filter; `anchor` is exempt from the kinds filter. */
export function passes(relation: Relation, filter: RelationFilter, anchor?: string): boolean {
  if (filter.types?.length && !filter.types.includes(relation.type)) return false;
  if (
    filter.statuses?.length &&
    !relation.statuses.some((status) => filter.statuses?.includes(status))
  )
    return false;
  if (filter.minClaims !== undefined && relation.claimCount < filter.minClaims) return false;
  if (filter.from && (relation.lastSeen === null || relation.lastSeen < filter.from)) return false;
  if (filter.to && (relation.firstSeen === null || relation.firstSeen > filter.to)) return false;
  if (filter.kinds?.length) {
    const others = [relation.source, relation.target].filter((id) => id !== anchor);
    if (!others.every((id) => filter.kinds?.includes(kindOfEntityId(id) ?? 'State'))) return false;
  }
  return true;
}

export async function relationsOf(
  runner: StatementRunner,
  ids: readonly string[],
  filter: RelationFilter,
  direction: Direction,
): Promise<Map<string, Relation[]>> {
  const result = new Map<string, Relation[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const add = (anchor: string, relation: Relation | undefined): void => {
    const list = result.get(anchor);
    if (
      relation &&
      list &&
      passes(relation, filter, anchor) &&
      !list.some((r) => r.id === relation.id)
    )
      list.push(relation);
  };
  const params = { ids: [...ids] };
  const vars = { ENTITY: runner.entityLabels(), TYPES: typesOf(filter) };
  const sides =
    direction === 'BOTH'
      ? (['Out', 'In'] as const)
      : ([direction === 'OUT' ? 'Out' : 'In'] as const);
  for (const side of sides) {
    if (vars.TYPES !== '') {
      for (const row of await runner.read(`relations${side}`, params, vars))
        add(str(row, 'anchor'), toRelation(row));
    }
    if (walksAffiliations(filter)) {
      for (const row of await runner.read(`represents${side}`, params, { ENTITY: vars.ENTITY }))
        add(str(row, 'anchor'), toAffiliationRelation(str(row, 'source'), str(row, 'target')));
    }
  }
  for (const list of result.values()) list.sort(byWeight);
  return result;
}

export function byWeight(a: Relation, b: Relation): number {
  return b.claimCount - a.claimCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Relations by id, read between the entities their ids name (ids encode type, source and
 * target): only the edges among those entities are read, not every edge of the sources.
 */
export async function getRelations(
  runner: StatementRunner,
  ids: readonly string[],
): Promise<Relation[]> {
  const wanted = new Set(ids);
  const parts = [...wanted].map(toRelationIdParts).filter(isDefined);
  if (parts.length === 0) return [];
  const found = new Map<string, Relation>();
  const keep = (relation: Relation | undefined): void => {
    if (relation && wanted.has(relation.id)) found.set(relation.id, relation);
  };
  const claimParts = parts.filter((part) => part.type !== AFFILIATION_TYPE);
  if (claimParts.length > 0) {
    const types = typesOf({ types: [...new Set(claimParts.map((part) => part.type))] });
    const rows = await runner.read('relationsBetween', endsOf(claimParts), {
      ENTITY: runner.entityLabels(),
      TYPES: types,
    });
    for (const row of rows) keep(toRelation(row));
  }
  const affiliationParts = parts.filter((part) => part.type === AFFILIATION_TYPE);
  if (affiliationParts.length > 0) {
    const rows = await runner.read('representsBetween', endsOf(affiliationParts), {
      ENTITY: runner.entityLabels(),
    });
    for (const row of rows) keep(toAffiliationRelation(str(row, 'source'), str(row, 'target')));
  }
  return ids.map((id) => found.get(id)).filter(isDefined);
}

function endsOf(parts: { source: string; target: string }[]): { ids: string[]; targets: string[] } {
  return {
    ids: [...new Set(parts.map((part) => part.source))],
    targets: [...new Set(parts.map((part) => part.target))],
  };
}
