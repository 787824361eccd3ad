/**
 * Runs `server/cli/start.ts` (what `npm start` runs after building the client) in a child
 * process on port 0, with its output collected, so that tests can stop it with a signal or
 * kill it outright and start it again.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface EntenteProcess {
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves when a line matching `pattern` has been written (or rejects after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends the signal and resolves with the exit code (or the signal name). */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

const SERVING = /Entente is serving (http:\/\/\S+) /;

export async function startEntente(env: Record<string, string>): Promise<EntenteProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
    env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    waitForOutput(() => text, pattern, timeoutMs, listeners, exited);
  try {
    const line = await waitFor(SERVING);
    return {
      url: SERVING.exec(line)?.[1] ?? '',
      output: () => text,
      waitFor,
      stop: (signal = 'SIGTERM') => stopChild(child, exited, signal),
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

function waitForOutput(
  read: () => string,
  pattern: RegExp,
  timeoutMs: number,
  listeners: Set<() => void>,
  exited: Promise<number | string>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      listeners.delete(check);
    };
    const check = () => {
      const line = read()
        .split('\n')
        .find((candidate) => pattern.test(candidate));
      if (line === undefined) return;
      done();
      resolve(line);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`No output matching ${pattern} within ${timeoutMs} ms:\n${read()}`));
    }, timeoutMs);
    listeners.add(check);
    void exited.then((code) => {
      if (!listeners.has(check)) return;
      done();
      reject(new Error(`The server exited (${code}) before writing ${pattern}:\n${read()}`));
    });
    check();
  });
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | string>,
  signal: NodeJS.Signals,
): Promise<number | string> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}
