/**
 * A search box with autocomplete over entity names and aliases (typing "DPRK" offers North Korea).
 * Keyboard: arrows move, Enter picks, Escape closes.
 */
import { explorerApi } from '../api/explorerApi.js';
import { KIND_LOOKS } from '../graph/palette.js';
import type { GraphEntity } from '../graph/types.js';
import { debounce, h, replaceChildren } from './dom.js';

export interface EntityPickerOptions {
  placeholder: string;
  label: string;
  testId?: string;
  onPick: (entity: GraphEntity) => void;
}

let pickerCount = 0;

function matchedAlias(entity: GraphEntity, text: string): string | null {
  const needle = text.trim().toLowerCase();
  if (entity.name.toLowerCase().includes(needle)) return null;
  return entity.aliases.find((alias) => alias.toLowerCase().includes(needle)) ?? null;
}

export function createEntityPicker(options: EntityPickerOptions): {
  element: HTMLElement;
  input: HTMLInputElement;
} {
  pickerCount += 1;
  const listId = `picker-list-${pickerCount}`;
  const input = h('input', {
    type: 'search',
    class: 'picker-input',
    placeholder: options.placeholder,
    'aria-label': options.label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    'data-testid': options.testId,
  });
  const list = h('ul', { id: listId, class: 'picker-list', role: 'listbox', hidden: true });
  let results: GraphEntity[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (entity: GraphEntity | undefined) => {
    if (!entity) return;
    input.value = entity.name;
    close();
    options.onPick(entity);
  };
  const render = () => {
    replaceChildren(
      list,
      results.map((entity, index) => {
        const alias = matchedAlias(entity, input.value);
        const look = KIND_LOOKS[entity.kind];
        return h(
          'li',
          {
            role: 'option',
            id: `${listId}-${index}`,
            class: index === active ? 'active' : '',
            'aria-selected': String(index === active),
            'data-entity-id': entity.id,
            onmousedown: ((event: Event) => {
              event.preventDefault();
              pick(entity);
            }) as EventListener,
          },
          h('span', {
            class: `kind-dot kind-${entity.kind.toLowerCase()}`,
            style: `background:${look.color}`,
          }),
          h('span', { class: 'picker-name' }, entity.name),
          alias ? h('span', { class: 'picker-alias' }, `also “${alias}”`) : null,
          h('span', { class: 'picker-kind' }, look.label),
        );
      }),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  let latest = 0;
  const lookup = debounce(async (text: string) => {
    const ticket = ++latest;
    if (text.trim().length === 0) {
      results = [];
      render();
      return;
    }
    try {
      const found = await explorerApi.search(text.trim(), 8);
      if (ticket !== latest) return;
      results = found;
      active = found.length > 0 ? 0 : -1;
      render();
    } catch {
      results = [];
      render();
    }
  }, 120);

  input.addEventListener('input', () => lookup(input.value));
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(results[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return { element: h('div', { class: 'picker' }, input, list), input };
}
