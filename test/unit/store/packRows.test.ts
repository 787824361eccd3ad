/**
 * Rows packed into one string for the embedded store's write statements: fields in the order the
 * statement reads them, null and '' kept apart, reserved characters refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EntenteError } from '../../../server/errors/EntenteError.js';
import { hasNoPackedRows, packedFields, packRows } from '../../../server/store/kuzu/packRows.js';
import { cypherDir } from '../../../server/store/loadCypher.js';

const STATEMENT = [
  'UNWIND string_split($rows, $rowSeparator) AS line',
  'WITH string_split(line, $fieldSeparator) AS f',
  'WITH',
  "  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,",
  "  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS name,",
  "  CASE f[3] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[3] END AS count",
  'RETURN id, name, count',
].join('\n');

describe('packRows', () => {
  it('reads the fields a statement takes, in order', () => {
    expect(packedFields(STATEMENT)).toEqual(['id', 'name', 'count']);
    expect(packedFields('UNWIND $rows AS row RETURN row.id')).toBeNull();
  });

  it('packs rows in field order, keeping null and the empty string apart', () => {
    const params = packRows(STATEMENT, {
      rows: [
        { count: 3, name: 'Ann', id: 'a' },
        { id: 'b', name: '', count: null },
      ],
      sep: ',',
    });
    const { rows, rowSeparator, fieldSeparator, absent, empty } = params as Record<
      'rows' | 'rowSeparator' | 'fieldSeparator' | 'absent' | 'empty',
      string
    >;
    const decoded = rows
      .split(rowSeparator)
      .map((line) => line.split(fieldSeparator))
      .map((fields) => fields.map((f) => (f === absent ? null : f === empty ? '' : f)));
    expect(decoded).toEqual([
      ['a', 'Ann', '3'],
      ['b', '', null],
    ]);
    expect(params['sep']).toBe(',');
    // Kuzu's string_split drops empty fields: none may be empty.
    expect(rows.split(rowSeparator).every((line) => !line.split(fieldSeparator).includes(''))).toBe(
      true,
    );
  });

  it('leaves other statements and other params alone', () => {
    const params = { rows: [{ id: 'a' }] };
    expect(packRows('UNWIND $rows AS row RETURN row.id', params)).toBe(params);
    expect(packRows(STATEMENT, { ids: ['a'] })).toEqual({ ids: ['a'] });
  });

  it('reports a statement given no rows, which would read one empty row', () => {
    expect(hasNoPackedRows(STATEMENT, { rows: [] })).toBe(true);
    expect(hasNoPackedRows(STATEMENT, { rows: [{ id: 'a', name: 'A', count: 1 }] })).toBe(false);
    expect(hasNoPackedRows('UNWIND $rows AS row RETURN row', { rows: [] })).toBe(false);
  });

  it('refuses a value holding a separator, as bad input', () => {
    const pack = () => packRows(STATEMENT, { rows: [{ id: 'a', name: 'A\u001eB', count: 1 }] });
    expect(pack).toThrow(EntenteError);
    expect(pack).toThrow(/control character/);
    try {
      pack();
    } catch (error) {
      expect((error as EntenteError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a row that lacks a field the statement reads', () => {
    expect(() => packRows(STATEMENT, { rows: [{ id: 'a', name: 'A' }] })).toThrow(/lacks "count"/);
  });

  it('refuses fields read out of order', () => {
    const text = STATEMENT.replace('f[2] WHEN', 'f[4] WHEN').replace('ELSE f[2]', 'ELSE f[4]');
    expect(() => packedFields(text)).toThrow(/f\[1\], f\[2\]/);
  });

  it('every embedded statement reading packed rows names its fields 1 to n', () => {
    const dir = path.join(cypherDir, 'kuzu');
    const packed = readdirSync(dir)
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')] as const)
      .filter(([, text]) => text.includes('$rowSeparator'));
    expect(packed.map(([file]) => file)).toEqual(
      expect.arrayContaining(['createClaims.cypher', 'createMentions.cypher']),
    );
    for (const [file, text] of packed) {
      const reads = [...text.matchAll(/f\[(\d+)\]/g)].map((match) => Number(match[1]));
      expect({ file, fields: packedFields(text)?.length }).toEqual({
        file,
        fields: Math.max(...reads),
      });
    }
  });
});
