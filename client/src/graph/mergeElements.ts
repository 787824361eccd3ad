/**
 * Adds elements to a graph without duplicates: new ones are added (placed around an anchor
 * when given, so a layout starts from the user's mental map), existing ones get fresh data.
 * Works on a headless or on-screen Cytoscape instance alike.
 */
import type { Core, ElementDefinition, Position } from 'cytoscape';

export interface MergeResult {
  addedIds: string[];
  updatedIds: string[];
}

export interface MergeOptions {
  /** Where new nodes start, spread on a small circle around it. */
  anchor?: Position;
}

function placeAround(anchor: Position, index: number, count: number): Position {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const radius = 60 + 8 * count;
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

export function mergeElements(
  cy: Core,
  elements: readonly ElementDefinition[],
  options: MergeOptions = {},
): MergeResult {
  const result: MergeResult = { addedIds: [], updatedIds: [] };
  const fresh = elements.filter((element) => {
    const id = String(element.data.id);
    const existing = cy.getElementById(id);
    if (existing.nonempty()) {
      existing.data(element.data);
      result.updatedIds.push(id);
      return false;
    }
    return true;
  });
  const freshNodes = fresh.filter((element) => element.group === 'nodes');
  const placed = fresh.map((element) => {
    const index = freshNodes.indexOf(element);
    if (!options.anchor || index < 0) return element;
    return { ...element, position: placeAround(options.anchor, index, freshNodes.length) };
  });
  cy.batch(() => {
    cy.add(placed.filter((element) => element.group === 'nodes'));
    cy.add(placed.filter((element) => element.group === 'edges' && endsExist(cy, element)));
  });
  for (const element of placed) {
    const id = String(element.data.id);
    if (cy.getElementById(id).nonempty()) result.addedIds.push(id);
  }
  return result;
}

function endsExist(cy: Core, edge: ElementDefinition): boolean {
  const { source, target } = edge.data as { source?: string; target?: string };
  return (
    source !== undefined &&
    target !== undefined &&
    cy.getElementById(source).nonempty() &&
    cy.getElementById(target).nonempty()
  );
}
