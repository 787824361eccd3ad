import type { Entity } from '../../../server/domain/types.js';
import { EntenteError } from '../../../server/errors/EntenteError.js';
import { exploreNeighborhood } from '../../../server/explore/exploreNeighborhood.js';
import { toExploreLimits } from '../../../server/explore/exploreLimits.js';
import { findBlocs } from '../../../server/explore/findBlocs.js';
import { findPaths } from '../../../server/explore/findPaths.js';
import { getStats } from '../../../server/explore/getStats.js';
import { listRelations } from '../../../server/explore/listRelations.js';
import { searchEntities } from '../../../server/explore/searchEntities.js';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { storedRelation } from '../storedRelation.js';

const limits = toExploreLimits();

/** Only the members a use case needs; any other call fails the test. */
function storeWith(members: Partial<GraphStore>): GraphStore {
  return new Proxy(members, {
    get(target, key) {
      if (key in target) return target[key as keyof GraphStore];
      throw new Error(`unexpected store call: ${String(key)}`);
    },
  }) as GraphStore;
}

const state = (id: string): Entity => ({
  id,
  name: id,
  kind: 'State',
  aliases: [],
  affiliation: null,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof EntenteError ? error.code : 'not an EntenteError';
  }
}

describe('read use cases', () => {
  it('refuses a neighbourhood deeper than 3 before asking the store', async () => {
    const store = storeWith({});
    expect(await codeOf(exploreNeighborhood(store, { id: 'x', depth: 4, limit: 10 }, limits))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('says NOT_FOUND for a neighbourhood of an unknown entity', async () => {
    const store = storeWith({
      neighborhood: async () => ({ nodes: [], edges: [], truncated: false }),
    });
    expect(await codeOf(exploreNeighborhood(store, { id: 'x', depth: 1, limit: 10 }, limits))).toBe(
      'NOT_FOUND',
    );
  });

  it('caps the page size of searches and connections', async () => {
    const store = storeWith({});
    expect(await codeOf(searchEntities(store, { text: 'korea', first: 201 }, limits))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(listRelations(store, {}, { first: 1000 }, limits))).toBe('BAD_USER_INPUT');
  });

  it('finds nothing for blank search text without asking the store', async () => {
    expect(await searchEntities(storeWith({}), { text: '   ', first: 5 }, limits)).toEqual([]);
  });

  it('refuses dates that are not ISO dates', async () => {
    const store = storeWith({});
    expect(await codeOf(listRelations(store, { from: 'last week' }, { first: 5 }, limits))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('names the missing entity of a path and returns [] for a path to itself', async () => {
    const store = storeWith({
      getEntities: async (ids: string[]) => ids.filter((id) => id === 'a').map(state),
    });
    expect(await codeOf(findPaths(store, { from: 'a', to: 'b', maxLength: 3 }, limits))).toBe(
      'NOT_FOUND',
    );
    expect(await findPaths(store, { from: 'a', to: 'a', maxLength: 3 }, limits)).toEqual([]);
  });

  it('totals the stats by kind and type', async () => {
    const store = storeWith({
      stats: async () => ({
        articles: 2,
        claims: 5,
        entitiesByKind: { State: 3, Official: 1, Weapon: 0, Organization: 0 },
        relationsByType: { SUPPLIES: 1, CONDEMNS: 2, MEETS: 0, ALLIES_WITH: 1 },
      }),
    });
    const stats = await getStats(store);
    expect(stats.entities).toBe(4);
    expect(stats.relations).toBe(4);
    expect(stats.entitiesByKind[0]).toEqual({ kind: 'State', count: 3 });
  });

  it('builds blocs from state relations only', async () => {
    const relations = [
      storedRelation('ALLIES_WITH', 'state:a', 'state:b'),
      storedRelation('ALLIES_WITH', 'state:c', 'state:d'),
      storedRelation('CONDEMNS', 'state:a', 'state:c'),
      storedRelation('CONDEMNS', 'state:b', 'state:d'),
      storedRelation('MEETS', 'official:x', 'state:a'),
    ];
    const store = storeWith({
      listRelations: async () => ({
        items: relations,
        endCursor: null,
        hasNextPage: false,
        totalCount: 5,
      }),
      getEntities: async (ids: string[]) =>
        ids.map((id) =>
          id.startsWith('state:') ? state(id) : { ...state(id), kind: 'Official' as const },
        ),
    });
    const blocs = await findBlocs(store, limits);
    expect(blocs.map((bloc) => bloc.members.map((member) => member.id))).toEqual([
      ['state:a', 'state:b'],
      ['state:c', 'state:d'],
    ]);
    expect(blocs[0]?.id).toBe('bloc:state:a');
  });
});
