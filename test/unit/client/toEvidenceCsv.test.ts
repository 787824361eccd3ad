import { toCsvCell, toEvidenceCsv } from '../../../client/src/graph/toEvidenceCsv.js';

describe('toEvidenceCsv', () => {
  it('quotes commas, quotes and new lines', () => {
    expect(toCsvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(toCsvCell('plain')).toBe('plain');
  });

  it('defuses spreadsheet formulas', () => {
    expect(toCsvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(toCsvCell('-1')).toBe("'-1");
  });

  it('writes a header and one line per claim', () => {
    const csv = toEvidenceCsv([
      {
        relationId: 'r1',
        type: 'SUPPLIES',
        source: 'North Korea',
        target: 'Russia',
        status: 'ALLEGED',
        quote: 'North Korea, it is said, supplies Russia.',
        articleTitle: 'T',
        articleDate: '2023-11-08',
        articleSource: 'Reuters',
        articleUrl: '',
      },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'relationId,type,source,target,status,quote,articleTitle,articleDate,articleSource,articleUrl',
    );
    expect(lines[1]).toContain('"North Korea, it is said, supplies Russia."');
  });
});
