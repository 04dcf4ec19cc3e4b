/**
 * The layers (README, Layout), checked by `npm run lint`. Type-only imports count:
 * a type tied to a feature ties the folders as surely as a value does.
 */
const CORE = ['access', 'audit', 'common', 'config', 'contract', 'database', 'health', 'redis'];
const core = `^src/(${CORE.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-feature',
      comment:
        'Core folders (access, audit, common, config, contract, database, health, redis) never import a feature ' +
        'folder or the app: declare what core needs (an abstract class, a registry) and let the feature provide it.',
      severity: 'error',
      from: { path: core },
      to: { path: '^src/', pathNot: core },
    },
    {
      name: 'no-folder-cycle',
      comment:
        'Folders of src/ depend on each other one way only. Move the shared type or decision to the lower ' +
        'folder, or let the lower folder declare a port or registry the higher one fills.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'client-feature-imports-no-other-feature',
      comment: 'A client feature never imports another (bulletproof-react): compose features in app/.',
      severity: 'error',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { path: '^client/src/features/', pathNot: '^client/src/features/$1/' },
    },
    {
      name: 'client-feature-imports-no-app',
      comment: 'app/ composes features; features never import app/.',
      severity: 'error',
      from: { path: '^client/src/features/' },
      to: { path: '^client/src/app/' },
    },
    {
      name: 'client-lib-imports-no-feature-or-app',
      comment: 'lib/ (the one API client, the one socket, shared widgets) sits below features and app/.',
      severity: 'error',
      from: { path: '^client/src/lib/' },
      to: { path: '^client/src/(features|app)/' },
    },
  ],
  options: {
    // Unit specs may read test fixtures and helpers, which reach back into src/: test code is no layer.
    doNotFollow: { path: ['node_modules', '^test/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
