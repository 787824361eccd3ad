/**
 * `npm start`: opens the configured store, loads the sample articles when it is empty (and
 * ENTENTE_LOAD_SAMPLES allows it), serves the API and the explorer, and closes the store cleanly
 * on SIGINT/SIGTERM. When the store cannot be reached (Neo4j down), the server still starts:
 * /healthz answers 503 degraded, and the store is tried again with backoff until it answers.
 */
import type { Config } from '../config/loadConfig.js';
import { loadConfig } from '../config/loadConfig.js';
import type { EntenteError } from '../errors/EntenteError.js';
import { toEntenteError } from '../errors/EntenteError.js';
import { startServer } from '../http/startServer.js';
import { ingestPaths } from '../ingestion/ingestPaths.js';
import { createStore } from '../store/createStore.js';
import type { GraphStore } from '../store/GraphStore.js';
import { DEFAULT_BACKOFF, retryWithBackoff } from './retryWithBackoff.js';

async function loadSamplesIfEmpty(store: GraphStore, config: Config): Promise<void> {
  // Asked even when samples are off: a store that does not answer is found here.
  const { articles } = await store.stats();
  if (!config.loadSamples || articles > 0) return;
  const report = await ingestPaths(store, [config.samplesDir], {
    maxArticleBytes: config.maxArticleBytes,
  });
  console.log(
    `Loaded the sample articles from ${config.samplesDir}: ${report.stored} stored, ${report.claims} claims` +
      (report.failed > 0 ? `, ${report.failed} failed` : '') +
      '.',
  );
  for (const outcome of report.outcomes.filter((item) => item.status === 'failed')) {
    console.error(`  ${outcome.origin}: ${outcome.reason ?? 'failed'}`);
  }
}

function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: closing the server and the store…`);
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`entente: ${toEntenteError(error).message}`);
          process.exit(1);
        },
      );
    });
  }
}

const isUnavailable = (error: unknown) => toEntenteError(error).code === 'STORE_UNAVAILABLE';

function sayUnavailable(failure: EntenteError): void {
  console.error(`entente: ${failure.message}`);
  console.error(
    'entente: serving anyway: /healthz answers 503 (degraded) and queries fail with STORE_UNAVAILABLE until the store answers; trying again with backoff.',
  );
}

/** Loads the samples; when the store is unreachable, says so and returns false instead of failing. */
async function prepareStore(store: GraphStore, config: Config): Promise<boolean> {
  try {
    await loadSamplesIfEmpty(store, config);
    return true;
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    sayUnavailable(toEntenteError(error));
    return false;
  }
}

/** Tries the store again with backoff in the background; resolves when it answers or on stop. */
function retryStore(store: GraphStore, config: Config, signal: AbortSignal): void {
  retryWithBackoff(() => loadSamplesIfEmpty(store, config), {
    ...DEFAULT_BACKOFF,
    isRetryable: isUnavailable,
    signal,
    onRetry: (_error, attempt, delayMs) =>
      console.error(
        `entente: store still unreachable (attempt ${attempt}); next try in ${delayMs / 1000} s.`,
      ),
  }).then(
    () => console.log('entente: the store answers again; /healthz is ok.'),
    (error: unknown) => {
      if (!signal.aborted) console.error(`entente: ${toEntenteError(error).message}`);
    },
  );
}

/** Loads the store's in-memory read models in the background, so the first views are quick. */
function warmUp(store: GraphStore): void {
  const started = performance.now();
  store.warmUp().then(
    () =>
      console.log(`entente: read models loaded in ${Math.round(performance.now() - started)} ms.`),
    (error: unknown) =>
      console.error(
        `entente: ${toEntenteError(error).message} (they load again at the first query that needs them).`,
      ),
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await createStore(config);
  const retries = new AbortController();
  try {
    const ready = await prepareStore(store, config);
    const server = await startServer(config, store);
    if (!ready) retryStore(store, config, retries.signal);
    onSignals(async () => {
      retries.abort();
      await server.close();
      await store.close();
    });
    console.log(`Entente is serving ${server.url} (GraphQL IDE: ${server.url}/graphiql)`);
    if (ready) warmUp(store);
  } catch (error) {
    retries.abort();
    await store.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  const failure = toEntenteError(error);
  console.error(`entente: ${failure.message}`);
  process.exitCode = failure.code === 'CONFIG_INVALID' ? 2 : 1;
});
