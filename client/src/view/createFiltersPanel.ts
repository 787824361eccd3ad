/** Filters that apply as soon as they change: kinds, relation types, statuses, dates, counts. */
import type { Workspace } from '../app/Workspace.js';
import { DEFAULT_FILTERS } from '../graph/Filters.js';
import type { Filters } from '../graph/Filters.js';
import { KIND_LOOKS, RELATION_LOOKS, STATUS_LOOKS } from '../graph/palette.js';
import { CLAIM_STATUSES, ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import { h, replaceChildren } from './dom.js';

type ListKey = 'kinds' | 'types' | 'statuses';

function checkboxGroup<T extends string>(
  legend: string,
  key: ListKey,
  values: readonly T[],
  labelOf: (value: T) => string,
  colorOf: (value: T) => string | null,
  workspace: Workspace,
): HTMLElement {
  const boxes = values.map((value) => {
    const input = h('input', { type: 'checkbox', value, 'data-filter': `${key}:${value}` });
    input.checked = (workspace.state.filters[key] as readonly string[]).includes(value);
    input.addEventListener('change', () => {
      const current = new Set<string>(workspace.state.filters[key]);
      if (input.checked) current.add(value);
      else current.delete(value);
      const next = values.filter((item) => current.has(item));
      workspace.setFilters({ ...workspace.state.filters, [key]: next } as Filters);
    });
    const color = colorOf(value);
    return h(
      'label',
      { class: 'check' },
      input,
      color ? h('span', { class: 'kind-dot', style: `background:${color}` }) : null,
      labelOf(value),
    );
  });
  return h('fieldset', {}, h('legend', {}, legend), boxes);
}

function numberField(
  label: string,
  key: 'minClaims' | 'minSources',
  min: number,
  workspace: Workspace,
): HTMLElement {
  const input = h('input', {
    type: 'number',
    min,
    step: 1,
    value: workspace.state.filters[key],
    'data-filter': key,
  });
  input.addEventListener('input', () => {
    const value = Math.max(min, Math.floor(Number(input.value) || min));
    workspace.setFilters({ ...workspace.state.filters, [key]: value });
  });
  return h('label', { class: 'field' }, label, input);
}

function dateField(label: string, key: 'from' | 'to', workspace: Workspace): HTMLElement {
  const input = h('input', {
    type: 'date',
    value: workspace.state.filters[key] ?? '',
    'data-filter': key,
  });
  input.addEventListener('change', () =>
    workspace.setFilters({ ...workspace.state.filters, [key]: input.value || null }),
  );
  return h('label', { class: 'field' }, label, input);
}

export function createFiltersPanel(workspace: Workspace): HTMLElement {
  const panel = h('div', { class: 'tab-body filters' });
  const render = () =>
    replaceChildren(
      panel,
      checkboxGroup(
        'Entity kinds',
        'kinds',
        ENTITY_KINDS,
        (k) => KIND_LOOKS[k].label,
        (k) => KIND_LOOKS[k].color,
        workspace,
      ),
      checkboxGroup(
        'Relation types',
        'types',
        RELATION_TYPES,
        (t) => RELATION_LOOKS[t].label,
        (t) => RELATION_LOOKS[t].color,
        workspace,
      ),
      checkboxGroup(
        'Claim status',
        'statuses',
        CLAIM_STATUSES,
        (s) => STATUS_LOOKS[s].label,
        () => null,
        workspace,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Claim dates'),
        dateField('From', 'from', workspace),
        dateField('To', 'to', workspace),
        h('p', { class: 'hint' }, 'Undated relations stay visible.'),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Weight'),
        numberField('Min claims', 'minClaims', 1, workspace),
        numberField('Min sources', 'minSources', 0, workspace),
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            workspace.setFilters({ ...DEFAULT_FILTERS });
            render();
          },
        },
        'Reset filters',
      ),
    );
  render();
  return panel;
}
