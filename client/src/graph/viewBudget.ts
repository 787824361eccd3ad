/**
 * How many elements the on-screen view takes before it asks for a filter instead of freezing.
 * Past `smoothFrom`, edges and labels are hidden while panning (Cytoscape performance guide).
 */
export const VIEW_BUDGET = Object.freeze({
  maxElements: 3000, // refuse to add past this, and offer a filter
  smoothFrom: 600, // hide edges while the viewport moves past this many elements
  relationsPerPage: 200, // page size of the overview load
});

export interface BudgetCheck {
  fits: boolean;
  total: number;
  max: number;
}

export function checkBudget(
  current: number,
  incoming: number,
  max = VIEW_BUDGET.maxElements,
): BudgetCheck {
  const total = current + incoming;
  return { fits: total <= max, total, max };
}
