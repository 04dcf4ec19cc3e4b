import { Socket } from 'node:net';

/**
 * The Redis that multi-node tests use: REDIS_URL, or the machine's on 6379.
 * Those tests need a real Redis. They may be skipped only outside CI (CI unset)
 * when none is reachable, and they say so; in CI a missing Redis fails them.
 */
export async function redisForTests(): Promise<string | undefined> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await reachable(url)) {
    return url;
  }
  if (process.env.CI) {
    throw new Error(`CI is set but Redis at ${url} is not reachable; multi-node tests need it`);
  }
  console.warn(`SKIPPING multi-node tests: no Redis reachable at ${url} (set REDIS_URL; CI always runs them)`);
  return undefined;
}

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.connect(Number(port || 6379), hostname || '127.0.0.1');
  });
}
