/**
 * A server process for the benchmark: opens the store named by the environment, serves it on a
 * free loopback port and prints `{"url": ...}` on its first line of output. Run apart from the
 * benchmark so that its memory is measured alone; answers the benchmark's memory probes. Stops on
 * SIGTERM.
 */
import { loadConfig } from '../../server/config/loadConfig.js';
import { startServer } from '../../server/http/startServer.js';
import { createStore } from '../../server/store/createStore.js';
import { answerMemoryProbes } from './answerMemoryProbes.js';

const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  ENTENTE_LOAD_SAMPLES: 'false',
});
const store = await createStore(config);
// Measured requests find the store's in-memory read models loaded, as they are on a server that
// has been up for a while.
await store.warmUp();
const server = await startServer(config, store);
answerMemoryProbes();
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
