import type { EntityKind } from '../domain/kinds.js';

/**
 * The form names are compared in: case-insensitive, leading "the" and punctuation ignored; for
 * weapons a plural "s" is ignored.
 */
export function toScoringKey(name: string, kind: EntityKind): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  key = key.replace(/ /g, '');
  if (kind === 'Weapon') key = key.replace(/s$/, '');
  return key;
}
