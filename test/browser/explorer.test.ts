/**
 * The explorer in Chromium, doing what an analyst does, one step after another on one page.
 * Screenshots of each step go to test-results/screenshots/.
 */
import { jest } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { API_TOKEN } from '../integration/api/startTestServer.js';
import { HAS_CHROMIUM, SKIP_REASON, openExplorer } from './explorerSession.js';
import type { ExplorerSession } from './explorerSession.js';

const describeInChromium = HAS_CHROMIUM ? describe : describe.skip;
if (!HAS_CHROMIUM) console.log(`Explorer browser tests ${SKIP_REASON}`);

const SAMPLE_TEXTS = readdirSync('examples/articles').map((file) =>
  readFileSync(path.join('examples/articles', file), 'utf8').replace(/\s+/g, ' '),
);

describeInChromium(
  `explorer in Chromium (${HAS_CHROMIUM ? 'chromium found' : SKIP_REASON})`,
  () => {
    let session: ExplorerSession;
    jest.setTimeout(90_000);

    beforeAll(async () => {
      session = await openExplorer();
    }, 180_000);
    afterAll(async () => {
      await session?.close();
    });

    const page = () => session.page;
    /** Waits until no node has moved for a moment (layouts animate), so a click lands where aimed. */
    const graphAtRest = () =>
      page().waitForFunction(
        () => {
          const state = window as unknown as { lastPositions?: string };
          const positions = JSON.stringify(window.cy!.nodes().map((node) => node.position()));
          const still = state.lastPositions === positions;
          state.lastPositions = positions;
          return still;
        },
        undefined,
        { polling: 250, timeout: 10_000 },
      );
    /**
     * Brings an edge into view and clicks its middle, as a person would. A node that the layout
     * left on top of that middle would take the click, so it is moved aside first, as a person
     * would drag it.
     */
    const clickEdge = async (edgeId: string, padding: number) => {
      await page().evaluate(
        ([id, pad]) => {
          const cy = window.cy!;
          cy.fit(cy.getElementById(id).connectedNodes(), pad);
        },
        [edgeId, padding] as const,
      );
      await graphAtRest();
      const point = await page().evaluate((id) => {
        const cy = window.cy!;
        const edge = cy.getElementById(id);
        const mid = edge.renderedMidpoint();
        cy.nodes()
          .not(edge.connectedNodes())
          .forEach((node) => {
            const box = node.renderedBoundingBox({});
            const covers =
              mid.x >= box.x1 - 10 &&
              mid.x <= box.x2 + 10 &&
              mid.y >= box.y1 - 10 &&
              mid.y <= box.y2 + 10;
            if (covers) {
              const at = node.renderedPosition();
              node.renderedPosition({ x: at.x, y: at.y + (mid.y - box.y1) + 40 });
            }
          });
        const frame = cy.container()!.getBoundingClientRect();
        return { x: frame.left + mid.x, y: frame.top + mid.y };
      }, edgeId);
      await page().mouse.click(point.x, point.y);
      await page().waitForFunction((id) => window.cy!.getElementById(id).selected(), edgeId);
    };
    const labelsOf = (selector: string) =>
      page().evaluate((sel) => window.cy!.$(sel).map((e) => String(e.data('label'))), selector);
    const idOfLabel = (label: string) =>
      page().evaluate(
        (name) =>
          window
            .cy!.nodes()
            .filter((n) => n.data('label') === name)
            .id() ?? null,
        label,
      );

    it('opens on the graph of the sample articles, with a legend', async () => {
      const labels = await labelsOf('node');
      expect(labels).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'Antony Blinken']));
      await expect(page().locator('.legend').textContent()).resolves.toContain('Organization');
      await expect(page().locator('.legend').textContent()).resolves.toContain('represents');
      await session.shot('01-overview');
    });

    it('search "DPRK" offers North Korea and lands on it', async () => {
      const search = page().getByTestId('search');
      await search.fill('DPRK');
      const option = page().locator('[role="option"]', { hasText: 'North Korea' }).first();
      await option.waitFor();
      await expect(option.textContent()).resolves.toContain('DPRK');
      await session.shot('02-search-dprk');
      await search.press('Enter');
      await page().waitForFunction(
        () => window.cy!.$('node:selected').data('label') === 'North Korea',
      );
      await page().getByTestId('details').locator('h2', { hasText: 'North Korea' }).waitFor();
      await expect(page().getByTestId('details').textContent()).resolves.toContain('Relations');
      // The count in the details is the one the node is sized by (claim relations only).
      const degree = await page().evaluate(() =>
        Number(window.cy!.$('node:selected').data('degree')),
      );
      expect(degree).toBeGreaterThan(0);
      await expect(page().getByTestId('details').locator('.meta').textContent()).resolves.toContain(
        ` · ${degree} relation`,
      );
      await session.shot('03-north-korea-details');
    });

    it('expands North Korea', async () => {
      const before = await page().evaluate(() => window.cy!.elements().length);
      await page().getByTestId('expand').click();
      await page().getByTestId('notice').filter({ hasText: 'Expanded North Korea' }).waitFor();
      const after = await page().evaluate(() => window.cy!.elements().length);
      expect(after).toBeGreaterThanOrEqual(before);
      const neighbours = await page().evaluate(
        () =>
          window
            .cy!.nodes()
            .filter((n) => n.data('label') === 'North Korea')
            .neighborhood('node').length,
      );
      expect(neighbours).toBeGreaterThan(3);
      await session.shot('04-expanded');
    });

    it('a click on the SUPPLIES edge to Russia shows a quote from the sample article', async () => {
      const nk = await idOfLabel('North Korea');
      const ru = await idOfLabel('Russia');
      const edgeId = await page().evaluate(
        ([source, target]) =>
          window
            .cy!.edges()
            .filter(
              (e) =>
                e.data('type') === 'SUPPLIES' &&
                e.data('source') === source &&
                e.data('target') === target,
            )
            .id(),
        [nk, ru],
      );
      expect(edgeId).toBeTruthy();
      await clickEdge(edgeId, 150);
      const evidence = page().getByTestId('evidence');
      await evidence.locator('blockquote').first().waitFor();
      const quotes = await evidence.locator('blockquote').allTextContents();
      const fromSample = quotes.filter((quote) =>
        SAMPLE_TEXTS.some((text) => text.includes(quote.replace(/\s+/g, ' ').trim())),
      );
      expect(fromSample.length).toBeGreaterThan(0);
      const marked = await evidence.locator('blockquote mark').allTextContents();
      expect(marked.length).toBeGreaterThan(0);
      await expect(evidence.textContent()).resolves.toMatch(/asserted|alleged|denied|planned/);
      await session.shot('05-evidence-supplies');
    });

    it('filtering out CONDEMNS hides those edges at once', async () => {
      const visibleCondemns = () =>
        page().evaluate(() => window.cy!.edges('[type = "CONDEMNS"]').filter(':visible').length);
      expect(await visibleCondemns()).toBeGreaterThan(0);
      await page().getByTestId('tab-filters').click();
      await page().locator('[data-filter="types:CONDEMNS"]').uncheck();
      expect(await visibleCondemns()).toBe(0);
      expect(page().url()).toContain('types=SUPPLIES%2CMEETS%2CALLIES_WITH%2CREPRESENTS');
      // Block bodies: a returned Cytoscape object would be serialised back, which takes minutes.
      await page().evaluate(() => {
        window.cy!.fit(undefined, 40);
      });
      await session.shot('06-condemns-filtered');
      await page().locator('[data-filter="types:CONDEMNS"]').check();
      expect(await visibleCondemns()).toBeGreaterThan(0);
    });

    it('finds the path from Antony Blinken to Kim Jong Un', async () => {
      await page().getByTestId('tab-paths').click();
      for (const [testId, name] of [
        ['path-from', 'Antony Blinken'],
        ['path-to', 'Kim Jong Un'],
      ] as const) {
        await page().getByTestId(testId).fill(name);
        await page().locator('[role="option"]', { hasText: name }).first().waitFor();
        await page().getByTestId(testId).press('Enter');
      }
      await page().getByTestId('path-find').click();
      await page()
        .locator('.paths [role="status"]', { hasText: /highlighted|No path/ })
        .waitFor();
      const onPath = await labelsOf('node.path');
      expect(onPath).toEqual(expect.arrayContaining(['Antony Blinken', 'Kim Jong Un']));
      // Kim Jong Un is reached through North Korea, which he represents.
      expect(onPath).toContain('North Korea');
      const links = await page().evaluate(() =>
        window.cy!.edges('.path[type = "REPRESENTS"]').map((e) => e.id()),
      );
      expect(links).toContain('REPRESENTS:official:kim-jong-un->state:north-korea');
      await session.shot('07-path-blinken-kim');
    });

    it('a click on a REPRESENTS edge explains the link instead of listing claims', async () => {
      const id = 'REPRESENTS:official:kim-jong-un->state:north-korea';
      await clickEdge(id, 200);
      const evidence = page().getByTestId('evidence');
      await evidence.locator('.affiliation-note').waitFor();
      await expect(evidence.textContent()).resolves.toContain('Kim Jong Un acts for North Korea');
      await expect(evidence.locator('blockquote').count()).resolves.toBe(0);
      await session.shot('07b-represents-evidence');
    });

    it('runs a Cypher query in the console and shows rows', async () => {
      await page().getByTestId('cypher-drawer').locator('summary').click();
      const input = page().getByTestId('cypher-input');
      await input.click();
      await page().keyboard.press('Control+A');
      await page().keyboard.type(
        'MATCH (s:State)-[r:SUPPLIES]->(t) RETURN s.name AS supplier, t.name AS recipient',
      );
      await page().keyboard.press('Control+Enter');
      const results = page().getByTestId('cypher-results');
      await results.locator('table tbody tr').first().waitFor();
      await expect(results.locator('th').allTextContents()).resolves.toEqual([
        'supplier',
        'recipient',
      ]);
      await expect(results.textContent()).resolves.toContain('North Korea');
      await session.shot('08-cypher');
    });

    it('shows a Cypher error inline', async () => {
      await page().getByTestId('cypher-input').click();
      await page().keyboard.press('Control+A');
      await page().keyboard.type('MATCH (n RETURN n');
      await page().getByTestId('cypher-run').click();
      await page().getByTestId('cypher-results').locator('.error').waitFor();
      await page().getByTestId('cypher-drawer').locator('summary').click();
    });

    it('loads a pasted article and shows its new entities', async () => {
      await page().getByTestId('tab-ingest').click();
      const text =
        'Paris, 3 March 2024. France supplies Ukraine with artillery shells, the French defence ministry said on Monday. ' +
        'Emmanuel Macron met Volodymyr Zelensky in Kyiv and the two leaders condemned Russia.';
      await page().getByTestId('ingest-text').fill(text);
      await page().getByTestId('ingest-preview').click();
      await page().getByTestId('ingest-output').locator('h4', { hasText: 'Entities' }).waitFor();
      await expect(page().getByTestId('ingest-output').textContent()).resolves.toContain('France');
      await session.shot('09-ingest-preview');
      await page().getByTestId('ingest-token').fill(API_TOKEN);
      await page().getByTestId('ingest-load').click();
      await page()
        .getByTestId('ingest-output')
        .locator('p', { hasText: 'new entities shown' })
        .waitFor();
      const labels = await labelsOf('node');
      expect(labels).toEqual(expect.arrayContaining(['France', 'Ukraine']));
      expect(await labelsOf('node.fresh')).toContain('France');
      await session.shot('10-ingest-loaded');
    });

    it('replacing the view clears the details of an entity that left it', async () => {
      const kim = await idOfLabel('Kim Jong Un');
      expect(kim).toBeTruthy();
      await page().evaluate((id) => {
        window.cy!.elements().unselect();
        window.cy!.getElementById(id).select();
      }, kim);
      const details = page().getByTestId('details');
      await details.locator('h2', { hasText: 'Kim Jong Un' }).waitFor();
      await page().getByTestId('tab-articles').click();
      await page()
        .locator('.article-list button', { hasText: /France|Paris/ })
        .first()
        .click();
      await page().getByTestId('article-text').waitFor();
      await details.locator('.empty', { hasText: 'Select an entity' }).waitFor();
      await expect(details.locator('h2').count()).resolves.toBe(0);
      await page().getByTestId('tab-ingest').click();
    });

    it('never runs markup from an article, in the evidence or the article text', async () => {
      const hostile =
        'Berlin, 4 March 2024. Germany supplies Ukraine with <img src=x onerror="window.__pwned=1;alert(1)"> air defence missiles. ' +
        '<script>window.__pwned=2;alert(2)</script> Poland condemns Russia <b onmouseover="alert(3)">loudly</b>.';
      await page().getByTestId('ingest-text').fill(hostile);
      await page().getByTestId('ingest-load').click();
      await page()
        .getByTestId('ingest-output')
        .locator('p', { hasText: 'new entities shown' })
        .waitFor();
      await page().getByTestId('tab-articles').click();
      await page()
        .locator('.article-list button', { hasText: /Germany|Berlin/ })
        .first()
        .click();
      await page().getByTestId('article-text').waitFor();
      const germany = await idOfLabel('Germany');
      expect(germany).toBeTruthy();
      await page().evaluate((id) => {
        window.cy!.getElementById(id).connectedEdges().first().select();
      }, germany);
      await page().getByTestId('evidence').locator('blockquote').first().waitFor();
      await session.shot('11-hostile-article');
      const ran = await page().evaluate(
        () => (window as unknown as { __pwned?: number }).__pwned ?? null,
      );
      expect(ran).toBeNull();
      expect(session.incidents).toEqual([]);
      await expect(
        page().locator('#app img[src="x"], #app script, #app b[onmouseover]').count(),
      ).resolves.toBe(0);
    });
  },
);
