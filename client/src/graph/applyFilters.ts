/**
 * Applies filters to a Cytoscape graph in one batch: elements that fail get the `filtered` class
 * (display: none in the stylesheet); an edge also hides when either end is hidden.
 */
import type { Core } from 'cytoscape';
import { isEdgeShown, isNodeShown } from './Filters.js';
import type { Filters } from './Filters.js';
import type { EdgeData, NodeData } from './toElements.js';

export interface FilterOutcome {
  hiddenNodes: number;
  hiddenEdges: number;
}

export function applyFilters(cy: Core, filters: Filters): FilterOutcome {
  const outcome: FilterOutcome = { hiddenNodes: 0, hiddenEdges: 0 };
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const shown = isNodeShown(node.data() as NodeData, filters);
      node.toggleClass('filtered', !shown);
      if (!shown) outcome.hiddenNodes += 1;
    });
    cy.edges().forEach((edge) => {
      const shown =
        isEdgeShown(edge.data() as EdgeData, filters) &&
        !edge.source().hasClass('filtered') &&
        !edge.target().hasClass('filtered');
      edge.toggleClass('filtered', !shown);
      if (!shown) outcome.hiddenEdges += 1;
    });
  });
  return outcome;
}
