/** The curated and package-derived knowledge the extractor reads. See README.md in this folder. */
import type { EntityKind } from '../domain/kinds.js';

/** One surface form the gazetteer can find, and what it names. */
export interface GazetteerEntry {
  form: string;
  /** Match the form's letters exactly (acronyms, proper names) or ignoring case (common nouns). */
  caseSensitive: boolean;
  kind: EntityKind;
  name: string;
  /** Organization type from organizations.json; `newsOutlet` never becomes an entity. */
  orgType?: string;
  /** State a government body, military or state medium acts for. */
  country?: string;
  /** Demonyms and contextual forms only count in the right context. */
  role?: 'demonym' | 'contextual' | 'capital' | 'plural-demonym';
  /** For known officials: whether `country` names a State or an Organization. */
  affiliationKind?: EntityKind;
}

export interface TitleEntry {
  title: string;
  defaultCountry?: string;
}

export interface TriggerEntry {
  lemma: string;
  forms: string[];
  /** `reported`: a hostile act that, when someone reports it, condemns its doer. */
  roles: 'agent' | 'recipient' | 'symmetric' | 'reported';
  weak?: boolean;
}

export interface RelationTriggers {
  verbs: TriggerEntry[];
  nouns: TriggerEntry[];
  madeMarkers?: string[];
  weakObjectVerbs?: string[];
  negators?: string[];
}

export interface Knowledge {
  /** Names of States, Organizations and Weapons, with their forms. */
  entries: GazetteerEntry[];
  /** Contextual short forms ('the North'): only count once their State is named. */
  contextual: GazetteerEntry[];
  titles: TitleEntry[];
  pluralRoles: string[];
  roleNouns: string[];
  nameParticles: string[];
  nameSuffixes: string[];
  surnameFirst: string[];
  weaponHeadNouns: string[];
  weaponBlockedBefore: string[];
  civilNames: string[];
  triggers: Record<string, RelationTriggers>;
  status: { denied: string[]; alleged: string[]; planned: string[] };
  speechVerbs: string[];
}
