// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import boundaries: dependencies point one way,
 * domain ← db ← services ← server, cli; web → domain (+ type-only API schemas).
 * @param {string[]} forbidden package names this package may not import
 * @param {string} [why]
 */
const boundary = (forbidden, why = 'dependencies point one way (docs/ARCHITECTURE.md)') => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((name) => ({ group: [name, `${name}/*`], message: why })),
    },
  ],
});

const io = ['node:*', 'fs', 'path', 'kysely', 'fastify', 'react', 'pg', 'better-sqlite3'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'packages/web/dist/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...boundary(
        [
          '@frontrunner/db',
          '@frontrunner/services',
          '@frontrunner/server',
          '@frontrunner/cli',
          '@frontrunner/web',
          ...io,
        ],
        'the domain core is pure: no I/O, no frameworks, no other package',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'pass time in; the domain core has no clock' },
        { object: 'process', property: 'env', message: 'config is read once in server/config.ts' },
      ],
    },
  },
  {
    files: ['packages/db/src/**/*.ts'],
    rules: boundary([
      '@frontrunner/services',
      '@frontrunner/server',
      '@frontrunner/cli',
      '@frontrunner/web',
    ]),
  },
  {
    files: ['packages/services/src/**/*.ts'],
    rules: boundary(['@frontrunner/server', '@frontrunner/cli', '@frontrunner/web', 'fastify']),
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: boundary(['@frontrunner/cli', '@frontrunner/web']),
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: boundary(['@frontrunner/web']),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary([
        '@frontrunner/db',
        '@frontrunner/services',
        '@frontrunner/cli',
        'kysely',
        'fastify',
        'node:*',
      ]),
    },
  },
);
