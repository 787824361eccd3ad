/** Exports of the current view: PNG picture, JSON of the visible elements, CSV of their evidence. */
import { explorerApi } from '../api/explorerApi.js';
import type { ClaimedRelation } from '../api/explorerApi.js';
import type { EdgeData } from '../graph/toElements.js';
import { isClaimless } from '../graph/types.js';
import { toEvidenceCsv } from '../graph/toEvidenceCsv.js';
import type { EvidenceRow } from '../graph/toEvidenceCsv.js';
import { download } from '../view/dom.js';
import type { Workspace } from './Workspace.js';

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

export function exportPng(workspace: Workspace): void {
  const blob = workspace.view.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  download(`entente-view-${stamp()}.png`, blob);
}

export function exportJson(workspace: Workspace): void {
  const { cy } = workspace.view;
  const visible = cy.elements().not('.filtered');
  const payload = {
    exportedAt: new Date().toISOString(),
    url: window.location.href,
    nodes: visible.nodes().map((node) => ({ ...node.data(), position: node.position() })),
    edges: visible.edges().map((edge) => edge.data()),
  };
  download(`entente-view-${stamp()}.json`, JSON.stringify(payload, null, 2), 'application/json');
}

function rowsOf(relation: ClaimedRelation): EvidenceRow[] {
  return relation.claims.map((claim) => ({
    relationId: relation.id,
    type: relation.type,
    source: relation.source.name,
    target: relation.target.name,
    status: claim.status,
    quote: claim.quote,
    articleTitle: claim.article.title,
    articleDate: claim.article.date ?? '',
    articleSource: claim.article.source ?? '',
    articleUrl: claim.article.url ?? '',
  }));
}

/** One request per visible edge with claims (the API's cost limit keeps requests small). */
export async function exportEvidenceCsv(workspace: Workspace): Promise<number> {
  const edges = workspace.view.cy
    .edges()
    .not('.filtered')
    .map((edge) => edge.data() as EdgeData)
    .filter((edge) => !isClaimless(edge.type));
  const rows: EvidenceRow[] = [];
  for (const edge of edges) {
    const relation = await explorerApi.relationClaims(edge.id);
    if (relation) rows.push(...rowsOf(relation));
  }
  download(`entente-evidence-${stamp()}.csv`, toEvidenceCsv(rows), 'text/csv');
  return rows.length;
}
