/** Opaque page cursors: the offset of the next item, base64url encoded. */
import { EntenteError } from '../../errors/EntenteError.js';
import type { Page, PageRequest } from '../GraphStore.js';

export function toCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset a page starts at; throws BAD_USER_INPUT for a cursor this store did not make. */
export function fromCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `Invalid cursor "${cursor}": pass the endCursor of a previous page.`,
    );
  }
  return Number(match[1]);
}

export function assertPageSize(page: PageRequest, max = 1000): void {
  if (!Number.isInteger(page.first) || page.first < 0 || page.first > max) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `first must be a whole number from 0 to ${max}, got ${page.first}.`,
    );
  }
}

export function toPage<T>(items: T[], offset: number, totalCount: number): Page<T> {
  const end = offset + items.length;
  return {
    items,
    endCursor: items.length ? toCursor(end) : null,
    hasNextPage: end < totalCount,
    totalCount,
  };
}
