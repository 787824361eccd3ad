/**
 * Kuzu allows exactly one Database object per path in a process (a second one silently loses
 * writes), so databases are shared by path and closed when their last user closes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import { EntenteError } from '../../errors/EntenteError.js';

export interface SharedDatabase {
  db: kuzu.Database;
  file: string;
  users: number;
}

const open = new Map<string, Promise<SharedDatabase>>();

export const DATABASE_FILE = 'entente.kuzu';

export function acquireDatabase(dataDir: string): Promise<SharedDatabase> {
  const file = path.resolve(dataDir, DATABASE_FILE);
  const existing = open.get(file);
  const shared = existing ?? createDatabase(dataDir, file);
  if (!existing) {
    open.set(file, shared);
    shared.catch(() => open.delete(file));
  }
  return shared.then((handle) => {
    handle.users += 1;
    return handle;
  });
}

/** Returns true when this was the last user and the database was closed. */
export async function releaseDatabase(
  handle: SharedDatabase,
  closeAll: () => Promise<void>,
): Promise<boolean> {
  handle.users -= 1;
  if (handle.users > 0) return false;
  open.delete(handle.file);
  await closeAll();
  await handle.db.close();
  return true;
}

async function createDatabase(dataDir: string, file: string): Promise<SharedDatabase> {
  try {
    mkdirSync(dataDir, { recursive: true });
    const db = new kuzu.Database(file);
    await db.init();
    return { db, file, users: 0 };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const inUse = /lock/i.test(reason);
    throw new EntenteError(
      'STORE_UNAVAILABLE',
      inUse
        ? `The embedded store at ${file} is in use by another process (a running server?): stop it, or set ENTENTE_DATA_DIR to another directory.`
        : `Cannot open the embedded store at ${file}: ${reason}. Check that ENTENTE_DATA_DIR is a writable directory.`,
      { cause: error },
    );
  }
}
