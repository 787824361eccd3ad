import type { EntityKind } from '../domain/kinds.js';
import type { Entity } from '../domain/types.js';
import { EntenteError } from '../errors/EntenteError.js';
import type { GraphStore } from '../store/GraphStore.js';
import { assertInRange } from './assertInRange.js';
import type { ExploreLimits } from './exploreLimits.js';

export interface SearchRequest {
  text: string;
  kinds?: EntityKind[] | null | undefined;
  first: number;
}

/** Entities whose name or alias matches `text`; blank text finds nothing. */
export async function searchEntities(
  store: GraphStore,
  request: SearchRequest,
  limits: ExploreLimits,
): Promise<Entity[]> {
  assertInRange('first', request.first, 0, limits.maxPageSize);
  const text = request.text.trim();
  if (text.length > limits.maxSearchText) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `Search text is ${text.length} characters; the most is ${limits.maxSearchText}. Search for a name.`,
    );
  }
  if (text === '' || request.first === 0) return [];
  return store.search(text, request.kinds ?? undefined, request.first);
}
