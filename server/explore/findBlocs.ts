import type { EdgeType, RelationType } from '../domain/kinds.js';
import type { Entity, Relation } from '../domain/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import { detectBlocs } from './detectBlocs.js';
import type { SignedTie } from './detectBlocs.js';
import type { ExploreLimits } from './exploreLimits.js';

export interface Bloc {
  /** Stable id drawn from the first member, e.g. `bloc:state:south-korea`. */
  id: string;
  members: Entity[];
  cohesion: number;
}

/** Weight of one claim of each relation type between two states. */
export const TIE_WEIGHTS: Readonly<Partial<Record<EdgeType, number>>> = {
  ALLIES_WITH: 1, // an alliance binds most
  MEETS: 0.5, // a meeting ties, more loosely
  CONDEMNS: -1, // a condemnation divides
};

const PAGE_SIZE = 500;

/** Alliance blocs among states, from their alliances, meetings and condemnations. */
export async function findBlocs(store: GraphStore, limits: ExploreLimits): Promise<Bloc[]> {
  const relations = await readSignedRelations(store, limits.maxBlocRelations);
  const endpoints = [
    ...new Set(relations.flatMap((relation) => [relation.source, relation.target])),
  ];
  const states = new Map(
    (await store.getEntities(endpoints))
      .filter((entity) => entity.kind === 'State')
      .map((entity) => [entity.id, entity]),
  );
  const ties = relations.filter((r) => states.has(r.source) && states.has(r.target)).map(toTie);
  return detectBlocs(ties).map((bloc) => ({
    id: `bloc:${bloc.members[0]}`,
    members: bloc.members.map((id) => states.get(id) as Entity),
    cohesion: bloc.cohesion,
  }));
}

/** A relation as a signed tie; claims that were only denied carry no weight. */
export function toTie(relation: Relation): SignedTie {
  const onlyDenied = relation.statuses.length > 0 && relation.statuses.every((s) => s === 'denied');
  const weight = onlyDenied
    ? 0
    : (TIE_WEIGHTS[relation.type] ?? 0) * Math.max(1, relation.claimCount);
  return { a: relation.source, b: relation.target, weight };
}

async function readSignedRelations(store: GraphStore, max: number): Promise<Relation[]> {
  const types = Object.keys(TIE_WEIGHTS) as RelationType[];
  const relations: Relation[] = [];
  let after: string | undefined;
  while (relations.length < max) {
    const page = await store.listRelations({ types }, { first: PAGE_SIZE, after });
    relations.push(...page.items);
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return relations.slice(0, max);
}
