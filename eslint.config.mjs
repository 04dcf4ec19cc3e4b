import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  module: 'writable',
  require: 'readonly',
  URL: 'readonly',
  __dirname: 'readonly',
  setTimeout: 'readonly',
};

// Only repositories talk to the database (STYLE.md); services get repositories and pass a
// transaction down, importing EntityManager (or database's Tx) as a type only.
const DATABASE_MESSAGE =
  'Only repositories (*.repository.ts), entities, migrations and src/database talk to the database: ' +
  'ask a repository, and import EntityManager or Tx with `import type`.';

export default tseslint.config(
  { ignores: ['dist/**', 'client/dist/**', 'node_modules/**', '.data/**', 'coverage/**'] },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message:
                'IsOptional lets null through unchecked: use OptionalField or NullableField (src/common/optional.ts).',
            },
          ],
        },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The wire contract is shared with the client: it imports nothing from outside itself.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)|\\.\\./',
              message: 'src/contract imports only its own files (./…): no packages, nothing else from the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/**/*.entity.ts', 'src/**/*.spec.ts', 'src/database/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', allowTypeImports: true, message: DATABASE_MESSAGE },
            { name: '@nestjs/typeorm', allowTypeImports: true, message: DATABASE_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    // Nest modules register their entities with TypeOrmModule.forFeature, and nothing else of TypeORM.
    files: ['src/**/*.module.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', allowTypeImports: true, message: DATABASE_MESSAGE },
            {
              name: '@nestjs/typeorm',
              allowImportNames: ['TypeOrmModule'],
              message: 'A module imports only TypeOrmModule (for forFeature) from @nestjs/typeorm.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read loosely typed JSON answers on purpose.
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['./client/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src(/|$)|^(\\.\\./){4}',
              message: 'The client takes nothing from the server but its wire contract: import it as @hearth/contract.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
