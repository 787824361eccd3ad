/**
 * The explorer's use cases over one graph view: load, focus, expand, hide, collapse, undo,
 * filter, lay out, colour by bloc, highlight paths, show an article. Panels call these and
 * listen to its events; the URL mirrors its state.
 */
import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { explorerApi } from '../api/explorerApi.js';
import type { ArticleDetails } from '../api/explorerApi.js';
import { applyFilters } from '../graph/applyFilters.js';
import type { Filters } from '../graph/Filters.js';
import type { LayoutName } from '../graph/layoutOptions.js';
import { toBlocColors } from '../graph/toBlocColors.js';
import type { BlocColoring } from '../graph/toBlocColors.js';
import { toElements } from '../graph/toElements.js';
import type { GraphEntity, GraphRelation } from '../graph/types.js';
import { UndoHistory } from '../graph/UndoHistory.js';
import { checkBudget, VIEW_BUDGET } from '../graph/viewBudget.js';
import { fromSearchParams, toSearchParams } from '../graph/ViewState.js';
import type { ViewState } from '../graph/ViewState.js';
import type { GraphView, Snapshot } from '../view/createGraphView.js';
import { Emitter } from './Emitter.js';

export interface Notice {
  message: string;
  tone: 'info' | 'warn' | 'error';
  action?: { label: string; run: () => void };
}

export interface WorkspaceEvents extends Record<string, unknown> {
  selectNode: string;
  selectEdge: string;
  selectNone: null;
  state: ViewState;
  notice: Notice | null;
  blocs: BlocColoring | null;
  history: string | null;
  article: ArticleDetails;
  busy: boolean;
  articlesChanged: null;
  /** Ids of elements no longer in view. */
  gone: ReadonlySet<string>;
}

export class Workspace {
  readonly events = new Emitter<WorkspaceEvents>();
  private readonly history = new UndoHistory<Snapshot>(30);
  state: ViewState;
  private blocColoring: BlocColoring | null = null;
  private readonly removed = new Set<string>();

  constructor(readonly view: GraphView) {
    this.state = fromSearchParams(window.location.search);
    const { cy } = view;
    cy.on('select', 'node', (event) => this.onSelect('selectNode', event.target.id()));
    cy.on('select', 'edge', (event) => this.onSelect('selectEdge', event.target.id()));
    cy.on('unselect', () => {
      if (cy.$(':selected').empty()) this.onSelect('selectNone', null);
    });
    cy.on('dbltap', 'node', (event) => void this.expand(event.target.id()));
    // Replacing the view, undo, hide and collapse remove elements without unselecting them.
    cy.on('remove', (event) => {
      if (this.removed.size === 0) queueMicrotask(() => this.reportGone());
      this.removed.add(event.target.id());
    });
  }

  /** Tells panels which removed elements did not come back in the same change. */
  private reportGone(): void {
    const gone = new Set([...this.removed].filter((id) => this.view.cy.getElementById(id).empty()));
    this.removed.clear();
    if (gone.size === 0) return;
    if (this.state.selected && gone.has(this.state.selected)) this.update({ selected: null });
    this.events.emit('gone', gone);
  }

  private onSelect(kind: 'selectNode' | 'selectEdge' | 'selectNone', id: string | null): void {
    this.update({ selected: id });
    if (kind === 'selectNone') this.events.emit('selectNone', null);
    else this.events.emit(kind, id ?? '');
  }

  update(change: Partial<ViewState>): void {
    this.state = { ...this.state, ...change };
    const url = `${window.location.pathname}${toSearchParams(this.state)}`;
    window.history.replaceState(null, '', url);
    this.events.emit('state', this.state);
  }

  notify(notice: Notice | null): void {
    this.events.emit('notice', notice);
  }

  /** Runs an action that changes the elements, so that it can be undone. */
  private async recorded(label: string, action: () => Promise<void>): Promise<void> {
    const before = this.view.snapshot();
    this.events.emit('busy', true);
    try {
      await action();
      this.history.push(label, before);
      this.events.emit('history', this.history.peekLabel());
    } catch (error) {
      this.notify({
        message: error instanceof Error ? error.message : String(error),
        tone: 'error',
      });
    } finally {
      this.events.emit('busy', false);
    }
  }

  /** The elements in view with these ids. */
  collect(ids: readonly string[]): cytoscape.Collection {
    const wanted = new Set(ids);
    return this.view.cy.elements().filter((element) => wanted.has(element.id()));
  }

  undo(): void {
    const entry = this.history.pop();
    if (!entry) return;
    this.view.restore(entry.snapshot);
    this.refreshClasses();
    this.events.emit('history', this.history.peekLabel());
    this.notify({ message: `Undone: ${entry.label}.`, tone: 'info' });
  }

  /** Adds elements unless they would blow the view budget; then offers a filter instead. */
  private admit(elements: ElementDefinition[], anchorId?: string): string[] | null {
    const incoming = elements.filter((e) => this.view.cy.getElementById(String(e.data.id)).empty());
    const budget = checkBudget(this.view.cy.elements().length, incoming.length);
    if (!budget.fits) {
      this.notify({
        message: `That would show ${budget.total.toLocaleString()} elements (budget ${budget.max.toLocaleString()}). Filter first to keep the view responsive.`,
        tone: 'warn',
        action: {
          label: 'Only relations with 2+ claims',
          run: () => this.setFilters({ ...this.state.filters, minClaims: 2 }),
        },
      });
      return null;
    }
    return this.view.merge(elements, anchorId).addedIds;
  }

  private refreshClasses(): void {
    applyFilters(this.view.cy, this.state.filters);
    this.paintBlocs();
  }

  async loadOverview(): Promise<void> {
    this.events.emit('busy', true);
    try {
      const elements: ElementDefinition[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const page = await explorerApi.overviewPage(VIEW_BUDGET.relationsPerPage, after, null);
        total = page.totalCount;
        elements.push(...toElements(overviewSubgraph(page.nodes)));
        if (!page.pageInfo.hasNextPage || elements.length >= VIEW_BUDGET.maxElements) break;
        after = page.pageInfo.endCursor;
      }
      this.view.replace(dedupe(elements));
      this.refreshClasses();
      await this.view.layout(this.state.layout, { keepPositions: false });
      const shown = this.view.cy.edges().length;
      if (shown < total) {
        this.notify({
          message: `Showing ${shown} of ${total} relations. Search or filter to narrow down.`,
          tone: 'warn',
        });
      }
    } catch (error) {
      this.notify({
        message: `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'error',
      });
    } finally {
      this.events.emit('busy', false);
    }
  }

  /** Centres and selects an entity, loading its neighbourhood first when it is not in view. */
  async focusEntity(id: string): Promise<void> {
    const { cy } = this.view;
    if (cy.getElementById(id).empty()) {
      await this.recorded('show entity', async () => {
        const subgraph = await explorerApi.neighborhood(id, 1);
        this.admit(toElements(subgraph));
        this.refreshClasses();
        await this.view.layout(this.state.layout, {
          keepPositions: cy.nodes().length > subgraph.nodes.length,
        });
      });
    }
    this.update({ focus: id });
    this.view.centre(id);
  }

  async expand(id: string): Promise<void> {
    const node = this.view.cy.getElementById(id);
    const name = node.nonempty() ? String(node.data('label')) : id;
    await this.recorded(`expand ${name}`, async () => {
      const subgraph = await explorerApi.neighborhood(id, 1);
      const added = this.admit(toElements(subgraph), id);
      if (added === null) return;
      this.refreshClasses();
      const fresh = this.collect(added);
      fresh.nodes().addClass('fresh');
      setTimeout(() => fresh.nodes().removeClass('fresh'), 2500);
      if (added.length > 0) await this.view.layout(this.state.layout, { keepPositions: true });
      const hint = subgraph.truncated ? ' (cut by the server limit)' : '';
      this.notify({
        message: `Expanded ${name}: ${added.length} new elements${hint}.`,
        tone: 'info',
      });
    });
  }

  async hide(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.recorded(`hide ${ids.length} element(s)`, async () => {
      this.collect(ids).remove();
    });
  }

  /** Removes the neighbours that hang only on this node (leaves), keeping shared ones. */
  async collapse(id: string): Promise<void> {
    const node = this.view.cy.getElementById(id);
    if (node.empty()) return;
    await this.recorded(`collapse ${String(node.data('label'))}`, async () => {
      const leaves = node
        .neighborhood('node')
        .filter((other) => other.neighborhood('node').length <= 1);
      leaves.remove();
    });
  }

  setFilters(filters: Filters): void {
    this.update({ filters });
    applyFilters(this.view.cy, filters);
  }

  async setLayout(layout: LayoutName): Promise<void> {
    this.update({ layout });
    await this.view.layout(layout, { keepPositions: true });
  }

  async setAlliance(on: boolean): Promise<void> {
    this.update({ alliance: on });
    if (on && !this.blocColoring) {
      try {
        this.blocColoring = toBlocColors(await explorerApi.blocs());
      } catch (error) {
        this.notify({
          message: `Could not load blocs: ${error instanceof Error ? error.message : String(error)}`,
          tone: 'error',
        });
      }
    }
    this.paintBlocs();
    this.events.emit('blocs', on ? this.blocColoring : null);
  }

  private paintBlocs(): void {
    const coloring = this.state.alliance ? this.blocColoring : null;
    this.view.cy.batch(() => {
      this.view.cy.nodes().forEach((node) => {
        const color = coloring?.colorOf.get(node.id());
        node.data('blocColor', color ?? null);
        node.toggleClass('bloc-member', Boolean(color));
        node.toggleClass('bloc-outsider', Boolean(coloring) && !color);
      });
    });
  }

  async showPaths(from: string, to: string): Promise<number> {
    let found = 0;
    await this.recorded('find paths', async () => {
      const paths = await explorerApi.paths(from, to, 4);
      found = paths.length;
      this.clearHighlight();
      if (paths.length === 0) return;
      const nodes = paths.flatMap((path) => path.nodes);
      const edges = paths.flatMap((path) => path.edges);
      const added = this.admit(toElements({ nodes, edges }), from);
      if (added === null) return;
      this.refreshClasses();
      if (added.length > 0)
        await this.view.layout(this.state.layout, { keepPositions: true, fit: false });
      const { cy } = this.view;
      const onPath = this.collect([...nodes, ...edges].map((item) => item.id));
      cy.elements().not(onPath).addClass('faded');
      onPath.addClass('path');
      cy.animate({ fit: { eles: onPath, padding: 80 } }, { duration: 300 });
    });
    return found;
  }

  clearHighlight(): void {
    this.view.cy.elements().removeClass('faded path');
  }

  async showArticle(id: string): Promise<void> {
    await this.recorded('show article', async () => {
      const article = await explorerApi.article(id);
      if (!article) throw new Error('That article is no longer stored.');
      this.view.replace(toElements({ nodes: article.entities, edges: article.relations }));
      this.refreshClasses();
      await this.view.layout(this.state.layout, { keepPositions: false });
      this.update({ article: id, focus: null });
      this.events.emit('article', article);
    });
  }

  async showElements(elements: ElementDefinition[], label: string): Promise<void> {
    await this.recorded(label, async () => {
      this.view.replace(elements);
      this.refreshClasses();
      await this.view.layout(this.state.layout, { keepPositions: false });
    });
  }

  /** Adds a subgraph (e.g. a freshly loaded article) and marks its new nodes. */
  async addSubgraph(
    nodes: GraphEntity[],
    edges: GraphRelation[],
    label: string,
  ): Promise<string[]> {
    let added: string[] = [];
    await this.recorded(label, async () => {
      added = this.admit(toElements({ nodes, edges })) ?? [];
      this.refreshClasses();
      await this.view.layout(this.state.layout, { keepPositions: true });
      this.collect(added).nodes().addClass('fresh');
    });
    return added;
  }
}

function overviewSubgraph(
  relations: (GraphRelation & { source: GraphEntity; target: GraphEntity })[],
) {
  const nodes = relations.flatMap((relation) => [relation.source, relation.target]);
  return { nodes, edges: relations };
}

function dedupe(elements: ElementDefinition[]): ElementDefinition[] {
  return [...new Map(elements.map((element) => [String(element.data.id), element])).values()];
}
