/**
 * Bundles the render page (cytoscape + cytoscape-fcose) with esbuild into a folder holding
 * `index.html` and `page.js`, ready to open as a file URL.
 */
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./renderPage.js', import.meta.url));
const HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>render benchmark</title>
<style>html, body, #graph { margin: 0; width: 1280px; height: 800px; }</style></head>
<body><div id="graph"></div><script src="page.js"></script></body></html>
`;

export async function bundleRenderPage(dir: string): Promise<string> {
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: path.join(dir, 'page.js'),
    logLevel: 'error',
  });
  const page = path.join(dir, 'index.html');
  await writeFile(page, HTML);
  return page;
}
