import fc from 'fast-check';
import { extractArticle } from '../../../server/extraction/extractArticle.js';

const NEWS_WORDS = [
  'North Korea',
  'Russia',
  'supplied',
  'artillery shells',
  'to',
  'the',
  'DPRK',
  'condemned',
  'Secretary of State Antony Blinken',
  'met',
  'with',
  'Park',
  'and',
  ',',
  '.',
  '“',
  '”',
  'said',
  'U.S.',
  'allies',
  'Hamas',
  'drones',
  'Iran',
  'by',
  'Nov. 18',
  '\n\n',
];
const newsLike = fc
  .array(fc.constantFrom(...NEWS_WORDS), { maxLength: 80 })
  .map((w) => w.join(' '));

type Entity = ReturnType<typeof extractArticle>['entities'][number];
const REFERS_BACK = /\b(they|we|he|she|it|its|their|our)\b|[“”"]/i;

/** The entity is named in the sentence, or (for a State) stands behind an official named there. */
function isNamedIn(e: Entity | undefined, sentence: string, all: Entity[]): boolean {
  if (!e) return false;
  const text = sentence.toLowerCase().replace(/’/g, "'");
  const named = (x: Entity) => [x.name, ...x.aliases].some((n) => text.includes(n.toLowerCase()));
  return named(e) || all.some((o) => o.affiliation === e.id && named(o));
}

describe('extractArticle properties', () => {
  it('never throws on arbitrary strings and always returns the three lists', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsLike), (text) => {
        const result = extractArticle(text);
        expect(
          Array.isArray(result.entities) &&
            Array.isArray(result.relations) &&
            Array.isArray(result.diagnostics),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('evidence offsets point into the text and the sentence names both endpoints', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const result = extractArticle(text);
        const byId = new Map(result.entities.map((e) => [e.id, e]));
        for (const relation of result.relations) {
          expect(byId.has(relation.source) && byId.has(relation.target)).toBe(true);
          for (const ev of relation.evidence) {
            expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
          }
          for (const ev of relation.evidence) {
            expect(isNamedIn(byId.get(relation.target), ev.sentence, result.entities)).toBe(true);
            const source = byId.get(relation.source);
            expect(
              isNamedIn(source, ev.sentence, result.entities) || REFERS_BACK.test(ev.sentence),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives empty results with a diagnostic for empty, binary and non-English text', () => {
    expect(extractArticle('').diagnostics[0]?.code).toBe('EMPTY_TEXT');
    const binary = extractArticle('\u0000\u0001\u0002\ufffd'.repeat(50));
    expect(binary.relations).toEqual([]);
    expect(binary.diagnostics.map((d) => d.code)).toContain('BINARY_CONTENT');
    const russian = extractArticle('Россия поставила снаряды Северной Корее. '.repeat(5));
    expect(russian.diagnostics.map((d) => d.code)).toContain('NOT_ENGLISH');
    expect(extractArticle('... ,,, !!!').diagnostics.map((d) => d.code)).toContain('NO_SENTENCES');
  });

  it('handles a 100,000-character sentence and keeps its evidence valid', () => {
    const text = `${'word '.repeat(20_000)}Russia supplied drones to Iran ${'and more '.repeat(2_000)}.`;
    const result = extractArticle(text);
    for (const r of result.relations)
      for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});
