/**
 * The API token comparer: equal secrets match and nothing else does, whatever the lengths,
 * because both sides are hashed to 32 bytes before a constant-time comparison (Node's
 * timingSafeEqual throws on unequal lengths, so a length leak would show up as a throw here).
 */
import fc from 'fast-check';
import { isSameSecret, toBearerToken } from '../../../server/api/assertCanWrite.js';

const TOKEN = 'b6f1c1f0-5a0e-4c7e-9d8e-2f61e8c0a9d3';

describe('isSameSecret', () => {
  it('accepts the same secret', () => {
    expect(isSameSecret(TOKEN, TOKEN)).toBe(true);
    expect(isSameSecret('ключ-🔑', 'ключ-🔑')).toBe(true);
  });

  it('refuses a secret differing in its first, middle or last character', () => {
    for (const index of [0, TOKEN.length >> 1, TOKEN.length - 1]) {
      const changed = `${TOKEN.slice(0, index)}x${TOKEN.slice(index + 1)}`;
      expect(isSameSecret(changed, TOKEN)).toBe(false);
    }
  });

  it('refuses prefixes, extensions and the empty string without throwing', () => {
    for (const given of [
      '',
      TOKEN.slice(0, 1),
      TOKEN.slice(0, -1),
      `${TOKEN}0`,
      TOKEN.repeat(50),
    ]) {
      expect(() => isSameSecret(given, TOKEN)).not.toThrow();
      expect(isSameSecret(given, TOKEN)).toBe(false);
    }
  });

  it('matches exactly when the strings are equal, for any pair of strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (given, expected) => {
        expect(isSameSecret(given, expected)).toBe(given === expected);
      }),
    );
  });
});

describe('toBearerToken', () => {
  it('takes the token of a Bearer header only', () => {
    expect(toBearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(toBearerToken(`bearer ${TOKEN}`)).toBe(TOKEN);
    expect(toBearerToken(`Basic ${TOKEN}`)).toBeUndefined();
    expect(toBearerToken(`Bearer ${TOKEN} extra`)).toBeUndefined();
    expect(toBearerToken(undefined)).toBeUndefined();
  });
});
