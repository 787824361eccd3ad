/**
 * The newcomer of a load run, in a process of its own so that the load generator's pauses (its
 * parser, its garbage collector) are not counted against the server: asks `/healthz` on a new
 * connection every `everyMs` until told to stop, then sends back what it measured.
 * Usage (from `probeNewConnections`): node --import tsx newConnectionProbe.ts URL EVERY_MS
 */
import http from 'node:http';

export interface ProbeResults {
  /** Milliseconds from opening the connection to the whole answer, for each answered probe. */
  answeredMs: number[];
  /** Probes that failed, got another status than 200, or took over PROBE_TIMEOUT_MS. */
  failed: number;
}

const PROBE_TIMEOUT_MS = 30_000;

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

function main([url, everyMs]: string[]): void {
  const probes: Promise<number | null>[] = [];
  const probe = () => probes.push(askOnce(`${url}/healthz`));
  probe();
  const timer = setInterval(probe, Number(everyMs));
  process.once('message', () => {
    clearInterval(timer);
    void Promise.all(probes).then((results) => {
      const answeredMs = results.filter((ms): ms is number => ms !== null);
      const report: ProbeResults = { answeredMs, failed: results.length - answeredMs.length };
      // Disconnecting lets both processes end: an open channel keeps each one's loop alive.
      process.send?.(report, () => process.disconnect());
    });
  });
  // The benchmark went away: nobody is left to report to.
  process.once('disconnect', () => process.exit(0));
  process.send?.('ready');
}

main(process.argv.slice(2));
