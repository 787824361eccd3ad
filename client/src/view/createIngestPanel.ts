/**
 * Ingest: paste text or drop files, preview what the extractor would draw, then load it with the
 * API token (kept for this browser tab only).
 */
import { explorerApi } from '../api/explorerApi.js';
import type { IngestOutcome, Preview } from '../api/explorerApi.js';
import type { Workspace } from '../app/Workspace.js';
import { KIND_LOOKS, RELATION_LOOKS } from '../graph/palette.js';
import { errorText, h, replaceChildren } from './dom.js';

const TOKEN_KEY = 'entente.apiToken';

function renderPreview(preview: Preview): HTMLElement[] {
  const names = new Map(preview.entities.map((entity) => [entity.id, entity.name]));
  return [
    h('h4', {}, `Entities (${preview.entities.length})`),
    h(
      'ul',
      { class: 'plain chips' },
      preview.entities.map((entity) =>
        h('li', { class: 'chip', style: `--chip:${KIND_LOOKS[entity.kind].color}` }, entity.name),
      ),
    ),
    h('h4', {}, `Relations (${preview.relations.length})`),
    h(
      'ul',
      { class: 'plain preview-relations' },
      preview.relations.map((relation) =>
        h(
          'li',
          {},
          `${names.get(relation.source) ?? relation.source} `,
          h(
            'span',
            { class: 'type-chip', style: `--chip:${RELATION_LOOKS[relation.type].color}` },
            RELATION_LOOKS[relation.type].label,
          ),
          ` ${names.get(relation.target) ?? relation.target}`,
          h('span', { class: 'muted' }, ` (${relation.status.toLowerCase()})`),
        ),
      ),
    ),
    ...preview.diagnostics.map((line) => h('p', { class: 'hint' }, line)),
  ];
}

function reportLine(outcome: IngestOutcome): string {
  if (outcome.status === 'FAILED')
    return `Article ${outcome.index + 1}: failed — ${outcome.reason ?? 'no reason given'}`;
  return `Article ${outcome.index + 1}: ${outcome.status.toLowerCase()}, ${outcome.claims} claims`;
}

export function createIngestPanel(workspace: Workspace): HTMLElement {
  const text = h('textarea', {
    rows: 8,
    placeholder: 'Paste an article, or drop .txt files here',
    'aria-label': 'Article text',
    'data-testid': 'ingest-text',
  });
  const title = h('input', {
    type: 'text',
    placeholder: 'Title (optional)',
    'aria-label': 'Title',
  });
  const source = h('input', {
    type: 'text',
    placeholder: 'Source, e.g. Reuters (optional)',
    'aria-label': 'Source',
  });
  const token = h('input', {
    type: 'password',
    placeholder: 'API token',
    'aria-label': 'API token',
    autocomplete: 'off',
    'data-testid': 'ingest-token',
  });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const output = h('div', {
    class: 'ingest-output',
    role: 'status',
    'data-testid': 'ingest-output',
  });
  let files: { name: string; text: string }[] = [];

  text.addEventListener('dragover', (event) => event.preventDefault());
  text.addEventListener('drop', async (event) => {
    event.preventDefault();
    const dropped = [...(event.dataTransfer?.files ?? [])];
    files = await Promise.all(
      dropped.map(async (file) => ({ name: file.name, text: await file.text() })),
    );
    text.value = files.map((file) => file.text).join('\n\n');
    replaceChildren(
      output,
      h(
        'p',
        { class: 'hint' },
        `${files.length} file(s) ready: ${files.map((f) => f.name).join(', ')}`,
      ),
    );
  });
  text.addEventListener('input', () => (files = []));

  const inputs = () => {
    const meta = {
      ...(title.value ? { title: title.value } : {}),
      ...(source.value ? { source: source.value } : {}),
    };
    if (files.length > 1) return files.map((file) => ({ text: file.text, ...meta }));
    return text.value.trim() ? [{ text: text.value, ...meta }] : [];
  };
  const preview = async () => {
    const first = inputs()[0];
    if (!first)
      return replaceChildren(output, h('p', { class: 'error' }, 'Paste some text first.'));
    replaceChildren(output, h('p', { class: 'hint' }, 'Reading…'));
    try {
      replaceChildren(output, renderPreview(await explorerApi.preview(first.text)));
    } catch (error) {
      replaceChildren(output, h('p', { class: 'error' }, errorText(error)));
    }
  };
  const load = async () => {
    const articles = inputs();
    if (articles.length === 0)
      return replaceChildren(output, h('p', { class: 'error' }, 'Paste some text first.'));
    if (!token.value) {
      token.focus();
      return replaceChildren(
        output,
        h(
          'p',
          { class: 'error' },
          'Loading needs the API token (ENTENTE_API_TOKEN on the server).',
        ),
      );
    }
    sessionStorage.setItem(TOKEN_KEY, token.value);
    replaceChildren(output, h('p', { class: 'hint' }, 'Loading…'));
    try {
      const outcomes = await explorerApi.ingest(articles, token.value);
      const lines = outcomes.map((outcome) =>
        h('li', { class: outcome.status === 'FAILED' ? 'error' : '' }, reportLine(outcome)),
      );
      replaceChildren(output, h('ul', { class: 'plain' }, lines));
      workspace.events.emit('articlesChanged', null);
      for (const outcome of outcomes) {
        if (!outcome.articleId || outcome.status === 'FAILED') continue;
        const article = await explorerApi.article(outcome.articleId);
        if (!article) continue;
        const added = await workspace.addSubgraph(
          article.entities,
          article.relations,
          'load article',
        );
        output.append(
          h(
            'p',
            { class: 'hint' },
            `${added.filter((id) => workspace.view.cy.getElementById(id).isNode()).length} new entities shown (yellow ring).`,
          ),
        );
      }
    } catch (error) {
      replaceChildren(output, h('p', { class: 'error' }, errorText(error)));
    }
  };
  return h(
    'div',
    { class: 'tab-body ingest' },
    text,
    title,
    source,
    token,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', onclick: () => void preview(), 'data-testid': 'ingest-preview' },
        'Preview',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => void load(),
          'data-testid': 'ingest-load',
        },
        'Load',
      ),
    ),
    output,
  );
}
