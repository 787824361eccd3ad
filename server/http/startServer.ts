import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/loadConfig.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createApp } from './createApp.js';
import type { AppDeps } from './createApp.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), then closes. */
  close(): Promise<void>;
}

/** Longest wait for requests in flight when closing, in milliseconds. */
const GRACE_MS = 5000;

/** Starts the HTTP server on config.port (0 picks a free one) and reports the real port. */
export async function startServer(
  config: Config,
  store: GraphStore,
  extra: Omit<AppDeps, 'config' | 'store'> = {},
): Promise<RunningServer> {
  const app = await createApp({ config, store, ...extra });
  const server = await listen(app, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () => closeServer(server, app.locals.stop as () => Promise<void>),
  };
}

function listen(
  app: Awaited<ReturnType<typeof createApp>>,
  port: number,
  host: string,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
  });
}

async function closeServer(server: Server, stopApi: () => Promise<void>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), GRACE_MS);
  await closed;
  clearTimeout(timer);
  await stopApi();
}
