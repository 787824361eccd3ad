/** One line above the graph for what the analyst should know (budget, errors, undo). */
import type { Workspace } from '../app/Workspace.js';
import { h, replaceChildren } from './dom.js';

export function createNoticeBar(workspace: Workspace): HTMLElement {
  const bar = h('div', {
    class: 'notice',
    role: 'status',
    'aria-live': 'polite',
    hidden: true,
    'data-testid': 'notice',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  workspace.events.on('notice', (notice) => {
    clearTimeout(timer);
    if (!notice) return void (bar.hidden = true);
    bar.className = `notice notice-${notice.tone}`;
    const action = notice.action;
    replaceChildren(
      bar,
      h('span', {}, notice.message),
      action
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => {
                action.run();
                bar.hidden = true;
              },
            },
            action.label,
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'close',
          'aria-label': 'Dismiss',
          onclick: () => (bar.hidden = true),
        },
        '×',
      ),
    );
    bar.hidden = false;
    if (notice.tone === 'info') timer = setTimeout(() => (bar.hidden = true), 4000);
  });
  return bar;
}
