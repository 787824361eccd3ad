import type { RequestHandler } from 'express';
import type { GraphStore } from '../store/GraphStore.js';

/** 200 with the store's health when it answers and is ok; 503 "degraded" otherwise. */
export function healthRoute(store: GraphStore): RequestHandler {
  return async (_request, response) => {
    try {
      const health = await store.health();
      response.status(health.ok ? 200 : 503).json({
        status: health.ok ? 'ok' : 'degraded',
        backend: health.backend,
        detail: health.detail,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      response.status(503).json({ status: 'degraded', backend: store.backend, detail });
    }
  };
}
