/**
 * Admission for the GraphQL route: at most `concurrent` requests are worked on at once, the
 * others wait in arrival order, and a waiting request whose client has gone is dropped before
 * any work is done for it. Without this, a burst larger than the server can answer within the
 * clients' time limit piles up work for answers nobody reads: every later request is late and
 * the backlog holds more and more memory.
 */
import type { RequestHandler } from 'express';

export interface AdmissionOptions {
  /** Requests worked on at the same time. */
  concurrent: number;
}

export function admitRequests(options: AdmissionOptions): RequestHandler {
  let active = 0;
  const waiting = new Set<() => void>();
  const admitNext = (): void => {
    for (const start of waiting) {
      if (active >= options.concurrent) return;
      waiting.delete(start);
      start();
    }
  };
  return (_request, response, next) => {
    const start = (): void => {
      active += 1;
      response.once('close', () => {
        active -= 1;
        admitNext();
      });
      next();
    };
    if (active < options.concurrent) return start();
    waiting.add(start);
    // 'close' before the response was sent: the client went away while the request waited.
    response.once('close', () => waiting.delete(start));
  };
}
