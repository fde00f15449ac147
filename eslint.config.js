import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const FEATURES = ['reader', 'network', 'map', 'timeline', 'briefing', 'authoring'];

// Imports go one way: app -> features -> shared (bundle, model, view-state, ui). Features never
// import each other, and nothing below app imports app.
const boundaryZones = [
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'Features do not import each other; they meet in src/app.',
  })),
  ...['features', 'bundle', 'model', 'view-state', 'ui', 'lib'].map((dir) => ({
    target: `./src/${dir}`,
    from: './src/app',
    message: 'Only src/app composes; nothing imports it.',
  })),
  {
    // The briefing wing of app/ uses the feature through its small API only.
    target: './src/app',
    from: './src/features/briefing',
    except: ['./briefing-api.ts', './standalone-file.ts'],
    message: 'app/ uses the briefing feature through briefing-api.ts or standalone-file.ts.',
  },
  ...['bundle', 'model', 'lib', 'ui'].map((dir) => ({
    target: `./src/${dir}`,
    from: './src/features',
    message: 'Shared layers sit below the features.',
  })),
  {
    target: './src/lib',
    from: ['./src/ui', './src/view-state', './src/bundle', './src/model'],
    message: 'src/lib holds pure helpers that depend on nothing else in the app.',
  },
];

// Fixtures (the seed story, the tiny bundle, a feature's own builders) are for tests: any
// feature's *.test.ts may import src/bundle/fixtures, but no module the app ships may.
const fixtureZone = {
  target: './src',
  from: './src/**/fixtures/**',
  message: 'Fixtures are for *.test.ts files; the app loads bundles through src/bundle.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.scene-review',
      '.e2e-*',
      'node_modules',
      'test-results',
      'playwright-report',
      '.bench',
      'public/bundles',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    // Without a resolver that knows .ts/.tsx, import-x cannot resolve `./x` to `x.ts` and
    // no-restricted-paths passes every import silently; this is what makes the zones bite.
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/**/fixtures/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...boundaryZones, fixtureZone] }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Pure modules: geometry and text logic stay free of React.
    files: ['src/**/*.ts'],
    // View modules register a lazy component (React.lazy); the contract types name it.
    ignores: ['src/**/use-*.ts', 'src/**/*-context.ts', 'src/**/*-module.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              message: 'Pure .ts modules do not import React (ARCHITECTURE rule 1).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests state what they expect to exist; a failed assertion is the clearer error.
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
