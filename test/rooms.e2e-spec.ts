import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { RateLimiter } from '../src/common/rate-limiter';
import { MessagesRepository } from '../src/rooms/messages.repository';
import { TERMS } from '../src/consent/terms';
import { sanctionThroughQueue, TestCohort, TestContext, TestUser } from './support/context';
import { ack, collect, connectSocket, next, serverSockets } from './support/sockets';
import { quietPeriod, waitFor } from './support/wait';

type Sent = { ok: boolean; message?: any; error?: { code: string; message: string; details?: string[] } };

describe('cohort rooms', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let other: TestCohort;
  let ana: TestUser;
  let ben: TestUser;
  let cam: TestUser;
  let outsider: TestUser;
  const sockets: Socket[] = [];

  async function open(user: TestUser, roomId?: string): Promise<Socket> {
    const socket = await connectSocket(ctx.t.baseUrl, user.accessToken);
    sockets.push(socket);
    if (roomId) {
      const joined = await ack(socket, 'room:join', { roomId });
      expect(joined.ok).toBe(true);
    }
    return socket;
  }

  function send(socket: Socket, roomId: string, body: string, extra: Record<string, unknown> = {}): Promise<Sent> {
    return ack(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body, ...extra });
  }

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    other = await ctx.newCohort();
    ana = await ctx.newMember({ cohort });
    ben = await ctx.newMember({ cohort });
    cam = await ctx.newMember({ cohort });
    outsider = await ctx.newMember({ cohort: other });
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) {
      s.close();
    }
  });
  afterAll(() => ctx.close());

  it('lists the rooms each role may see: the cohort room for members, the alumni lounge, the staff room', async () => {
    const names = async (user: TestUser) =>
      ((await ctx.t.get('/api/rooms', user.accessToken)).body as { id: string; kind: string }[]).map((r) => r.kind);
    const rooms = (await ctx.t.get('/api/rooms', ana.accessToken)).body;
    expect(rooms).toEqual([
      {
        id: cohort.roomId,
        kind: 'cohort',
        name: 'Group chat',
        cohortName: cohort.name,
        cohortId: cohort.id,
        lastSeq: expect.any(Number),
        unread: expect.any(Number),
        lastReadSeq: expect.any(Number),
        slowModeSeconds: 0,
        canModerate: false,
      },
    ]);
    expect(await names(await ctx.newAlumni())).toEqual(['alumni']);
    const clinician = await ctx.newClinician({ cohort });
    expect(await names(clinician)).toEqual(['cohort', 'alumni', 'staff']);
    const moderator = await ctx.newModerator();
    expect((await names(moderator)).filter((k) => k === 'cohort').length).toBeGreaterThanOrEqual(2);
  });

  it('delivers a message to every member in the room and to no one outside it', async () => {
    const [a, b, c] = [await open(ana, cohort.roomId), await open(ben, cohort.roomId), await open(cam, cohort.roomId)];
    const stranger = await open(outsider, other.roomId);
    const alumniSocket = await open(await ctx.newAlumni());
    const leaked = [collect(stranger, 'message:new'), collect(alumniSocket, 'message:new')];
    const atBen = next(b, 'message:new', (m) => m.body === 'hello group');
    const atCam = next(c, 'message:new', (m) => m.body === 'hello group');
    const atAna = next(a, 'message:new', (m) => m.body === 'hello group');
    const sent = await send(a, cohort.roomId, 'hello group');
    expect(sent).toEqual({
      ok: true,
      message: {
        id: expect.any(String),
        roomId: cohort.roomId,
        seq: expect.any(Number),
        clientMsgId: expect.any(String),
        author: { id: ana.id, displayName: ana.displayName },
        body: 'hello group',
        contentWarning: null,
        status: 'visible',
        createdAt: expect.any(String),
        editedAt: null,
      },
    });
    const [gotBen, gotCam, gotAna] = await Promise.all([atBen, atCam, atAna]);
    expect(gotBen).toEqual({ ...sent.message, clientMsgId: null });
    expect(gotCam).toEqual(gotBen);
    // The author's own sockets get their clientMsgId back, to match a pending send.
    expect(gotAna).toEqual(sent.message);
    // Nothing marks a message not delivered: the outsiders get a bounded time to receive it.
    await quietPeriod();
    expect(leaked.flat()).toEqual([]);
    const stored = await ctx.t.query(`SELECT body, seq FROM messages WHERE id = $1`, [sent.message.id]);
    expect(stored).toEqual([{ body: 'hello group', seq: String(sent.message.seq) }]);
  });

  it('refuses cross-cohort join, send and history: 404 over REST, an error ack over the socket, as if the room did not exist', async () => {
    const s = await open(outsider);
    const notFound = { ok: false, error: { code: 'not_found', message: 'Room not found' } };
    expect(await ack(s, 'room:join', { roomId: cohort.roomId })).toEqual(notFound);
    expect(await ack(s, 'room:join', { roomId: randomUUID() })).toEqual(notFound);
    expect(await send(s, cohort.roomId, 'let me in')).toEqual(notFound);
    expect(await ack(s, 'read', { roomId: cohort.roomId, seq: 1 })).toEqual(notFound);
    const sync = await ack(s, 'sync', { rooms: [{ roomId: cohort.roomId, afterSeq: 0 }] });
    expect(sync).toEqual({
      ok: true,
      rooms: [
        {
          roomId: cohort.roomId,
          messages: [],
          hasMore: false,
          error: { code: 'not_found', message: 'Room not found' },
        },
      ],
    });
    for (const res of [
      await ctx.t.get(`/api/rooms/${cohort.roomId}/messages`, outsider.accessToken),
      await ctx.t.get(`/api/rooms/${cohort.roomId}`, outsider.accessToken),
      await ctx.t.post(`/api/rooms/${cohort.roomId}/messages`, { clientMsgId: 'x1', body: 'hi' }, outsider.accessToken),
      await ctx.t.get(`/api/rooms/${randomUUID()}/messages`, outsider.accessToken),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Room not found' });
    }
    // Members never see the staff room; alumni no longer see active cohort rooms.
    const staffRoom = (await ctx.t.query(`SELECT id FROM rooms WHERE kind = 'staff'`))[0].id;
    expect((await ctx.t.get(`/api/rooms/${staffRoom}/messages`, ana.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/rooms/${cohort.roomId}/messages`, (await ctx.newAlumni()).accessToken)).status).toBe(
      404,
    );
    expect(await ctx.t.query(`SELECT 1 FROM messages WHERE author_id = $1`, [outsider.id])).toEqual([]);
  });

  it('is idempotent by clientMsgId: a resend, even at the same instant or over REST, returns the first message', async () => {
    const a = await open(ana, cohort.roomId);
    const b = await open(ben, cohort.roomId);
    const arrivals = collect(b, 'message:new');
    const clientMsgId = randomUUID();
    const payload = { roomId: cohort.roomId, clientMsgId, body: 'only once' };
    const otherTab = await open(ana);
    const [first, second] = await Promise.all([
      ack(a, 'message:send', payload),
      ack(otherTab, 'message:send', payload),
    ]);
    const third = await ack(a, 'message:send', { ...payload, body: 'a changed retry' });
    const rest = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId, body: 'only once' },
      ana.accessToken,
    );
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(rest.status).toBe(201);
    expect(rest.body).toEqual(first.message);
    await waitFor('the message at Ben', () => (arrivals.some((m) => m.id === first.message.id) ? true : undefined));
    // A second broadcast of it would come later, if at all: a bounded time for it to show.
    await quietPeriod();
    expect(arrivals.filter((m) => m.id === first.message.id)).toHaveLength(1);
    expect(
      await ctx.t.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id = $1`, [clientMsgId]),
    ).toEqual([{ n: 1 }]);
    // The same id in another room is a mistake the client must hear about.
    const lounge = await ctx.newCohort();
    await ctx.join(ana, lounge);
    const elsewhere = await ack(a, 'message:send', { ...payload, roomId: lounge.roomId });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'client_msg_id_reused' } });
  });

  it('numbers messages per room with no gaps and no reordering, even when many people send at once', async () => {
    const room = await ctx.newCohort();
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => ctx.newMember({ cohort: room })));
    const socketsByPerson = await Promise.all(people.map((p) => open(p, room.roomId)));
    const watcher = await open(await ctx.newMember({ cohort: room }), room.roomId);
    const seen = collect(watcher, 'message:new');
    const results = await Promise.all(
      socketsByPerson.flatMap((s, i) => [0, 1, 2, 3, 4, 5].map((n) => send(s, room.roomId, `p${i} m${n}`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const seqs = results.map((r) => r.message.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    await waitFor('all 30 at the watcher', () => (seen.length >= 30 ? true : undefined));
    // Delivered in the order stored.
    expect(seen.map((m) => m.seq)).toEqual(seqs);
    const history = await ctx.t.get(`/api/rooms/${room.roomId}/messages?limit=100`, people[0].accessToken);
    expect(history.body.map((m: any) => m.seq)).toEqual(seqs);
    for (let i = 0; i < 5; i++) {
      const own = history.body.filter((m: any) => m.author.id === people[i].id).map((m: any) => m.body);
      expect(own).toEqual([0, 1, 2, 3, 4, 5].map((n) => `p${i} m${n}`));
    }
  });

  it('stores sends arriving together in several rooms together, and one bad send among them sinks no other', async () => {
    const rooms = await Promise.all([1, 2, 3, 4, 5, 6].map(() => ctx.newCohort()));
    const people = await Promise.all(rooms.map((room) => ctx.newMember({ cohort: room })));
    const sockets = await Promise.all(people.map((p, i) => open(p, rooms[i].roomId)));
    // Someone in two groups sends one clientMsgId to both at once: only the first can have it.
    const twice = await ctx.newMember({ cohort: rooms[0] });
    await ctx.join(twice, rooms[1]);
    const tabs = await Promise.all([open(twice, rooms[0].roomId), open(twice, rooms[1].roomId)]);
    const clientMsgId = randomUUID();
    // Watched to show the sends did travel together (the behaviour asserted below holds either way).
    const repo = ctx.t.app.get<MessagesRepository, { storeIfClear: (sends: unknown[]) => Promise<unknown> }>(
      MessagesRepository,
    );
    const spy = jest.spyOn(repo, 'storeIfClear');
    try {
      const [results, doubled] = await Promise.all([
        Promise.all(sockets.map((s, i) => send(s, rooms[i].roomId, `together ${i}`))),
        Promise.all(
          tabs.map((tab, i) => ack(tab, 'message:send', { roomId: rooms[i].roomId, clientMsgId, body: 'twice' })),
        ),
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, true]);
      expect(doubled.filter((r) => r.ok)).toHaveLength(1);
      expect(doubled.filter((r) => !r.ok)).toEqual([
        { ok: false, error: expect.objectContaining({ code: 'client_msg_id_reused' }) },
      ]);
      expect(Math.max(...spy.mock.calls.map(([sends]) => sends.length))).toBeGreaterThan(1);
    } finally {
      spy.mockRestore();
    }
    const stored = await ctx.t.query<{ room_id: string; seqs: number[] }>(
      `SELECT room_id, array_agg(seq::int ORDER BY seq) AS seqs FROM messages WHERE room_id = ANY($1) GROUP BY room_id`,
      [rooms.map((r) => r.roomId)],
    );
    const byRoom = new Map(stored.map((r) => [r.room_id, r.seqs]));
    expect(byRoom.get(rooms[0].roomId)!.length + byRoom.get(rooms[1].roomId)!.length).toBe(3);
    for (const room of rooms) {
      const seqs = byRoom.get(room.roomId)!;
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it('gives a client that missed 200 messages exactly those 200, in order, through sync with paging', async () => {
    const room = await ctx.newCohort();
    const [reader, writer] = [await ctx.newMember({ cohort: room }), await ctx.newMember({ cohort: room })];
    const r1 = await open(reader, room.roomId);
    const w = await open(writer, room.roomId);
    const before = await send(w, room.roomId, 'seen live');
    await next(r1, 'message:new', (m) => m.id === before.message.id).catch(() => undefined);
    const lastSeen = before.message.seq;
    r1.close();
    const missed: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await ctx.t.post(
        `/api/rooms/${room.roomId}/messages`,
        { clientMsgId: `bulk-${i}`, body: `missed ${i}` },
        writer.accessToken,
      );
      // The REST path has the same per-person limit; reset it as time passing would.
      if (res.status === 429) {
        await ctx.t.query(`SELECT 1`);
        await resetSendLimit(writer);
        i--;
        continue;
      }
      expect(res.status).toBe(201);
      missed.push(res.body.seq);
    }
    const r2 = await open(reader, room.roomId);
    const got: any[] = [];
    let after = lastSeen;
    for (;;) {
      const page = await ack(r2, 'sync', { rooms: [{ roomId: room.roomId, afterSeq: after }] });
      expect(page.ok).toBe(true);
      const [synced] = page.rooms;
      got.push(...synced.messages);
      if (!synced.hasMore) {
        break;
      }
      after = synced.messages[synced.messages.length - 1].seq;
    }
    expect(got).toHaveLength(200);
    expect(got.map((m) => m.seq)).toEqual(missed);
    expect(got.map((m) => m.body)).toEqual(Array.from({ length: 200 }, (_, i) => `missed ${i}`));
  });

  async function resetSendLimit(user: TestUser): Promise<void> {
    await ctx.t.app.get(RateLimiter).reset(`chat-send:${user.id}`);
  }

  it('pages history by seq: newest first page, before, after, both, and refuses a limit over 100', async () => {
    const room = await ctx.newCohort();
    const writer = await ctx.newMember({ cohort: room });
    for (let i = 1; i <= 25; i++) {
      if (i % 10 === 0) {
        await resetSendLimit(writer);
      }
      await ctx.t.post(
        `/api/rooms/${room.roomId}/messages`,
        { clientMsgId: `h${i}`, body: `m${i}` },
        writer.accessToken,
      );
    }
    const seqs = async (query: string) => {
      const res = await ctx.t.get(`/api/rooms/${room.roomId}/messages${query}`, writer.accessToken);
      expect(res.status).toBe(200);
      return { seqs: res.body.map((m: any) => m.seq), hasMore: res.headers.get('x-has-more') };
    };
    expect(await seqs('?limit=5')).toEqual({ seqs: [21, 22, 23, 24, 25], hasMore: 'true' });
    expect(await seqs('?before=21&limit=5')).toEqual({ seqs: [16, 17, 18, 19, 20], hasMore: 'true' });
    expect(await seqs('?before=4&limit=5')).toEqual({ seqs: [1, 2, 3], hasMore: 'false' });
    expect(await seqs('?after=22')).toEqual({ seqs: [23, 24, 25], hasMore: 'false' });
    expect(await seqs('?after=2&before=6')).toEqual({ seqs: [3, 4, 5], hasMore: 'false' });
    for (const [query, message] of [
      ['?limit=101', 'limit must not be greater than 100'],
      ['?limit=0', 'limit must not be less than 1'],
      ['?before=abc', 'before must be an integer number'],
      ['?after=-1', 'after must be an integer number'],
    ]) {
      const res = await ctx.t.get(`/api/rooms/${room.roomId}/messages${query}`, writer.accessToken);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(message);
    }
  });

  it('answers bad payloads with { ok: false, error } naming the fields, and the socket keeps working', async () => {
    const a = await open(ana, cohort.roomId);
    const empty = await ack(a, 'message:send', { roomId: cohort.roomId, clientMsgId: 'e1', body: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(empty.error.details ?? [empty.error.message]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^body /)]),
    );
    const tooLong = await ack(a, 'message:send', { roomId: cohort.roomId, clientMsgId: 'e2', body: 'x'.repeat(4001) });
    expect(tooLong.error.message).toMatch(/body must be shorter than or equal to 4000 characters/);
    const exactly = await send(a, cohort.roomId, 'y'.repeat(4000));
    expect(exactly.ok).toBe(true);
    for (const payload of [
      undefined,
      'text',
      42,
      [],
      { roomId: 'nope', clientMsgId: 'e3', body: 'hi' },
      { body: 'hi' },
    ]) {
      const res = await ack(a, 'message:send', payload);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    const extra = await ack(a, 'message:send', {
      roomId: cohort.roomId,
      clientMsgId: 'e4',
      body: 'hi',
      status: 'visible',
    });
    expect(extra.error.message).toMatch(/status should not exist/);
    expect(a.connected).toBe(true);
    expect((await send(a, cohort.roomId, 'still here')).ok).toBe(true);
    const rest = await ctx.t.post(`/api/rooms/${cohort.roomId}/messages`, { body: '' }, ana.accessToken);
    expect(rest.status).toBe(400);
    expect(rest.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^clientMsgId /), expect.stringMatching(/^body /)]),
    );
  });

  it('limits each person to 10 messages in 10 seconds with a clear error, and staff can set slow mode', async () => {
    const room = await ctx.newCohort();
    const member = await ctx.newMember({ cohort: room });
    const s = await open(member, room.roomId);
    const results: Sent[] = [];
    for (let i = 0; i < 11; i++) {
      results.push(await send(s, room.roomId, `fast ${i}`));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toEqual({
      ok: false,
      error: {
        code: 'rate_limited',
        message: 'You are sending messages very quickly; please wait a moment',
        retryAfterSeconds: expect.any(Number),
      },
    });
    expect(await ctx.t.query(`SELECT count(*)::int AS n FROM messages WHERE room_id = $1`, [room.roomId])).toEqual([
      { n: 10 },
    ]);

    const clinician = await ctx.newClinician({ cohort: room });
    const refused = await ctx.t.patch(`/api/rooms/${room.roomId}`, { slowModeSeconds: 30 }, member.accessToken);
    expect(refused.status).toBe(403);
    const watcher = await open(await ctx.newMember({ cohort: room }), room.roomId);
    const updated = next(watcher, 'room:updated');
    const set = await ctx.t.patch(`/api/rooms/${room.roomId}`, { slowModeSeconds: 30 }, clinician.accessToken);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: room.roomId, slowModeSeconds: 30, canModerate: true });
    expect(await updated).toMatchObject({ id: room.roomId, slowModeSeconds: 30 });
    expect(
      (await ctx.t.patch(`/api/rooms/${room.roomId}`, { slowModeSeconds: 5000 }, clinician.accessToken)).status,
    ).toBe(400);
    const slowpoke = await ctx.newMember({ cohort: room });
    const sp = await open(slowpoke, room.roomId);
    expect((await send(sp, room.roomId, 'first')).ok).toBe(true);
    const second = await send(sp, room.roomId, 'second');
    expect(second).toMatchObject({ ok: false, error: { code: 'slow_mode', retryAfterSeconds: expect.any(Number) } });
    expect(second.error!.message).toMatch(/^Slow mode is on in this room: you can send again in \d+ seconds?$/);
    // Staff are not slowed down.
    const cs = await open(clinician, room.roomId);
    expect((await send(cs, room.roomId, 'staff one')).ok).toBe(true);
    expect((await send(cs, room.roomId, 'staff two')).ok).toBe(true);
    const audit = await ctx.t.query(`SELECT action, details FROM audit_log WHERE target_id = $1`, [room.roomId]);
    expect(audit).toEqual([{ action: 'room.slow_mode_set', details: { seconds: 30 } }]);
  });

  it('counts only stored messages against the limit: refused sends and resends of a stored message do not use it up', async () => {
    const room = await ctx.newCohort();
    const member = await ctx.newMember({ cohort: room });
    const s = await open(member, room.roomId);
    // Refused for access: nothing stored, nothing counted.
    for (let i = 0; i < 3; i++) {
      expect(await send(s, other.roomId, `wrong room ${i}`)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    const sent: Sent[] = [];
    for (let i = 0; i < 10; i++) {
      sent.push(await send(s, room.roomId, `counted ${i}`));
    }
    expect(sent.every((r) => r.ok)).toBe(true);
    // The limit is reached, yet a retry of a stored message still gets that message back (a reconnecting client resends).
    const again = await ack(s, 'message:send', {
      roomId: room.roomId,
      clientMsgId: sent[0].message.clientMsgId,
      body: 'counted 0',
    });
    expect(again).toMatchObject({ ok: true, message: { id: sent[0].message.id, seq: sent[0].message.seq } });
    expect(await send(s, room.roomId, 'one too many')).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await ctx.t.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [member.id])).toEqual([
      { n: 10 },
    ]);
  });

  it('edits own messages within 15 minutes, keeping the previous words for moderators; deletes own; staff delete any', async () => {
    const a = await open(ana, cohort.roomId);
    const b = await open(ben, cohort.roomId);
    const sent = await send(a, cohort.roomId, 'first words');
    const updated = next(b, 'message:updated', (m) => m.id === sent.message.id);
    const edited = await ack(a, 'message:edit', { messageId: sent.message.id, body: 'better words' });
    expect(edited).toMatchObject({
      ok: true,
      message: { id: sent.message.id, body: 'better words', editedAt: expect.any(String) },
    });
    expect(await updated).toMatchObject({ body: 'better words', seq: sent.message.seq });
    // Others cannot edit or delete it.
    expect(await ack(b, 'message:edit', { messageId: sent.message.id, body: 'mine now' })).toMatchObject({
      ok: false,
      error: { code: 'not_author' },
    });
    expect(await ack(b, 'message:delete', { messageId: sent.message.id })).toMatchObject({
      ok: false,
      error: { code: 'not_author' },
    });
    const clinician = await ctx.newClinician({ cohort });
    const history = await ctx.t.get(`/api/messages/${sent.message.id}/edits`, clinician.accessToken);
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      expect.objectContaining({ previousBody: 'first words', editor: { id: ana.id, displayName: ana.displayName } }),
    ]);
    expect((await ctx.t.get(`/api/messages/${sent.message.id}/edits`, ben.accessToken)).status).toBe(403);

    await ctx.t.query(`UPDATE messages SET created_at = now() - interval '16 minutes' WHERE id = $1`, [
      sent.message.id,
    ]);
    expect(await ack(a, 'message:edit', { messageId: sent.message.id, body: 'too late' })).toEqual({
      ok: false,
      error: { code: 'edit_window_closed', message: 'Messages can be edited for 15 minutes after sending' },
    });

    const removed = next(b, 'message:updated', (m) => m.id === sent.message.id && m.status === 'removed');
    const deleted = await ack(a, 'message:delete', { messageId: sent.message.id });
    expect(deleted).toMatchObject({ ok: true, message: { status: 'removed', body: null, author: null } });
    expect(await removed).toMatchObject({ status: 'removed', body: null, author: null, contentWarning: null });

    const bens = await send(b, cohort.roomId, 'please take this down');
    const staffDelete = await ctx.t.delete(`/api/messages/${bens.message.id}`, undefined, clinician.accessToken);
    expect(staffDelete.status).toBe(200);
    // Staff who moderate still see what was said.
    expect(staffDelete.body).toMatchObject({ status: 'removed', body: 'please take this down' });
    const audit = await ctx.t.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1`, [bens.message.id]);
    expect(audit).toEqual([{ action: 'room.message_removed', actor_id: clinician.id }]);
    const seenByMember = await ctx.t.get(
      `/api/rooms/${cohort.roomId}/messages?after=${bens.message.seq - 1}`,
      ana.accessToken,
    );
    expect(seenByMember.body[0]).toMatchObject({ id: bens.message.id, status: 'removed', body: null });
  });

  it('sends the content warning with the message and shows it to everyone', async () => {
    const a = await open(ana, cohort.roomId);
    const b = await open(ben, cohort.roomId);
    const arriving = next(b, 'message:new', (m) => m.body === 'a hard day');
    const sent = await send(a, cohort.roomId, 'a hard day', { contentWarning: 'relapse' });
    expect(sent.message.contentWarning).toBe('relapse');
    expect(await arriving).toMatchObject({ contentWarning: 'relapse' });
  });

  it('shows presence once per person across tabs, and typing to the others only, throttled', async () => {
    const room = await ctx.newCohort();
    const [p, q] = [await ctx.newMember({ cohort: room }), await ctx.newMember({ cohort: room })];
    const q1 = await open(q, room.roomId);
    const presence = next(q1, 'presence', (e) => e.online.length === 2);
    const p1 = await open(p, room.roomId);
    const tab2 = await connectSocket(ctx.t.baseUrl, p.accessToken);
    sockets.push(tab2);
    const joined = await ack(tab2, 'room:join', { roomId: room.roomId });
    expect(joined).toEqual({
      ok: true,
      lastSeq: 0,
      online: [
        { id: p.id, displayName: p.displayName },
        { id: q.id, displayName: q.displayName },
      ].sort((x, y) => x.displayName.localeCompare(y.displayName)),
    });
    expect((await presence).online).toHaveLength(2);

    const typingAtQ = collect(q1, 'typing');
    const typingAtP = collect(p1, 'typing');
    await ack(p1, 'typing', { roomId: room.roomId });
    await ack(p1, 'typing', { roomId: room.roomId });
    await waitFor('Q to see P typing', () => (typingAtQ.length > 0 ? true : undefined));
    // The second notice (too soon after the first) and one back to P must not come: a bounded time to show.
    await quietPeriod();
    expect(typingAtQ).toEqual([{ roomId: room.roomId, user: { id: p.id, displayName: p.displayName } }]);
    expect(typingAtP).toEqual([]);
    expect(await ack(p1, 'typing', { roomId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_joined' },
    });

    // One tab closing leaves the person online; the last one closing takes them off.
    p1.close();
    await waitFor('the server to close that tab', async () =>
      (await serverSockets(ctx.t.app, p.id)).length === 1 ? true : undefined,
    );
    const stillThere = await ack(q1, 'room:join', { roomId: room.roomId });
    expect(stillThere.online.map((u: any) => u.id).sort()).toEqual([p.id, q.id].sort());
    const gone = next(q1, 'presence', (e) => e.online.length === 1);
    tab2.close();
    expect((await gone).online).toEqual([{ id: q.id, displayName: q.displayName }]);
  });

  it('counts unread messages per room and moves the read marker forward only, across tabs', async () => {
    const room = await ctx.newCohort();
    const [reader, writer] = [await ctx.newMember({ cohort: room }), await ctx.newMember({ cohort: room })];
    const w = await open(writer, room.roomId);
    for (let i = 0; i < 4; i++) {
      await send(w, room.roomId, `unread ${i}`);
    }
    const unread = async (user: TestUser) =>
      ((await ctx.t.get('/api/rooms', user.accessToken)).body as any[]).find((r) => r.id === room.roomId);
    expect(await unread(reader)).toMatchObject({ lastSeq: 4, unread: 4, lastReadSeq: 0 });
    // One's own messages are never unread.
    expect(await unread(writer)).toMatchObject({ unread: 0 });
    const r = await open(reader, room.roomId);
    const otherTab = await open(reader);
    const told = next(otherTab, 'room:read');
    expect(await ack(r, 'read', { roomId: room.roomId, seq: 3 })).toEqual({ ok: true });
    expect(await told).toEqual({ roomId: room.roomId, lastReadSeq: 3 });
    expect(await unread(reader)).toMatchObject({ unread: 1, lastReadSeq: 3 });
    await ack(r, 'read', { roomId: room.roomId, seq: 1 });
    expect(await unread(reader)).toMatchObject({ unread: 1, lastReadSeq: 3 });
    expect((await ctx.t.post(`/api/rooms/${room.roomId}/read`, { seq: 999 }, reader.accessToken)).status).toBe(204);
    expect(await unread(reader)).toMatchObject({ unread: 0, lastReadSeq: 4 });
  });

  it('takes a stepped-down member out of the cohort room at once, live, and into the alumni lounge', async () => {
    const room = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort: room });
    const leaving = await ctx.newMember({ cohort: room });
    const staying = await ctx.newMember({ cohort: room });
    const l = await open(leaving, room.roomId);
    const s = await open(staying, room.roomId);
    const removed = next(l, 'room:removed');
    const changed = next(l, 'rooms:changed');
    const res = await ctx.t.post(`/api/cohorts/${room.id}/members/${leaving.id}/step-down`, {}, clinician.accessToken);
    expect(res.status).toBe(200);
    expect(await removed).toEqual({ roomId: room.roomId });
    await changed;
    const after = collect(l, 'message:new');
    const atStaying = next(s, 'message:new', (m) => m.body === 'after you left');
    await send(s, room.roomId, 'after you left');
    await atStaying;
    // Nothing marks a message not delivered: a bounded time for it to reach the one who left.
    await quietPeriod();
    expect(after).toEqual([]);
    // Alumni have their own guidelines to accept first; then the same socket, without
    // reconnecting, is refused the old room and admitted to the lounge.
    expect(await ack(l, 'room:join', { roomId: room.roomId })).toMatchObject({
      ok: false,
      error: { code: 'terms_required' },
    });
    const accepted = await ctx.t.post('/api/terms/accept', { version: TERMS.alumni.version }, leaving.accessToken);
    expect(accepted.status).toBe(204);
    expect(await ack(l, 'room:join', { roomId: room.roomId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const lounge = (await ctx.t.get('/api/rooms', leaving.accessToken)).body as any[];
    expect(lounge.map((r) => r.kind)).toEqual(['alumni']);
    expect(await ack(l, 'room:join', { roomId: lounge[0].id })).toMatchObject({ ok: true });
    expect(await send(l, lounge[0].id, 'hello alumni')).toMatchObject({ ok: true });
  });

  it('lets a person newly added to a cohort join its room without reconnecting', async () => {
    const room = await ctx.newCohort();
    const newcomer = await ctx.newMember({ cohort: other });
    const s = await open(newcomer);
    expect(await ack(s, 'room:join', { roomId: room.roomId })).toMatchObject({ ok: false });
    await ctx.join(newcomer, room);
    expect(await ack(s, 'room:join', { roomId: room.roomId })).toMatchObject({ ok: true });
    expect(await send(s, room.roomId, 'hi all, I am new')).toMatchObject({ ok: true });
  });

  it('keeps blocked people apart: neither receives the other’s words live or in history', async () => {
    const room = await ctx.newCohort();
    const [x, y, z] = [
      await ctx.newMember({ cohort: room }),
      await ctx.newMember({ cohort: room }),
      await ctx.newMember({ cohort: room }),
    ];
    expect((await ctx.t.post('/api/blocks', { userId: y.id }, x.accessToken)).status).toBe(201);
    const [xs, ys, zs] = [await open(x, room.roomId), await open(y, room.roomId), await open(z, room.roomId)];
    const atX = collect(xs, 'message:new');
    const atZ = next(zs, 'message:new', (m) => m.body === 'from y');
    await send(ys, room.roomId, 'from y');
    await atZ;
    // Nothing marks a message not delivered: a bounded time for it to reach the one who blocked.
    await quietPeriod();
    expect(atX).toEqual([]);
    const history = (await ctx.t.get(`/api/rooms/${room.roomId}/messages`, x.accessToken)).body;
    expect(history).toEqual([expect.objectContaining({ body: null, author: null, hiddenReason: 'blocked' })]);
  });

  it('refuses a muted member with the reason and time left', async () => {
    const room = await ctx.newCohort();
    const member = await ctx.newMember({ cohort: room });
    const moderator = await ctx.newModerator();
    await sanctionThroughQueue(ctx, moderator, member, { action: 'mute', reason: 'Cooling off', durationMinutes: 30 });
    const s = await open(member, room.roomId);
    const res = await send(s, room.roomId, 'let me talk');
    expect(res).toMatchObject({ ok: false, error: { code: 'muted', retryAfterSeconds: expect.any(Number) } });
    expect(res.error!.message).toMatch(/muted for (30|29) more minutes .*Cooling off/);
  });

  it('refuses sends from a socket opened before a suspension or ban, even if the word to close it never came', async () => {
    const room = await ctx.newCohort();
    const member = await ctx.newMember({ cohort: room });
    const s = await open(member, room.roomId);
    expect(await send(s, room.roomId, 'before')).toMatchObject({ ok: true });
    // Straight in the database: as if the disconnect from the node that suspended them was lost.
    await ctx.dataSource.query(
      `UPDATE users SET status = 'suspended', status_until = now() + interval '1 day' WHERE id = $1`,
      [member.id],
    );
    expect(await send(s, room.roomId, 'during')).toMatchObject({ ok: false, error: { code: 'account_suspended' } });
    await ctx.dataSource.query(`UPDATE users SET status = 'banned', status_until = NULL WHERE id = $1`, [member.id]);
    expect(await send(s, room.roomId, 'after')).toMatchObject({ ok: false, error: { code: 'account_banned' } });
    const stored: { body: string }[] = await ctx.dataSource.query(`SELECT body FROM messages WHERE author_id = $1`, [
      member.id,
    ]);
    expect(stored.map((m) => m.body)).toEqual(['before']);
  });

  it('signposts crisis at once to the author and raises an alert; held words reach only their author until approved', async () => {
    const room = await ctx.newCohort();
    const [writer, peer] = [await ctx.newMember({ cohort: room }), await ctx.newMember({ cohort: room })];
    const w = await open(writer, room.roomId);
    const p = await open(peer, room.roomId);
    const resources = next(w, 'crisis:resources');
    const crisis = await send(w, room.roomId, 'I want to kill myself tonight, I have the pills ready');
    expect(crisis).toMatchObject({ ok: true, signpost: { crisis: true, resources: expect.any(Array) } });
    expect((await resources).resources).toEqual(expect.arrayContaining([expect.objectContaining({ phone: '988' })]));
    const alerts = await ctx.t.query(`SELECT target_type, cohort_id, status FROM crisis_alerts WHERE target_id = $1`, [
      crisis.message.id,
    ]);
    expect(alerts).toEqual([{ target_type: 'message', cohort_id: room.id, status: expect.any(String) }]);

    const admin = await ctx.newAdmin();
    await ctx.t.post(
      '/api/moderation/watched-words',
      { term: 'meet up offline', action: 'require_approval' },
      admin.accessToken,
    );
    const atPeer = collect(p, 'message:new');
    const atWriter = next(w, 'message:new', (m) => m.status === 'pending');
    const held = await send(w, room.roomId, 'want to meet up offline?');
    expect(held).toMatchObject({ ok: true, message: { status: 'pending', body: 'want to meet up offline?' } });
    expect(await atWriter).toMatchObject({ id: held.message.id, status: 'pending' });
    // Nothing marks a message not delivered: a bounded time for the held one to reach the peer.
    await quietPeriod();
    expect(atPeer.filter((m) => m.id === held.message.id)).toEqual([]);
    const peerHistory = (await ctx.t.get(`/api/rooms/${room.roomId}/messages`, peer.accessToken)).body as any[];
    expect(peerHistory.find((m) => m.id === held.message.id)).toMatchObject({ status: 'pending', body: null });

    const [item] = await ctx.t.query(`SELECT id FROM review_items WHERE target_id = $1 AND 'filter' = ANY(sources)`, [
      held.message.id,
    ]);
    const approved = next(p, 'message:new', (m) => m.id === held.message.id);
    const resolve = await ctx.t.post(
      `/api/moderation/queue/${item.id}/resolve`,
      { action: 'dismiss', reason: 'Fine in context' },
      admin.accessToken,
    );
    expect(resolve.status).toBe(200);
    expect(await approved).toMatchObject({ status: 'visible', body: 'want to meet up offline?' });
  });

  it('hides a message live for the whole room once flags reach AUTO_HIDE_SCORE (three members, 1 each)', async () => {
    const room = await ctx.newCohort();
    const writer = await ctx.newMember({ cohort: room });
    const flaggers = await Promise.all([1, 2, 3].map(() => ctx.newMember({ cohort: room })));
    const w = await open(writer, room.roomId);
    const watcher = await open(flaggers[0], room.roomId);
    const sent = await send(w, room.roomId, 'you are all pathetic');
    const updates = collect(watcher, 'message:updated');
    for (const [i, flagger] of flaggers.entries()) {
      const hidden = i === 2 ? next(watcher, 'message:updated', (m) => m.id === sent.message.id) : undefined;
      const res = await ctx.t.post(
        '/api/flags',
        { targetType: 'message', targetId: sent.message.id, reason: 'harassment' },
        flagger.accessToken,
      );
      expect(res.status).toBe(201);
      if (hidden) {
        expect(await hidden).toMatchObject({ id: sent.message.id, status: 'hidden', body: null, author: null });
      }
    }
    // Nothing was sent before the threshold; the words are gone from history too.
    expect(updates).toHaveLength(1);
    const history = (await ctx.t.get(`/api/rooms/${room.roomId}/messages`, flaggers[1].accessToken)).body as any[];
    expect(history.find((m) => m.id === sent.message.id)).toMatchObject({ status: 'hidden', body: null });
  });

  it('hides a reported message live when moderators act on it', async () => {
    const room = await ctx.newCohort();
    const [writer, peer] = [await ctx.newMember({ cohort: room }), await ctx.newMember({ cohort: room })];
    const w = await open(writer, room.roomId);
    const p = await open(peer, room.roomId);
    const sent = await send(w, room.roomId, 'something unkind');
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: sent.message.id, reason: 'harassment' },
      peer.accessToken,
    );
    expect(flag.status).toBe(201);
    const moderator = await ctx.newModerator();
    const hidden = next(p, 'message:updated', (m) => m.id === sent.message.id);
    const resolve = await ctx.t.post(
      `/api/moderation/queue/${flag.body.reviewItemId}/resolve`,
      { action: 'hide', reason: 'Unkind to a peer' },
      moderator.accessToken,
    );
    expect(resolve.status).toBe(200);
    expect(await hidden).toMatchObject({ status: 'hidden', body: null, author: null });
    // A member from another cohort cannot even report it.
    const foreign = await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: sent.message.id, reason: 'harassment' },
      outsider.accessToken,
    );
    expect(foreign.status).toBe(404);
  });
});
