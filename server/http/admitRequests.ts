/**
 * Admission for the GraphQL route: at most `concurrent` requests are worked on at once, the
 * others wait in arrival order, and a waiting request whose client has gone is dropped before
 * any work is done for it. Without this, a burst larger than the server can answer within the
 * clients' time limit piles up work for answers nobody reads: every later request is late and
 * the backlog holds more and more memory.
 *
 * Requests start one per turn of the event loop. Answering from the in-memory graph is
 * synchronous, so requests started together run back to back in one turn, and Node accepts only
 * one new connection per turn: under load, a new client (a browser, a health probe) then waits
 * seconds in the kernel's queue before the server even sees it. Started one per turn, they let
 * the loop accept, read and write between any two of them.
 */
import type { RequestHandler } from 'express';

export interface AdmissionOptions {
  /** Requests worked on at the same time. */
  concurrent: number;
}

export function admitRequests(options: AdmissionOptions): RequestHandler {
  let active = 0;
  let scheduled = false;
  const waiting = new Set<() => void>();
  const admitOne = (): void => {
    scheduled = false;
    const [start] = waiting;
    if (start === undefined || active >= options.concurrent) return;
    waiting.delete(start);
    start();
    scheduleNext();
  };
  const scheduleNext = (): void => {
    if (scheduled || waiting.size === 0 || active >= options.concurrent) return;
    scheduled = true;
    setImmediate(admitOne);
  };
  return (_request, response, next) => {
    const start = (): void => {
      active += 1;
      response.once('close', () => {
        active -= 1;
        scheduleNext();
      });
      next();
    };
    waiting.add(start);
    // 'close' before the response was sent: the client went away while the request waited.
    response.once('close', () => waiting.delete(start));
    scheduleNext();
  };
}
