/** REPRESENTS edges (an official and the state they act for) in the explorer's pure graph logic. */
import cytoscape from 'cytoscape';
import { applyFilters } from '../../../client/src/graph/applyFilters.js';
import { buildStylesheet } from '../../../client/src/graph/buildStylesheet.js';
import { cypherToElements } from '../../../client/src/graph/cypherToElements.js';
import { DEFAULT_FILTERS } from '../../../client/src/graph/Filters.js';
import type { Filters } from '../../../client/src/graph/Filters.js';
import { toElements } from '../../../client/src/graph/toElements.js';
import type { GraphSubgraph } from '../../../client/src/graph/types.js';
import { tinySubgraph } from './fixtures.js';

const REPRESENTS = 'REPRESENTS:official:antony-blinken->state:united-states';

function withAffiliation(): GraphSubgraph {
  const graph = tinySubgraph();
  graph.edges.push({
    id: REPRESENTS,
    type: 'REPRESENTS',
    source: { id: 'official:antony-blinken' },
    target: { id: 'state:united-states' },
    claimCount: 0,
    sources: [],
    firstSeen: null,
    lastSeen: null,
    statuses: [],
  });
  return graph;
}

describe('REPRESENTS edges', () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: toElements(withAffiliation()),
    });
  });
  afterEach(() => cy.destroy());
  const shown = () => !cy.getElementById(REPRESENTS).hasClass('filtered');
  const filter = (change: Partial<Filters>) => applyFilters(cy, { ...DEFAULT_FILTERS, ...change });

  it('are thin, grey, solid and labelled "represents", with a small arrow', () => {
    const edge = cy.getElementById(REPRESENTS);
    const supplies = cy.getElementById('SUPPLIES:state:north-korea->state:russia');
    expect(edge.data('label')).toBe('represents');
    expect(edge.style('line-style')).toBe('solid');
    expect(edge.style('line-color')).toBe('rgb(163,168,176)');
    expect(parseFloat(edge.style('width'))).toBeLessThan(parseFloat(supplies.style('width')));
    expect(parseFloat(edge.style('width'))).toBeLessThanOrEqual(1.2);
    expect(edge.style('target-arrow-shape')).toBe('vee');
    expect(parseFloat(edge.style('arrow-scale'))).toBeLessThan(1);
  });

  it('show under the default filters and the claim filters, and hide with their type', () => {
    filter({});
    expect(shown()).toBe(true);
    filter({ minClaims: 3, minSources: 2, statuses: ['ALLEGED'], from: '2024-01-01' });
    expect(shown()).toBe(true);
    expect(
      cy.getElementById('CONDEMNS:state:united-states->state:north-korea').hasClass('filtered'),
    ).toBe(true);
    filter({ types: ['SUPPLIES', 'CONDEMNS', 'MEETS', 'ALLIES_WITH'] });
    expect(shown()).toBe(false);
    filter({ kinds: ['STATE'] });
    expect(shown()).toBe(false);
  });

  it('get the API id and no claims when they come from a Cypher result', () => {
    const official = {
      kind: 'node',
      id: '1:0',
      labels: ['Official'],
      properties: { id: 'official:antony-blinken', name: 'Antony Blinken' },
    };
    const state = {
      kind: 'node',
      id: '0:0',
      labels: ['State'],
      properties: { id: 'state:united-states', name: 'United States' },
    };
    const link = {
      kind: 'relationship',
      id: '9:0',
      type: 'REPRESENTS',
      start: '1:0',
      end: '0:0',
      properties: {},
    };
    const edge = cypherToElements([{ o: official, r: link, s: state }]).find(
      (element) => element.group === 'edges',
    );
    expect(edge?.data).toMatchObject({
      id: REPRESENTS,
      type: 'REPRESENTS',
      claimCount: 0,
      label: 'represents',
    });
  });
});
