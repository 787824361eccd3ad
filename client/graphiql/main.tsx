/**
 * The offline GraphQL IDE: GraphiQL 5 bundled by Vite (no CDN), its Monaco workers built as
 * same-origin worker chunks, the example operations preloaded as tabs.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './createFetcher.js';
import { EXAMPLE_OPERATIONS } from './exampleOperations.js';
import './graphiql.css';

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html lacks its #graphiql element');

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={createFetcher('/graphql')}
      defaultTabs={EXAMPLE_OPERATIONS}
      defaultEditorToolsVisibility="variables"
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
