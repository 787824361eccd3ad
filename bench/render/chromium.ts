/**
 * How Entente's benchmarks and browser tests start Debian's Chromium: headless, with no
 * background networking (the machines have no route out, and Chromium's own connections would
 * only fail), never a browser downloaded by a test tool.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
