import fc from 'fast-check';
import {
  createNearMissCandidates,
  piecesOf,
} from '../../../server/store/core/createNearMissCandidates.js';
import { createSortedTexts } from '../../../server/store/core/createSortedTexts.js';
import { SYLLABLES, changeArb, isNearMiss, keyArb } from './nameArbitraries.js';

function visitedBy(keys: string[], query: string, max: number): number[] {
  const candidates = createNearMissCandidates(
    keys,
    createSortedTexts(
      keys,
      keys.map((_, number) => number),
    ),
  );
  const visited: number[] = [];
  candidates.forEach(query, max, (key) => visited.push(key));
  return visited;
}

describe('createNearMissCandidates', () => {
  it('cuts a query into near-equal consecutive pieces', () => {
    expect(piecesOf('abcdefgh', 3)).toEqual(['ab', 'cde', 'fgh']);
    expect(piecesOf('abcd', 2)).toEqual(['ab', 'cd']);
    expect(piecesOf('abcdefghijkl', 4).join('')).toBe('abcdefghijkl');
  });

  it('visits every near miss that is not a prefix hit, each once', () => {
    fc.assert(
      fc.property(
        fc.array(keyArb, { minLength: 1, maxLength: 60 }),
        fc.nat(59),
        changeArb,
        fc.constantFrom(1, 2),
        (keys, pick, change, max) => {
          const query = change(keys[pick % keys.length] as string);
          const visited = visitedBy(keys, query, max);
          expect(new Set(visited).size).toBe(visited.length);
          keys.forEach((key, number) => {
            if (isNearMiss(query, key, max)) expect(visited).toContain(number);
          });
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('leaves out most keys that cannot be near misses', () => {
    const keys = Array.from({ length: 4096 }, (_, index) => {
      const word = [0, 1, 2, 3].map((digit) => SYLLABLES[(index >> (digit * 3)) % 8]).join('');
      return index % 2 ? `${word} front` : word;
    });
    const long = keys[777] as string;
    expect(long).toMatch(/^[a-z]{8} front$/);
    const visited = visitedBy(keys, long.replace('front', 'frnt'), 2);
    expect(visited).toContain(777);
    expect(visited.length).toBeLessThan(keys.length / 20);
    // A short query looks only among keys of nearby lengths that hold a piece of it.
    const short = keys[778] as string;
    const visitedShort = visitedBy(keys, `${short.slice(0, 7)}x`, 1);
    expect(visitedShort).toContain(778);
    expect(visitedShort.length).toBeLessThan(keys.length / 20);
  });
});
