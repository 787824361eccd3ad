/**
 * Starts `serveStore.ts` in its own Node process and waits for its URL. The process's memory
 * is read from /proc by pid, and its heap through `memory()` over an IPC channel (the process
 * runs with --expose-gc so that a probe may force a GC between measurements); `stop()` ends it
 * and waits for it to exit.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EntenteError } from '../../server/errors/EntenteError.js';
import type { ServerMemory } from '../measure/ServerMemory.js';
import { probeServerMemory } from './probeServerMemory.js';
import type { ProbeOptions } from './probeServerMemory.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** The server's own view of its memory; null when it does not answer. */
  memory(options?: ProbeOptions): Promise<ServerMemory | null>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./serveStore.ts', import.meta.url));

export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 300_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SCRIPT], {
    env: { ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const url = await readUrl(child.stdout as NodeJS.ReadableStream, exited, timeoutMs);
    const memory = (options?: ProbeOptions) => probeServerMemory(child, options);
    return { url, pid: child.pid as number, memory, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the first `{"url": ...}` line; the rest of the output is read and dropped. */
function readUrl(
  output: NodeJS.ReadableStream,
  exited: Promise<void>,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let found = false;
    const timer = setTimeout(
      () =>
        reject(
          new EntenteError(
            'INTERNAL',
            `The benchmark server did not start within ${timeoutMs / 1000} s.`,
          ),
        ),
      timeoutMs,
    );
    output.on('data', (chunk: Buffer) => {
      if (found) return;
      buffered += chunk.toString('utf8');
      const url = buffered
        .split('\n')
        .map(tryParse)
        .find((value) => value !== null);
      if (!url) return;
      found = true;
      clearTimeout(timer);
      resolve(url);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(
        new EntenteError(
          'INTERNAL',
          'The benchmark server exited before it started: see its output above.',
        ),
      );
    });
  });
}

function tryParse(line: string): string | null {
  try {
    const value = JSON.parse(line) as { url?: unknown };
    return typeof value.url === 'string' ? value.url : null;
  } catch {
    return null;
  }
}
