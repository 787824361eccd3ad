import cytoscape from 'cytoscape';
import { cypherToElements } from '../../../client/src/graph/cypherToElements.js';
import { buildStylesheet } from '../../../client/src/graph/buildStylesheet.js';

const nk = {
  kind: 'node',
  id: '0:1',
  labels: ['State'],
  properties: { id: 'state:north-korea', name: 'North Korea' },
};
const ru = {
  kind: 'node',
  id: '0:2',
  labels: ['State'],
  properties: { id: 'state:russia', name: 'Russia' },
};
const supplies = {
  kind: 'relationship',
  id: '5:1',
  type: 'SUPPLIES',
  start: '0:1',
  end: '0:2',
  properties: {
    id: 'SUPPLIES:state:north-korea->state:russia',
    claimCount: 3,
    statuses: ['alleged'],
  },
};

describe('cypherToElements', () => {
  it('finds nodes and relationships in columns, lists and paths, keyed by entity id', () => {
    const elements = cypherToElements([{ s: nk, r: supplies, t: ru }, { p: [nk, supplies, ru] }]);
    expect(elements.map((e) => e.data.id)).toEqual([
      'state:north-korea',
      'state:russia',
      'SUPPLIES:state:north-korea->state:russia',
    ]);
    const edge = elements[2]!;
    expect(edge.data).toMatchObject({
      source: 'state:north-korea',
      target: 'state:russia',
      status: 'ALLEGED',
      claimCount: 3,
    });
  });

  it('returns nothing for scalar rows and leaves out relationships without their ends', () => {
    expect(cypherToElements([{ name: 'North Korea', n: 3 }])).toEqual([]);
    expect(cypherToElements([{ r: supplies }])).toEqual([]);
  });

  it('gives elements the style expects', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    cy.add(cypherToElements([{ s: nk, r: supplies, t: ru }]));
    expect(cy.edges()[0]!.style('line-style')).toBe('dashed');
    cy.destroy();
  });
});
