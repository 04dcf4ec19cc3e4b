import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { runMigrations } from '../../src/database/migrate';
import { TestCohort, TestContext, TestUser } from '../support/context';
import { databaseUrl } from '../support/databases';
import { ack, connectSocket } from '../support/sockets';
import { RunningPostgres, startPostgres } from './support/postgres';
import { freePort, health, JWT_SECRET, rest, ServerProcess } from '../support/processes';
import { sleep, waitFor } from '../support/wait';

/** The postmaster of the server whose data is in dataDir, and its children (the sessions). */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((pid) => pid > 0);
  return [postmaster, ...children];
}

function signal(pids: number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/** An answer that takes longer than this while the database is down counts as hanging. */
const FAST_MS = 3_000;
/**
 * While it hangs instead, nothing fails by itself: the answer comes from the node's
 * own timeouts (a read timeout of 5 s, 3 s to get a connection; data-source-options.ts).
 */
const HANG_MS = 8_000;

interface SendResult {
  clientMsgId: string;
  at: number;
  ms: number;
  /** 'ok', an error code, or 'timeout'. */
  outcome: string;
}

/**
 * PostgreSQL stops (a real fast shutdown of its own embedded server) while the
 * node is serving chat and REST traffic, then starts again on the same port.
 * Meanwhile the node stays up and says so quickly: health 503 `db: down`,
 * sends acknowledged `unavailable` within a couple of seconds, REST 503 in
 * the API's error shape, new sockets refused with `unavailable`. Once the
 * database is back, the same sockets send again, without restarting Node,
 * and every message acknowledged is stored exactly once.
 */
describe('PostgreSQL going down and coming back under load', () => {
  let dataDir: string;
  let pgPort: number;
  let pg: RunningPostgres | undefined;
  let ctx: TestContext;
  let node: ServerProcess;
  let cohort: TestCohort;
  const sockets: Socket[] = [];
  /** The load loops run while this is true (also cleared in afterAll, should a test fail midway). */
  let loading = false;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-faults-pg-'));
    pgPort = await freePort();
    pg = await startPostgres(dataDir, pgPort);
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE hearth_outage');
    await admin.end();
    const url = databaseUrl(pg.url, 'hearth_outage');
    await runMigrations(url);
    // This process's app only makes the fixtures; the node under test is its own process.
    ctx = await TestContext.start({ JWT_SECRET }, { name: 'hearth_outage', url });
    node = await ServerProcess.start({ DATABASE_URL: url });
    cohort = await ctx.newCohort();
  }, 90_000);

  afterAll(async () => {
    loading = false;
    for (const s of sockets) {
      s.close();
    }
    await node?.stop();
    await ctx?.t.close({ keepDatabase: true });
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  async function joined(user: TestUser): Promise<Socket> {
    const socket = await connectSocket(node.url, user.accessToken);
    sockets.push(socket);
    expect(await ack(socket, 'room:join', { roomId: cohort.roomId })).toMatchObject({ ok: true });
    return socket;
  }

  async function send(socket: Socket, clientMsgId: string, body: string): Promise<SendResult> {
    const at = Date.now();
    try {
      const res = await ack<{ ok: boolean; error?: { code: string } }>(
        socket,
        'message:send',
        { roomId: cohort.roomId, clientMsgId, body },
        10_000,
      );
      return { clientMsgId, at, ms: Date.now() - at, outcome: res.ok ? 'ok' : (res.error?.code ?? 'no code') };
    } catch {
      return { clientMsgId, at, ms: Date.now() - at, outcome: 'timeout' };
    }
  }

  it('keeps the node up and answering fast while it is down, and recovers without a restart', async () => {
    const steady = await ctx.newMember({ cohort });
    const loaders = await Promise.all(Array.from({ length: 5 }, () => ctx.newMember({ cohort })));
    const steadySocket = await joined(steady);
    const drops: string[] = [];
    steadySocket.on('disconnect', (reason) => drops.push(reason));

    expect((await send(steadySocket, randomUUID(), 'before the outage')).outcome).toBe('ok');
    expect((await health(node.url)).status).toBe(200);

    // Load: five people chatting (one message a second each, within the send limit)
    // and a reader polling history over REST, until told to stop.
    loading = true;
    const sent: SendResult[][] = loaders.map(() => []);
    const reads: { at: number; status: number | 'timeout'; ms: number }[] = [];
    const loaderSockets: Socket[] = [];
    const load = [
      ...loaders.map(async (person, i) => {
        const socket = await joined(person);
        loaderSockets[i] = socket;
        for (let n = 0; loading; n++) {
          sent[i].push(await send(socket, `load-${i}-${n}-${randomUUID()}`, `load ${i} #${n}`));
          await sleep(1_050);
        }
      }),
      (async () => {
        while (loading) {
          const at = Date.now();
          const res = await rest(
            node.url,
            'GET',
            `/api/rooms/${cohort.roomId}/messages?limit=20`,
            steady.accessToken,
          ).catch(() => ({ status: 'timeout' as const }));
          reads.push({ at, status: res.status, ms: Date.now() - at });
          await sleep(150);
        }
      })(),
    ];
    await waitFor('the load to be flowing', () =>
      sent.every((mine) => mine.some((r) => r.outcome === 'ok')) && reads.some((r) => r.status === 200)
        ? true
        : undefined,
    );

    // PostgreSQL goes down.
    await pg!.stop();
    pg = undefined;
    const downAt = Date.now();

    const down = await health(node.url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503, status: 'error', db: 'down' });
    expect(down.ms).toBeLessThan(FAST_MS);

    const failedId = randomUUID();
    const failed = await send(steadySocket, failedId, 'during the outage');
    expect(failed.outcome).toBe('unavailable');
    expect(failed.ms).toBeLessThan(FAST_MS);

    const started = Date.now();
    const history = await rest(node.url, 'GET', `/api/rooms/${cohort.roomId}/messages`, steady.accessToken);
    expect(history.status).toBe(503);
    expect(history.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The service is briefly unavailable; please retry',
    });
    expect(history.headers.get('retry-after')).toBe('5');
    const posted = await rest(node.url, 'POST', `/api/rooms/${cohort.roomId}/messages`, steady.accessToken, {
      clientMsgId: randomUUID(),
      body: 'over REST during the outage',
    });
    expect(posted.status).toBe(503);
    expect(posted.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(Date.now() - started).toBeLessThan(2 * FAST_MS);

    // A new connection is refused with a reason the client can act on (retry later).
    const refusedAt = Date.now();
    const refused = await connectSocket(node.url, steady.accessToken).then(
      (s) => {
        s.close();
        return undefined;
      },
      (error: Error & { data?: { code?: string } }) => error,
    );
    expect(refused?.data?.code).toBe('unavailable');
    expect(Date.now() - refusedAt).toBeLessThan(FAST_MS);

    // The outage lasts until the load has met it (every person's send and a read refused); the node stays up throughout.
    await waitFor('the load to meet the outage', () =>
      sent.every((mine) => mine.some((r) => r.at > downAt + 200 && r.outcome === 'unavailable')) &&
      reads.some((r) => r.at > downAt + 200 && r.status === 503)
        ? true
        : undefined,
    );
    expect(node.alive).toBe(true);

    // PostgreSQL comes back on the same address.
    const restartingAt = Date.now();
    pg = await startPostgres(dataDir, pgPort);
    const upAt = Date.now();
    const recovered = await waitFor(
      'health to be ok again',
      async () => ((await health(node.url)).status === 200 ? Date.now() - upAt : undefined),
      15_000,
    );

    // The same socket (never dropped) sends again; resending the failed message stores it once.
    const retried = await send(steadySocket, failedId, 'during the outage');
    expect(retried.outcome).toBe('ok');
    expect((await send(steadySocket, randomUUID(), 'after the outage')).outcome).toBe('ok');
    expect(drops).toEqual([]);

    // The load goes on after the recovery until every person and the reader got through again.
    await waitFor('the load to get through again', () =>
      sent.every((mine) => mine.some((r) => r.at > upAt + recovered && r.outcome === 'ok')) &&
      reads.some((r) => r.at > upAt + recovered && r.status === 200)
        ? true
        : undefined,
    );
    loading = false;
    await Promise.all(load);

    // Every send was answered: ok, or `unavailable` while the database was down; none hung.
    const all = sent.flat();
    for (const r of all) {
      expect(['ok', 'unavailable']).toContain(r.outcome);
      if (r.outcome === 'unavailable') {
        expect(r.ms).toBeLessThan(FAST_MS);
      }
    }
    const during = all.filter((r) => r.at > downAt + 200 && r.at < restartingAt);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((r) => r.outcome === 'unavailable')).toBe(true);
    for (const mine of sent) {
      // Each person got through again after the recovery, on the socket they already had.
      expect(mine.some((r) => r.at > upAt + recovered && r.outcome === 'ok')).toBe(true);
    }
    for (const r of reads) {
      expect([200, 503]).toContain(r.status);
      expect(r.ms).toBeLessThan(FAST_MS);
    }
    expect(reads.some((r) => r.at > downAt + 200 && r.at < restartingAt && r.status === 503)).toBe(true);
    expect(reads.some((r) => r.at > upAt + recovered && r.status === 200)).toBe(true);

    // The failed ones, resent with the same clientMsgId as a client would, are stored once each.
    for (const [i, mine] of sent.entries()) {
      for (const r of mine.filter((x) => x.outcome !== 'ok')) {
        expect((await send(loaderSockets[i], r.clientMsgId, 'resent')).outcome).toBe('ok');
      }
    }
    const rows = await ctx.t.query<{ client_msg_id: string; n: string }>(
      `SELECT client_msg_id, count(*) AS n FROM messages WHERE room_id = $1 GROUP BY client_msg_id`,
      [cohort.roomId],
    );
    const stored = new Map(rows.map((r) => [r.client_msg_id, Number(r.n)]));
    for (const r of [...all, retried]) {
      expect(stored.get(r.clientMsgId)).toBe(1);
    }
    expect(node.alive).toBe(true);
    console.log(
      `PostgreSQL outage: ${upAt - downAt} ms down; health 503 in ${down.ms} ms; send 'unavailable' in ${failed.ms} ms; ` +
        `healthy ${recovered} ms after restart; ${all.length} load sends (${all.filter((r) => r.outcome !== 'ok').length} unavailable, ` +
        `slowest ${Math.max(...all.map((r) => r.ms))} ms), ${reads.length} REST reads (${reads.filter((r) => r.status === 503).length} 503, ` +
        `slowest ${Math.max(...reads.map((r) => r.ms))} ms)`,
    );
  }, 60_000);

  it('answers fast while PostgreSQL hangs (connections open, nothing answers), and recovers when it wakes', async () => {
    const people = await Promise.all(Array.from({ length: 24 }, () => ctx.newMember({ cohort })));
    const socketsOf = await Promise.all(people.map((p) => joined(p)));
    expect((await send(socketsOf[0], randomUUID(), 'before the freeze')).outcome).toBe('ok');

    // Every PostgreSQL process stops (SIGSTOP): sockets stay open, nothing is answered,
    // as with a database host that hangs or a network path that silently drops packets.
    const pids = postgresProcesses(dataDir);
    expect(pids.length).toBeGreaterThan(1);
    signal(pids, 'SIGSTOP');
    const frozenAt = Date.now();
    let health503: Awaited<ReturnType<typeof health>>;
    let sends: SendResult[];
    let reads: Awaited<ReturnType<typeof rest>>[];
    try {
      health503 = await health(node.url, 10_000);
      // More requests at once than the pool has connections: 24 people send, 8 read over REST.
      [sends, reads] = await Promise.all([
        Promise.all(socketsOf.map((socket, i) => send(socket, randomUUID(), `frozen ${i}`))),
        Promise.all(
          Array.from({ length: 8 }, () =>
            rest(node.url, 'GET', `/api/rooms/${cohort.roomId}/messages`, people[0].accessToken),
          ),
        ),
      ]);
      expect(node.alive).toBe(true);
    } finally {
      signal(pids, 'SIGCONT');
    }
    const thawedAt = Date.now();
    expect(health503.status).toBe(503);
    expect(health503.body).toMatchObject({ db: 'down' });
    expect(health503.ms).toBeLessThan(FAST_MS);
    for (const r of sends) {
      expect(r.outcome).toBe('unavailable');
      expect(r.ms).toBeLessThan(HANG_MS);
    }
    for (const r of reads) {
      expect(r.status).toBe(503);
      expect(r.ms).toBeLessThan(HANG_MS);
    }

    // Awake again: the node serves at once, on the same sockets.
    await waitFor('health to be ok again', async () => ((await health(node.url)).status === 200 ? true : undefined));
    for (const socket of socketsOf) {
      expect((await send(socket, randomUUID(), 'after the freeze')).outcome).toBe('ok');
    }
    console.log(
      `PostgreSQL frozen for ${thawedAt - frozenAt} ms: health 503 in ${health503.ms} ms; ` +
        `${sends.length} sends answered in ≤ ${Math.max(...sends.map((r) => r.ms))} ms ` +
        `(${[...new Set(sends.map((r) => r.outcome))].join(', ')}); ${reads.length} REST reads in ≤ ` +
        `${Math.max(...reads.map((r) => r.ms))} ms (${[...new Set(reads.map((r) => r.status))].join(', ')})`,
    );
  }, 60_000);
});
