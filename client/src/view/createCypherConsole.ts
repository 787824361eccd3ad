/**
 * Cypher console: a CodeMirror editor with Cypher highlighting, Ctrl+Enter runs, results as a
 * table and, when rows hold nodes or relationships, as a graph in the main view. Read-only is
 * the server's guarantee; errors show inline.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { runCypher } from '../api/runCypher.js';
import type { CypherResponse } from '../api/runCypher.js';
import type { Workspace } from '../app/Workspace.js';
import { cypherToElements } from '../graph/cypherToElements.js';
import { errorText, h, replaceChildren } from './dom.js';

export const EXAMPLE_QUERIES: readonly { label: string; query: string }[] = [
  {
    label: 'Who supplies whom',
    query:
      'MATCH (s)-[r:SUPPLIES]->(t)\nRETURN s.name AS supplier, t.name AS recipient, r.claimCount AS claims\nORDER BY claims DESC',
  },
  {
    label: 'Condemnations as a graph',
    query: 'MATCH (s)-[r:CONDEMNS]->(t)\nRETURN s, r, t\nLIMIT 100',
  },
  {
    label: 'Officials and who they act for',
    query:
      'MATCH (o:Official)\nRETURN o.name AS official, o.affiliation AS actsFor\nORDER BY official',
  },
  {
    label: 'Most connected states',
    query:
      'MATCH (s:State)-[r]-()\nRETURN s.name AS state, count(r) AS relations\nORDER BY relations DESC\nLIMIT 10',
  },
];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const record = value as { kind?: string; properties?: Record<string, unknown>; type?: string };
    if (record.kind === 'node')
      return `(${String(record.properties?.name ?? record.properties?.title ?? record.properties?.id ?? 'node')})`;
    if (record.kind === 'relationship') return `[:${record.type ?? ''}]`;
    return JSON.stringify(value);
  }
  return String(value);
}

function resultTable(result: CypherResponse): HTMLElement {
  return h(
    'table',
    { class: 'results' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        result.columns.map((column) => h('th', { scope: 'col' }, column)),
      ),
    ),
    h(
      'tbody',
      {},
      result.rows.map((row) =>
        h(
          'tr',
          {},
          result.columns.map((column) => h('td', {}, cellText(row[column]))),
        ),
      ),
    ),
  );
}

export function createCypherConsole(workspace: Workspace): HTMLElement {
  const results = h(
    'div',
    {
      class: 'cypher-results',
      'data-testid': 'cypher-results',
      role: 'region',
      'aria-label': 'Query results',
      'aria-live': 'polite',
    },
    h('p', { class: 'hint' }, 'Ctrl+Enter runs the query. The console is read-only.'),
  );
  const run = async () => {
    const query = editor.state.doc.toString().trim();
    if (!query) return;
    replaceChildren(results, h('p', { class: 'hint' }, 'Running…'));
    const started = performance.now();
    try {
      const result = await runCypher(query);
      const ms = Math.round(performance.now() - started);
      const elements = cypherToElements(result.rows);
      const summary = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (cut at the row cap)' : ''} · ${ms} ms`;
      replaceChildren(
        results,
        h(
          'div',
          { class: 'results-bar' },
          h('span', {}, summary),
          elements.length > 0
            ? h(
                'button',
                {
                  type: 'button',
                  onclick: () => void workspace.showElements(elements, 'show query result'),
                },
                `Show ${elements.length} elements as graph`,
              )
            : null,
        ),
        resultTable(result),
      );
    } catch (error) {
      replaceChildren(results, h('p', { class: 'error', role: 'alert' }, errorText(error)));
    }
  };
  const editor = new EditorView({
    state: EditorState.create({
      doc: EXAMPLE_QUERIES[0]?.query ?? '',
      extensions: [
        keymap.of([
          { key: 'Mod-Enter', run: () => (void run(), true) },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        history(),
        lineNumbers(),
        placeholder('MATCH (n) RETURN n LIMIT 10'),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'data-testid': 'cypher-input',
          'aria-label': 'Cypher query',
        }),
      ],
    }),
  });
  const examples = h(
    'select',
    { 'aria-label': 'Example queries' },
    h('option', { value: '' }, 'Examples…'),
    EXAMPLE_QUERIES.map((example, index) => h('option', { value: String(index) }, example.label)),
  );
  examples.addEventListener('change', () => {
    const example = EXAMPLE_QUERIES[Number(examples.value)];
    if (example)
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: example.query } });
    examples.value = '';
    editor.focus();
  });
  return h(
    'div',
    { class: 'cypher' },
    h(
      'div',
      { class: 'cypher-editor' },
      h(
        'div',
        { class: 'cypher-bar' },
        examples,
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-testid': 'cypher-run',
            onclick: () => void run(),
            title: 'Ctrl+Enter',
          },
          'Run ▶',
        ),
      ),
      editor.dom,
    ),
    results,
  );
}
