/** The top bar: search, layout, view actions, undo, exports, GraphQL IDE link. */
import type { Workspace } from '../app/Workspace.js';
import { exportEvidenceCsv, exportJson, exportPng } from '../app/exportView.js';
import { LAYOUT_LABELS, LAYOUT_NAMES } from '../graph/layoutOptions.js';
import type { LayoutName } from '../graph/layoutOptions.js';
import { createEntityPicker } from './createEntityPicker.js';
import { errorText, h } from './dom.js';

function selectedNodeIds(workspace: Workspace): string[] {
  return workspace.view.cy.nodes(':selected').map((node) => node.id());
}

export function createToolbar(workspace: Workspace): HTMLElement {
  const search = createEntityPicker({
    placeholder: 'Search entities, e.g. DPRK',
    label: 'Search entities by name or alias',
    testId: 'search',
    onPick: (entity) => void workspace.focusEntity(entity.id),
  });
  const layout = h(
    'select',
    { 'aria-label': 'Layout', 'data-testid': 'layout' },
    LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_LABELS[name])),
  );
  layout.value = workspace.state.layout;
  layout.addEventListener('change', () => void workspace.setLayout(layout.value as LayoutName));
  const undo = h(
    'button',
    {
      type: 'button',
      disabled: true,
      'data-testid': 'undo',
      onclick: () => workspace.undo(),
      title: 'Undo (Ctrl+Z)',
    },
    '↶ Undo',
  );
  workspace.events.on('history', (label) => {
    undo.disabled = label === null;
    undo.title = label ? `Undo ${label} (Ctrl+Z)` : 'Nothing to undo';
  });
  const forSelection = (action: (id: string) => Promise<void>) => () => {
    const ids = selectedNodeIds(workspace);
    if (ids.length === 0) workspace.notify({ message: 'Select a node first.', tone: 'info' });
    for (const id of ids) void action(id);
  };
  const exportMenu = h(
    'select',
    { 'aria-label': 'Export', 'data-testid': 'export' },
    h('option', { value: '' }, 'Export…'),
    h('option', { value: 'png' }, 'View as PNG'),
    h('option', { value: 'json' }, 'View as JSON'),
    h('option', { value: 'csv' }, 'Evidence of visible edges (CSV)'),
  );
  exportMenu.addEventListener('change', async () => {
    const choice = exportMenu.value;
    exportMenu.value = '';
    try {
      if (choice === 'png') exportPng(workspace);
      if (choice === 'json') exportJson(workspace);
      if (choice === 'csv') {
        const count = await exportEvidenceCsv(workspace);
        workspace.notify({ message: `Exported ${count} claims.`, tone: 'info' });
      }
    } catch (error) {
      workspace.notify({ message: `Export failed: ${errorText(error)}`, tone: 'error' });
    }
  });
  return h(
    'header',
    { class: 'toolbar' },
    h(
      'a',
      { class: 'brand', href: '/', title: 'Entente: reload the overview' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }),
      'Entente',
    ),
    h('div', { class: 'search' }, search.element),
    h(
      'div',
      { class: 'tool-group', role: 'group', 'aria-label': 'View' },
      layout,
      h(
        'button',
        {
          type: 'button',
          onclick: () => void workspace.setLayout(workspace.state.layout),
          title: 'Lay out again; pinned nodes stay',
        },
        'Re-layout',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            workspace.view.cy.animate(
              { fit: { eles: workspace.view.cy.elements(':visible'), padding: 40 } },
              { duration: 250 },
            ),
          title: 'Fit the view',
        },
        'Fit',
      ),
    ),
    h(
      'div',
      { class: 'tool-group', role: 'group', 'aria-label': 'Selection' },
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'expand',
          onclick: forSelection((id) => workspace.expand(id)),
          title: 'Expand neighbours (or double-click a node)',
        },
        'Expand',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: forSelection((id) => workspace.collapse(id)),
          title: 'Remove neighbours that hang only on this node',
        },
        'Collapse',
      ),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'hide',
          onclick: () => void workspace.hide(workspace.view.cy.$(':selected').map((e) => e.id())),
          title: 'Hide selected (Delete)',
        },
        'Hide',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => workspace.view.unpinAll(),
          title: 'Dragged nodes are pinned; this frees them',
        },
        'Unpin all',
      ),
      undo,
    ),
    h(
      'div',
      { class: 'tool-group end' },
      exportMenu,
      h(
        'a',
        { href: '/graphiql', class: 'button-link', target: '_blank', rel: 'noopener' },
        'GraphQL IDE ↗',
      ),
    ),
  );
}
