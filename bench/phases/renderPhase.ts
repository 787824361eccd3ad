/**
 * Rendering: fcose layout time and time to first paint of the laid-out graph, in headless
 * Chromium, at each size of `renderSizes` (500, 2,000 and 5,000 elements by default).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { bundleRenderPage } from '../render/bundleRenderPage.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../render/chromium.js';
import { generateElements } from '../render/generateElements.js';
import type { ElementDefinition } from '../render/generateElements.js';
import type { Phase, PhaseContext } from './Phase.js';
import { PhaseSkipped } from './Phase.js';

interface RenderTiming {
  layoutMs: number;
  firstPaintMs: number;
  nodes: number;
}

export const renderPhase: Phase = {
  name: 'render',
  description: 'fcose layout and first paint in headless Chromium',
  async run(context) {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new PhaseSkipped(
        `no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`,
      );
    }
    const page = await bundleRenderPage(path.join(context.workDir, 'render'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    });
    try {
      for (const size of context.options.renderSizes)
        await measureSize(context, browser, page, size);
    } finally {
      await browser.close();
    }
  },
};

async function measureSize(
  context: PhaseContext,
  browser: Browser,
  page: string,
  size: number,
): Promise<void> {
  const elements = generateElements(size, context.options.seed);
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await tab.goto(pathToFileURL(page).href);
    const timing = await render(tab, elements, {});
    context.record({ name: 'render.fcose.ms', value: timing.layoutMs, unit: 'ms', size });
    context.record({ name: 'render.firstPaint.ms', value: timing.firstPaintMs, unit: 'ms', size });
    const draft = await render(tab, elements, { quality: 'draft' });
    context.record({ name: 'render.fcoseDraft.ms', value: draft.layoutMs, unit: 'ms', size });
    context.record({
      name: 'render.firstPaintDraft.ms',
      value: draft.firstPaintMs,
      unit: 'ms',
      size,
    });
    context.log(
      `  ${size} elements (${timing.nodes} nodes): layout ${Math.round(timing.layoutMs)} ms, painted at ${Math.round(timing.firstPaintMs)} ms; draft quality painted at ${Math.round(draft.firstPaintMs)} ms`,
    );
  } finally {
    await tab.close();
  }
}

interface RenderWindow {
  measureRender(
    elements: ElementDefinition[],
    overrides: Record<string, unknown>,
  ): Promise<RenderTiming>;
}

/** Renders in the open page; the explorer's fcose options with these overrides. */
function render(
  tab: Page,
  elements: ElementDefinition[],
  overrides: Record<string, unknown>,
): Promise<RenderTiming> {
  return tab.evaluate(
    ([items, extra]) => (window as unknown as RenderWindow).measureRender(items, extra),
    [elements, overrides] as const,
  );
}
