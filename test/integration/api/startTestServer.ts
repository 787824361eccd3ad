/**
 * Starts the real server on port 0 over a temporary embedded store holding the sample articles.
 * The store can be wrapped (e.g. to count calls) before the server sees it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../server/config/loadConfig.js';
import type { AppDeps } from '../../../server/http/createApp.js';
import { startServer } from '../../../server/http/startServer.js';
import { ingestPaths } from '../../../server/ingestion/ingestPaths.js';
import { createKuzuStore } from '../../../server/store/kuzu/createKuzuStore.js';
import type { GraphStore } from '../../../server/store/GraphStore.js';

export const API_TOKEN = 'test-token-3f9a';
const SAMPLES = path.resolve('examples/articles');

export interface TestServer {
  url: string;
  store: GraphStore;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse>;
  close(): Promise<void>;
}

export interface GqlResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
  };
}

export interface TestServerOptions {
  env?: Record<string, string>;
  wrapStore?: (store: GraphStore) => GraphStore;
  app?: Omit<AppDeps, 'config' | 'store'>;
  samples?: boolean;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'entente-api-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ENTENTE_DATA_DIR: dataDir,
    ENTENTE_API_TOKEN: API_TOKEN,
    ...options.env,
  });
  const store = await createKuzuStore({ dataDir, queryTimeoutMs: config.queryTimeoutMs });
  if (options.samples !== false) await ingestPaths(store, [SAMPLES]);
  const served = options.wrapStore ? options.wrapStore(store) : store;
  const server = await startServer(config, served, options.app);
  return {
    url: server.url,
    store,
    gql: (query, variables, headers) => postGraphql(server.url, { query, variables }, headers),
    async close() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GqlResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GqlResponse['body'] };
}

export const withToken = (token = API_TOKEN) => ({ authorization: `Bearer ${token}` });

/** Wraps a store so that every method call is counted by name. */
export function countCalls(store: GraphStore): { store: GraphStore; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, counts };
}
