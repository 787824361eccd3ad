/**
 * The benchmark's side of a memory probe: asks a server process started with an IPC channel for
 * its memory (see `answerMemoryProbes`) and resolves with the answer, or with null when the
 * process does not answer in time or is gone.
 */
import type { ChildProcess } from 'node:child_process';
import type {
  MemoryProbeReply,
  MemoryProbeRequest,
  ServerMemory,
} from '../measure/ServerMemory.js';
import { MEMORY_PROBE } from '../measure/ServerMemory.js';

export interface ProbeOptions {
  /** Force a full GC first (only while no load runs: it pauses the server). */
  forceGc?: boolean;
  timeoutMs?: number;
}

let lastId = 0;

export function probeServerMemory(
  child: ChildProcess,
  options: ProbeOptions = {},
): Promise<ServerMemory | null> {
  if (!child.connected) return Promise.resolve(null);
  const id = (lastId += 1);
  return new Promise((resolve) => {
    const finish = (memory: ServerMemory | null): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('disconnect', onGone);
      resolve(memory);
    };
    const onMessage = (message: unknown): void => {
      if (isReply(message) && message.id === id) finish(message.memory);
    };
    const onGone = (): void => finish(null);
    const timer = setTimeout(onGone, options.timeoutMs ?? 5000);
    child.on('message', onMessage);
    child.once('disconnect', onGone);
    const request: MemoryProbeRequest = {
      type: MEMORY_PROBE,
      id,
      forceGc: options.forceGc ?? false,
    };
    child.send(request, (error) => {
      if (error) onGone();
    });
  });
}

function isReply(message: unknown): message is MemoryProbeReply {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === MEMORY_PROBE
  );
}
