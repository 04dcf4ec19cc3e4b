import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { sanctionThroughQueue, TestCohort, TestContext, TestUser } from './support/context';
import { JWT_SECRET, rest, ServerProcess } from './support/processes';
import { quietPeriod, waitFor } from './support/wait';
import { redisForTests } from './support/redis';
import { ack, collect, connectSocket, disconnected, next, refusedConnection } from './support/sockets';

/** Short, so that escalation is seen in the test: 0.05 minutes = 3 s (the check runs every 5 s on every node). */
const ESCALATION = { CRISIS_ESCALATION_MINUTES: '0.05' };
/** A phrase the crisis detector raises an alert for (never logged). */
const CRISIS_WORDS = 'I want to kill myself tonight, I have the pills ready';

const ids = (people: { id: string }[]): string[] => people.map((p) => p.id).sort();

/**
 * Three server processes on one PostgreSQL and one Redis, people connected to
 * different ones: this jest process runs node A, two child processes
 * (dist/src/main.js) run B and C. What a person on any node sees must be what
 * they would see with one node: delivery, presence, moderation, sanctions, the
 * send limit and crisis escalation.
 *
 * Needs a real Redis (REDIS_URL, or the machine's on 6379): skipped, with a
 * warning, only when CI is unset and none is reachable; in CI it always runs.
 */
describe('three server processes sharing PostgreSQL and Redis', () => {
  let redisUrl: string | undefined;
  let ctx: TestContext;
  let b: ServerProcess | undefined;
  let c: ServerProcess | undefined;
  const node = { A: '', B: '', C: '' };
  let moderator: TestUser;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redisUrl = await redisForTests();
    if (!redisUrl) {
      return;
    }
    ctx = await TestContext.start({ REDIS_URL: redisUrl, JWT_SECRET, ...ESCALATION });
    const env = { DATABASE_URL: ctx.t.databaseUrl, REDIS_URL: redisUrl, ...ESCALATION };
    [b, c] = await Promise.all([ServerProcess.start(env), ServerProcess.start(env)]);
    Object.assign(node, { A: ctx.t.baseUrl, B: b.url, C: c.url });
    moderator = await ctx.newModerator();
  }, 60_000);

  afterEach(() => {
    for (const s of sockets.splice(0)) {
      s.close();
    }
  });

  afterAll(async () => {
    await Promise.all([b?.stop(), c?.stop()]);
    await ctx?.close();
  });

  async function connect(baseUrl: string, user: TestUser): Promise<Socket> {
    const socket = await connectSocket(baseUrl, user.accessToken);
    sockets.push(socket);
    return socket;
  }

  /** Connected to `baseUrl` and joined to the room; also answers who the join saw online. */
  async function inRoom(baseUrl: string, user: TestUser, roomId: string): Promise<Socket & { online: string[] }> {
    const socket = await connect(baseUrl, user);
    const joined = await ack(socket, 'room:join', { roomId });
    expect(joined).toMatchObject({ ok: true });
    return Object.assign(socket, { online: ids(joined.online) });
  }

  const send = (socket: Socket, roomId: string, body: string) =>
    ack(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body });

  async function members(cohort: TestCohort, n: number): Promise<TestUser[]> {
    return Promise.all(Array.from({ length: n }, () => ctx.newMember({ cohort })));
  }

  /** Three members of a new group, in its room: the first on A, the second on B, the third on C. */
  async function oneOnEachNode(): Promise<{
    cohort: TestCohort;
    people: TestUser[];
    onA: Socket;
    onB: Socket;
    onC: Socket;
  }> {
    const cohort = await ctx.newCohort();
    const people = await members(cohort, 3);
    const [onA, onB, onC] = await Promise.all(
      [node.A, node.B, node.C].map((url, i) => inRoom(url, people[i], cohort.roomId)),
    );
    return { cohort, people, onA, onB, onC };
  }

  /** A member with a tab on B and one on C, and a peer watching the same room from A. */
  async function onTwoNodes(): Promise<{
    cohort: TestCohort;
    person: TestUser;
    peer: TestUser;
    tabs: Socket[];
    watching: Socket;
  }> {
    const cohort = await ctx.newCohort();
    const [person, peer] = await members(cohort, 2);
    const tabs = [await inRoom(node.B, person, cohort.roomId), await inRoom(node.C, person, cohort.roomId)];
    return { cohort, person, peer, tabs, watching: await inRoom(node.A, peer, cohort.roomId) };
  }

  it('delivers a message sent on one node to members on the other two, once each and in seq order, and to no one outside the cohort', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const { cohort, people, onA, onB, onC } = await oneOnEachNode();
    // Someone of another group on each node, in their own group's room.
    const other = await oneOnEachNode();
    const outside = [other.onA, other.onB, other.onC];
    const refused = await ack(other.onC, 'room:join', { roomId: cohort.roomId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const atB = collect(onB, 'message:new');
    const atC = collect(onC, 'message:new');
    const leaked = outside.map((s) => collect(s, 'message:new'));
    // Sent without waiting for each answer: one socket's messages are stored in the order it sent them.
    const sent = await Promise.all(Array.from({ length: 5 }, (_, i) => send(onA, cohort.roomId, `from node A, ${i}`)));
    expect(sent.every((s) => s.ok)).toBe(true);
    const seqs = sent.map((s) => s.message.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
    // A last message: once it has arrived on B and C, anything sent twice would have arrived before it.
    const lastAtB = next(onB, 'message:new', (m) => m.seq === seqs[4] + 1);
    const lastAtC = next(onC, 'message:new', (m) => m.seq === seqs[4] + 1);
    const last = await send(onA, cohort.roomId, 'from node A, last');
    expect(last).toMatchObject({ ok: true, message: { seq: seqs[4] + 1 } });
    await Promise.all([lastAtB, lastAtC]);

    const expected = [...sent.map((s) => s.message.id), last.message.id];
    for (const received of [atB, atC]) {
      expect(received.map((m) => m.id)).toEqual(expected);
      expect(received.map((m) => m.seq)).toEqual([...seqs, seqs[4] + 1]);
      expect(received[0]).toMatchObject({
        roomId: cohort.roomId,
        author: { id: people[0].id },
        body: 'from node A, 0',
      });
    }
    expect(leaked).toEqual([[], [], []]);
  });

  it('delivers messages sent at the same moment on two nodes to a member on the third once each, and catch-up has them in seq order', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const { cohort, onA, onB, onC } = await oneOnEachNode();
    const atC = collect(onC, 'message:new');
    const sent = await Promise.all(
      Array.from({ length: 10 }, (_, i) => send(i % 2 ? onB : onA, cohort.roomId, `at once ${i}`)),
    );
    expect(sent.every((s) => s.ok)).toBe(true);
    // Each node announces its own messages in seq order; between two nodes live order may differ
    // (the client catches up on a gap), but nothing is lost or doubled.
    const marks = [onA, onB].map((s) => send(s, cohort.roomId, 'last'));
    const lastSeqs = (await Promise.all(marks)).map((m) => m.message.seq);
    await waitFor('both last messages on C', () =>
      lastSeqs.every((seq) => atC.some((m) => m.seq === seq)) ? true : undefined,
    );
    const earlier = atC.filter((m) => !lastSeqs.includes(m.seq));
    expect(earlier.map((m) => m.id).sort()).toEqual(sent.map((s) => s.message.id).sort());
    const first = Math.min(...sent.map((s) => s.message.seq));
    const synced = await ack(onC, 'sync', { rooms: [{ roomId: cohort.roomId, afterSeq: first - 1 }] });
    expect(synced.rooms[0].messages.map((m: { seq: number }) => m.seq)).toEqual(
      Array.from({ length: 12 }, (_, i) => first + i),
    );
  });

  it('shows people on different nodes online to each other, once per person, and sees them go offline', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const cohort = await ctx.newCohort();
    const [dee, eve, fay] = await members(cohort, 3);
    const onA = await inRoom(node.A, dee, cohort.roomId);
    const allSeenOnA = next(onA, 'presence', (p) => p.online.length === 3);
    const onB = await inRoom(node.B, eve, cohort.roomId);
    const allSeenOnB = next(onB, 'presence', (p) => p.online.length === 3);
    // Eve has a second tab, on C: she is still one person.
    await inRoom(node.C, eve, cohort.roomId);
    const onC = await inRoom(node.C, fay, cohort.roomId);
    expect(onC.online).toEqual(ids([dee, eve, fay]));
    expect(ids((await allSeenOnA).online)).toEqual(ids([dee, eve, fay]));
    expect(ids((await allSeenOnB).online)).toEqual(ids([dee, eve, fay]));

    // Fay closes her app on C; A and B see her go.
    const goneOnA = next(onA, 'presence', (p) => p.online.length === 2);
    const goneOnB = next(onB, 'presence', (p) => p.online.length === 2);
    onC.close();
    expect(ids((await goneOnA).online)).toEqual(ids([dee, eve]));
    expect(ids((await goneOnB).online)).toEqual(ids([dee, eve]));
    // Eve closes her tab on B but is still here on C.
    const stillOnA = next(onA, 'presence');
    onB.close();
    expect(ids((await stillOnA).online)).toEqual(ids([dee, eve]));
  });

  it('hides and removes a message through one node; members on the others see it live and in history', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    // The author is on B; members on A and C watch.
    const { cohort, people, onA, onB: author, onC } = await oneOnEachNode();
    const cal = people[2];
    const staff = await connect(node.B, moderator);
    const hurtful = await send(author, cohort.roomId, 'something hurtful');
    const other = await send(author, cohort.roomId, 'something else to take down');
    expect([hurtful.ok, other.ok]).toEqual([true, true]);

    // A member on C reports it; the moderator hides it through B's API.
    const flag = await rest(node.C, 'POST', '/api/flags', cal.accessToken, {
      targetType: 'message',
      targetId: hurtful.message.id,
      reason: 'harassment',
    });
    expect(flag.status).toBe(201);
    const hiddenOnA = next(onA, 'message:updated', (m) => m.id === hurtful.message.id);
    const hiddenOnC = next(onC, 'message:updated', (m) => m.id === hurtful.message.id);
    const resolved = await rest(
      node.B,
      'POST',
      `/api/moderation/queue/${flag.body.reviewItemId}/resolve`,
      moderator.accessToken,
      { action: 'hide', reason: 'unkind to another member' },
    );
    expect(resolved.status).toBe(200);
    for (const seen of await Promise.all([hiddenOnA, hiddenOnC])) {
      expect(seen).toMatchObject({ id: hurtful.message.id, status: 'hidden', body: null, author: null });
    }

    // The moderator's socket on B removes the other one.
    const removedOnA = next(onA, 'message:updated', (m) => m.id === other.message.id);
    const removedOnC = next(onC, 'message:updated', (m) => m.id === other.message.id);
    expect(await ack(staff, 'message:delete', { messageId: other.message.id })).toMatchObject({
      ok: true,
      message: { status: 'removed' },
    });
    for (const seen of await Promise.all([removedOnA, removedOnC])) {
      expect(seen).toMatchObject({ id: other.message.id, status: 'removed', body: null });
    }

    // History from C: members get neither text; the moderator still sees the hidden words.
    const path = `/api/rooms/${cohort.roomId}/messages`;
    const forMember = await rest(node.C, 'GET', path, cal.accessToken);
    expect(forMember.status).toBe(200);
    expect(forMember.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: hurtful.message.id, status: 'hidden', body: null }),
        expect.objectContaining({ id: other.message.id, status: 'removed', body: null }),
      ]),
    );
    const forStaff = await rest(node.C, 'GET', path, moderator.accessToken);
    expect(forStaff.body.find((m: { id: string }) => m.id === hurtful.message.id)).toMatchObject({
      status: 'hidden',
      body: 'something hurtful',
    });
  });

  it('mutes a member through one node: their send on another is refused at once, with the reason', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const { cohort, person: muted, peer, tabs, watching } = await onTwoNodes();
    const [onB, onC] = tabs;
    const told = tabs.map((tab) => next(tab, 'sanction'));
    await sanctionThroughQueue(ctx, moderator, muted, { action: 'mute', reason: 'cooling off', durationMinutes: 30 });
    for (const sanction of await Promise.all(told)) {
      expect(sanction).toMatchObject({ kind: 'mute', reason: 'cooling off', until: expect.any(String) });
    }
    const delivered = collect(watching, 'message:new');
    const refused = await send(onC, cohort.roomId, 'still talking');
    expect(refused).toMatchObject({ ok: false, error: { code: 'muted', retryAfterSeconds: expect.any(Number) } });
    expect(refused.error.message).toContain('cooling off');
    const overRest = await rest(node.B, 'POST', `/api/rooms/${cohort.roomId}/messages`, muted.accessToken, {
      clientMsgId: randomUUID(),
      body: 'still talking',
    });
    expect(overRest.status).toBe(403);
    expect(overRest.body.code).toBe('muted');
    // Muted, not gone: both sockets stay connected and still receive the room.
    const heard = next(onC, 'message:new');
    expect((await send(watching, cohort.roomId, 'hello')).ok).toBe(true);
    await heard;
    expect(onB.connected && onC.connected).toBe(true);
    // The refused words went nowhere.
    expect(delivered.map((m) => m.author.id)).toEqual([peer.id]);
  });

  it('suspends a member through one node: their sockets on the other nodes are told and closed, and cannot come back', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const { cohort, person: suspended, peer, tabs, watching } = await onTwoNodes();
    const told = tabs.map((tab) => next(tab, 'sanction'));
    const closed = tabs.map((tab) => disconnected(tab));
    const gone = next(watching, 'presence', (p) => !ids(p.online).includes(suspended.id));
    await sanctionThroughQueue(ctx, moderator, suspended, {
      action: 'suspend',
      reason: 'repeated harassment',
      durationMinutes: 60,
    });
    for (const sanction of await Promise.all(told)) {
      expect(sanction).toMatchObject({ kind: 'suspend', reason: 'repeated harassment' });
    }
    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);
    expect(ids((await gone).online)).toEqual([peer.id]);
    // Their still-valid access token opens nothing on any node.
    for (const url of [node.A, node.B, node.C]) {
      expect((await refusedConnection(url, suspended.accessToken)).data?.code).toBe('account_suspended');
    }
    const overRest = await rest(node.C, 'GET', `/api/rooms/${cohort.roomId}/messages`, suspended.accessToken);
    expect(overRest.status).toBe(401);
  });

  it('holds a person to one send limit in total (10 per 10 s) whichever nodes their sockets are on', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const { cohort, person: quick, tabs } = await onTwoNodes();
    const elsewhere = await ctx.newCohort();
    // Refused sends give their hit back (in Redis, as every node counts there).
    for (const tab of tabs) {
      expect(await send(tab, elsewhere.roomId, 'not my group')).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    }
    const sent = [];
    for (let i = 0; i < 10; i++) {
      sent.push(await send(tabs[i % 2], cohort.roomId, `message ${i}`));
      expect(sent[i]).toMatchObject({ ok: true });
    }
    // A retry of a stored message is answered with it even at the limit.
    const retry = await ack(tabs[1], 'message:send', {
      roomId: cohort.roomId,
      clientMsgId: sent[0].message.clientMsgId,
      body: 'message 0',
    });
    expect(retry).toMatchObject({ ok: true, message: { id: sent[0].message.id } });
    for (const tab of tabs) {
      expect(await send(tab, cohort.roomId, 'one too many')).toMatchObject({
        ok: false,
        error: { code: 'rate_limited', retryAfterSeconds: expect.any(Number) },
      });
    }
    const overRest = await rest(node.A, 'POST', `/api/rooms/${cohort.roomId}/messages`, quick.accessToken, {
      clientMsgId: randomUUID(),
      body: 'one too many',
    });
    expect(overRest.status).toBe(429);
    expect(overRest.headers.get('retry-after')).toMatch(/^\d+$/);
    const [stored] = await ctx.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [
      quick.id,
    ]);
    expect(stored.n).toBe(10);
  });

  it('applies slow mode set through one node to a member sending through two others', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const { cohort, tabs } = await onTwoNodes();
    const told = tabs.map((tab) => next(tab, 'room:updated', (r) => r.id === cohort.roomId));
    const set = await ctx.t.patch(`/api/rooms/${cohort.roomId}`, { slowModeSeconds: 60 }, moderator.accessToken);
    expect(set.status).toBe(200);
    for (const room of await Promise.all(told)) {
      expect(room.slowModeSeconds).toBe(60);
    }
    expect(await send(tabs[0], cohort.roomId, 'one')).toMatchObject({ ok: true });
    expect(await send(tabs[1], cohort.roomId, 'two')).toMatchObject({
      ok: false,
      error: { code: 'slow_mode', retryAfterSeconds: expect.any(Number) },
    });
  });

  it('escalates an unacknowledged crisis alert once, not once per node', async () => {
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const cohort = await ctx.newCohort();
    const [member] = await members(cohort, 1);
    const clinician = await ctx.newClinician({ cohort });
    const admin = await ctx.newAdmin();
    expect((await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken)).status).toBe(200);
    const onDuty = await connect(node.B, clinician);
    const adminOnC = await connect(node.C, admin);
    const clinicianOnA = await connect(node.A, clinician);
    const raised = next(onDuty, 'alert:new');
    const author = await inRoom(node.C, member, cohort.roomId);
    const crisis = await send(author, cohort.roomId, CRISIS_WORDS);
    expect(crisis).toMatchObject({ ok: true, signpost: { crisis: true } });
    const alert = await raised;
    expect(alert).toMatchObject({ status: 'open', escalated: false, target: { id: crisis.message.id } });

    const escalations = [adminOnC, clinicianOnA, onDuty].map((s) => collect(s, 'alert:updated'));
    // Nobody acknowledges: 3 s later the next check on any of the three nodes escalates it.
    await waitFor(
      'the escalation to reach the admin on C and the clinician on A and B',
      () => (escalations.every((seen) => seen.length > 0) ? true : undefined),
      15_000,
    );
    // No node may escalate it again. Every node runs its check every 5 s: by 5 s after the alert
    // fell due each has had its turn (1.5 s to spare), so a second escalation would have shown by then.
    await quietPeriod(Date.parse(alert.escalateAt) + 6_500 - Date.now());
    for (const seen of escalations) {
      expect(seen).toEqual([expect.objectContaining({ id: alert.id, escalated: true, status: 'open' })]);
    }
    const [audit] = await ctx.t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'crisis.escalated' AND target_id = $1`,
      [alert.id],
    );
    expect(audit.n).toBe(1);
  }, 40_000);
});
