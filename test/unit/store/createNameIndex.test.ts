import fc from 'fast-check';
import { toNameKey } from '../../../server/domain/ids.js';
import { ENTITY_KINDS } from '../../../server/domain/kinds.js';
import type { EntityKind } from '../../../server/domain/kinds.js';
import type { Entity } from '../../../server/domain/types.js';
import { createNameIndex } from '../../../server/store/core/createNameIndex.js';
import { createSearchIndex } from '../../../server/store/core/createSearchIndex.js';
import { changeArb, distance as levenshtein, keyArb } from './nameArbitraries.js';

/** The ranking spelled out directly: every key of every entity scored, then sorted. */
function rankByScan(
  entities: Entity[],
  text: string,
  kinds: readonly EntityKind[] | undefined,
  first: number,
): string[] {
  const query = toNameKey(text);
  if (query === '' || first <= 0) return [];
  const scoreKey = (key: string): number => {
    if (key === query) return 0;
    if (key.startsWith(query)) return 1;
    if (key.includes(` ${query}`)) return 2;
    const max = query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
    if (max === 0) return Infinity;
    const whole = levenshtein(query, key);
    const prefix =
      key.length > query.length ? levenshtein(query, key.slice(0, query.length)) + 0.5 : Infinity;
    const distance = Math.min(whole, prefix);
    return distance <= max ? 3 + distance : Infinity;
  };
  return entities
    .filter((entity) => !kinds?.length || kinds.includes(entity.kind))
    .map((entity) => {
      const keys = [entity.name, ...entity.aliases].map(toNameKey).filter(Boolean);
      return { entity, score: Math.min(Infinity, ...keys.map(scoreKey)) };
    })
    .filter((hit) => hit.score < Infinity)
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.entity.name.localeCompare(b.entity.name) ||
        (a.entity.id < b.entity.id ? -1 : 1),
    )
    .slice(0, first)
    .map((hit) => hit.entity.id);
}

const entity = (kind: EntityKind, name: string, aliases: string[] = []): Entity => ({
  id: `${kind.toLowerCase()}:${toNameKey(name).replace(/ /g, '-')}`,
  kind,
  name,
  aliases,
  affiliation: null,
});

const SAMPLE: Entity[] = [
  entity('State', 'France', ['French Republic']),
  entity('State', 'Frankland'),
  entity('State', 'United States', ['USA', 'United States of America']),
  entity('Official', 'Emmanuel Macron', ['Macron']),
  entity('Official', 'Émile Macronet'),
  entity('Organization', 'North Atlantic Treaty Organization', ['NATO']),
  entity('Weapon', 'Storm Shadow'),
  entity('Weapon', 'Stormbreaker'),
];

describe('createNameIndex', () => {
  it('ranks exact names, then prefixes, then word prefixes, then near misses', () => {
    const index = createNameIndex(SAMPLE);
    const ids = (text: string, kinds?: EntityKind[], first = 10) =>
      index.search(text, kinds, first).map((e) => e.id);
    expect(ids('france')).toEqual(['state:france']);
    expect(ids('fran')).toEqual(['state:france', 'state:frankland']);
    expect(ids('macron')[0]).toBe('official:emmanuel-macron');
    expect(ids('macron')).toContain('official:emile-macronet');
    expect(ids('states')).toEqual(['state:united-states']);
    expect(ids('stormshadow')).toEqual(['weapon:storm-shadow']);
    expect(ids('frence')).toEqual(['state:france']);
    expect(ids('storm', ['Weapon'], 1)).toEqual(['weapon:storm-shadow']);
    expect(ids('storm', ['State'])).toEqual([]);
    expect(ids('  ')).toEqual([]);
    expect(ids('france', undefined, 0)).toEqual([]);
  });

  it('gives the same answers as scoring every key of every entity', () => {
    const word = fc.constantFrom(
      'fr',
      'france',
      'franc',
      'frank',
      'north',
      'nort',
      'storm',
      'shadow',
      'états',
      'etat',
      'unis',
      'kim',
      'kimjong',
      'ali',
      'alibaba',
      'al',
      'a',
      'b',
    );
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const entityArb = fc
      .record({
        kind: fc.constantFrom(...ENTITY_KINDS),
        name,
        aliases: fc.array(name, { maxLength: 2 }),
        suffix: fc.nat(50),
      })
      .map(({ kind, name: n, aliases, suffix }) => ({
        ...entity(kind, n, aliases),
        id: `${kind.toLowerCase()}:${toNameKey(n).replace(/ /g, '-')}-${suffix}`,
      }));
    const query = fc.oneof(
      name,
      name.map((n) => n.slice(0, 3)),
      name.map((n) => n.replace(/a/, 'e')),
      name.map((n) => `${n}x`),
      name.map((n) => n.toUpperCase()),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(entityArb, { selector: (e) => e.id, maxLength: 40 }),
        query,
        fc.option(fc.subarray([...ENTITY_KINDS], { minLength: 1 }), { nil: undefined }),
        fc.integer({ min: 0, max: 12 }),
        (entities, text, kinds, first) => {
          const fast = createNameIndex(entities)
            .search(text, kinds, first)
            .map((e) => e.id);
          expect(fast).toEqual(rankByScan(entities, text, kinds, first));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same answers as the scan on many generated names and edited queries', () => {
    const entityArb = fc
      .record({
        kind: fc.constantFrom(...ENTITY_KINDS),
        name: keyArb,
        aliases: fc.array(keyArb, { maxLength: 1 }),
      })
      .map(({ kind, name, aliases }) => entity(kind, name, aliases));
    fc.assert(
      fc.property(
        fc.uniqueArray(entityArb, { selector: (e) => e.id, minLength: 1, maxLength: 300 }),
        fc.nat(299),
        changeArb,
        fc.option(fc.subarray([...ENTITY_KINDS], { minLength: 1 }), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (entities, pick, change, kinds, first) => {
          const text = change((entities[pick % entities.length] as Entity).name);
          const fast = createNameIndex(entities)
            .search(text, kinds, first)
            .map((e) => e.id);
          expect(fast).toEqual(rankByScan(entities, text, kinds, first));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('createSearchIndex', () => {
  it('loads once, and again only after invalidate() when only this process writes', async () => {
    let loads = 0;
    let entities = SAMPLE.slice(0, 2);
    const index = createSearchIndex(
      async () => {
        loads += 1;
        return entities;
      },
      { maxAgeMs: Infinity },
    );
    expect((await index.search('fran', undefined, 5)).length).toBe(2);
    await index.search('fran', undefined, 5);
    expect(loads).toBe(1);
    entities = SAMPLE;
    index.invalidate();
    expect((await index.search('storm', undefined, 5)).length).toBe(2);
    expect(loads).toBe(2);
  });

  it('answers from the old index while reloading one older than maxAgeMs', async () => {
    let loads = 0;
    let release: () => void = () => undefined;
    const index = createSearchIndex(
      () => {
        loads += 1;
        if (loads === 1) return Promise.resolve(SAMPLE.slice(0, 1));
        return new Promise<Entity[]>((resolve) => {
          release = () => resolve(SAMPLE);
        });
      },
      { maxAgeMs: 0 },
    );
    expect((await index.search('storm', undefined, 5)).length).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The reload has started and not finished: the old index answers at once.
    expect((await index.search('storm', undefined, 5)).length).toBe(0);
    expect(loads).toBe(2);
    release();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await index.search('storm', undefined, 5)).length).toBe(2);
  });

  it('never keeps an index loaded before a write it was told of', async () => {
    let release: (entities: Entity[]) => void = () => undefined;
    let calls = 0;
    const index = createSearchIndex(
      () => {
        calls += 1;
        if (calls === 1) return new Promise<Entity[]>((resolve) => (release = resolve));
        return Promise.resolve(SAMPLE);
      },
      { maxAgeMs: Infinity },
    );
    const early = index.search('storm', undefined, 5);
    index.invalidate();
    release([]);
    expect(await early).toEqual([]);
    expect((await index.search('storm', undefined, 5)).length).toBe(2);
    expect(calls).toBe(2);
  });
});
