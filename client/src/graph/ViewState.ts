/**
 * The shareable state of a view and its URL form. Only values that differ from the defaults are
 * written, so a fresh view has a clean address.
 */
import { DEFAULT_FILTERS } from './Filters.js';
import type { Filters } from './Filters.js';
import { LAYOUT_NAMES } from './layoutOptions.js';
import type { LayoutName } from './layoutOptions.js';
import { CLAIM_STATUSES, ENTITY_KINDS, RELATION_TYPES } from './types.js';

export interface ViewState {
  /** Entity the view is centred on (its neighbourhood is loaded). */
  focus: string | null;
  /** Selected entity or relation id. */
  selected: string | null;
  article: string | null;
  layout: LayoutName;
  alliance: boolean;
  filters: Filters;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  focus: null,
  selected: null,
  article: null,
  layout: 'fcose',
  alliance: false,
  filters: DEFAULT_FILTERS,
});

function listParam<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T[],
): T[] {
  if (value === null) return [...fallback];
  if (value === '') return [];
  return value
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
}

function numberParam(value: string | null, fallback: number): number {
  const parsed = value === null ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? Math.floor(parsed) : fallback;
}

function dateParam(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

export function fromSearchParams(search: string): ViewState {
  const params = new URLSearchParams(search);
  const layout = params.get('layout');
  return {
    focus: params.get('focus'),
    selected: params.get('selected'),
    article: params.get('article'),
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '')
      ? (layout as LayoutName)
      : 'fcose',
    alliance: params.get('alliance') === '1',
    filters: {
      kinds: listParam(params.get('kinds'), ENTITY_KINDS, DEFAULT_FILTERS.kinds),
      types: listParam(params.get('types'), RELATION_TYPES, DEFAULT_FILTERS.types),
      statuses: listParam(params.get('statuses'), CLAIM_STATUSES, DEFAULT_FILTERS.statuses),
      from: dateParam(params.get('from')),
      to: dateParam(params.get('to')),
      minClaims: Math.max(1, numberParam(params.get('minClaims'), DEFAULT_FILTERS.minClaims)),
      minSources: numberParam(params.get('minSources'), DEFAULT_FILTERS.minSources),
    },
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

export function toSearchParams(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.focus) params.set('focus', state.focus);
  if (state.selected) params.set('selected', state.selected);
  if (state.article) params.set('article', state.article);
  if (state.layout !== DEFAULT_VIEW_STATE.layout) params.set('layout', state.layout);
  if (state.alliance) params.set('alliance', '1');
  if (!sameList(filters.kinds, DEFAULT_FILTERS.kinds)) params.set('kinds', filters.kinds.join(','));
  if (!sameList(filters.types, DEFAULT_FILTERS.types)) params.set('types', filters.types.join(','));
  if (!sameList(filters.statuses, DEFAULT_FILTERS.statuses)) {
    params.set('statuses', filters.statuses.join(','));
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.minClaims !== DEFAULT_FILTERS.minClaims)
    params.set('minClaims', String(filters.minClaims));
  if (filters.minSources !== DEFAULT_FILTERS.minSources) {
    params.set('minSources', String(filters.minSources));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
