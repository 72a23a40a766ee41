// @ts-check
// Lint rules: the recommended sets of ESLint, typescript-eslint (type-aware)
// and eslint-plugin-astro, plus a line-length limit. Formatting is left to the
// authors (no formatter runs): only lines too long to read in a diff are flagged.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'content/', '.cache/', 'bench-out/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The archive's text is Chinese: ideographic spaces (U+3000, the printed paragraph indent) in
      // fixtures, patterns and examples are meant. Irregular whitespace in code itself is still an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser reads types through the tsconfig (`project`), not the project service.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // Outside Astro's compiler, markup in a template expression has no type (the parser types
      // JSX elements and fragments as an error or `any`), so this rule would only report markup.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // The boundaries of DESIGN.md: ingest and site share only src/schema/ and src/text/; the
  // parser library is pure (no Node modules; files are read by src/ingest-run/); the search
  // wing takes what it shares with the site from src/text/, not from the site.
  {
    files: ['src/site/**', 'src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)ingest(-run)?/', message: 'The site knows nothing of raw text: take what it shares with ingest from src/schema/ or src/text/.' },
        { regex: '(^|/)bench/', message: 'The site does not import the benchmarks: what both need (measuring dist/) lives in src/site/.' },
      ] }],
    },
  },
  {
    files: ['src/search/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)(site|pages|components|layouts)/', message: 'Search does not import the site: move what both need to src/text/ or src/schema/.' },
      ] }],
    },
  },
  {
    files: ['src/ingest/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^node:', message: 'The parser library is pure: reading files and other Node work belongs in src/ingest-run/.' },
        { regex: '(^|/)(ingest-run|site|pages|components|layouts|search)/', message: 'The parser library imports only itself, src/schema/ and src/text/.' },
      ] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
