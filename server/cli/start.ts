/**
 * `npm start`: opens the configured store, loads the sample articles when it is empty (and
 * ENTENTE_LOAD_SAMPLES allows it), serves the API and the explorer, and closes the store cleanly
 * on SIGINT/SIGTERM.
 */
import type { Config } from '../config/loadConfig.js';
import { loadConfig } from '../config/loadConfig.js';
import { toEntenteError } from '../errors/EntenteError.js';
import { startServer } from '../http/startServer.js';
import { ingestPaths } from '../ingestion/ingestPaths.js';
import { createStore } from '../store/createStore.js';
import type { GraphStore } from '../store/GraphStore.js';

async function loadSamplesIfEmpty(store: GraphStore, config: Config): Promise<void> {
  if (!config.loadSamples || (await store.stats()).articles > 0) return;
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

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await createStore(config);
  try {
    await loadSamplesIfEmpty(store, config);
    const server = await startServer(config, store);
    onSignals(async () => {
      await server.close();
      await store.close();
    });
    console.log(`Entente is serving ${server.url} (GraphQL IDE: ${server.url}/graphiql)`);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  const failure = toEntenteError(error);
  console.error(`entente: ${failure.message}`);
  process.exitCode = failure.code === 'CONFIG_INVALID' ? 2 : 1;
});
