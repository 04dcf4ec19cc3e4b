/* global fetch, clearTimeout, performance */
// Shared by every bench module: a built Hearth on its own database, seeded users
// with tokens, and autocannon runs summarised as medians.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { io } from 'socket.io-client';

const root = new URL('..', import.meta.url).pathname;
const dist = (path) => join(root, 'dist', 'src', path);
export const PASSWORD = 'bench passphrase long enough';
export const BENCH_JWT_SECRET = 'bench-secret-that-is-long-enough-for-production-checks';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The embedded PostgreSQL runs durable, as `npm start`'s does (fsync and synchronous commit on);
 * BENCH_EPHEMERAL_DB=1 runs it as the tests do (fsync, synchronous commit and full-page writes
 * off), as every bench before commit df06f81 did. (Durable only where the temporary directory is
 * on a disk: a tmpfs /tmp would make it memory all the same.)
 */
export const EPHEMERAL_DB = process.env.BENCH_EPHEMERAL_DB === '1';

/**
 * How the server runs: NODE_ENV=production with LOG_LEVEL=warn by default; BENCH_START_DEFAULTS=1
 * runs it with `npm start`'s defaults instead (NODE_ENV and LOG_LEVEL unset: development, its
 * pretty-printed logs at their default level), issue 20's other configuration.
 */
export const START_DEFAULTS = process.env.BENCH_START_DEFAULTS === '1';
export const SERVER_MODE = START_DEFAULTS
  ? "npm start's defaults: NODE_ENV and LOG_LEVEL unset"
  : 'NODE_ENV=production';

/** The environment of a Hearth process under the bench (SERVER_MODE). */
export function serverEnv(extra) {
  const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...extra };
  if (START_DEFAULTS) {
    delete env.NODE_ENV;
    delete env.LOG_LEVEL;
  }
  return env;
}

/**
 * A fresh database: on DATABASE_URL's server if set (dropped afterwards), else on an
 * embedded PostgreSQL (EPHEMERAL_DB) in a temporary HEARTH_DATA_DIR (removed afterwards).
 */
async function openDatabase() {
  const name = `hearth_bench_${process.pid}`;
  let serverUrl = process.env.DATABASE_URL;
  let embedded;
  let dataDir;
  if (!serverUrl) {
    const { startEmbeddedPostgres } = await import(dist('database/embedded-postgres.js'));
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), ephemeral: EPHEMERAL_DB });
    serverUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: databaseUrl(serverUrl, name),
    kind: embedded
      ? `embedded PostgreSQL (${EPHEMERAL_DB ? 'fsync and synchronous commit off, BENCH_EPHEMERAL_DB=1' : 'durable, as npm start runs it'})`
      : 'DATABASE_URL server',
    /** The embedded server's postmaster pid (its backends are its children); undefined on DATABASE_URL's. */
    postmasterPid: embedded
      ? Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])
      : undefined,
    dataDir: dataDir ?? mkdtempSync(join(tmpdir(), 'hearth-bench-')),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await embedded?.stop();
      if (dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** CPU seconds (user + system, every thread) a process has used, from /proc; 0 when it is gone. */
export function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used by the children of `pid` (PostgreSQL's backends and workers): those alive now, and those
 * it has reaped (its cutime + cstime), so a backend that exits between two readings keeps its share (counting
 * only the living gave negative figures when a connection closed mid-run).
 */
function childrenCpuSeconds(pid) {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === pid) {
        total += (Number(fields[11]) + Number(fields[12])) / 100;
      } else if (Number(entry) === pid) {
        total += (Number(fields[13]) + Number(fields[14])) / 100;
      }
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/**
 * Asks bench/eld-preload.cjs in the server, over IPC, to reset or read its event-loop delay
 * histogram, or for its memory (`memory()`: bytes of RSS and of heap used, after a full GC
 * when the server runs with --expose-gc).
 */
function eventLoopDelayOf(child) {
  let next = 0;
  const ask = (command) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => reject(new Error(`no event-loop delay answer to "${command}"`)), 10_000);
      const onMessage = (message) => {
        if (message?.id === id) {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message.eld);
        }
      };
      child.on('message', onMessage);
      child.send({ eld: command, id });
    });
  return {
    reset: () => ask('reset'),
    read: () => ask('read'),
    memory: () => ask('memory'),
    // Late ticks and GC pauses with their wall-clock times, from trace() to traced() (bench/eld-preload.cjs).
    trace: () => ask('trace'),
    traced: () => ask('traced'),
  };
}

/**
 * Starts dist/src/main.js on its own database and port; resolves once /api/health answers.
 * `eventLoopDelay`: load bench/eld-preload.cjs into the server (`--require`), and return
 * `eventLoopDelay.reset()` / `.read()` (delay in ms: p50, p99, max since the last reset) and
 * `.memory()`. `nodeFlags`: Node/V8 flags the bench itself needs (e.g. `--expose-gc`).
 */
export async function startServer({ eventLoopDelay = false, nodeFlags = [] } = {}) {
  const database = await openDatabase();
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      // Node or V8 flags to try on the server (e.g. BENCH_NODE_FLAGS=--max-semi-space-size=32).
      ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      ...nodeFlags,
      ...(eventLoopDelay ? ['--require', join(root, 'bench', 'eld-preload.cjs')] : []),
      join(root, 'dist', 'src', 'main.js'),
    ],
    {
      env: serverEnv({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        HEARTH_DATA_DIR: database.dataDir,
        HEARTH_DEMO: 'false',
        JWT_SECRET: BENCH_JWT_SECRET,
      }),
      stdio: ['ignore', 'inherit', 'inherit', ...(eventLoopDelay ? ['ipc'] : [])],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      throw new Error(`Hearth exited with ${child.exitCode} before it was ready`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (i > 600) {
      throw new Error('Hearth did not become healthy within 60 s');
    }
    await sleep(100);
  }
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  return {
    baseUrl,
    pid: child.pid,
    db,
    /** Carries the password: pass it on in the environment, never print it. */
    databaseUrl: database.url,
    databaseKind: database.kind,
    eventLoopDelay: eventLoopDelay ? eventLoopDelayOf(child) : undefined,
    /** CPU seconds used so far by the server and (embedded only, else NaN) its database's backends. */
    cpuSeconds: () => ({
      server: cpuSecondsOf(child.pid),
      database: database.postmasterPid ? childrenCpuSeconds(database.postmasterPid) : NaN,
    }),
    async stop() {
      await db.end();
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      await database.drop();
    },
  };
}

/**
 * bench/bare-socketio-server.mjs (Socket.IO with no auth, checks or database: the ceiling)
 * on a free port, with bench/eld-preload.cjs loaded as in startServer (its `eventLoopDelay`
 * answers `.memory()` too). `nodeFlags` as in startServer; BENCH_NODE_FLAGS is not applied
 * (flags tried on Hearth should not move the yardstick).
 */
export async function startBareServer({ nodeFlags = [] } = {}) {
  const child = spawn(
    process.execPath,
    [
      ...nodeFlags,
      '--require',
      join(root, 'bench', 'eld-preload.cjs'),
      join(root, 'bench', 'bare-socketio-server.mjs'),
    ],
    { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const match = /listening (\d+)/.exec(d.toString());
      if (match) {
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    eventLoopDelay: eventLoopDelayOf(child),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Inserts users who accepted the current terms, signs each in, and returns them with access tokens. */
export async function seedUsers(server, count, role = 'member') {
  const { hashPassword } = await import(dist('auth/password.js'));
  const { TERMS, termsAudienceOf } = await import(dist('consent/terms.js'));
  const hash = await hashPassword(PASSWORD);
  const audience = termsAudienceOf(role);
  const users = [];
  for (let i = 0; i < count; i++) {
    const letters = i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
    const displayName = `Bench ${role} ${letters}`.replace('_', ' ');
    const email = `bench.${role}.${i}@example.test`;
    const { rows } = await server.db.query(
      `INSERT INTO users (email, display_name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, displayName, hash, role],
    );
    await server.db.query(`INSERT INTO consents (user_id, audience, version) VALUES ($1, $2, $3)`, [
      rows[0].id,
      audience,
      TERMS[audience].version,
    ]);
    const res = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (!res.ok) {
      throw new Error(`bench sign-in failed: ${res.status}`);
    }
    const { accessToken } = await res.json();
    users.push({ id: rows[0].id, displayName, email, accessToken });
  }
  return users;
}

/**
 * One authenticated Socket.IO connection per person (`{ token, roomId }`), 50 at a time;
 * each joins its room unless `join` is false (a socket that only sends needs no channel).
 */
export async function connectSockets(baseUrl, people, { join = true } = {}) {
  const sockets = [];
  for (let i = 0; i < people.length; i += 50) {
    const batch = await Promise.all(
      people.slice(i, i + 50).map(
        (person) =>
          new Promise((resolve, reject) => {
            const socket = io(baseUrl, {
              transports: ['websocket'],
              auth: { token: person.token },
              reconnection: false,
              forceNew: true,
            });
            socket.once('connect', () =>
              join
                ? socket.emit('room:join', { roomId: person.roomId }, (ack) =>
                    ack?.ok ? resolve({ socket, person }) : reject(new Error(`join failed: ${JSON.stringify(ack)}`)),
                  )
                : resolve({ socket, person }),
            );
            socket.once('connect_error', reject);
          }),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/** The value at percentile `p` (0–100) of ascending `sorted`; NaN when empty. */
export function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** An open-loop run stops sending once its oldest unanswered request is this late (ms). */
const OVERLOAD_MS = 2000;

/**
 * Open loop at a fixed rate: requests are sent on a schedule (`rate` a second for
 * `duration` seconds) whether or not earlier ones have answered, over up to 64
 * keep-alive connections, and each latency runs from the request's scheduled send
 * time to the last byte of its answer. A stall therefore counts for every request
 * scheduled during it (no coordinated omission), unlike a closed loop, where a slow
 * answer also delays the next request and p99 ≈ connections / throughput.
 * A server that cannot keep up would take minutes to drain the backlog: once the oldest
 * unanswered request is OVERLOAD_MS late, the rest are not sent and count as later than
 * that (p99 Infinity when they are more than 1% of the schedule).
 */
export async function openLoop({ url, headers = {}, rate, duration }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(url);
  const total = Math.max(1, Math.round(rate * duration));
  const latencies = [];
  const answered = new Uint8Array(total);
  let oldestOpen = 0;
  let failures = 0;
  const send = (i, scheduled) =>
    new Promise((resolve) => {
      const done = () => {
        answered[i] = 1;
        resolve();
      };
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, headers, agent },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            if (res.statusCode >= 200 && res.statusCode < 300) {
              latencies.push(performance.now() - scheduled);
            } else {
              failures++;
            }
            done();
          });
        },
      );
      req.on('error', () => {
        failures++;
        done();
      });
      req.end();
    });
  const pending = [];
  const start = performance.now() + 20;
  const at = (i) => start + (i * 1000) / rate;
  let sent = 0;
  for (; sent < total; sent++) {
    const wait = at(sent) - performance.now();
    if (wait > 1) {
      await sleep(wait);
    }
    while (oldestOpen < sent && answered[oldestOpen]) {
      oldestOpen++;
    }
    if (oldestOpen < sent && performance.now() - at(oldestOpen) > OVERLOAD_MS) {
      break;
    }
    pending.push(send(sent, at(sent)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  // Requests never sent are later than any answered one: they sit at the top of the distribution.
  const withUnsent = [...sorted, ...Array.from({ length: total - sent }, () => Infinity)];
  const round = (ms) => (Number.isFinite(ms) ? Math.round(ms * 10) / 10 : ms);
  return {
    failures,
    answered: latencies.length,
    unsent: total - sent,
    reqPerSec: latencies.length / elapsed,
    p50: round(percentile(withUnsent, 50)),
    p99: round(percentile(withUnsent, 99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/**
 * An open-loop latency (to 0.1 ms: a median of two runs is their mean), or what it means when the run
 * fell OVERLOAD_MS behind its schedule.
 */
const overloaded = (ms) => (Number.isFinite(ms) ? Math.round(ms * 10) / 10 : `> ${OVERLOAD_MS} (overloaded)`);

/**
 * Autocannon over several scenarios (`{ name, options, rate? }`): a short warm-up of each, then
 * `runs` rounds (`BENCH_RUNS`, default 3) in which each scenario runs once in turn (A, B, C, A,
 * B, C…), so that a slow moment of a shared machine falls on all of them. Median req/s and p99
 * per scenario. A scenario with a `rate` is also measured open loop at that rate (openLoop,
 * interleaved the same way), as one more row.
 */
export async function measureAll(scenarios, runs = Number(process.env.BENCH_RUNS ?? 3), cpuSeconds = undefined) {
  // CPU ms per answered request, server and database: steadier than req/s on a shared machine.
  const timed = async (work) => {
    const before = cpuSeconds?.();
    const result = await work();
    const after = cpuSeconds?.();
    const answered = result.requests ? result.requests.total : result.answered;
    return Object.assign(result, {
      cpuMs: before
        ? {
            server: Math.round(((after.server - before.server) * 1e4) / answered) / 10,
            database: Math.round(((after.database - before.database) * 1e4) / answered) / 10,
          }
        : undefined,
    });
  };
  const duration = Number(process.env.BENCH_HTTP_DURATION ?? 10);
  const withBase = (options) => ({ connections: 10, duration, ...options });
  for (const { options } of scenarios) {
    await autocannon({ ...withBase(options), duration: 2 });
  }
  const results = scenarios.map(() => []);
  const paced = scenarios.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [j, { name, options }] of scenarios.entries()) {
      const result = await timed(() => autocannon(withBase(options)));
      const failures = result.non2xx + result.errors + result.timeouts;
      if (failures > 0) {
        throw new Error(`${name}: ${failures} failed requests in run ${i + 1}`);
      }
      results[j].push(result);
    }
    for (const [j, { name, options, rate }] of scenarios.entries()) {
      if (!rate) {
        continue;
      }
      const result = await timed(() => openLoop({ url: options.url, headers: options.headers, rate, duration }));
      if (result.failures > 0) {
        throw new Error(`${name} at ${rate} req/s: ${result.failures} failed requests in run ${i + 1}`);
      }
      paced[j].push(result);
    }
  }
  return scenarios.flatMap(({ name, options, rate }, j) => [
    {
      name,
      runs,
      connections: withBase(options).connections,
      duration: withBase(options).duration,
      reqPerSec: Math.round(median(results[j].map((r) => r.requests.average))),
      p99Ms: median(results[j].map((r) => r.latency.p99)),
      perRun: results[j].map((r) => ({
        reqPerSec: Math.round(r.requests.average),
        p99Ms: r.latency.p99,
        cpuMs: r.cpuMs,
      })),
    },
    ...(rate
      ? [
          {
            name: `${name}, open loop at ${rate} req/s`,
            runs,
            rate,
            duration,
            reqPerSec: Math.round(median(paced[j].map((r) => r.reqPerSec))),
            p50Ms: overloaded(median(paced[j].map((r) => r.p50))),
            p99Ms: overloaded(median(paced[j].map((r) => r.p99))),
            perRun: paced[j].map((r) => ({
              reqPerSec: Math.round(r.reqPerSec),
              p99Ms: overloaded(r.p99),
              p50Ms: overloaded(r.p50),
              cpuMs: r.cpuMs,
            })),
          },
        ]
      : []),
  ]);
}
