/** The explorer page: builds the panels around the one graph view and loads the first view. */
import './styles.css';
import { Workspace } from './app/Workspace.js';
import { createArticlesPanel } from './view/createArticlesPanel.js';
import { createBlocsPanel } from './view/createBlocsPanel.js';
import { createCypherConsole } from './view/createCypherConsole.js';
import { createDetailsPanel } from './view/createDetailsPanel.js';
import { createEvidencePanel } from './view/createEvidencePanel.js';
import { createFiltersPanel } from './view/createFiltersPanel.js';
import { createGraphView } from './view/createGraphView.js';
import { createIngestPanel } from './view/createIngestPanel.js';
import { createLegend } from './view/createLegend.js';
import { createNoticeBar } from './view/createNoticeBar.js';
import { createPathsPanel } from './view/createPathsPanel.js';
import { createTabs } from './view/createTabs.js';
import { createToolbar } from './view/createToolbar.js';
import { h } from './view/dom.js';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function bindKeys(workspace: Workspace): void {
  document.addEventListener('keydown', (event) => {
    if (isTyping(event.target)) return;
    if ((event.ctrlKey || event.metaKey) && event.key === 'z') {
      event.preventDefault();
      workspace.undo();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      void workspace.hide(workspace.view.cy.$(':selected').map((element) => element.id()));
    }
  });
}

async function start(root: HTMLElement): Promise<void> {
  const canvas = h('div', { class: 'canvas', 'aria-label': 'Relationship graph', role: 'img' });
  const workspace = new Workspace(createGraphView(canvas));
  const busy = h('div', { class: 'busy', hidden: true }, 'Working…');
  workspace.events.on('busy', (on) => (busy.hidden = !on));
  const console = createCypherConsole(workspace);
  const drawer = h(
    'details',
    { class: 'drawer', 'data-testid': 'cypher-drawer' },
    h('summary', {}, 'Cypher console'),
    console,
  );
  root.append(
    createToolbar(workspace),
    h(
      'main',
      { class: 'workspace' },
      h(
        'aside',
        { class: 'sidebar left', 'aria-label': 'Tools' },
        createTabs('Tools', [
          { id: 'filters', label: 'Filters', content: createFiltersPanel(workspace) },
          { id: 'paths', label: 'Paths', content: createPathsPanel(workspace) },
          { id: 'blocs', label: 'Blocs', content: createBlocsPanel(workspace) },
          { id: 'articles', label: 'Articles', content: createArticlesPanel(workspace) },
          { id: 'ingest', label: 'Ingest', content: createIngestPanel(workspace) },
        ]),
      ),
      h(
        'section',
        { class: 'stage' },
        createNoticeBar(workspace),
        canvas,
        createLegend(),
        busy,
        drawer,
      ),
      h(
        'aside',
        { class: 'sidebar right', 'aria-label': 'Inspector' },
        createDetailsPanel(workspace),
        createEvidencePanel(workspace),
      ),
    ),
  );
  workspace.view.cy.resize();
  bindKeys(workspace);
  await loadInitial(workspace);
}

async function loadInitial(workspace: Workspace): Promise<void> {
  const { article, focus, selected, alliance } = workspace.state;
  if (article) await workspace.showArticle(article);
  else await workspace.loadOverview();
  if (focus) await workspace.focusEntity(focus);
  if (alliance) await workspace.setAlliance(true);
  if (selected) {
    const element = workspace.view.cy.getElementById(selected);
    if (element.nonempty()) element.select();
  }
  document.body.dataset.ready = 'true';
}

const root = document.getElementById('app');
if (root) void start(root);
