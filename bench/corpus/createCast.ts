/**
 * The cast of a generated corpus: states (all UN members), officials with titles acting for a
 * state, organizations and weapons. The cast grows with the corpus so that large corpora hold
 * many distinct entities, as years of news do.
 */
import type { Random } from './createRandom.js';
import { loadStates } from './loadStates.js';
import type { StateName } from './loadStates.js';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  ORGANIZATION_PREFIXES,
  ORGANIZATION_SUFFIXES,
  TITLES,
  WEAPON_CLASSES,
  WEAPON_CODES,
  WELL_KNOWN_ORGANIZATIONS,
  WELL_KNOWN_WEAPONS,
} from './vocabulary.js';

export interface CastOfficial {
  name: string;
  title: string;
  state: StateName;
}

export interface Cast {
  states: StateName[];
  officials: CastOfficial[];
  organizations: string[];
  weapons: string[];
}

export interface CastSize {
  officials: number;
  organizations: number;
  weapons: number;
}

/** How many of each the cast holds for a corpus of this many articles. */
export function toCastSize(articles: number): CastSize {
  return {
    officials: Math.min(5000, Math.max(200, Math.round(articles / 4))),
    organizations: Math.min(600, Math.max(40, Math.round(articles / 40))),
    weapons: Math.min(400, Math.max(30, Math.round(articles / 60))),
  };
}

export function createCast(random: Random, size: CastSize): Cast {
  const states = loadStates();
  return {
    states,
    officials: createOfficials(random, states, size.officials),
    organizations: createUnique(
      size.organizations,
      WELL_KNOWN_ORGANIZATIONS,
      () => `${random.pick(ORGANIZATION_PREFIXES)} ${random.pick(ORGANIZATION_SUFFIXES)}`,
    ),
    weapons: createUnique(
      size.weapons,
      WELL_KNOWN_WEAPONS,
      () => `${random.pick(WEAPON_CODES)}-${random.int(2, 99)} ${random.pick(WEAPON_CLASSES)}`,
    ),
  };
}

function createOfficials(random: Random, states: StateName[], count: number): CastOfficial[] {
  const names = createUnique(
    count,
    [],
    () =>
      `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}${random.chance(0.3) ? `-${random.pick(FAMILY_NAMES)}` : ''}`,
  );
  return names.map((name) => ({ name, title: random.pick(TITLES), state: random.pick(states) }));
}

/** `count` distinct names: the known ones first, then generated ones until enough are distinct. */
function createUnique(count: number, known: readonly string[], make: () => string): string[] {
  const names = new Set(known.slice(0, count));
  for (let attempts = 0; names.size < count && attempts < count * 50; attempts += 1) {
    names.add(make());
  }
  return [...names];
}
