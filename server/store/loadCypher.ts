/**
 * Loads named Cypher statements from `cypher/`. A dialect's own file (`cypher/kuzu/x.cypher`)
 * wins over the shared one (`cypher/x.cypher`). Placeholders such as `{{KIND}}` are filled only
 * with words from the closed vocabularies, never with user strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDGE_TYPES, ENTITY_KINDS } from '../domain/kinds.js';
import { EntenteError } from '../errors/EntenteError.js';

export type Dialect = 'kuzu' | 'neo4j';
export type TemplateVars = Readonly<Record<string, string>>;

const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

/** Words a placeholder may expand to: labels, relationship types and DDL glue. */
const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  ...ENTITY_KINDS,
  ...EDGE_TYPES,
  'Entity',
  'Article',
  'Claim',
  'Correction',
  'FROM',
  'TO',
]);

const cache = new Map<string, string>();

function readStatement(dialect: Dialect, name: string): string {
  const candidates = [
    path.join(CYPHER_DIR, dialect, `${name}.cypher`),
    path.join(CYPHER_DIR, `${name}.cypher`),
  ];
  for (const file of candidates) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // try the next candidate
    }
  }
  throw new EntenteError(
    'INTERNAL',
    `No Cypher statement named "${name}" for ${dialect} in ${CYPHER_DIR}.`,
  );
}

function assertTemplateValue(key: string, value: string): void {
  const words = value.split(/[\s,|:]+/).filter(Boolean);
  const bad = words.find((word) => !TEMPLATE_WORDS.has(word));
  if (words.length === 0 || bad !== undefined) {
    throw new EntenteError(
      'INTERNAL',
      `Placeholder {{${key}}} may only hold labels and types, got "${value}".`,
    );
  }
}

function fill(text: string, vars: TemplateVars, name: string): string {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_match, key: string) => {
    const value = vars[key];
    if (value === undefined)
      throw new EntenteError('INTERNAL', `Statement "${name}" needs {{${key}}}.`);
    assertTemplateValue(key, value);
    return value;
  });
}

/** The text of a named statement for a dialect, placeholders filled. */
export function loadCypher(dialect: Dialect, name: string, vars: TemplateVars = {}): string {
  const cacheKey = `${dialect}/${name}/${JSON.stringify(vars)}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const text = fill(readStatement(dialect, name), vars, name);
  cache.set(cacheKey, text);
  return text;
}

/** Names of every statement file a dialect can use (its own and the shared ones). */
export function listCypherNames(dialect: Dialect): string[] {
  const names = [CYPHER_DIR, path.join(CYPHER_DIR, dialect)].flatMap(listStatementFiles);
  return [...new Set(names)].sort();
}

function listStatementFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length));
}

/** The directory holding the statements, for tools that list them. */
export const cypherDir = CYPHER_DIR;
