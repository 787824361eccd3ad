import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { EntenteError } from '../errors/EntenteError.js';

export interface RateLimitOptions {
  /** Requests allowed per client in each window. */
  perWindow: number;
  /** Length of the window in milliseconds. */
  windowMs: number;
  /** What is limited, for the error message. */
  what: string;
  /** Requests for which this limit does not count. */
  skip?: (body: unknown) => boolean;
}

/** A per-client limit; going over it is RATE_LIMITED (HTTP 429) through the error middleware. */
export function createRateLimit(options: RateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.perWindow,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (request) => options.skip?.(request.body) ?? false,
    handler: (_request, _response, next) =>
      next(
        new EntenteError(
          'RATE_LIMITED',
          `Too many ${options.what}: at most ${options.perWindow} per ${options.windowMs / 1000} s from one client (ENTENTE_RATE_LIMIT_PER_MINUTE). Wait and retry.`,
        ),
      ),
  });
}
