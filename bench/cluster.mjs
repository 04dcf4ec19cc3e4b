/* global fetch */
// More Hearth processes beside a bench server (bench/lib.mjs startServer): the same database,
// the same JWT secret and the same Redis (REDIS_URL turns on multi-node fan-out), each on its
// own port, as a deployment with several processes behind a load balancer would run them.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_JWT_SECRET, freePort, serverEnv } from './lib.mjs';

const root = new URL('..', import.meta.url).pathname;

/** `count` more processes for `server` (started with REDIS_URL in the environment); each resolves once healthy. */
export async function startMoreNodes(server, count) {
  if (!process.env.REDIS_URL) {
    throw new Error('BENCH_NODES > 1 needs REDIS_URL (the processes share messages through Redis)');
  }
  const nodes = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-bench-node-'));
    const child = spawn(
      process.execPath,
      [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), join(root, 'dist', 'src', 'main.js')],
      {
        env: serverEnv({
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: server.databaseUrl,
          HEARTH_DATA_DIR: dataDir,
          HEARTH_DEMO: 'false',
          JWT_SECRET: BENCH_JWT_SECRET,
        }),
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const baseUrl = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      if (child.exitCode !== null) {
        throw new Error(`a further Hearth process exited with ${child.exitCode} before it was ready`);
      }
      const healthy = await fetch(`${baseUrl}/api/health`).then(
        (res) => res.ok,
        () => false,
      );
      if (healthy) {
        break;
      }
      if (tries > 600) {
        throw new Error('a further Hearth process did not become healthy within 60 s');
      }
      await sleep(100);
    }
    nodes.push({
      baseUrl,
      pid: child.pid,
      async stop() {
        child.kill('SIGTERM');
        await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
        rmSync(dataDir, { recursive: true, force: true });
      },
    });
  }
  return nodes;
}
