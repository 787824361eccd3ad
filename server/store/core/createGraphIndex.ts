/**
 * The graph's entities and relation edges (claim relations with their roll-ups, and REPRESENTS
 * edges) held in memory, for a store whose only writer is this process (the embedded store).
 * Neighbourhood walks read it instead of the database: one step takes the strongest relations
 * of each frontier entity from lists kept sorted by weight, the edges among the collected
 * entities are looked up pair by pair, and entities are found by id, so a hub with tens of
 * thousands of relations costs what is read from it, not all it has.
 *
 * The index loads on first use (or `warmUp`) and then follows each committed write from the
 * changes that write computed (`apply`), never reading the database again. Changes committed
 * while it loads are applied once the load ends; applying a change the load already saw gives
 * the same index, so none is lost and none counts twice.
 */
import { AFFILIATION_TYPE, RELATION_TYPES } from '../../domain/kinds.js';
import type { ClaimStatus } from '../../domain/kinds.js';
import TinyQueue from 'tinyqueue';
import type { Entity, Relation } from '../../domain/types.js';
import type { PathRequest, RelationFilter } from '../GraphStore.js';
import { findShortestPaths } from './findShortestPaths.js';
import type { FoundPath } from './findShortestPaths.js';
import { toRelationIdParts } from './entityKinds.js';
import type { NeighborhoodStep } from './readNeighborhoodStep.js';
import {
  byWeight,
  claimTypesOf,
  passes,
  passesAll,
  typesOf,
  walksAffiliations,
} from './readRelations.js';
import { toAffiliationRelation } from './toDomain.js';

/** What one committed write changed in entities and relation edges. */
export interface GraphChanges {
  /** Entities written (created or with a new roll-up). */
  entities: Entity[];
  /** Relation edges deleted (those the write kept come back in `relations`). */
  removedRelationIds: string[];
  /** Relation edges written, with their roll-up. */
  relations: Relation[];
  /** Entities deleted, with every edge they had. */
  removedEntityIds: string[];
  /** Officials whose REPRESENTS edge was written again, and what it leads to (null: none). */
  affiliations: { official: string; affiliation: string | null }[];
}

export interface GraphIndex {
  /** The entities with these ids, in that order; unknown ids are left out. */
  getEntities(ids: readonly string[]): Promise<Entity[]>;
  /** Every entity. */
  allEntities(): Promise<Entity[]>;
  /** At most `cap` relations per side from `frontier` to entities outside `seen`. */
  step(
    frontier: readonly string[],
    seen: readonly string[],
    filter: RelationFilter,
    cap: number,
  ): Promise<NeighborhoodStep>;
  /** Relations between `expanded` and `collected` entities that pass the filter. */
  among(
    expanded: readonly string[],
    collected: readonly string[],
    filter: RelationFilter,
    anchor: string,
  ): Promise<Relation[]>;
  /** All shortest paths (at most `limit`), edges taken in id order. */
  paths(request: PathRequest): Promise<FoundPath[]>;
  /** Follows committed writes, in commit order. */
  apply(changes: readonly GraphChanges[]): void;
  /** Loads the index now rather than on the first read. */
  warmUp(): Promise<void>;
  /** Whether the index is loaded (reads answer from memory at once). */
  isLoaded(): boolean;
  /** Entities and relation edges held; none until loaded. */
  size(): { entities: number; relations: number };
}

/** Hands every entity and relation edge of the store to `add`, in parts. */
export type LoadGraph = (add: {
  entities(entities: readonly Entity[]): void;
  relations(relations: readonly Relation[]): void;
}) => Promise<void>;

interface Adjacency {
  /** The relations joining this entity to each other one: one, or several (types, ways). */
  byOther: Map<string, Relation | Relation[]>;
  count: number;
  /** The entity's relations by side, heaviest first; made again on the first read after a change. */
  sorted: Record<Side, Relation[]> | undefined;
}

/** The four sides a step reads, each capped on its own. */
type Side = 'claimOut' | 'claimIn' | 'representsOut' | 'representsIn';
const SIDES: readonly Side[] = ['claimOut', 'claimIn', 'representsOut', 'representsIn'];

export function createGraphIndex(load: LoadGraph): GraphIndex {
  const graph = createAdjacencies();
  let loading: Promise<void> | undefined;
  let loaded = false;
  // Changes committed while the index loads, applied when it is done.
  let pending: GraphChanges[] | undefined;

  const ready = (): Promise<void> => {
    loading ??= (async () => {
      pending = [];
      try {
        await load({
          entities: (entities) => {
            for (const entity of entities) graph.setEntity(entity);
          },
          relations: (relations) => {
            for (const relation of relations) graph.add(relation);
          },
        });
        for (const changes of pending) graph.apply(changes);
        // Sorted now rather than at each entity's first read, so no view pays for a hub's sort.
        graph.sortAll();
        loaded = true;
      } catch (error) {
        graph.clear();
        loading = undefined;
        throw error;
      } finally {
        pending = undefined;
      }
    })();
    return loading;
  };

  return {
    async getEntities(ids) {
      await ready();
      return graph.getEntities(ids);
    },
    async allEntities() {
      await ready();
      return graph.allEntities();
    },
    async step(frontier, seen, filter, cap) {
      await ready();
      return graph.step(frontier, new Set(seen), filter, cap);
    },
    async among(expanded, collected, filter, anchor) {
      await ready();
      return graph.among(expanded, new Set(collected), filter, anchor);
    },
    async paths(request) {
      await ready();
      const types = new Set<string>(claimTypesOf(request));
      if (walksAffiliations(request)) types.add(AFFILIATION_TYPE);
      const walksAll = types.size === RELATION_TYPES.length + 1;
      return findShortestPaths((id) => graph.neighbours(id), {
        ...request,
        walks: walksAll ? undefined : (relation) => types.has(relation.type),
      });
    },
    apply(changes) {
      // Not loaded: the load will read what these writes committed.
      if (!loading) return;
      if (pending) pending.push(...changes);
      else for (const change of changes) graph.apply(change);
    },
    warmUp: ready,
    isLoaded: () => loaded,
    size: () => graph.size(),
  };
}

function createAdjacencies() {
  const entities = new Map<string, Entity>();
  const byEntity = new Map<string, Adjacency>();
  const values = createValueInterner();
  let relationCount = 0;

  const link = (entity: string, other: string, relation: Relation): boolean => {
    let adjacency = byEntity.get(entity);
    if (!adjacency) {
      adjacency = { byOther: new Map(), count: 0, sorted: undefined };
      byEntity.set(entity, adjacency);
    }
    adjacency.sorted = undefined;
    const held = adjacency.byOther.get(other);
    const replaced = replaceSameId(held, relation);
    if (replaced) {
      adjacency.byOther.set(other, replaced);
      return false;
    }
    adjacency.byOther.set(other, held ? [...asList(held), relation] : relation);
    adjacency.count += 1;
    return true;
  };

  const unlink = (entity: string, other: string, id: string): boolean => {
    const adjacency = byEntity.get(entity);
    const held = adjacency?.byOther.get(other);
    if (!adjacency || !held) return false;
    const kept = asList(held).filter((relation) => relation.id !== id);
    if (kept.length === asList(held).length) return false;
    if (kept.length === 0) adjacency.byOther.delete(other);
    else adjacency.byOther.set(other, kept.length === 1 ? (kept[0] as Relation) : kept);
    adjacency.count -= 1;
    adjacency.sorted = undefined;
    if (adjacency.count === 0) byEntity.delete(entity);
    return true;
  };

  const add = (relation: Relation): void => {
    const stored = values.relation(relation);
    const added = link(stored.source, stored.target, stored);
    link(stored.target, stored.source, stored);
    if (added) relationCount += 1;
  };

  const remove = (relation: { id: string; source: string; target: string }): void => {
    const removed = unlink(relation.source, relation.target, relation.id);
    unlink(relation.target, relation.source, relation.id);
    if (removed) relationCount -= 1;
  };

  const removeEntity = (id: string): void => {
    for (const held of [...(byEntity.get(id)?.byOther.values() ?? [])])
      for (const relation of asList(held)) remove(relation);
  };

  const setAffiliation = (official: string, affiliation: string | null): void => {
    for (const held of [...(byEntity.get(official)?.byOther.values() ?? [])])
      for (const relation of asList(held))
        if (relation.type === AFFILIATION_TYPE && relation.source === official) remove(relation);
    if (affiliation) add(toAffiliationRelation(official, affiliation));
  };

  const sortedOf = (anchor: string, adjacency: Adjacency): Record<Side, Relation[]> => {
    if (!adjacency.sorted) {
      const sorted: Record<Side, Relation[]> = {
        claimOut: [],
        claimIn: [],
        representsOut: [],
        representsIn: [],
      };
      for (const held of adjacency.byOther.values())
        for (const relation of asList(held)) sorted[sideOf(relation, anchor)].push(relation);
      for (const side of SIDES) sorted[side].sort(byWeight);
      adjacency.sorted = sorted;
    }
    return adjacency.sorted;
  };

  const setEntity = (entity: Entity): void => {
    entities.set(entity.id, entity);
  };

  return {
    add,
    setEntity,
    size: () => ({ entities: entities.size, relations: relationCount }),
    clear(): void {
      entities.clear();
      byEntity.clear();
      relationCount = 0;
    },

    sortAll(): void {
      for (const [id, adjacency] of byEntity) sortedOf(id, adjacency);
    },

    allEntities: (): Entity[] => [...entities.values()],
    neighbours: (id: string) => byEntity.get(id)?.byOther,

    getEntities(ids: readonly string[]): Entity[] {
      return ids.map((id) => entities.get(id)).filter((entity) => entity !== undefined);
    },

    apply(changes: GraphChanges): void {
      for (const id of changes.removedRelationIds) {
        const parts = toRelationIdParts(id);
        if (parts) remove({ id, ...parts });
      }
      for (const id of changes.removedEntityIds) {
        removeEntity(id);
        entities.delete(id);
      }
      for (const entity of changes.entities) setEntity(entity);
      for (const relation of changes.relations) add(relation);
      for (const { official, affiliation } of changes.affiliations)
        setAffiliation(official, affiliation);
    },

    step(
      frontier: readonly string[],
      seen: ReadonlySet<string>,
      filter: RelationFilter,
      cap: number,
    ): NeighborhoodStep {
      const step: NeighborhoodStep = { found: [], cut: false };
      const anchors = [...new Set(frontier)].flatMap((anchor) => {
        const adjacency = byEntity.get(anchor);
        return adjacency ? [{ anchor, sides: sortedOf(anchor, adjacency) }] : [];
      });
      for (const side of SIDES.filter((item) => selects(filter, item))) {
        // The strongest relations of all anchors, merged from each anchor's sorted list: only
        // what is taken (plus what is skipped on the way) is looked at.
        const cursors = anchors.map(({ anchor, sides }) =>
          createCursor(anchor, sides[side], (relation) => {
            const other = relation.source === anchor ? relation.target : relation.source;
            return !seen.has(other) && passes(relation, filter, anchor);
          }),
        );
        const queue = new TinyQueue(
          cursors.filter((cursor) => cursor.head),
          (a, b) => byWeight(a.head as Relation, b.head as Relation),
        );
        for (let taken = 0; queue.length > 0; taken += 1) {
          if (taken === cap) {
            step.cut = true;
            break;
          }
          const cursor = queue.pop() as Cursor;
          step.found.push({ anchor: cursor.anchor, relation: cursor.head as Relation });
          if (cursor.next()) queue.push(cursor);
        }
      }
      return step;
    },

    among(
      expanded: readonly string[],
      collected: ReadonlySet<string>,
      filter: RelationFilter,
      anchor: string,
    ): Relation[] {
      const from = new Set(expanded);
      const accepts = passesAll(filter)
        ? () => true
        : (relation: Relation) => passes(relation, filter, anchor);
      const found: Relation[] = [];
      for (const entity of from) {
        const adjacency = byEntity.get(entity);
        if (!adjacency || !collected.has(entity)) continue;
        // An edge between two expanded entities is taken once, from the smaller id.
        const take = (other: string, held: Relation | Relation[] | undefined): void => {
          if (!held || (from.has(other) && other < entity)) return;
          if (!Array.isArray(held)) {
            if (accepts(held)) found.push(held);
          } else for (const relation of held) if (accepts(relation)) found.push(relation);
        };
        // Walk whichever is shorter: the entity's neighbours or the collected entities.
        if (adjacency.byOther.size <= collected.size) {
          for (const [other, held] of adjacency.byOther)
            if (collected.has(other)) take(other, held);
        } else {
          for (const other of collected) take(other, adjacency.byOther.get(other));
        }
      }
      return found;
    },
  };
}

/** Walks one sorted list, holding the next relation that passes in `head`. */
interface Cursor {
  anchor: string;
  head: Relation | undefined;
  /** Moves `head` to the next relation that passes; false at the end. */
  next(): boolean;
}

function createCursor(
  anchor: string,
  relations: readonly Relation[],
  accepts: (relation: Relation) => boolean,
): Cursor {
  let at = 0;
  const cursor: Cursor = {
    anchor,
    head: undefined,
    next() {
      cursor.head = undefined;
      while (at < relations.length) {
        const relation = relations[at++] as Relation;
        if (accepts(relation)) {
          cursor.head = relation;
          return true;
        }
      }
      return false;
    },
  };
  cursor.next();
  return cursor;
}

/** Whether the filter can pass any relation of a side (a cheap test before scanning it). */
function selects(filter: RelationFilter, side: Side): boolean {
  return side === 'representsOut' || side === 'representsIn'
    ? walksAffiliations(filter)
    : typesOf(filter) !== '';
}

function sideOf(relation: Relation, anchor: string): Side {
  const out = relation.source === anchor;
  if (relation.type === AFFILIATION_TYPE) return out ? 'representsOut' : 'representsIn';
  return out ? 'claimOut' : 'claimIn';
}

function asList(held: Relation | Relation[]): Relation[] {
  return Array.isArray(held) ? held : [held];
}

/** `held` with `relation` in place of the one with its id, or undefined when none has it. */
function replaceSameId(
  held: Relation | Relation[] | undefined,
  relation: Relation,
): Relation | Relation[] | undefined {
  if (!held) return undefined;
  if (!Array.isArray(held)) return held.id === relation.id ? relation : undefined;
  const at = held.findIndex((item) => item.id === relation.id);
  return at < 0 ? undefined : held.map((item, index) => (index === at ? relation : item));
}

/**
 * Relations share one copy of each value many of them hold: entity ids, dates, and (frozen)
 * lists of sources and of statuses. A few thousand distinct values stand for millions of edges.
 */
function createValueInterner() {
  const strings = new Map<string, string>();
  const lists = new Map<string, readonly string[]>();
  const text = (value: string): string => {
    const held = strings.get(value);
    if (held !== undefined) return held;
    strings.set(value, value);
    return value;
  };
  const list = <T extends string>(items: readonly T[]): T[] => {
    const key = items.join('\u0000');
    let held = lists.get(key);
    if (!held) {
      held = Object.freeze([...items]);
      lists.set(key, held);
    }
    return held as T[];
  };
  return {
    relation: (relation: Relation): Relation => ({
      ...relation,
      source: text(relation.source),
      target: text(relation.target),
      firstSeen: relation.firstSeen === null ? null : text(relation.firstSeen),
      lastSeen: relation.lastSeen === null ? null : text(relation.lastSeen),
      sources: list(relation.sources),
      statuses: list<ClaimStatus>(relation.statuses),
    }),
  };
}
