/**
 * `npm run --silent ingest -- PATH...` loads files and folders of articles into the configured
 * store. Progress (done/total, rate, time left) on stderr when it is a terminal; a summary at the
 * end; exit code 1 when any article failed, 2 when the command itself could not run.
 *
 * Options: --batch-size N (articles per store write), --progress auto|bar|lines|off, --json
 * (print the full report as JSON instead of the summary).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/loadConfig.js';
import { EntenteError, toEntenteError } from '../errors/EntenteError.js';
import { createProgressMeter, type ProgressMode } from '../ingestion/createProgressMeter.js';
import { formatIngestReport } from '../ingestion/formatIngestReport.js';
import { ingestPaths } from '../ingestion/ingestPaths.js';
import { createStore } from '../store/createStore.js';

const USAGE =
  'Usage: npm run --silent ingest -- [--batch-size N] [--progress auto|bar|lines|off] [--json] PATH...';
const PROGRESS_MODES = ['auto', 'bar', 'lines', 'off'];

interface IngestCommand {
  paths: string[];
  batchSize: number | undefined;
  progress: ProgressMode;
  json: boolean;
}

function parseCommand(argv: string[]): IngestCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      progress: { type: 'string', default: 'auto' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!positionals.length)
    throw new EntenteError('BAD_USER_INPUT', `Give the files or folders to ingest. ${USAGE}`);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `--batch-size must be a whole number of at least 1. ${USAGE}`,
    );
  }
  const progress = values.progress ?? 'auto';
  if (!PROGRESS_MODES.includes(progress))
    throw new EntenteError(
      'BAD_USER_INPUT',
      `--progress must be one of ${PROGRESS_MODES.join(', ')}. ${USAGE}`,
    );
  const mode =
    progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'off') : (progress as ProgressMode);
  return { paths: positionals, batchSize, progress: mode, json: values.json ?? false };
}

async function run(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  const config = loadConfig();
  const store = await createStore(config);
  try {
    const meter = createProgressMeter({
      mode: command.progress,
      write: (text) => process.stderr.write(text),
    });
    const report = await ingestPaths(store, command.paths, {
      maxArticleBytes: config.maxArticleBytes,
      batchSize: command.batchSize,
      onProgress: meter.update,
    });
    meter.end();
    process.stdout.write(
      command.json ? `${JSON.stringify(report, null, 2)}\n` : formatIngestReport(report),
    );
    if (!report.outcomes.length)
      process.stderr.write(`No articles found in ${command.paths.join(', ')}.\n`);
    return report.failed > 0 || !report.outcomes.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const normalised = toEntenteError(error);
    process.stderr.write(`ingest failed (${normalised.code}): ${normalised.message}\n`);
    process.exitCode = 2;
  },
);
