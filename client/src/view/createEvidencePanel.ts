/**
 * Evidence: every claim behind the selected edge, newest first, the quote shown as text with
 * the two entities' mentions marked (DOM text nodes, never HTML).
 */
import { explorerApi } from '../api/explorerApi.js';
import type { ClaimedRelation } from '../api/explorerApi.js';
import type { Workspace } from '../app/Workspace.js';
import { RELATION_LOOKS, STATUS_LOOKS } from '../graph/palette.js';
import { findMentions, toSegments } from '../graph/toSegments.js';
import type { EdgeData } from '../graph/toElements.js';
import { isClaimless } from '../graph/types.js';
import type { GraphClaim } from '../graph/types.js';
import { createSelectionPanel } from './createSelectionPanel.js';
import { errorText, h } from './dom.js';

export function quoteNode(quote: string, relation: ClaimedRelation): HTMLElement {
  const terms = [relation.source, relation.target].flatMap((entity) =>
    [entity.name, ...entity.aliases].map((term) => ({ term, tag: entity.id })),
  );
  const segments = toSegments(quote, findMentions(quote, terms));
  return h(
    'blockquote',
    { class: 'quote' },
    segments.map((segment) =>
      segment.mark ? h('mark', { 'data-entity': segment.tag }, segment.text) : segment.text,
    ),
  );
}

export function newestFirst(claims: readonly GraphClaim[]): GraphClaim[] {
  return [...claims].sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? ''));
}

function claimItem(claim: GraphClaim, relation: ClaimedRelation): HTMLElement {
  const article = claim.article;
  return h(
    'li',
    { class: 'claim' },
    quoteNode(claim.quote, relation),
    h(
      'p',
      { class: 'claim-meta' },
      h(
        'span',
        { class: `status status-${claim.status.toLowerCase()}` },
        STATUS_LOOKS[claim.status].label,
      ),
      ' ',
      article.url
        ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title)
        : h('span', { class: 'title' }, article.title),
      h(
        'span',
        { class: 'muted' },
        ` · ${[article.date?.slice(0, 10), article.source].filter(Boolean).join(' · ') || 'undated'}`,
      ),
      claim.speaker ? h('span', { class: 'muted' }, ` · said by ${claim.speaker.name}`) : null,
    ),
  );
}

function render(relation: ClaimedRelation): HTMLElement[] {
  const look = RELATION_LOOKS[relation.type];
  const claims = newestFirst(relation.claims);
  return [
    h(
      'h2',
      {},
      relation.source.name,
      h('span', { class: 'type-chip', style: `--chip:${look.color}` }, look.label),
      relation.target.name,
    ),
    h(
      'p',
      { class: 'meta' },
      `${claims.length} claim${claims.length === 1 ? '' : 's'}, newest first`,
    ),
    h(
      'ol',
      { class: 'plain claims' },
      claims.map((claim) => claimItem(claim, relation)),
    ),
  ];
}

/** A REPRESENTS edge has no claims: say where it comes from instead. */
function renderAffiliation(data: EdgeData, nameOf: (id: string) => string): HTMLElement[] {
  const look = RELATION_LOOKS[data.type];
  const official = nameOf(data.source);
  const affiliation = nameOf(data.target);
  return [
    h(
      'h2',
      {},
      official,
      h('span', { class: 'type-chip', style: `--chip:${look.color}` }, look.label),
      affiliation,
    ),
    h(
      'p',
      { class: 'meta affiliation-note' },
      `${official} acts for ${affiliation}: the articles name ${affiliation} as this official's affiliation. This link carries no claims, so there are no sentences to show; it lets paths and neighbourhoods go from an official to the state or organization they represent.`,
    ),
  ];
}

export function createEvidencePanel(workspace: Workspace): HTMLElement {
  const evidence = createSelectionPanel(workspace, {
    name: 'evidence',
    label: 'Evidence',
    emptyText: 'Click an edge to read the sentences behind it.',
  });
  workspace.events.on('selectEdge', async (id) => {
    const data = workspace.view.cy.getElementById(id).data() as EdgeData | undefined;
    if (!data) return;
    const isCurrent = evidence.select(id);
    if (isClaimless(data.type)) {
      const nameOf = (nodeId: string) =>
        String(workspace.view.cy.getElementById(nodeId).data('label') ?? nodeId);
      evidence.show(renderAffiliation(data, nameOf));
      return;
    }
    evidence.showNote('Loading evidence…');
    try {
      const relation = await explorerApi.relationClaims(id);
      if (!isCurrent()) return;
      if (!relation) evidence.showNote('No stored claims for this edge.');
      else evidence.show(render(relation));
    } catch (error) {
      evidence.showNote(errorText(error), 'error');
    }
  });
  return evidence.panel;
}
