import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.data/', 'e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/sandbox/public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Command-line entry points and scripts talk to a terminal on purpose.
    files: ['cli/**', 'scripts/**', 'e2e/demo.ts', 'e2e/*/record.ts', '**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
