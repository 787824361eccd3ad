/**
 * `npm run bench`: measures extraction, ingestion, GraphQL latency, rendering and load, prints a
 * table with each target beside its figure, and writes `bench/results/latest.json`. Options are
 * listed in bench/README.md; `--quick` runs tiny sizes in seconds.
 */
import path from 'node:path';
import { toEntenteError } from '../server/errors/EntenteError.js';
import { parseBenchOptions } from './options/parseBenchOptions.js';
import { printTable } from './report/printTable.js';
import { writeResults } from './report/writeResults.js';
import { runBench } from './runBench.js';

const log = (line: string): void => void process.stdout.write(`${line}\n`);

try {
  const options = parseBenchOptions(process.argv.slice(2));
  const out = path.resolve(options.out);
  const results = await runBench(options, log, (sofar) => writeResults(out, sofar));
  log('');
  printTable(results.measurements, log);
  for (const skipped of results.skipped) log(`skipped ${skipped.phase}: ${skipped.reason}`);
  await writeResults(out, results);
  log(`\nWrote ${path.relative(process.cwd(), out)}`);
} catch (error) {
  const failure = toEntenteError(error);
  process.stderr.write(`bench: ${failure.message}\n`);
  process.exitCode = 1;
}
