import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { TestCohort, TestContext, TestUser } from '../support/context';
import { ack, connectSocket } from '../support/sockets';
import { manyMembers } from './support/crowd';
import { RoomFollower, repeated, strictlyIncreasing } from './support/follower';
import { JWT_SECRET, ServerProcess } from '../support/processes';
import { sleep, waitFor } from '../support/wait';

/**
 * How many listening sockets. 240 by default keeps the file well under a
 * minute on a 2-core CI machine; raise it (FAULT_SOCKETS=1000) for a heavier run.
 */
const SOCKETS = Number(process.env.FAULT_SOCKETS ?? 240);
const ROOMS = 4;
const SENDERS_PER_ROOM = 3;
/** Per sender, one every SEND_EVERY_MS: within the send limit of 10 per 10 s. */
const PER_SENDER = 9;
const SEND_EVERY_MS = 600;
const DROP_SHARE = 0.2;

/**
 * A reconnect storm: SOCKETS people listening in a few rooms of one node (its
 * own process) while others keep sending; a fifth of the sockets lose their
 * connection at the same instant, reconnect together (socket.io-client's own
 * reconnection) and `sync` from the last seq they saw. For every socket: no
 * message lost, none twice, none out of order, and on the wire the server
 * never sent one twice or out of order on a connection.
 */
describe('a reconnect storm', () => {
  let ctx: TestContext;
  let node: ServerProcess;
  let cohorts: TestCohort[];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ctx = await TestContext.start({ JWT_SECRET });
    node = await ServerProcess.start({ DATABASE_URL: ctx.t.databaseUrl });
    cohorts = await Promise.all(Array.from({ length: ROOMS }, () => ctx.newCohort()));
  }, 60_000);

  afterAll(async () => {
    for (const s of sockets) {
      s.close();
    }
    await node?.stop();
    await ctx?.close();
  }, 30_000);

  /** A socket that reconnects by itself, as the web client's does. */
  function reconnecting(user: TestUser): Promise<Socket> {
    const socket = io(node.url, {
      transports: ['websocket'],
      auth: { token: user.accessToken },
      forceNew: true,
      reconnection: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 1_000,
      randomizationFactor: 0.5,
    });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  async function inBatches<T, R>(items: T[], size: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < items.length; i += size) {
      out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
    }
    return out;
  }

  it(`loses, repeats and reorders nothing for ${SOCKETS} sockets when a fifth of them drop at once`, async () => {
    const started = Date.now();
    // People: SOCKETS listeners spread over the rooms, and a few senders per room.
    const listeners = await manyMembers(ctx, cohorts, SOCKETS);
    const senders = await manyMembers(ctx, cohorts, ROOMS * SENDERS_PER_ROOM);
    const usersMs = Date.now() - started;
    const followers = await inBatches(listeners, 25, async (user, i) => {
      const follower = new RoomFollower(cohorts[i % ROOMS].roomId, 0);
      const socket = await reconnecting(user);
      await follower.attach(socket);
      return { follower, socket, dropped: false, reconnects: 0, caughtUpAt: 0 };
    });
    const senderSockets = await Promise.all(
      senders.map(async (user, i) => {
        const socket = await connectSocket(node.url, user.accessToken);
        sockets.push(socket);
        expect(await ack(socket, 'room:join', { roomId: cohorts[i % ROOMS].roomId })).toMatchObject({ ok: true });
        return socket;
      }),
    );
    const setupMs = Date.now() - started;

    // After a reconnection (same socket object), rejoin and catch up from the last seq seen.
    for (const f of followers) {
      f.socket.on('connect', () => {
        f.reconnects++;
        void f.follower.attach(f.socket).then(
          () => (f.caughtUpAt = Date.now()),
          (error: unknown) => f.follower.errors.push(`re-attach: ${String(error)}`),
        );
      });
    }

    // Senders keep talking throughout.
    const failures: string[] = [];
    const answered = senderSockets.map(() => 0);
    const sending = Promise.all(
      senderSockets.map(async (socket, i) => {
        for (let n = 0; n < PER_SENDER; n++) {
          const res = await ack(
            socket,
            'message:send',
            { roomId: cohorts[i % ROOMS].roomId, clientMsgId: randomUUID(), body: `sender ${i} #${n}` },
            10_000,
          ).catch((error: Error) => ({ ok: false, error: error.message }));
          if (!res.ok) {
            failures.push(JSON.stringify(res));
          }
          answered[i]++;
          await sleep(SEND_EVERY_MS);
        }
      }),
    );

    // Once every room is in full flow, a fifth of the listeners lose their connection at the same instant.
    await waitFor('every sender to be two messages in', () => (answered.every((n) => n >= 2) ? true : undefined));
    const dropped = followers.filter((_, i) => i % Math.round(1 / DROP_SHARE) === 0);
    const droppedAt = Date.now();
    for (const f of dropped) {
      f.dropped = true;
      f.socket.io.engine.close();
    }
    await sending;
    expect(failures).toEqual([]);

    // Everyone converges on the room's full history, without any help beyond their own client logic.
    const rooms = await ctx.t.query<{ id: string; last_seq: string }>(
      `SELECT id, last_seq FROM rooms WHERE id = ANY($1)`,
      [cohorts.map((c) => c.roomId)],
    );
    const lastSeq = new Map(rooms.map((r) => [r.id, Number(r.last_seq)]));
    await waitFor(
      'every socket to have every message',
      () => (followers.every((f) => f.follower.last === lastSeq.get(f.follower.roomId)) ? true : undefined),
      20_000,
    ).catch(() => undefined); // the assertions below say who is missing what

    const ids = new Map<string, string[]>();
    for (const c of cohorts) {
      const rows = await ctx.t.query<{ id: string }>(`SELECT id FROM messages WHERE room_id = $1 ORDER BY seq`, [
        c.roomId,
      ]);
      ids.set(
        c.roomId,
        rows.map((r) => r.id),
      );
    }
    let deliveries = 0;
    let overlaps = 0;
    for (const f of followers) {
      const expected = ids.get(f.follower.roomId)!;
      expect(f.follower.errors).toEqual([]);
      // Zero lost, zero duplicated, zero reordered, as the person sees the room.
      expect(f.follower.seqs).toEqual(expected.map((_, i) => i + 1));
      expect(f.follower.timeline.map((m) => m.id)).toEqual(expected);
      // On the wire: no live message skipped while connected, none sent twice or out of order on a connection.
      expect(f.follower.gaps).toEqual([]);
      for (const [c, seqs] of f.follower.live.entries()) {
        expect(strictlyIncreasing(seqs)).toBe(true);
        expect(repeated(f.follower.liveIds[c])).toEqual([]);
      }
      expect(f.follower.live).toHaveLength(f.dropped ? 2 : 1);
      expect(f.reconnects).toBe(f.dropped ? 1 : 0);
      deliveries += f.follower.live.flat().length;
      overlaps += f.follower.overlaps;
    }
    const total = [...ids.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBe(ROOMS * SENDERS_PER_ROOM * PER_SENDER);
    const slowest = Math.max(...dropped.map((f) => f.caughtUpAt - droppedAt));
    console.log(
      `reconnect storm: ${SOCKETS} sockets in ${ROOMS} rooms (people made in ${usersMs} ms, connected and joined in ${setupMs - usersMs} ms), ${dropped.length} dropped at once, ` +
        `all back and caught up within ${slowest} ms; ${total} messages, ${deliveries} live deliveries, ` +
        `${overlaps} dropped as already held (sync overlap)`,
    );
  }, 120_000);
});
