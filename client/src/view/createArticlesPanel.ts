/**
 * Articles: the list of loaded articles; choosing one shows its subgraph and its text with the
 * extracted sentences marked (as DOM text, never HTML).
 */
import { explorerApi } from '../api/explorerApi.js';
import type { ArticleDetails } from '../api/explorerApi.js';
import type { Workspace } from '../app/Workspace.js';
import { toSegments } from '../graph/toSegments.js';
import type { Span } from '../graph/toSegments.js';
import { errorText, h, replaceChildren } from './dom.js';

function sentenceSpans(article: ArticleDetails): Span[] {
  return article.relations.flatMap((relation) =>
    relation.claims
      .filter((claim) => claim.article.id === article.id)
      .map((claim) => ({ start: claim.start, end: claim.end, tag: relation.type })),
  );
}

export function renderArticleText(article: ArticleDetails): HTMLElement {
  const segments = toSegments(article.text, sentenceSpans(article));
  return h(
    'div',
    { class: 'article-text', 'data-testid': 'article-text' },
    segments.map((segment) =>
      segment.mark
        ? h(
            'mark',
            { class: `rel-${(segment.tag ?? '').toLowerCase()}`, title: segment.tag },
            segment.text,
          )
        : segment.text,
    ),
  );
}

export function createArticlesPanel(workspace: Workspace): HTMLElement {
  const list = h('ul', { class: 'plain article-list' });
  const reader = h('div', { class: 'reader' });
  const refresh = async () => {
    try {
      const { nodes, totalCount } = await explorerApi.articles(100);
      replaceChildren(
        list,
        nodes.map((article) =>
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
              'div',
              { class: 'muted' },
              [article.source, article.date?.slice(0, 10)].filter(Boolean).join(' · ') || 'undated',
            ),
          ),
        ),
        totalCount > nodes.length
          ? h('li', { class: 'hint' }, `${totalCount - nodes.length} more not listed.`)
          : null,
      );
    } catch (error) {
      replaceChildren(list, h('li', { class: 'error' }, errorText(error)));
    }
  };
  workspace.events.on('article', (article) => {
    replaceChildren(
      reader,
      h('h3', {}, article.title),
      h(
        'p',
        { class: 'muted' },
        [article.source, article.date?.slice(0, 10)].filter(Boolean).join(' · '),
      ),
      h('p', { class: 'hint' }, 'Marked: sentences the extractor drew a relation from.'),
      renderArticleText(article),
    );
  });
  workspace.events.on('articlesChanged', () => void refresh());
  void refresh();
  return h(
    'div',
    { class: 'tab-body articles' },
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => void refresh() }, 'Refresh'),
    ),
    list,
    reader,
  );
}
