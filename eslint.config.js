import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'test-output/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The domain knows nothing of HTTP, rendering or storage. (Its tests may use the in-memory
    // counter from storage rather than a copy of it.)
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/web/**', '**/storage/**', '**/render/**'],
              message: 'src/domain must not import from web, storage or render.',
            },
            {
              group: ['fastify', 'kysely', 'better-sqlite3', 'pg'],
              message: 'src/domain must not depend on HTTP or database libraries.',
            },
          ],
        },
      ],
    },
  },
);
