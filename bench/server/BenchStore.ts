/**
 * A store the benchmark measures on: the embedded store in a fresh folder per run, and Neo4j
 * when NEO4J_URI is set and the run may empty its database (`--neo4j-clear`).
 */
import path from 'node:path';
import { loadConfig } from '../../server/config/loadConfig.js';
import type { BackendName, GraphStore } from '../../server/store/GraphStore.js';
import { createStore } from '../../server/store/createStore.js';
import { clearNeo4j } from './clearNeo4j.js';

export interface BenchStore {
  backend: BackendName;
  /** Opens a fresh, empty store called `name`. */
  openFresh(name: string): Promise<GraphStore>;
  /** Environment of a server process serving the store called `name`. */
  serverEnv(name: string): Record<string, string>;
}

export interface BenchStores {
  stores: BenchStore[];
  /** Why Neo4j is not measured, when NEO4J_URI is set but the run may not empty it. */
  neo4jSkipped: string | null;
}

export function createBenchStores(
  workDir: string,
  neo4jClear: boolean,
  env = process.env,
): BenchStores {
  const stores = [createEmbedded(workDir, env)];
  if (!env.NEO4J_URI) return { stores, neo4jSkipped: null };
  if (!neo4jClear) {
    return {
      stores,
      neo4jSkipped: `NEO4J_URI is set but the benchmark empties the database it measures on: pass --neo4j-clear to let it empty ${env.NEO4J_DATABASE ?? 'neo4j'} at ${env.NEO4J_URI}`,
    };
  }
  return { stores: [...stores, createNeo4j(env)], neo4jSkipped: null };
}

function createEmbedded(workDir: string, env: NodeJS.ProcessEnv): BenchStore {
  const serverEnv = (name: string): Record<string, string> => ({
    ...toStrings(env),
    NEO4J_URI: '',
    ENTENTE_DATA_DIR: path.join(workDir, 'stores', name),
  });
  return {
    backend: 'embedded',
    openFresh: (name) => createStore(loadConfig(serverEnv(name))),
    serverEnv,
  };
}

function createNeo4j(env: NodeJS.ProcessEnv): BenchStore {
  return {
    backend: 'neo4j',
    async openFresh() {
      const config = loadConfig(env);
      await clearNeo4j(config);
      return createStore(config);
    },
    serverEnv: () => toStrings(env),
  };
}

function toStrings(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
