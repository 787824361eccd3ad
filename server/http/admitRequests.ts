/**
 * Admission for the GraphQL route: at most `concurrent` requests are worked on at once, the
 * others wait in arrival order, and a waiting request whose client has gone is dropped before
 * any work is done for it. Without this, a burst larger than the server can answer within the
 * clients' time limit piles up work for answers nobody reads: every later request is late and
 * the backlog holds more and more memory.
 *
 * Requests start in turns of the event loop, each turn taking only what fits in `turnBudgetMs`:
 * many cheap requests, or a single costly one. Answering from the in-memory graph does not pause,
 * so requests started together run back to back, and Node accepts only one new connection per
 * turn: with a second of work in every turn, a new client (a browser, a health probe) waits
 * seconds in the kernel's queue before the server even sees it.
 */
import type { RequestHandler } from 'express';

export interface AdmissionOptions {
  /** Requests worked on at the same time. */
  concurrent: number;
  /** Time a turn of the event loop may spend on requests before starting more waits a turn. */
  turnBudgetMs?: number;
}

const DEFAULT_TURN_BUDGET_MS = 10;

export function admitRequests(options: AdmissionOptions): RequestHandler {
  const budgetMs = options.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS;
  const waiting = new Set<() => void>();
  let active = 0;
  // Admission callbacks not yet run. Those queued together run in the same turn: the turn
  // being filled is `filling`; `running` is the one whose callbacks are running, since when.
  let queued = 0;
  let filling = 0;
  let running = -1;
  let runningSince = 0;

  // Each admission is its own callback, so the request started by one has run as far as it can
  // without waiting before the next looks at the clock.
  const admit = (turn: number): void => {
    queued -= 1;
    const now = performance.now();
    if (turn !== running) [running, runningSince] = [turn, now];
    const [start] = waiting;
    if (start && active < options.concurrent && now - runningSince <= budgetMs) {
      waiting.delete(start);
      start();
    }
    queueAdmissions();
  };
  const queueAdmissions = (): void => {
    const wanted = Math.min(waiting.size, options.concurrent - active) - queued;
    if (wanted <= 0) return;
    // Callbacks queued while a turn's callbacks run belong to the next turn.
    if (filling === running) filling += 1;
    queued += wanted;
    for (let index = 0; index < wanted; index += 1) setImmediate(admit, filling);
  };

  return (_request, response, next) => {
    const start = (): void => {
      active += 1;
      response.once('close', () => {
        active -= 1;
        queueAdmissions();
      });
      next();
    };
    waiting.add(start);
    // 'close' before the response was sent: the client went away while the request waited.
    response.once('close', () => waiting.delete(start));
    queueAdmissions();
  };
}
