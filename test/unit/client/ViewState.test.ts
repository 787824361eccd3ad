import {
  DEFAULT_VIEW_STATE,
  fromSearchParams,
  toSearchParams,
} from '../../../client/src/graph/ViewState.js';
import type { ViewState } from '../../../client/src/graph/ViewState.js';

describe('ViewState in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(toSearchParams(DEFAULT_VIEW_STATE)).toBe('');
    expect(fromSearchParams('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('round-trips focus, selection, layout, alliance view and filters', () => {
    const state: ViewState = {
      focus: 'state:north-korea',
      selected: 'SUPPLIES:state:north-korea->state:russia',
      article: null,
      layout: 'concentric',
      alliance: true,
      filters: {
        kinds: ['STATE', 'OFFICIAL'],
        types: ['SUPPLIES'],
        statuses: [],
        from: '2023-01-01',
        to: '2023-12-31',
        minClaims: 2,
        minSources: 1,
      },
    };
    const search = toSearchParams(state);
    expect(search).toContain('focus=state%3Anorth-korea');
    expect(fromSearchParams(search)).toEqual(state);
  });

  it('ignores values it does not know', () => {
    const state = fromSearchParams(
      '?layout=spiral&types=SUPPLIES,DROP&from=yesterday&minClaims=-3',
    );
    expect(state.layout).toBe('fcose');
    expect(state.filters.types).toEqual(['SUPPLIES']);
    expect(state.filters.from).toBeNull();
    expect(state.filters.minClaims).toBe(1);
  });
});
