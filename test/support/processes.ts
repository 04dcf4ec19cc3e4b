import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './wait';

/** The built server (`npm test` builds first), started as `npm start` does. */
export const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
export const JWT_SECRET = 'integration-test-secret-that-is-long-enough';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** GET /api/health with a deadline; never hangs the test. */
export async function health(baseUrl: string, timeoutMs = 5_000): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
  const body: unknown = await res.json().catch(() => undefined);
  return { status: res.status, body, ms: Date.now() - started };
}

/** A Hearth server in its own process (dist/src/main.js), so that it can be killed or watched for a crash. */
export class ServerProcess {
  private out = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.out += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /**
   * Starts a node and waits until it listens. `healthy: false` waits only for
   * an HTTP answer (any status), for a node whose dependencies are down. A
   * variable given as undefined is not set at all (DATABASE_URL: undefined starts
   * the embedded PostgreSQL). `installDir` starts another copy of the built app,
   * from that folder, as `npm start` there does.
   */
  static async start(
    env: { DATABASE_URL: string | undefined; REDIS_URL?: string } & Record<string, string | undefined>,
    options: { healthy?: boolean; timeoutMs?: number; nodeArgs?: string[]; installDir?: string } = {},
  ): Promise<ServerProcess> {
    const port = await freePort();
    const childEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET,
      HEARTH_DEMO: 'false',
      LOG_LEVEL: 'warn',
    };
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) {
        delete childEnv[key];
      } else {
        childEnv[key] = value;
      }
    }
    const { installDir } = options;
    const main = installDir ? join(installDir, 'dist', 'src', 'main.js') : MAIN;
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), main], {
      cwd: installDir,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, port);
    const wantHealthy = options.healthy ?? true;
    try {
      const outcome = await waitFor(
        'the server process to listen',
        async () => {
          if (!server.alive) {
            return `exited (${child.exitCode ?? child.signalCode})`;
          }
          const res = await health(server.url, 2_000).catch(() => undefined);
          return res && (!wantHealthy || res.status === 200) ? 'up' : undefined;
        },
        options.timeoutMs ?? 40_000,
        150,
      );
      if (outcome !== 'up') {
        throw new Error(`the server process ${outcome}`);
      }
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n--- server output ---\n${server.output()}`);
    }
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.out;
  }

  /** kill -9: no shutdown hooks, no goodbye to sockets, open transactions cut. */
  async kill9(): Promise<void> {
    if (this.alive) {
      this.child.kill('SIGKILL');
    }
    await this.exited;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await this.exited;
      clearTimeout(timer);
    }
  }
}

/** One HTTP request to a node, with a deadline; the body parsed as JSON when it is JSON. */
export async function rest(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  token: string,
  body?: unknown,
  timeoutMs = 10_000,
): Promise<{ status: number; body: any; headers: Headers; ms: number }> {
  const started = Date.now();
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, headers: res.headers, ms: Date.now() - started };
}
