import { readFileSync } from 'node:fs';

/** Reads one of the JSON data files that sit beside this module. */
export function readJson<T>(fileName: string): T {
  return JSON.parse(readFileSync(new URL(`./${fileName}`, import.meta.url), 'utf8')) as T;
}
