import cytoscape from 'cytoscape';
import { buildStylesheet } from '../../../client/src/graph/buildStylesheet.js';
import { mergeElements } from '../../../client/src/graph/mergeElements.js';
import { toElements } from '../../../client/src/graph/toElements.js';
import { tinySubgraph } from './fixtures.js';

describe('toElements', () => {
  it('turns entities into nodes and relations into edges, dropping dangling edges', () => {
    const elements = toElements(tinySubgraph());
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(4);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.id)).not.toContain('SUPPLIES:state:russia->state:missing');
    expect(edges).toHaveLength(3);
  });

  it('keeps what the style and panels need on each element', () => {
    const elements = toElements(tinySubgraph());
    const blinken = elements.find((e) => e.data.id === 'official:antony-blinken');
    expect(blinken?.data).toMatchObject({
      label: 'Antony Blinken',
      kind: 'OFFICIAL',
      affiliationName: 'United States',
    });
    const supplies = elements.find((e) => e.data.type === 'SUPPLIES');
    expect(supplies?.data).toMatchObject({
      directed: true,
      status: 'ASSERTED',
      claimCount: 3,
      sourceCount: 2,
    });
    const meets = elements.find((e) => e.data.type === 'MEETS');
    expect(meets?.data).toMatchObject({ directed: false, status: 'DENIED' });
  });
});

describe('mergeElements', () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  });
  afterEach(() => cy.destroy());

  it('adds new elements once and refreshes existing ones', () => {
    const first = mergeElements(cy, toElements(tinySubgraph()));
    expect(first.addedIds).toHaveLength(7);
    const changed = toElements(tinySubgraph()).map((e) =>
      e.data.id === 'state:russia' ? { ...e, data: { ...e.data, label: 'Russian Federation' } } : e,
    );
    const second = mergeElements(cy, changed);
    expect(second.addedIds).toHaveLength(0);
    expect(cy.elements()).toHaveLength(7);
    expect(cy.getElementById('state:russia').data('label')).toBe('Russian Federation');
  });

  it('places new nodes around the anchor', () => {
    mergeElements(cy, toElements(tinySubgraph()), { anchor: { x: 500, y: 500 } });
    const position = cy.getElementById('state:russia').position();
    expect(Math.hypot(position.x - 500, position.y - 500)).toBeGreaterThan(10);
    expect(Math.hypot(position.x - 500, position.y - 500)).toBeLessThan(200);
  });
});

describe('buildStylesheet', () => {
  it('draws arrows only on directed relation types and dashes alleged-only edges', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    cy.add(toElements(tinySubgraph()));
    cy.add({
      group: 'edges',
      data: {
        id: 'x',
        label: 'condemns',
        source: 'state:russia',
        target: 'state:north-korea',
        type: 'CONDEMNS',
        status: 'ALLEGED',
        claimCount: 1,
      },
    });
    const supplies = cy.getElementById('SUPPLIES:state:north-korea->state:russia');
    const meets = cy.getElementById('MEETS:official:antony-blinken->state:russia');
    expect(supplies.style('target-arrow-shape')).toBe('triangle');
    expect(meets.style('target-arrow-shape')).toBe('none');
    expect(cy.getElementById('x').style('line-style')).toBe('dashed');
    expect(meets.style('mid-target-arrow-shape')).toBe('tee');
    expect(cy.getElementById('state:north-korea').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('official:antony-blinken').style('shape')).toBe('ellipse');
    expect(cy.getElementById('state:russia').style('min-zoomed-font-size')).toBe('6px');
    cy.destroy();
  });

  it('makes heavier edges wider', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    cy.add(toElements(tinySubgraph()));
    const heavy = parseFloat(
      cy.getElementById('SUPPLIES:state:north-korea->state:russia').style('width'),
    );
    const light = parseFloat(
      cy.getElementById('CONDEMNS:state:united-states->state:north-korea').style('width'),
    );
    expect(heavy).toBeGreaterThan(light);
    cy.destroy();
  });
});
