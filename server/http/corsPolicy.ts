import cors from 'cors';
import type { RequestHandler } from 'express';

/** CORS is off unless origins are configured (ENTENTE_CORS_ORIGINS). */
export function corsPolicy(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight'],
    maxAge: 600,
  });
}
