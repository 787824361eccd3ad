/**
 * The one module that puts a Cytoscape view on screen. Everything it draws comes from the pure
 * graph modules (elements, stylesheet, layouts, filters); this file only wires them to a canvas.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { buildStylesheet } from '../graph/buildStylesheet.js';
import { layoutOptions } from '../graph/layoutOptions.js';
import type { LayoutName, PinnedNode } from '../graph/layoutOptions.js';
import { mergeElements } from '../graph/mergeElements.js';
import type { MergeResult } from '../graph/mergeElements.js';
import { VIEW_BUDGET } from '../graph/viewBudget.js';

cytoscape.use(fcose);

declare global {
  interface Window {
    cy?: Core;
  }
}

export interface Snapshot {
  elements: ElementDefinition[];
  pinned: string[];
}

export interface GraphView {
  cy: Core;
  merge(elements: readonly ElementDefinition[], anchorId?: string): MergeResult;
  replace(elements: readonly ElementDefinition[]): void;
  layout(name: LayoutName, options?: { keepPositions?: boolean; fit?: boolean }): Promise<void>;
  snapshot(): Snapshot;
  restore(snapshot: Snapshot): void;
  centre(id: string): void;
  pinnedNodes(): PinnedNode[];
  unpinAll(): void;
}

interface Renderer {
  hideEdgesOnViewport?: boolean;
  hideLabelsOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/** Per Cytoscape's performance guide: big views hide edges and labels while the viewport moves. */
function tuneForSize(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  const big = cy.elements().length > VIEW_BUDGET.smoothFrom;
  renderer.hideEdgesOnViewport = big;
  renderer.hideLabelsOnViewport = big;
  renderer.textureOnViewport = big;
}

function runLayout(cy: Core, options: cytoscape.LayoutOptions, pinned: string[]): Promise<void> {
  const movable = cy.elements().not(cy.nodes().filter((node) => pinned.includes(node.id())));
  const target = options.name === 'fcose' ? cy.elements() : movable;
  return new Promise((resolve) => {
    const layout = target.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

export function createGraphView(container: HTMLElement): GraphView {
  const cy = cytoscape({
    container,
    layout: { name: 'preset' }, // the container may not be in the page yet
    style: buildStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    motionBlur: false,
  });
  window.cy = cy;
  cy.on('dragfree', 'node', (event) => (event.target as NodeSingular).addClass('pinned'));
  cy.on('add remove', () => tuneForSize(cy));

  const view: GraphView = {
    cy,
    merge(elements, anchorId) {
      const anchor = anchorId ? cy.getElementById(anchorId) : null;
      const position: Position | undefined = anchor?.nonempty()
        ? { ...anchor.position() }
        : undefined;
      return mergeElements(cy, elements, position ? { anchor: position } : {});
    },
    replace(elements) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add([...elements]);
      });
    },
    layout(name, options = {}) {
      const pinned = view.pinnedNodes();
      const request = {
        name,
        pinned,
        keepPositions: options.keepPositions ?? true,
        fit: options.fit ?? true,
        elementCount: cy.elements().length,
      };
      return runLayout(
        cy,
        layoutOptions(request),
        pinned.map((pin) => pin.id),
      );
    },
    snapshot() {
      return {
        elements: cy.elements().jsons() as unknown as ElementDefinition[],
        pinned: cy.nodes('.pinned').map((node) => node.id()),
      };
    },
    restore(snapshot) {
      view.replace(snapshot.elements);
    },
    centre(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return;
      cy.elements().unselect();
      element.select();
      cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    },
    pinnedNodes() {
      return cy
        .nodes('.pinned')
        .map((node) => ({ id: node.id(), position: { ...node.position() } }));
    },
    unpinAll() {
      cy.nodes().removeClass('pinned');
    },
  };
  return view;
}
