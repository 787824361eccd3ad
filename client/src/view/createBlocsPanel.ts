/** Alliance view: states coloured by the blocs the API computes, and the list of blocs. */
import type { Workspace } from '../app/Workspace.js';
import { h, replaceChildren } from './dom.js';

export function createBlocsPanel(workspace: Workspace): HTMLElement {
  const toggle = h('input', { type: 'checkbox', 'data-testid': 'alliance-toggle' });
  toggle.checked = workspace.state.alliance;
  toggle.addEventListener('change', () => void workspace.setAlliance(toggle.checked));
  const list = h(
    'div',
    { class: 'blocs' },
    h('p', { class: 'hint' }, 'Turn on the alliance view to colour states by bloc.'),
  );
  workspace.events.on('blocs', (coloring) => {
    toggle.checked = coloring !== null;
    if (!coloring) return replaceChildren(list, h('p', { class: 'hint' }, 'Alliance view is off.'));
    if (coloring.blocs.length === 0)
      return replaceChildren(
        list,
        h('p', { class: 'hint' }, 'No blocs yet: the graph has too few ties between states.'),
      );
    replaceChildren(
      list,
      coloring.blocs.map((bloc) =>
        h(
          'section',
          { class: 'bloc', style: `--bloc:${bloc.color}` },
          h(
            'h4',
            {},
            `Bloc ${bloc.index + 1}`,
            h('span', { class: 'muted' }, ` · cohesion ${Math.round(bloc.cohesion * 100)}%`),
          ),
          h(
            'ul',
            { class: 'plain chips' },
            bloc.members.map((member) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'chip',
                    onclick: () => void workspace.focusEntity(member.id),
                  },
                  member.name,
                ),
              ),
            ),
          ),
        ),
      ),
    );
  });
  return h(
    'div',
    { class: 'tab-body' },
    h('label', { class: 'check strong' }, toggle, 'Colour states by alliance bloc'),
    h(
      'p',
      { class: 'hint' },
      'ALLIES_WITH and MEETS tie states together; CONDEMNS sets them apart.',
    ),
    list,
  );
}
