// Lint for the whole project: typescript-eslint's recommended rules with type information off (fast),
// eslint-plugin-svelte for the renderer. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter that a signature needs but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // `{' '}` and `{', '}` keep a space between inline items exactly where the page needs one; as bare
      // text, formatting would move or drop it.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: {
      // Playwright's fixture API needs a destructuring first parameter, even when it uses no other fixture.
      'no-empty-pattern': 'off',
    },
  },
);
