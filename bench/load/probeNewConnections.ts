/**
 * While a load run goes on, a newcomer every `everyMs` asks `/healthz` on a connection of its
 * own, as a browser opening the explorer or an orchestrator's health probe does. The load's own
 * clients keep their connections open, so they never show how long a loaded server takes to
 * take in a new one. The newcomer runs in its own process (`newConnectionProbe.ts`).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EntenteError } from '../../server/errors/EntenteError.js';
import type { ProbeResults } from './newConnectionProbe.js';

export interface NewConnectionProbes {
  /** Stops probing; waits for the probes in flight. */
  stop(): Promise<ProbeResults>;
  /** Ends the probe process without a report, when the run it watched failed. */
  cancel(): void;
}

const SCRIPT = fileURLToPath(new URL('./newConnectionProbe.ts', import.meta.url));

export async function probeNewConnections(
  url: string,
  everyMs: number,
): Promise<NewConnectionProbes> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, url, String(everyMs)], {
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await nextMessage(child);
  return {
    async stop() {
      child.send('stop');
      return (await nextMessage(child)) as ProbeResults;
    },
    cancel: () => child.kill(),
  };
}

function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const exited = () =>
      reject(new EntenteError('INTERNAL', 'The new-connection probe process ended early.'));
    child.once('exit', exited);
    child.once('message', (message) => {
      child.off('exit', exited);
      resolve(message);
    });
  });
}
