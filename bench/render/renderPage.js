// The page the render benchmark loads in headless Chromium, bundled with cytoscape and
// cytoscape-fcose. It exposes `window.measureRender(elements, overrides)`, which lays the
// elements out with fcose, using the explorer's own layout options (client/src/graph) with any
// overrides, and resolves once the laid-out graph has been painted. Plain JavaScript: it runs
// only in the browser and is bundled as it is.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from '../../client/src/graph/layoutOptions.js';

cytoscape.use(fcose);

const STYLE = [
  { selector: 'node', style: { label: 'data(label)', width: 18, height: 18, 'font-size': 8 } },
  { selector: 'edge', style: { width: 1, 'curve-style': 'haystack', opacity: 0.6 } },
];

/** Waits for the frame after next: the browser has painted what was drawn before. */
function nextPaint() {
  return new Promise((resolve) =>
    window.requestAnimationFrame(() => window.requestAnimationFrame(() => resolve())),
  );
}

window.measureRender = async (elements, overrides = {}) => {
  const container = window.document.getElementById('graph');
  const clock = window.performance;
  const started = clock.now();
  const cy = cytoscape({ container, elements, style: STYLE, layout: { name: 'null' } });
  const layoutStarted = clock.now();
  await new Promise((resolve) => {
    const options = layoutOptions({
      name: 'fcose',
      pinned: [],
      keepPositions: false,
      fit: true,
      elementCount: elements.length,
    });
    const layout = cy.layout({ ...options, ...overrides });
    layout.one('layoutstop', resolve);
    layout.run();
  });
  const layoutMs = clock.now() - layoutStarted;
  await nextPaint();
  const firstPaintMs = clock.now() - started;
  const nodes = cy.nodes().length;
  cy.destroy();
  return { layoutMs, firstPaintMs, nodes };
};
