/**
 * Rows sent to Kuzu as one string. The Node binding converts a list of row objects value by value
 * on the main thread (about 100 µs for a row of a dozen fields: most of a large write), while
 * splitting one string inside the statement costs a few µs a row. A statement opts in by reading
 * `$rows` this way, naming each field once, in order, after the row key it holds:
 *
 *   UNWIND string_split($rows, $rowSeparator) AS line
 *   WITH string_split(line, $fieldSeparator) AS f
 *   WITH
 *     CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
 *     CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS name, …
 *
 * Kuzu's `string_split` drops empty fields, so no field is empty: '' is sent as `$empty` and
 * null as `$absent`, and each field is turned back as above.
 * The store's code still passes `rows` as objects; `packRows` turns them into that string, fields
 * in the order the statement reads them. Every value arrives as a string (or null): the statement
 * casts numbers.
 */
import { EntenteError } from '../../errors/EntenteError.js';

const ROW_SEPARATOR = '\u001e';
const FIELD_SEPARATOR = '\u001d';
const ABSENT = '\u001b';
const EMPTY = '\u001c';
// eslint-disable-next-line no-control-regex -- these control characters are the separators
const RESERVED = /[\u001b-\u001e]/;

const READS_PACKED_ROWS = 'string_split($rows, $rowSeparator)';
const FIELD =
  /CASE f\[(\d+)\] WHEN \$absent THEN NULL WHEN \$empty THEN '' ELSE f\[\1\] END AS (\w+)/g;

const fieldsByText = new Map<string, readonly string[] | null>();

/** The fields a statement reads from packed `$rows`, in order; null when it takes objects. */
export function packedFields(text: string): readonly string[] | null {
  const known = fieldsByText.get(text);
  if (known !== undefined) return known;
  let fields: string[] | null = null;
  if (text.includes(READS_PACKED_ROWS)) {
    fields = [];
    for (const [, position, name] of text.matchAll(FIELD)) {
      if (Number(position) !== fields.length + 1) {
        throw new EntenteError('INTERNAL', `Packed rows must be read as f[1], f[2], …: ${text}`);
      }
      fields.push(name ?? '');
    }
  }
  fieldsByText.set(text, fields);
  return fields;
}

/** True when a statement reading packed rows is given none: it would read one empty row. */
export function hasNoPackedRows(text: string, params: Record<string, unknown>): boolean {
  const rows = params['rows'];
  return packedFields(text) !== null && Array.isArray(rows) && rows.length === 0;
}

/** `params` with `rows` packed for a statement that reads packed rows; otherwise unchanged. */
export function packRows(text: string, params: Record<string, unknown>): Record<string, unknown> {
  const fields = packedFields(text);
  const rows = params['rows'];
  if (!fields || !Array.isArray(rows)) return params;
  const packed = rows
    .map((row: Record<string, unknown>) =>
      fields.map((field) => toField(row, field)).join(FIELD_SEPARATOR),
    )
    .join(ROW_SEPARATOR);
  return {
    ...params,
    rows: packed,
    rowSeparator: ROW_SEPARATOR,
    fieldSeparator: FIELD_SEPARATOR,
    absent: ABSENT,
    empty: EMPTY,
  };
}

function toField(row: Record<string, unknown>, field: string): string {
  if (!(field in row)) {
    throw new EntenteError('INTERNAL', `A row for the embedded store lacks "${field}".`);
  }
  const value = row[field];
  if (value === null || value === undefined) return ABSENT;
  const text = typeof value === 'string' ? value : String(value);
  if (text === '') return EMPTY;
  if (RESERVED.test(text)) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `A value to store holds a control character (U+001B to U+001E) that the embedded store reserves: "${text.slice(0, 60)}…". Remove control characters (the ingest command does) and write it again.`,
    );
  }
  return text;
}
