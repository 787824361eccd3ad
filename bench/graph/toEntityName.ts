/**
 * Distinct, pronounceable names for generated entities, one per index, so that a graph of any
 * size has no two entities with the same id: "Kalo Minatu", "Northern Veradi Front", "VR-204".
 */
import type { EntityKind } from '../../server/domain/kinds.js';
import { GIVEN_NAMES } from '../corpus/vocabulary.js';

// prettier-ignore
const SYLLABLES = ['ka', 'lo', 'mi', 'na', 'tu', 've', 'ra', 'di', 'so', 'be', 'zu', 'ha', 'ni', 'do', 'pe', 'ar'];
// prettier-ignore
const ORGANIZATION_FORMS = ['Front', 'Council', 'Movement', 'Brigades', 'Agency', 'Alliance', 'Guard', 'Union'];
// prettier-ignore
const WEAPON_FORMS = ['drones', 'missiles', 'rockets', 'howitzers', 'tanks', 'radars', 'launchers', 'shells'];

export function toEntityName(kind: EntityKind, index: number): string {
  const word = toWord(index);
  if (kind === 'Official') return `${GIVEN_NAMES[index % GIVEN_NAMES.length]} ${word}`;
  if (kind === 'Organization')
    return `${word} ${ORGANIZATION_FORMS[index % ORGANIZATION_FORMS.length]}`;
  if (kind === 'Weapon')
    return `${word.toUpperCase()}-${index % 97} ${WEAPON_FORMS[index % WEAPON_FORMS.length]}`;
  return word;
}

/** The index written in base 16 with a syllable per digit, capitalised: 0 → "Ka", 17 → "Lolo". */
function toWord(index: number): string {
  let rest = index;
  let word = '';
  do {
    word = `${SYLLABLES[rest % SYLLABLES.length]}${word}`;
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  const padded = word.length < 4 ? `${word}${'ri'.repeat((4 - word.length) / 2)}` : word;
  return padded.charAt(0).toUpperCase() + padded.slice(1);
}
