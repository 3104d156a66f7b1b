// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import boundaries (ARCHITECTURE.md rule 1); module entry rules live in scripts/check-conventions.ts. */
const boundary = (patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group.from], message: group.message })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'src/server/platform/http/api-docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary([
        {
          from: '**/server/**',
          message: 'The web app talks to the server only over HTTP (src/shared holds the contracts).',
        },
      ]),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: boundary([{ from: '**/web/**', message: 'The server never imports the web app.' }]),
  },
  {
    // ADR 0026: a start loads none of these; the server reaches them through platform/files/load-*.ts.
    files: ['src/server/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/server/platform/files/load-*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        ...['exceljs', 'sharp', 'pdf-lib'].map((name) => ({
          name,
          allowTypeImports: true,
          message: `Load ${name} on first use through platform/files/load-*.ts (ADR 0026: cold start).`,
        })),
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: boundary([
      { from: '**/server/**', message: 'src/shared is imported by both sides and imports neither.' },
      { from: '**/web/**', message: 'src/shared is imported by both sides and imports neither.' },
    ]),
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'scripts/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
