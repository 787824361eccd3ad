import fc from 'fast-check';
import { createSortedTexts } from '../../../server/store/core/createSortedTexts.js';

describe('createSortedTexts', () => {
  const texts = ['france', 'frankland', 'fr', 'germany', 'french republic', 'fra', 'é', ''];
  const sorted = createSortedTexts(
    texts,
    texts.map((_, index) => index * 10),
  );
  const found = (prefix: string): [number, string][] => {
    const hits: [number, string][] = [];
    sorted.forPrefix(prefix, (owner, text) => hits.push([owner, text]));
    return hits;
  };

  it('visits every text starting with the prefix with its owner, in code unit order', () => {
    expect(found('fra')).toEqual([
      [50, 'fra'],
      [0, 'france'],
      [10, 'frankland'],
    ]);
    expect(found('fre')).toEqual([[40, 'french republic']]);
    expect(found('x')).toEqual([]);
    expect(found('france!')).toEqual([]);
    expect(found('').length).toBe(texts.length);
    expect(found('fr').length).toBe(5);
    expect(found('é')).toEqual([[60, 'é']]);
  });

  it('finds exactly the texts a filter finds, duplicates included', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ä'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), word, (list, prefix) => {
        const index = createSortedTexts(
          list,
          list.map((_, number) => number),
        );
        const visited: number[] = [];
        index.forPrefix(prefix, (owner, text) => {
          expect(text).toBe(list[owner]);
          visited.push(owner);
        });
        const expected = list.flatMap((text, number) => (text.startsWith(prefix) ? [number] : []));
        expect([...visited].sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
