// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Async implementations of Promise-returning ports (Directory, Storage, restify routes, SDK handlers) keep a
      // throw a rejection, which is what their callers handle.
      '@typescript-eslint/require-await': 'off',
      // botbuilder types activity.type, channelId and roles as strings, to compare with its own string enums.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // French text wants no-break spaces before « : », « ; », « % » and inside « »: in regexes and templates too.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // `_name` marks what a destructuring or a signature has to name and does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `interface X extends z.infer<typeof schema> {}` names a schema's type in messages and hovers.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read what botbuilder types as any (channelData, attachments' content, invoke values) to assert on it,
      // and jest's asymmetric matchers (expect.any, expect.stringContaining) are typed any: the assertion is the check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    // The page's own script, run by the browser next to Web Chat's bundle.
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', WebChat: 'readonly' },
    },
  },
  prettier,
);
