import fc from 'fast-check';
import { createTrigramIndex } from '../../../server/store/core/createTrigramIndex.js';

describe('createTrigramIndex', () => {
  it('lists each text holding a piece once, ascending, choosing the rarest trigram', () => {
    const index = createTrigramIndex(['banana', 'bandana', 'cabana', 'ban', 'nab']);
    // "ana" is in three texts, "ban" in four, "and" in one: the shortest list is returned.
    expect([...index.candidatesFor('bana')]).toEqual([0, 1, 2]);
    expect([...index.candidatesFor('band')]).toEqual([1]);
    expect([...index.candidatesFor('ana')]).toEqual([0, 1, 2]);
    expect([...index.candidatesFor('xyz')]).toEqual([]);
    expect([...index.candidatesFor('banx')]).toEqual([]);
  });

  it('refuses pieces shorter than a trigram', () => {
    const index = createTrigramIndex(['abc']);
    expect(() => index.candidatesFor('ab')).toThrow(RangeError);
  });

  it('never leaves out a text that contains the piece', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 10 });
    const piece = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', ' '),
      minLength: 3,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), piece, (texts, wanted) => {
        const list = [...createTrigramIndex(texts).candidatesFor(wanted)];
        const holding = texts.flatMap((t, number) => (t.includes(wanted) ? [number] : []));
        for (const number of holding) expect(list).toContain(number);
        expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
