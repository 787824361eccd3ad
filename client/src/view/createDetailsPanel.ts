/** Entity details: kind, aliases, affiliation, relations grouped by type with counts, articles. */
import { explorerApi } from '../api/explorerApi.js';
import type { EntityDetails } from '../api/explorerApi.js';
import type { Workspace } from '../app/Workspace.js';
import { KIND_LOOKS, RELATION_LOOKS } from '../graph/palette.js';
import { RELATION_TYPES } from '../graph/types.js';
import { createSelectionPanel } from './createSelectionPanel.js';
import { errorText, h } from './dom.js';

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
      // Claim relations, as the node's size in the graph counts them (REPRESENTS is shown below).
      ` · ${entity.degree} relation${entity.degree === 1 ? '' : 's'}`,
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
  const details = createSelectionPanel(workspace, {
    name: 'details',
    label: 'Entity details',
    emptyText: 'Select an entity to see its details.',
  });
  workspace.events.on('selectNode', async (id) => {
    const isCurrent = details.select(id);
    details.showNote('Loading…');
    try {
      const entity = await explorerApi.entity(id);
      if (!isCurrent()) return;
      if (!entity) details.showNote('This entity is not in view data.');
      else details.show(renderEntity(entity, workspace));
    } catch (error) {
      details.showNote(errorText(error), 'error');
    }
  });
  return details.panel;
}
