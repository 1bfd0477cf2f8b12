import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain → lib, hooks, components/ui → features → app → entries.
// Features never import each other; they meet in app/. The list is the folders under src/features.
const featureNames = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

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
    plugins: { 'import-x': importX, 'check-file': checkFile },
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
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        // `import.worker.ts`, `i18next.d.ts`, `*.test.ts`: a kebab-case name with its role after a dot.
        { ignoreMiddleExtensions: true },
      ],
      // Tests sit beside the code in `__tests__`, the one folder name that is not kebab-case.
      'check-file/folder-naming-convention': ['error', { 'src/**/!(__tests__)/': 'KEBAB_CASE' }],
      // zod comes configured from src/domain/zod.ts (no eval on the page, see there).
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Import from src/domain/zod instead.' }] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/app', './src/features', './src/components', './src/hooks', './src/lib'],
            },
            { target: './src/lib', from: ['./src/app', './src/features', './src/components', './src/hooks'] },
            { target: './src/hooks', from: ['./src/app', './src/features', './src/components'] },
            { target: './src/components', from: ['./src/app', './src/features'] },
            { target: './src/features', from: './src/app' },
            // A feature's model is pure: it builds on the shared kernel alone.
            ...featureNames.map((name) => ({
              target: `./src/features/${name}/model`,
              from: './src',
              except: ['./domain', `./features/${name}/model`],
            })),
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
    // A feature's model has no React: it is pure TypeScript, tested without a renderer.
    files: ['src/features/*/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Import from src/domain/zod instead.' }],
          patterns: [{ regex: '^react(-dom)?(/|$)', message: 'A model is pure TypeScript: no React.' }],
        },
      ],
    },
  },
  {
    files: ['src/domain/zod.ts', 'src/domain/zod-mini.ts', 'tests/**/*.{ts,tsx}', 'src/**/__tests__/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // A test renders through the app's one provider tree, and a journey or a round trip (export,
    // then import) crosses capabilities on purpose; the zones bind the product's code.
    files: ['src/**/__tests__/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'src/**/__tests__/**', '*.config.ts'],
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
