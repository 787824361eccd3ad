/** Loads every knowledge file once per process and returns a frozen, cached view. */
import type { GazetteerEntry, Knowledge, RelationTriggers, TitleEntry } from './Knowledge.js';
import { loadCountryEntries } from './loadCountryEntries.js';
import { readJson } from './readJson.js';

interface OrganizationFile {
  organizations: { name: string; type: string; aliases: string[]; country?: string }[];
}
interface WeaponFile {
  kinds: { name: string; forms: string[] }[];
  systems: { name: string; forms: string[] }[];
  headNouns: string[];
  blockedBefore: string[];
  civilNames: string[];
}
interface TitleFile {
  titles: TitleEntry[];
  pluralRoles: string[];
  roleNouns: string[];
  nameParticles: string[];
  nameSuffixes: string[];
  surnameFirst: string[];
}
interface TriggerFile {
  relations: Record<string, RelationTriggers>;
  status: Knowledge['status'];
  speechVerbs: string[];
}

interface OfficialFile {
  officials: { name: string; country: string }[];
}

let cached: Knowledge | undefined;

function officialEntries(file: OfficialFile, organizations: OrganizationFile): GazetteerEntry[] {
  const orgNames = new Set(organizations.organizations.map((o) => o.name));
  return file.officials.map((o) => ({
    form: o.name,
    caseSensitive: true,
    kind: 'Official',
    name: o.name,
    country: o.country,
    affiliationKind: orgNames.has(o.country) ? 'Organization' : 'State',
  }));
}

function organizationEntries(file: OrganizationFile): GazetteerEntry[] {
  return file.organizations.flatMap((org) =>
    [org.name, ...org.aliases].map((form) => {
      const entry: GazetteerEntry = {
        form,
        caseSensitive: true,
        kind: 'Organization',
        name: org.name,
        orgType: org.type,
      };
      if (org.country) entry.country = org.country;
      return entry;
    }),
  );
}

function weaponEntries(file: WeaponFile): GazetteerEntry[] {
  const kinds = file.kinds.flatMap((k) =>
    k.forms.map((form): GazetteerEntry => ({
      form,
      caseSensitive: /[A-Z]{2}/.test(form),
      kind: 'Weapon',
      name: k.name,
    })),
  );
  const systems = file.systems.flatMap((s) =>
    s.forms.map((form): GazetteerEntry => ({
      form,
      caseSensitive: true,
      kind: 'Weapon',
      name: s.name,
    })),
  );
  return [...systems, ...kinds];
}

/** The knowledge the extractor needs; read from disk and packages on first call only. */
export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const countries = loadCountryEntries();
  const weapons = readJson<WeaponFile>('weapons.json');
  const titles = readJson<TitleFile>('titles.json');
  const triggers = readJson<TriggerFile>('triggers.json');
  const organizations = readJson<OrganizationFile>('organizations.json');
  cached = Object.freeze({
    entries: [
      ...organizationEntries(organizations),
      ...officialEntries(readJson<OfficialFile>('knownOfficials.json'), organizations),
      ...countries.entries,
      ...weaponEntries(weapons),
    ],
    contextual: countries.contextual,
    titles: titles.titles,
    pluralRoles: titles.pluralRoles,
    roleNouns: titles.roleNouns,
    nameParticles: titles.nameParticles,
    nameSuffixes: titles.nameSuffixes,
    surnameFirst: titles.surnameFirst,
    weaponHeadNouns: weapons.headNouns,
    weaponBlockedBefore: weapons.blockedBefore,
    civilNames: weapons.civilNames,
    triggers: triggers.relations,
    status: triggers.status,
    speechVerbs: triggers.speechVerbs,
  });
  return cached;
}
