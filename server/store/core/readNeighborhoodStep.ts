/**
 * Bounded reads for the breadth-first neighbourhood walk: one step reads, on each side, at most
 * `cap` of the strongest relations (claimCount, then id) from the frontier to entities not yet
 * collected, with the filter applied in the statement; `relationsAmong` then reads the edges
 * between the expanded entities and all the collected ones.
 */
import type { EntityKind } from '../../domain/kinds.js';
import type { Relation } from '../../domain/types.js';
import type { RelationFilter } from '../GraphStore.js';
import { kindOfEntityId } from './entityKinds.js';
import { filtersClaims, passes, typesOf, walksAffiliations } from './readRelations.js';
import { str } from './rowValues.js';
import type { StatementRunner } from './StatementRunner.js';
import { isDefined, toAffiliationRelation, toRelation } from './toDomain.js';

export interface NeighborhoodStep {
  /** The relations found, each with the frontier entity it was read from. */
  found: { anchor: string; relation: Relation }[];
  /** Whether a side had more relations than `cap` (some were not read). */
  cut: boolean;
}

/** Kinds at each end of a REPRESENTS edge. */
const OFFICIAL_KINDS: readonly EntityKind[] = ['Official'];
const AFFILIATION_KINDS: readonly EntityKind[] = ['State', 'Organization'];

export async function readNeighborhoodStep(
  runner: StatementRunner,
  frontier: readonly string[],
  seen: readonly string[],
  filter: RelationFilter,
  cap: number,
): Promise<NeighborhoodStep> {
  const step: NeighborhoodStep = { found: [], cut: false };
  if (frontier.length === 0) return step;
  const base = { ids: [...frontier], seen: [...seen], limit: cap + 1 };
  const take = (rows: Record<string, unknown>[]): Record<string, unknown>[] => {
    if (rows.length > cap) step.cut = true;
    return rows.slice(0, cap);
  };
  const types = typesOf(filter);
  if (types !== '') {
    const vars = {
      ENTITY: runner.entityLabels(),
      TYPES: types,
      OTHER: otherLabels(runner, filter),
    };
    const params = { ...base, ...claimFilterParams(filter) };
    for (const name of ['stepOut', 'stepIn']) {
      for (const row of take(await runner.read(name, params, vars))) {
        const relation = toRelation(row);
        if (relation) step.found.push({ anchor: str(row, 'anchor'), relation });
      }
    }
  }
  if (walksAffiliations(filter) && !filtersClaims(filter)) {
    const sides = [
      { name: 'representsStepOut', ownKinds: OFFICIAL_KINDS, otherKinds: AFFILIATION_KINDS },
      { name: 'representsStepIn', ownKinds: AFFILIATION_KINDS, otherKinds: OFFICIAL_KINDS },
    ];
    for (const side of sides) {
      const kinds = selectedKinds(filter, side.otherKinds);
      // Only officials have REPRESENTS edges out, only States and Organizations have them in.
      const ids = ofKinds(frontier, side.ownKinds);
      if (kinds.length === 0 || ids.length === 0) continue;
      const vars = { ENTITY: runner.entityLabels(), OTHER: runner.entityLabels(kinds) };
      const params = { ...base, ids };
      for (const row of take(await runner.read(side.name, params, vars))) {
        const relation = toAffiliationRelation(str(row, 'source'), str(row, 'target'));
        step.found.push({ anchor: str(row, 'anchor'), relation });
      }
    }
  }
  return step;
}

/** Relations between `expanded` and `collected` entities, either way, that pass the filter. */
export async function relationsAmong(
  runner: StatementRunner,
  expanded: readonly string[],
  collected: readonly string[],
  filter: RelationFilter,
  anchor: string,
): Promise<Relation[]> {
  if (expanded.length === 0 || collected.length === 0) return [];
  const inExpanded = new Set(expanded);
  const touchesExpanded = (relation: Relation): boolean =>
    inExpanded.has(relation.source) || inExpanded.has(relation.target);
  // Each read starts from the expanded side ($ids). When most collected entities were expanded
  // (a full depth-2 walk), one read among all collected ones costs less than one each way.
  const reads: AmongRead[] =
    expanded.length * 2 >= collected.length
      ? [{ way: 'Between', params: { ids: [...collected], targets: [...collected] } }]
      : [
          { way: 'Between', params: { ids: [...expanded], targets: [...collected] } },
          { way: 'Into', params: { ids: [...expanded], sources: [...collected] } },
        ];
  const found = new Map<string, Relation>();
  const types = typesOf(filter);
  for (const { way, params } of reads) {
    if (types !== '') {
      const vars = { ENTITY: runner.entityLabels(), TYPES: types };
      for (const relation of (await runner.read(`relations${way}`, params, vars))
        .map(toRelation)
        .filter(isDefined))
        found.set(relation.id, relation);
    }
    const affiliations = affiliationParams(way, params);
    if (walksAffiliations(filter) && affiliations) {
      const vars = { ENTITY: runner.entityLabels() };
      for (const row of await runner.read(`represents${way}`, affiliations, vars)) {
        const relation = toAffiliationRelation(str(row, 'source'), str(row, 'target'));
        found.set(relation.id, relation);
      }
    }
  }
  return [...found.values()].filter(
    (relation) => touchesExpanded(relation) && passes(relation, filter, anchor),
  );
}

/**
 * The REPRESENTS read's lists cut to the kinds a REPRESENTS edge can join (officials to States
 * and Organizations), or undefined when one side holds none and there is nothing to read.
 */
function affiliationParams(
  way: AmongRead['way'],
  params: Record<string, string[]>,
): Record<string, string[]> | undefined {
  const cut = Object.fromEntries(
    Object.entries(params).map(([name, ids]) => {
      const officials = way === 'Between' ? name === 'ids' : name === 'sources';
      return [name, ofKinds(ids, officials ? OFFICIAL_KINDS : AFFILIATION_KINDS)];
    }),
  );
  return Object.values(cut).every((ids) => ids.length > 0) ? cut : undefined;
}

function ofKinds(ids: readonly string[], kinds: readonly EntityKind[]): string[] {
  return ids.filter((id) => kinds.includes(kindOfEntityId(id) ?? 'State'));
}

/** `relationsBetween` reads from $ids to $targets, `relationsInto` from $sources to $ids. */
interface AmongRead {
  way: 'Between' | 'Into';
  params: Record<string, string[]>;
}

/** The `$minClaims $from $to $anyStatus $s1..$s4` parameters of the claim-filtering statements. */
export function claimFilterParams(filter: RelationFilter): Record<string, unknown> {
  const statuses = filter.statuses ?? [];
  return {
    minClaims: Math.max(0, Math.trunc(filter.minClaims ?? 0)),
    from: filter.from ?? '',
    to: filter.to ?? '',
    anyStatus: statuses.length === 0,
    s1: statuses[0] ?? '',
    s2: statuses[1] ?? '',
    s3: statuses[2] ?? '',
    s4: statuses[3] ?? '',
  };
}

function otherLabels(runner: StatementRunner, filter: RelationFilter): string {
  return runner.entityLabels(filter.kinds?.length ? filter.kinds : undefined);
}

function selectedKinds(filter: RelationFilter, kinds: readonly EntityKind[]): EntityKind[] {
  return kinds.filter((kind) => !filter.kinds?.length || filter.kinds.includes(kind));
}
