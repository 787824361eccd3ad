import cytoscape from 'cytoscape';
import { applyFilters } from '../../../client/src/graph/applyFilters.js';
import { DEFAULT_FILTERS, isEdgeShown } from '../../../client/src/graph/Filters.js';
import type { Filters } from '../../../client/src/graph/Filters.js';
import { toElements } from '../../../client/src/graph/toElements.js';
import { tinySubgraph } from './fixtures.js';

const SUPPLIES = 'SUPPLIES:state:north-korea->state:russia';
const CONDEMNS = 'CONDEMNS:state:united-states->state:north-korea';
const MEETS = 'MEETS:official:antony-blinken->state:russia';

function visibleEdgeIds(cy: cytoscape.Core): string[] {
  return cy
    .edges()
    .not('.filtered')
    .map((edge) => edge.id())
    .sort();
}

describe('applyFilters', () => {
  let cy: cytoscape.Core;
  const withFilters = (change: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...change });

  beforeEach(() => {
    cy = cytoscape({ headless: true, elements: toElements(tinySubgraph()) });
  });
  afterEach(() => cy.destroy());

  it('shows everything under the default filters', () => {
    expect(applyFilters(cy, DEFAULT_FILTERS)).toEqual({ hiddenNodes: 0, hiddenEdges: 0 });
  });

  it('hides a relation type', () => {
    applyFilters(cy, withFilters({ types: ['SUPPLIES', 'MEETS', 'ALLIES_WITH'] }));
    expect(visibleEdgeIds(cy)).toEqual([MEETS, SUPPLIES].sort());
  });

  it('hides edges whose end is of a hidden kind, and shows them again', () => {
    applyFilters(cy, withFilters({ kinds: ['STATE'] }));
    expect(cy.getElementById('official:antony-blinken').hasClass('filtered')).toBe(true);
    expect(visibleEdgeIds(cy)).not.toContain(MEETS);
    applyFilters(cy, DEFAULT_FILTERS);
    expect(visibleEdgeIds(cy)).toContain(MEETS);
  });

  it('keeps an edge when any of its statuses is wanted', () => {
    applyFilters(cy, withFilters({ statuses: ['ALLEGED'] }));
    expect(visibleEdgeIds(cy)).toEqual([SUPPLIES]);
  });

  it('filters by claim and source counts', () => {
    applyFilters(cy, withFilters({ minClaims: 2 }));
    expect(visibleEdgeIds(cy)).toEqual([SUPPLIES]);
    applyFilters(cy, withFilters({ minSources: 1 }));
    expect(visibleEdgeIds(cy)).toEqual([CONDEMNS, SUPPLIES].sort());
  });

  it('filters by claim dates, keeping undated relations', () => {
    applyFilters(cy, withFilters({ from: '2023-11-09' }));
    expect(visibleEdgeIds(cy)).toEqual([MEETS, SUPPLIES].sort());
    applyFilters(cy, withFilters({ to: '2023-11-01' }));
    expect(visibleEdgeIds(cy)).toEqual([MEETS]);
  });
});

describe('isEdgeShown', () => {
  it('needs the type, a status, and enough claims', () => {
    const edge = {
      type: 'CONDEMNS' as const,
      statuses: ['DENIED' as const],
      claimCount: 1,
      sourceCount: 0,
      firstSeen: null,
      lastSeen: null,
    };
    expect(isEdgeShown(edge, DEFAULT_FILTERS)).toBe(true);
    expect(isEdgeShown(edge, { ...DEFAULT_FILTERS, statuses: ['ASSERTED'] })).toBe(false);
  });
});
