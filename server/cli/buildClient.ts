/**
 * Builds the client with Vite. With `--if-missing` (npm's prestart) it builds only when
 * client/dist lacks a page, so `npm start` works on a fresh clone without rebuilding every time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = ['client/dist/index.html', 'client/dist/graphiql.html'];
const VITE = 'node_modules/vite/bin/vite.js';

function main(argv: string[]): number {
  const built = PAGES.every((page) => existsSync(`${root}${page}`));
  if (argv.includes('--if-missing') && built) return 0;
  if (!existsSync(`${root}${VITE}`)) {
    console.error(
      'entente: the client is not built and Vite is not installed. Run `npm install` (with dev dependencies), then `npm run build`.',
    );
    return 1;
  }
  console.error('Building the client (vite build)…');
  const result = spawnSync(process.execPath, [VITE, 'build', '--config', 'client/vite.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return result.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
