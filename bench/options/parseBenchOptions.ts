/**
 * Reads `npm run bench` arguments: `--articles 10000`, `--graph-entities 100000`,
 * `--graph-claims 1000000`, `--only extract,ingest`, `--quick`, and the rest of BenchOptions in
 * kebab case. Unknown or malformed arguments throw BAD_USER_INPUT saying what is accepted.
 */
import { EntenteError } from '../../server/errors/EntenteError.js';
import { BENCH_DEFAULTS, PHASE_NAMES, QUICK_SIZES } from './BenchOptions.js';
import type { BenchOptions, PhaseName } from './BenchOptions.js';

type Parser = (raw: string, flag: string) => unknown;

const count: Parser = (raw, flag) => {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1)
    fail(`${flag} takes a whole number above 0, got "${raw}".`);
  return value;
};
const counts: Parser = (raw, flag) => raw.split(',').map((item) => count(item.trim(), flag));
const phases: Parser = (raw) =>
  raw.split(',').map((item) => {
    const name = item.trim();
    if (!(PHASE_NAMES as readonly string[]).includes(name)) {
      fail(`--only takes phases among ${PHASE_NAMES.join(', ')}; "${name}" is not one.`);
    }
    return name as PhaseName;
  });
const text: Parser = (raw) => raw;

const VALUE_FLAGS: Record<string, [keyof BenchOptions, Parser]> = {
  '--articles': ['articles', count],
  '--extract-articles': ['extractArticles', count],
  '--ratio-articles': ['ratioArticles', count],
  '--graph-entities': ['graphEntities', count],
  '--graph-claims': ['graphClaims', count],
  '--requests': ['requests', count],
  '--render-sizes': ['renderSizes', counts],
  '--load-seconds': ['loadSeconds', count],
  '--load-connections': ['loadConnections', count],
  '--only': ['only', phases],
  '--seed': ['seed', count],
  '--out': ['out', text],
};
const SWITCHES: Record<string, keyof BenchOptions> = {
  '--keep': 'keep',
  '--neo4j-clear': 'neo4jClear',
  '--quick': 'quick',
};

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const given: Partial<Record<keyof BenchOptions, unknown>> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = (argv[index] as string).split('=', 2) as [string, string | undefined];
    const switchKey = SWITCHES[flag];
    if (switchKey) {
      given[switchKey] = true;
      continue;
    }
    const spec = VALUE_FLAGS[flag];
    if (!spec)
      fail(
        `Unknown option "${flag}". Options: ${[...Object.keys(VALUE_FLAGS), ...Object.keys(SWITCHES)].join(' ')}.`,
      );
    const raw = inline ?? argv[(index += 1)];
    if (raw === undefined) fail(`${flag} needs a value.`);
    given[spec[0]] = spec[1](raw, flag);
  }
  const base = given.quick ? { ...BENCH_DEFAULTS, ...QUICK_SIZES } : BENCH_DEFAULTS;
  return { ...base, ...given } as BenchOptions;
}

function fail(message: string): never {
  throw new EntenteError('BAD_USER_INPUT', message);
}
