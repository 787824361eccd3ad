/** Relation reads shared by both backends: by entity, by id, with roll-up filters. */
import { RELATION_TYPES } from '../../domain/kinds.js';
import type { Relation } from '../../domain/types.js';
import type { Direction, RelationFilter } from '../GraphStore.js';
import { kindOfEntityId, toRelationIdParts } from './entityKinds.js';
import { str } from './rowValues.js';
import type { StatementRunner } from './StatementRunner.js';
import { isDefined, toRelation } from './toDomain.js';

export function typesOf(filter: RelationFilter | { types?: RelationFilter['types'] }): string {
  const types = filter.types?.length
    ? RELATION_TYPES.filter((type) => filter.types?.includes(type))
    : RELATION_TYPES;
  return types.join('|');
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
  const vars = { ENTITY: runner.entityLabels(), TYPES: typesOf(filter) };
  const names =
    direction === 'OUT'
      ? ['relationsOut']
      : direction === 'IN'
        ? ['relationsIn']
        : ['relationsOut', 'relationsIn'];
  for (const name of names) {
    for (const row of await runner.read(name, { ids: [...ids] }, vars)) {
      const relation = toRelation(row);
      const anchor = str(row, 'anchor');
      const list = result.get(anchor);
      if (
        relation &&
        list &&
        passes(relation, filter, anchor) &&
        !list.some((r) => r.id === relation.id)
      ) {
        list.push(relation);
      }
    }
  }
  for (const list of result.values()) list.sort(byWeight);
  return result;
}

export function byWeight(a: Relation, b: Relation): number {
  return b.claimCount - a.claimCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Relations by id, found from their source entity (ids encode type, source and target). */
export async function getRelations(
  runner: StatementRunner,
  ids: readonly string[],
): Promise<Relation[]> {
  const wanted = new Set(ids);
  const parts = [...wanted].map(toRelationIdParts).filter(isDefined);
  if (parts.length === 0) return [];
  const sources = [...new Set(parts.map((part) => part.source))];
  const types = [...new Set(parts.map((part) => part.type))];
  const found = await relationsOf(runner, sources, { types }, 'OUT');
  const byId = new Map([...found.values()].flat().map((relation) => [relation.id, relation]));
  return ids.map((id) => byId.get(id)).filter(isDefined);
}
