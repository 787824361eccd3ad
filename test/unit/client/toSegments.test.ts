import { findMentions, toSegments } from '../../../client/src/graph/toSegments.js';

describe('toSegments', () => {
  it('splits text into plain and marked parts that join back to the text', () => {
    const text = 'North Korea supplies Russia.';
    const segments = toSegments(text, [
      { start: 21, end: 27, tag: 'b' },
      { start: 0, end: 11, tag: 'a' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['North Korea', 'Russia']);
  });

  it('clips spans outside the text and skips overlaps', () => {
    const segments = toSegments('abcdef', [
      { start: -2, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 99 },
    ]);
    expect(segments).toEqual([
      { text: 'abc', mark: true },
      { text: 'de', mark: false },
      { text: 'f', mark: true },
    ]);
  });

  it('keeps markup as plain text', () => {
    const segments = toSegments('<img src=x onerror=alert(1)>', []);
    expect(segments).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('findMentions', () => {
  const terms = [
    { term: 'North Korea', tag: 'nk' },
    { term: 'DPRK', tag: 'nk' },
    { term: 'Korea', tag: 'sk' },
    { term: 'Russia', tag: 'ru' },
  ];

  it('finds whole-word mentions, longest first, case-insensitive', () => {
    const text = 'The dprk and North Korea supply Russia; Russian troops wait.';
    const found = findMentions(text, terms).map((span) => [
      text.slice(span.start, span.end),
      span.tag,
    ]);
    expect(found).toEqual([
      ['dprk', 'nk'],
      ['North Korea', 'nk'],
      ['Russia', 'ru'],
    ]);
  });

  it('treats regular expression characters in names literally', () => {
    expect(findMentions('U.S. and USAS', [{ term: 'U.S.', tag: 'us' }])).toEqual([
      { start: 0, end: 4, tag: 'us' },
    ]);
  });
});
