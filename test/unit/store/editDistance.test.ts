import fc from 'fast-check';
import { boundedDistance, editDistance } from '../../../server/store/core/editDistance.js';
import { distance as fullDistance } from './nameArbitraries.js';

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 14 });

describe('editDistance', () => {
  it('gives known distances, and max + 1 beyond the bound', () => {
    expect(editDistance('france', 'frence', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('', 'ab', 2)).toBe(2);
    expect(editDistance('ab', '', 1)).toBe(2);
    expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
  });

  it('equals the full table when within the bound, and is max + 1 otherwise', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = fullDistance(a, b);
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('measures against the first characters of the second text without slicing it', () => {
    fc.assert(
      fc.property(text, text, fc.nat(16), fc.integer({ min: 0, max: 3 }), (a, b, cut, max) => {
        const length = Math.min(cut, b.length);
        const full = fullDistance(a, b.slice(0, length));
        expect(boundedDistance(a, b, length, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answers after a call on a longer text grew its rows', () => {
    const long = 'a'.repeat(200);
    expect(editDistance(long, `${long}b`, 1)).toBe(1);
    expect(editDistance('abc', 'abd', 1)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
