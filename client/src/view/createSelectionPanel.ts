/**
 * The frame shared by the details and evidence panels: a titled section that shows what the
 * analyst selected, drops answers that arrive after a newer selection, and empties itself when the
 * selected element leaves the view.
 */
import type { Workspace } from '../app/Workspace.js';
import { h, replaceChildren } from './dom.js';
import type { Child } from './dom.js';

export interface SelectionPanelOptions {
  /** CSS class beside `panel`, also the `data-testid`. */
  name: string;
  label: string;
  /** What the panel says while nothing is selected. */
  emptyText: string;
}

export interface SelectionPanel {
  panel: HTMLElement;
  /** Starts showing `id`; returns a check that is true while it is still the latest selection. */
  select(id: string): () => boolean;
  show(...content: (Child | Child[])[]): void;
  showNote(text: string, className?: 'empty' | 'error'): void;
}

export function createSelectionPanel(
  workspace: Workspace,
  options: SelectionPanelOptions,
): SelectionPanel {
  const empty = () => h('p', { class: 'empty' }, options.emptyText);
  const body = h('div', { class: 'panel-body' }, empty());
  const panel = h(
    'section',
    { class: `panel ${options.name}`, 'data-testid': options.name, 'aria-label': options.label },
    body,
  );
  let ticket = 0;
  let shown: string | null = null;
  // The view was replaced or the element hidden: what the panel shows no longer matches the view.
  workspace.events.on('gone', (ids) => {
    if (shown === null || !ids.has(shown)) return;
    ticket += 1;
    shown = null;
    replaceChildren(body, empty());
  });
  return {
    panel,
    select(id) {
      const mine = ++ticket;
      shown = id;
      return () => mine === ticket;
    },
    show: (...content) => replaceChildren(body, ...content),
    showNote: (text, className = 'empty') =>
      replaceChildren(body, h('p', { class: className }, text)),
  };
}
