import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { waitFor } from './support/wait';

// These tests start the built server (`npm test` builds first) as `npm start` does.
const main = join(__dirname, '..', 'dist', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.REDIS_URL;
  const child = spawn(process.execPath, [main], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The health answer once the server is up (a refused connection means not listening yet). */
function waitHealthy(port: number): Promise<unknown> {
  return waitFor(
    'the server to be healthy',
    async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      return res.ok ? await res.json() : undefined;
    },
    30_000,
    200,
  );
}

describe('starting the server', () => {
  it('stops at once with one line naming a bad variable', async () => {
    const run = start({ PORT: 'abc' });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe('Invalid configuration: PORT must be an integer port number (got "abc")');
  });

  it.each([
    [{ NODE_ENV: 'production' }, 'Invalid configuration: JWT_SECRET is required when NODE_ENV=production'],
    [
      { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough', HEARTH_DEMO: 'true' },
      'Invalid configuration: HEARTH_DEMO must be off when NODE_ENV=production',
    ],
    [
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-that-is-long-enough',
        HEARTH_ADMIN_EMAIL: 'admin@example.org',
        HEARTH_ADMIN_PASSWORD: 'hearth-demo-2026',
      },
      'Invalid configuration: HEARTH_ADMIN_PASSWORD is too weak for production (12+ characters, not a default)',
    ],
  ])('refuses to start in production with weak settings (%j)', async (env, message) => {
    const run = start(env);
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(message);
  });

  it('runs on an embedded PostgreSQL, stops it on SIGINT, and keeps the data for the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-start-'));
    try {
      const port = await freePort();
      const env = { PORT: String(port), HEARTH_DATA_DIR: dataDir, HEARTH_DEMO: 'false', NODE_ENV: 'test' };
      const first = start(env);
      expect(await waitHealthy(port)).toEqual({ status: 'ok', db: 'up' });
      const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
      expect(existsSync(pidFile)).toBe(true);
      const postgresPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);

      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(existsSync(pidFile)).toBe(false);
      expect(() => process.kill(postgresPid, 0)).toThrow();

      const second = start(env);
      expect(await waitHealthy(port)).toEqual({ status: 'ok', db: 'up' });
      expect(second.output()).not.toContain('initialising embedded PostgreSQL');
      expect(second.output()).toContain('database schema is up to date');
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90000);
});
