/**
 * Reads the environment once, validates it and returns a frozen, typed config. Everything else
 * receives config as a parameter. The README's settings table lists the same keys.
 */
import path from 'node:path';
import { EntenteError } from '../errors/EntenteError.js';

type Parse<T> = (raw: string, name: string) => T;

interface Setting<T> {
  env: string;
  description: string;
  default: T;
  parse: Parse<T>;
}

const asString: Parse<string> = (raw) => raw;
const asOptional: Parse<string | undefined> = (raw) => (raw === '' ? undefined : raw);
const asBoolean: Parse<boolean> = (raw, name) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new EntenteError('CONFIG_INVALID', `${name} must be true or false, got "${raw}".`);
};
const asInteger =
  (min: number, max: number): Parse<number> =>
  (raw, name) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new EntenteError(
        'CONFIG_INVALID',
        `${name} must be a whole number from ${min} to ${max}, got "${raw}".`,
      );
    }
    return value;
  };
const asList: Parse<string[]> = (raw) =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function setting<T>(
  env: string,
  defaultValue: T,
  parse: Parse<T>,
  description: string,
): Setting<T> {
  return { env, default: defaultValue, parse, description };
}

/** Every setting: environment variable, default, parser and a one-line description. */
export const SETTINGS = {
  port: setting('PORT', 4000, asInteger(0, 65535), 'HTTP port; 0 picks a free port.'),
  host: setting('HOST', '127.0.0.1', asString, 'Interface to listen on (0.0.0.0 in containers).'),
  dataDir: setting('ENTENTE_DATA_DIR', 'data', asString, 'Directory of the embedded store.'),
  graphIndex: setting(
    'ENTENTE_GRAPH_INDEX',
    true,
    asBoolean,
    'Hold the embedded graph in memory (≈ 0.5 KB per relation).',
  ),
  neo4jUri: setting('NEO4J_URI', undefined, asOptional, 'Bolt URI; when set, Neo4j is the store.'),
  neo4jUser: setting('NEO4J_USER', 'neo4j', asString, 'Neo4j user name.'),
  neo4jPassword: setting('NEO4J_PASSWORD', '', asString, 'Neo4j password.'),
  neo4jDatabase: setting('NEO4J_DATABASE', 'neo4j', asString, 'Neo4j database name.'),
  apiToken: setting(
    'ENTENTE_API_TOKEN',
    undefined,
    asOptional,
    'Bearer token for mutations; writes over HTTP are off when unset.',
  ),
  loadSamples: setting(
    'ENTENTE_LOAD_SAMPLES',
    true,
    asBoolean,
    'Load the sample articles at start when the store is empty.',
  ),
  samplesDir: setting(
    'ENTENTE_SAMPLES_DIR',
    'examples/articles',
    asString,
    'Articles loaded into an empty store at start.',
  ),
  queryTimeoutMs: setting(
    'ENTENTE_QUERY_TIMEOUT_MS',
    5000,
    asInteger(100, 600_000),
    'Time limit of an ad-hoc Cypher query, in milliseconds.',
  ),
  queryRowCap: setting(
    'ENTENTE_QUERY_ROW_CAP',
    1000,
    asInteger(1, 1_000_000),
    'Most rows an ad-hoc Cypher query returns.',
  ),
  maxArticleBytes: setting(
    'ENTENTE_MAX_ARTICLE_BYTES',
    5 * 1024 * 1024,
    asInteger(1024, 1024 * 1024 * 1024),
    'Largest article accepted, in bytes.',
  ),
  maxBodyBytes: setting(
    'ENTENTE_MAX_BODY_BYTES',
    10 * 1024 * 1024,
    asInteger(1024, 1024 * 1024 * 1024),
    'Largest HTTP request body, in bytes.',
  ),
  corsOrigins: setting(
    'ENTENTE_CORS_ORIGINS',
    [] as string[],
    asList,
    'Comma-separated origins allowed by CORS; empty turns CORS off.',
  ),
  rateLimitPerMinute: setting(
    'ENTENTE_RATE_LIMIT_PER_MINUTE',
    120,
    asInteger(1, 1_000_000),
    'Mutations and Cypher queries allowed per client per minute.',
  ),
  production: setting(
    'NODE_ENV',
    false,
    (raw) => raw === 'production',
    'production hides stack traces from API errors.',
  ),
} as const;

type Settings = typeof SETTINGS;
export type Config = Readonly<{
  [K in keyof Settings]: Settings[K] extends Setting<infer T> ? T : never;
}>;

/** Builds the config from an environment (process.env by default); throws CONFIG_INVALID. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const entries = Object.entries(SETTINGS).map(([key, spec]) => {
    const raw = env[spec.env];
    const value = raw === undefined ? spec.default : (spec.parse as Parse<unknown>)(raw, spec.env);
    return [key, value] as const;
  });
  const config = Object.fromEntries(entries) as Record<string, unknown>;
  config.dataDir = path.resolve(config.dataDir as string);
  config.samplesDir = path.resolve(config.samplesDir as string);
  return Object.freeze(config) as Config;
}
