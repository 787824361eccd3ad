import { toRelationId } from '../../../server/domain/ids.js';
import type { RelationType } from '../../../server/domain/kinds.js';
import type { Entity, Relation } from '../../../server/domain/types.js';
import { createGraphIndex } from '../../../server/store/core/createGraphIndex.js';
import type { GraphChanges, LoadGraph } from '../../../server/store/core/createGraphIndex.js';
import { toAffiliationRelation } from '../../../server/store/core/toDomain.js';

const state = (name: string): Entity => ({
  id: `state:${name}`,
  name,
  kind: 'State',
  aliases: [],
  affiliation: null,
});

const relation = (
  type: RelationType,
  source: Entity,
  target: Entity,
  claimCount: number,
): Relation => ({
  id: toRelationId(type, source.id, target.id),
  type,
  source: source.id,
  target: target.id,
  claimCount,
  articleCount: claimCount,
  sources: ['Wire'],
  firstSeen: '2024-01-01',
  lastSeen: '2024-02-01',
  statuses: ['asserted'],
  confidence: 0.8,
});

const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(state) as [
  Entity,
  Entity,
  Entity,
  Entity,
  Entity,
];
const ab = relation('SUPPLIES', a, b, 5);
const ac = relation('SUPPLIES', a, c, 3);
const da = relation('CONDEMNS', d, a, 4);
const eb = relation('MEETS', e, b, 9);

const noChanges: GraphChanges = {
  entities: [],
  relations: [],
  removedRelationIds: [],
  removedEntityIds: [],
  affiliations: [],
};

function loadOf(entities: Entity[], relations: Relation[]): LoadGraph {
  return async (add) => {
    add.entities(entities);
    add.relations(relations);
  };
}

const ids = (found: { relation: Relation }[]) => found.map(({ relation }) => relation.id);

describe('createGraphIndex', () => {
  it('takes the strongest relations of all anchors, per side, and says when it cut', async () => {
    const index = createGraphIndex(loadOf([a, b, c, d, e], [ab, ac, da, eb]));
    const out = await index.step([a.id, e.id], [a.id, e.id], {}, 2);
    // Outgoing: e→b (9) and a→b (5) beat a→c (3); incoming: d→a (4).
    expect(ids(out.found)).toEqual([eb.id, ab.id, da.id]);
    expect(out.cut).toBe(true);
    const all = await index.step([a.id, e.id], [a.id, e.id], {}, 3);
    expect(all.cut).toBe(false);
    // Entities already collected are not stepped to.
    expect(ids((await index.step([a.id], [a.id, b.id], {}, 5)).found)).toEqual([ac.id, da.id]);
  });

  it('applies the filter before the cap', async () => {
    const index = createGraphIndex(loadOf([a, b, c, d], [ab, ac, da]));
    const step = await index.step([a.id], [a.id], { types: ['CONDEMNS'] }, 1);
    expect(ids(step.found)).toEqual([da.id]);
    expect(step.cut).toBe(false);
    expect(await index.among([a.id], [a.id, b.id, d.id], { minClaims: 5 }, a.id)).toEqual([ab]);
  });

  it('applies writes committed while it loads once the load ends', async () => {
    let finish = (): void => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const index = createGraphIndex(async (add) => {
      add.entities([a, b, c]);
      await gate;
      add.relations([ab]);
    });
    const read = index.among([a.id], [a.id, b.id, c.id], {}, a.id);
    index.apply([{ ...noChanges, relations: [ac], removedRelationIds: [ab.id] }]);
    expect(index.isLoaded()).toBe(false);
    finish();
    expect(await read).toEqual([ac]);
    expect(index.isLoaded()).toBe(true);
    expect(index.size()).toEqual({ entities: 3, relations: 1 });
  });

  it('ignores writes before it loads, and loads again after a failed load', async () => {
    let fail = true;
    const index = createGraphIndex(async (add) => {
      if (fail) throw new Error('the database is busy');
      add.entities([a, b]);
      add.relations([ab]);
    });
    index.apply([{ ...noChanges, removedRelationIds: [ab.id] }]);
    await expect(index.getEntities([a.id])).rejects.toThrow('busy');
    fail = false;
    expect(await index.getEntities([b.id, a.id, 'state:unknown'])).toEqual([b, a]);
    expect(await index.among([a.id], [a.id, b.id], {}, a.id)).toEqual([ab]);
  });

  it('replaces an official’s REPRESENTS edge and forgets removed entities', async () => {
    const official: Entity = {
      id: 'official:x',
      name: 'X',
      kind: 'Official',
      aliases: [],
      affiliation: a.id,
    };
    const index = createGraphIndex(
      loadOf([a, b, official], [ab, toAffiliationRelation(official.id, a.id)]),
    );
    await index.warmUp();
    index.apply([
      {
        ...noChanges,
        entities: [{ ...official, affiliation: b.id }],
        affiliations: [{ official: official.id, affiliation: b.id }],
      },
    ]);
    expect(await index.among([official.id], [official.id, a.id, b.id], {}, official.id)).toEqual([
      toAffiliationRelation(official.id, b.id),
    ]);
    index.apply([{ ...noChanges, removedEntityIds: [b.id] }]);
    expect(await index.getEntities([b.id])).toEqual([]);
    expect(await index.among([a.id, official.id], [a.id, b.id, official.id], {}, a.id)).toEqual([]);
    expect(index.size()).toEqual({ entities: 2, relations: 0 });
  });
});
