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
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
