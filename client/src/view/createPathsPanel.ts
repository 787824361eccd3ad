/** Path finder: pick two entities, highlight the shortest paths between them. */
import type { Workspace } from '../app/Workspace.js';
import type { GraphEntity } from '../graph/types.js';
import { createEntityPicker } from './createEntityPicker.js';
import { h, replaceChildren } from './dom.js';

export function createPathsPanel(workspace: Workspace): HTMLElement {
  let from: GraphEntity | null = null;
  let to: GraphEntity | null = null;
  const result = h('p', { class: 'hint', role: 'status' }, 'Pick two entities.');
  const fromPicker = createEntityPicker({
    placeholder: 'From…',
    label: 'Path from',
    testId: 'path-from',
    onPick: (e) => (from = e),
  });
  const toPicker = createEntityPicker({
    placeholder: 'To…',
    label: 'Path to',
    testId: 'path-to',
    onPick: (e) => (to = e),
  });
  const find = async () => {
    if (!from || !to) {
      replaceChildren(result, 'Pick both ends from the suggestions first.');
      return;
    }
    replaceChildren(result, 'Searching…');
    const count = await workspace.showPaths(from.id, to.id);
    replaceChildren(
      result,
      count === 0
        ? `No path of 4 steps or fewer between ${from.name} and ${to.name}.`
        : `${count} shortest path${count === 1 ? '' : 's'} highlighted.`,
    );
  };
  return h(
    'div',
    { class: 'tab-body paths' },
    h('label', { class: 'field' }, 'From', fromPicker.element),
    h('label', { class: 'field' }, 'To', toPicker.element),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-testid': 'path-find',
          onclick: () => void find(),
        },
        'Find paths',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            workspace.clearHighlight();
            replaceChildren(result, 'Highlight cleared.');
          },
        },
        'Clear',
      ),
    ),
    result,
  );
}
