/** Reads typed values out of result rows, whichever backend produced them. */
import type { Row } from './StatementRunner.js';

export function str(row: Row, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value : String(value ?? '');
}

export function strOrNull(row: Row, key: string): string | null {
  const value = row[key];
  return value === null || value === undefined || value === '' ? null : String(value);
}

export function num(row: Row, key: string): number {
  const value = row[key];
  return typeof value === 'number' ? value : Number(value ?? 0);
}

export function strList(row: Row, key: string): string[] {
  const value = row[key];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** Separator of lists sent as one string (Kuzu cannot take ragged or empty lists in UNWIND rows). */
export const LIST_SEPARATOR = '\u001f';

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR);
}

export function splitList(value: unknown): string[] {
  return typeof value === 'string' && value !== '' ? value.split(LIST_SEPARATOR) : [];
}
