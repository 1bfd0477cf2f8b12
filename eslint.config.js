import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain, lib, components/ui, locales → features → app → main.
// Features never import each other; they meet in app/.
const featureNames = [
  'compare',
  'decide',
  'routes-table',
  'score-radar',
  'share',
  'trend-overview',
  'language-switch',
  'theme-switch',
  'import',
  'offline',
];

export default defineConfig([
  globalIgnores(['dist', 'dist-harness', 'coverage', 'playwright-report', 'test-results', 'node_modules']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      reactHooks.configs.flat.recommended,
      prettier,
    ],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'import-x/no-cycle': 'error',
      // zod comes configured from src/domain/zod.ts (no eval on the page, see there).
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Import from src/domain/zod instead.' }] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: ['./src/app', './src/features', './src/components', './src/lib'] },
            { target: './src/lib', from: ['./src/app', './src/features'] },
            { target: './src/components', from: ['./src/app', './src/features'] },
            { target: './src/features', from: './src/app' },
            ...featureNames.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/zod.ts', 'src/domain/zod-mini.ts', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Asymmetric matchers (expect.objectContaining …) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended, prettier],
    // Scripts run in Node but hand callbacks to the page (page.evaluate), so both sets apply.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
