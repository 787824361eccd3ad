import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Router } from 'express';
import { EntenteError } from '../errors/EntenteError.js';

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

/** Paths the single-page fallback never answers: they belong to the API. */
const API_PATHS = /^\/(graphql|api|healthz)(\/|$)/;

/**
 * The built client: static files at `/`, the GraphQL IDE at `/graphiql`, and the explorer's
 * index.html for any other page path (single-page fallback).
 */
export function clientRoutes(clientDir: string): Router {
  const router = express.Router();
  const sendPage = (file: string) => (_request: express.Request, response: express.Response) => {
    const page = path.join(clientDir, file);
    if (!existsSync(page)) {
      throw new EntenteError(
        'NOT_FOUND',
        `The client is not built (no ${file} in ${clientDir}): run \`npm run build\`.`,
      );
    }
    response.sendFile(page);
  };
  router.get(['/graphiql', '/graphiql/'], sendPage('graphiql.html'));
  router.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  router.get('/{*page}', (request, response, next) => {
    if (API_PATHS.test(request.path) || path.extname(request.path) !== '') return next();
    return sendPage('index.html')(request, response);
  });
  return router;
}
