/** Entity details: kind, aliases, affiliation, relations grouped by type with counts, articles. */
import { explorerApi } from '../api/explorerApi.js';
import type { EntityDetails } from '../api/explorerApi.js';
import type { Workspace } from '../app/Workspace.js';
import { KIND_LOOKS, RELATION_LOOKS } from '../graph/palette.js';
import { RELATION_TYPES } from '../graph/types.js';
import { errorText, h, replaceChildren } from './dom.js';

function relationGroups(entity: EntityDetails, workspace: Workspace): HTMLElement[] {
  return RELATION_TYPES.flatMap((type) => {
    const relations = entity.relations.nodes.filter((relation) => relation.type === type);
    if (relations.length === 0) return [];
    const look = RELATION_LOOKS[type];
    const items = relations.map((relation) => {
      const outgoing = relation.source.id === entity.id;
      const other = outgoing ? relation.target : relation.source;
      const arrow = look.directed ? (outgoing ? '→' : '←') : '—';
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            title: 'Show the evidence',
            onclick: () => {
              const { cy } = workspace.view;
              const edge = cy.getElementById(relation.id);
              if (edge.nonempty()) {
                cy.elements().unselect();
                edge.select();
              } else void workspace.focusEntity(other.id);
            },
          },
          `${arrow} ${other.name}`,
        ),
        h('span', { class: 'count', title: 'claims' }, String(relation.claimCount)),
      );
    });
    return [
      h(
        'details',
        { open: true, class: 'group' },
        h(
          'summary',
          {},
          h('span', { class: 'type-chip', style: `--chip:${look.color}` }, look.label),
          ` ${relations.length}`,
        ),
        h('ul', { class: 'plain' }, items),
      ),
    ];
  });
}

function renderEntity(entity: EntityDetails, workspace: Workspace): (HTMLElement | null)[] {
  const look = KIND_LOOKS[entity.kind];
  const affiliation = entity.affiliation;
  return [
    h('h2', {}, entity.name),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'kind-chip', style: `--chip:${look.color}` }, look.label),
      ` · ${entity.relations.totalCount} relation${entity.relations.totalCount === 1 ? '' : 's'}`,
    ),
    entity.aliases.length > 0
      ? h('p', { class: 'aliases' }, 'Also: ', entity.aliases.join(', '))
      : null,
    affiliation
      ? h(
          'p',
          {},
          'Acts for ',
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => void workspace.focusEntity(affiliation.id),
            },
            affiliation.name,
          ),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', onclick: () => void workspace.expand(entity.id) },
        'Expand neighbours',
      ),
      h(
        'button',
        { type: 'button', onclick: () => void workspace.collapse(entity.id) },
        'Collapse',
      ),
    ),
    h('h3', {}, 'Relations'),
    ...relationGroups(entity, workspace),
    h('h3', {}, `Articles (${entity.articles.length})`),
    h(
      'ul',
      { class: 'plain articles' },
      entity.articles.map((article) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => void workspace.showArticle(article.id),
            },
            article.title,
          ),
          h(
            'span',
            { class: 'muted' },
            ` ${[article.source, article.date?.slice(0, 10)].filter(Boolean).join(' · ')}`,
          ),
        ),
      ),
    ),
  ];
}

export function createDetailsPanel(workspace: Workspace): HTMLElement {
  const body = h(
    'div',
    { class: 'panel-body' },
    h('p', { class: 'empty' }, 'Select an entity to see its details.'),
  );
  const panel = h(
    'section',
    { class: 'panel details', 'data-testid': 'details', 'aria-label': 'Entity details' },
    body,
  );
  let ticket = 0;
  let shown: string | null = null;
  // The view was replaced or the entity hidden: its details no longer match the view.
  workspace.events.on('gone', (ids) => {
    if (shown === null || !ids.has(shown)) return;
    ticket += 1;
    shown = null;
    replaceChildren(body, h('p', { class: 'empty' }, 'Select an entity to see its details.'));
  });
  workspace.events.on('selectNode', async (id) => {
    const mine = ++ticket;
    shown = id;
    replaceChildren(body, h('p', { class: 'empty' }, 'Loading…'));
    try {
      const entity = await explorerApi.entity(id);
      if (mine !== ticket) return;
      if (!entity)
        replaceChildren(body, h('p', { class: 'empty' }, 'This entity is not in view data.'));
      else replaceChildren(body, renderEntity(entity, workspace));
    } catch (error) {
      replaceChildren(body, h('p', { class: 'error' }, errorText(error)));
    }
  });
  return panel;
}
