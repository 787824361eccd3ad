/** Generators of names and of queries made from them, and a plain near-miss test, for search tests. */
import fc from 'fast-check';

/** Levenshtein distance by the full table. */
export function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + cost,
      );
    }
    row = next;
  }
  return row[b.length] as number;
}

/** Whether `key` is a near miss of `query` within `max` edits that is not a prefix hit. */
export function isNearMiss(query: string, key: string, max: number): boolean {
  if (key.startsWith(query)) return false;
  const whole = distance(query, key);
  const start =
    key.length > query.length ? distance(query, key.slice(0, query.length)) + 0.5 : Infinity;
  return Math.min(whole, start) <= max;
}

export const SYLLABLES = ['ka', 'lo', 'mi', 'na', 'tu', 've', 'ra', 'di'];
const FORMS = ['front', 'guard', 'union'];
/** Names shaped like generated ones: "kalomina front", "amara tuve". */
const wordArb = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 })
  .map((parts) => parts.join(''));
export const keyArb = fc.oneof(
  wordArb,
  fc.tuple(wordArb, fc.constantFrom(...FORMS)).map(([w, f]) => `${w} ${f}`),
  fc.tuple(fc.constantFrom('amara', 'dmitri'), wordArb).map(([g, w]) => `${g} ${w}`),
);
/** A key changed by up to three edits, or cut short, or kept. */
const editArb = fc.tuple(
  fc.constantFrom('substitute', 'insert', 'delete', 'cut', 'keep'),
  fc.nat(40),
  fc.constantFrom('a', 'k', 'z', ' '),
);
function applyEdit(text: string, [kind, at, char]: [string, number, string]): string {
  const where = at % (text.length + 1);
  if (kind === 'substitute') return text.slice(0, where) + char + text.slice(where + 1);
  if (kind === 'insert') return text.slice(0, where) + char + text.slice(where);
  if (kind === 'delete') return text.slice(0, where) + text.slice(where + 1);
  if (kind === 'cut') return text.slice(0, Math.max(4, where));
  return text;
}

/** The start of a key with one character changed: a near miss only by its start. */
const startEditArb = fc.tuple(fc.nat(40), fc.nat(40), fc.constantFrom('a', 'k', 'z'));
function changeStart(text: string, [cut, at, char]: [number, number, string]): string {
  const start = text.slice(0, 8 + (cut % Math.max(1, text.length - 8)));
  const where = at % start.length;
  return start.slice(0, where) + char + start.slice(where + 1);
}

/** How a query is made from a key. */
export const changeArb = fc.oneof(
  fc.array(editArb, { maxLength: 3 }).map((edits) => (key: string) => edits.reduce(applyEdit, key)),
  startEditArb.map((edit) => (key: string) => changeStart(key, edit)),
);
