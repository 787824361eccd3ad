import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname);

// Two pages: the explorer (index.html) and the offline GraphQL IDE (graphiql.html).
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        explorer: resolve(root, 'index.html'),
        graphiql: resolve(root, 'graphiql.html'),
      },
      // GraphiQL's React dependencies mark themselves "use client", which means nothing in a
      // bundle for the browser; the warning would repeat for every one of them.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' } },
});
