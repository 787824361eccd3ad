import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'client/dist',
      'data',
      'bench/results',
      'coverage',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Only the adapters touch their drivers.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['server/store/neo4j/**', 'test/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'Only server/store/neo4j talks to neo4j-driver.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['server/store/kuzu/**', 'test/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'kuzu', message: 'Only server/store/kuzu talks to kuzu.' }] },
      ],
    },
  },
);
