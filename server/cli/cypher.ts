/**
 * `npm run --silent cypher -- "QUERY" [--param name=value]...` runs a read-only Cypher query on
 * the configured store and prints `{columns, rows, truncated}` as JSON on stdout. Values of
 * --param are read as JSON when they parse (numbers, booleans, lists), else as strings. Errors go
 * to stderr with their code; the exit code is 1 for a refused or failed query.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/loadConfig.js';
import { EntenteError, toEntenteError } from '../errors/EntenteError.js';
import { createStore } from '../store/createStore.js';

const USAGE =
  'Usage: npm run --silent cypher -- "MATCH (s:State) RETURN s.name LIMIT 5" [--param name=value]...';

function toParams(pairs: string[]): Record<string, unknown> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 1)
        throw new EntenteError(
          'BAD_USER_INPUT',
          `--param takes name=value, got "${pair}". ${USAGE}`,
        );
      return [pair.slice(0, equals), toValue(pair.slice(equals + 1))];
    }),
  );
}

function toValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { param: { type: 'string', multiple: true, default: [] } },
  });
  const [query, ...extra] = positionals;
  if (!query || extra.length)
    throw new EntenteError('BAD_USER_INPUT', `Give exactly one query. ${USAGE}`);
  const config = loadConfig();
  const store = await createStore(config);
  try {
    const result = await store.runReadOnly(query, toParams(values.param ?? []), {
      timeoutMs: config.queryTimeoutMs,
      rowCap: config.queryRowCap,
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const failure = toEntenteError(error);
  process.stderr.write(`${failure.code}: ${failure.message}\n`);
  process.exitCode = 1;
});
