import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DRAFT_LAYOUT_ABOVE, layoutOptions } from '../../../client/src/graph/layoutOptions.js';
import { UndoHistory } from '../../../client/src/graph/UndoHistory.js';
import { toElements } from '../../../client/src/graph/toElements.js';
import { tinySubgraph } from './fixtures.js';

cytoscape.use(fcose);

function runLayout(cy: cytoscape.Core, options: cytoscape.LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

describe('layoutOptions', () => {
  it('keeps a pinned node where the analyst put it when fcose runs again', async () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(tinySubgraph()),
    });
    await runLayout(cy, layoutOptions({ name: 'fcose', pinned: [], keepPositions: false }));
    const pinned = { id: 'state:russia', position: { x: 1234, y: -567 } };
    cy.getElementById(pinned.id).position(pinned.position);
    await runLayout(cy, layoutOptions({ name: 'fcose', pinned: [pinned], keepPositions: true }));
    const after = cy.getElementById(pinned.id).position();
    expect(after.x).toBeCloseTo(1234, 0);
    expect(after.y).toBeCloseTo(-567, 0);
    cy.destroy();
  });

  it('gives every layout a name Cytoscape knows', () => {
    for (const name of ['concentric', 'breadthfirst', 'grid'] as const) {
      const cy = cytoscape({ headless: true, elements: toElements(tinySubgraph()) });
      expect(() =>
        cy.layout(layoutOptions({ name, pinned: [], keepPositions: true })).run(),
      ).not.toThrow();
      cy.destroy();
    }
  });
});

describe('UndoHistory', () => {
  it('returns snapshots last first and forgets past its limit', () => {
    const history = new UndoHistory<number>(2);
    history.push('one', 1);
    history.push('two', 2);
    history.push('three', 3);
    expect(history.peekLabel()).toBe('three');
    expect(history.pop()?.snapshot).toBe(3);
    expect(history.pop()?.snapshot).toBe(2);
    expect(history.pop()).toBeUndefined();
  });
});

describe('fcose quality by view size', () => {
  it('keeps default quality for small views and drafts large ones', () => {
    const small = layoutOptions({
      name: 'fcose',
      pinned: [],
      keepPositions: false,
      elementCount: 200,
    });
    const large = layoutOptions({
      name: 'fcose',
      pinned: [],
      keepPositions: false,
      elementCount: DRAFT_LAYOUT_ABOVE + 1,
    });
    expect((small as { quality?: string }).quality).toBe('default');
    expect((large as { quality?: string }).quality).toBe('draft');
  });
});
