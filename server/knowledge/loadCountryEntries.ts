/**
 * Country names read at run time from the installed `world-countries` (ODbL) and
 * `i18n-iso-countries` packages, merged with the project alias table. Nothing derived from
 * these packages is written into the repository.
 */
import { createRequire } from 'node:module';
import type { GazetteerEntry } from './Knowledge.js';
import { readJson } from './readJson.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

interface AliasTable {
  aliases: { country: string; forms: string[] }[];
  contextual: { country: string; forms: string[] }[];
  demonyms: { country: string; forms: string[] }[];
  canonicalNames: Record<string, string>;
  excludedCapitals: string[];
}

const STATE_LIKE = new Set(['TW', 'PS', 'XK']);
const require = createRequire(import.meta.url);

function loadWorldCountries(): WorldCountry[] {
  return require('world-countries') as WorldCountry[];
}

function loadIsoNames(): Record<string, string | string[]> {
  const iso = require('i18n-iso-countries') as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string | string[]>;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return iso.getNames('en', { select: 'all' });
}

/** A form is usable when it is Latin script, has no list punctuation and is not a bare code. */
function isUsableForm(form: string): boolean {
  if (form.length < 3 || /[,()]/.test(form)) return false;
  return /^[\p{Script=Latin}\p{M}0-9 .'’-]+$/u.test(form);
}

function stripAccents(form: string): string {
  return form.normalize('NFKD').replace(/\p{M}+/gu, '');
}

function state(form: string, name: string, role?: GazetteerEntry['role']): GazetteerEntry[] {
  const entry: GazetteerEntry = { form, caseSensitive: true, kind: 'State', name };
  if (role) entry.role = role;
  const folded = stripAccents(form);
  return folded === form ? [entry] : [entry, { ...entry, form: folded }];
}

function entriesForCountry(
  country: WorldCountry,
  name: string,
  isoNames: string[],
  table: AliasTable,
): GazetteerEntry[] {
  const excluded = new Set(table.excludedCapitals);
  const names = [country.name.common, country.name.official, ...country.altSpellings, ...isoNames];
  const out = names.filter(isUsableForm).flatMap((form) => state(form, name));
  for (const capital of country.capital) {
    if (!excluded.has(capital) && isUsableForm(capital))
      out.push(...state(capital, name, 'capital'));
  }
  const demonym = country.demonyms?.eng;
  if (demonym)
    for (const form of new Set([demonym.m, demonym.f])) out.push(...state(form, name, 'demonym'));
  return out;
}

/** Every State form: package names, capitals and demonyms, then the project alias table. */
export function loadCountryEntries(): { entries: GazetteerEntry[]; contextual: GazetteerEntry[] } {
  const table = readJson<AliasTable>('countryAliases.json');
  const isoNames = loadIsoNames();
  const entries: GazetteerEntry[] = [];
  for (const country of loadWorldCountries()) {
    if (!country.independent && !STATE_LIKE.has(country.cca2)) continue;
    const name = table.canonicalNames[country.cca2] ?? country.name.common;
    const iso = isoNames[country.cca2] ?? [];
    entries.push(...entriesForCountry(country, name, Array.isArray(iso) ? iso : [iso], table));
  }
  for (const { country, forms } of table.aliases)
    for (const form of forms) entries.push(...state(form, country));
  for (const { country, forms } of table.demonyms)
    for (const form of forms) entries.push(...state(form, country, 'demonym'));
  const contextual = table.contextual.flatMap(({ country, forms }) =>
    forms.flatMap((form) => state(form, country, 'contextual')),
  );
  return { entries: dropAmbiguousDemonyms(entries), contextual };
}

/** A demonym shared by two States ('Dominican', 'Congolese') names neither. */
function dropAmbiguousDemonyms(entries: GazetteerEntry[]): GazetteerEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.role !== 'demonym') continue;
    const set = owners.get(e.form) ?? new Set<string>();
    set.add(e.name);
    owners.set(e.form, set);
  }
  return entries.filter((e) => e.role !== 'demonym' || (owners.get(e.form)?.size ?? 0) === 1);
}
