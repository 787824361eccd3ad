import { createHash, timingSafeEqual } from 'node:crypto';
import { EntenteError } from '../errors/EntenteError.js';
import type { ApiContext } from './ApiContext.js';

/** Mutations need the configured API token; with none configured, writes over HTTP are off. */
export function assertCanWrite(context: Pick<ApiContext, 'config' | 'bearerToken'>): void {
  const expected = context.config.apiToken;
  if (!expected) {
    throw new EntenteError(
      'WRITES_DISABLED',
      'Writes over HTTP are off: set ENTENTE_API_TOKEN on the server to enable mutations, or use `npm run ingest`.',
    );
  }
  if (context.bearerToken === undefined) {
    throw new EntenteError(
      'UNAUTHENTICATED',
      'Mutations need the header `Authorization: Bearer <ENTENTE_API_TOKEN>`.',
    );
  }
  if (!isSameSecret(context.bearerToken, expected)) {
    throw new EntenteError(
      'UNAUTHENTICATED',
      'The bearer token is not the API token of this server.',
    );
  }
}

/** Constant-time comparison: both sides are hashed to equal length first. */
export function isSameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function toBearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
