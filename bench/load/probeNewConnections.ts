/**
 * While a load run goes on, a newcomer every `everyMs` asks `/healthz` on a connection of its
 * own, as a browser opening the explorer or an orchestrator's health probe does. The load's own
 * clients keep their connections open, so they never show how long a loaded server takes to
 * take in a new one.
 */
import http from 'node:http';

export interface NewConnectionProbes {
  /** Stops probing; waits for the probes in flight. */
  stop(): Promise<{ answeredMs: number[]; failed: number }>;
}

/** Longest wait for one probe; one that takes longer counts as failed. */
const PROBE_TIMEOUT_MS = 30_000;

export function probeNewConnections(url: string, everyMs: number): NewConnectionProbes {
  const probes: Promise<number | null>[] = [];
  const probe = () => probes.push(askOnce(`${url}/healthz`));
  probe();
  const timer = setInterval(probe, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      const results = await Promise.all(probes);
      const answeredMs = results.filter((ms): ms is number => ms !== null);
      return { answeredMs, failed: results.length - answeredMs.length };
    },
  };
}

/** Milliseconds from opening the connection to the whole answer; null when it failed. */
function askOnce(url: string): Promise<number | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: PROBE_TIMEOUT_MS }, (response) => {
      response.resume();
      response.once('end', () =>
        resolve(response.statusCode === 200 ? performance.now() - started : null),
      );
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(null));
  });
}
