/**
 * The states of a generated corpus: every member of the United Nations, named as the
 * `world-countries` package names them (common name, capital, demonym), read at run time.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

export interface StateName {
  name: string;
  capital: string | null;
  demonym: string;
}

const require = createRequire(import.meta.url);

export function loadStates(): StateName[] {
  const countries = require('world-countries') as Country[];
  return countries
    .filter((country) => country.unMember)
    .map((country) => ({
      name: country.name.common,
      capital: country.capital[0] ?? null,
      demonym: country.demonyms?.eng?.m ?? country.name.common,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
