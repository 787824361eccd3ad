/**
 * Shared set-up of the explorer browser tests: the real server on port 0 over a temporary
 * embedded store with the sample articles, the built client, and Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bench/render/chromium.js';
import { startTestServer } from '../integration/api/startTestServer.js';
import type { TestServer } from '../integration/api/startTestServer.js';

export const CHROMIUM = CHROMIUM_PATH;
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`;
const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface ExplorerSession {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Script errors and dialogs seen by the page: any entry means something ran that should not. */
  incidents: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds the client when `client/dist` is missing (CI builds it before the tests). */
export function ensureClientBuilt(): void {
  if (existsSync(path.resolve('client/dist/index.html'))) return;
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

export async function openExplorer(): Promise<ExplorerSession> {
  ensureClientBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startTestServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const incidents: string[] = [];
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  return {
    server,
    browser,
    page,
    incidents,
    shot: async (name) => {
      await page.waitForTimeout(350);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
