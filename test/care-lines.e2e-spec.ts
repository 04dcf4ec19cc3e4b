import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { newCrisisAlert, TestCohort, TestContext, TestUser } from './support/context';
import { ack, connectSocket, next } from './support/sockets';
import { waitFor } from './support/wait';
import { RetentionService } from '../src/retention/retention.service';
import { TERMS } from '../src/consent/terms';

/** Issue 17: one private line per member to their care team, a real room of kind `care`. */
describe('care-team lines', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let elsewhere: TestCohort;
  let member: TestUser;
  let second: TestUser;
  let peer: TestUser;
  let outsider: TestUser;
  let alumni: TestUser;
  let mentor: TestUser;
  let clinician: TestUser;
  let otherClinician: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    elsewhere = await ctx.newCohort();
    member = await ctx.newMember({ cohort });
    second = await ctx.newMember({ cohort });
    peer = await ctx.newMember({ cohort });
    outsider = await ctx.newMember({ cohort: elsewhere });
    alumni = await ctx.newAlumni();
    mentor = await ctx.newPeerMentor();
    clinician = await ctx.newClinician({ cohort });
    otherClinician = await ctx.newClinician({ cohort: elsewhere });
    moderator = await ctx.newModerator();
    admin = await ctx.newAdmin();
    for (const staff of [clinician, otherClinician, moderator]) {
      expect((await ctx.t.put('/api/staff/duty', { onDuty: true }, staff.accessToken)).status).toBeLessThan(300);
    }
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await ctx?.close();
  });

  const socketOf = async (user: TestUser): Promise<Socket> => {
    const socket = await connectSocket(ctx.t.baseUrl, user.accessToken);
    sockets.push(socket);
    return socket;
  };
  const openOwn = async (user: TestUser): Promise<string> => {
    const opened = await ctx.t.post('/api/care-lines', {}, user.accessToken);
    expect([200, 201]).toContain(opened.status);
    return (opened.body as { roomId: string }).roomId;
  };
  const say = async (user: TestUser, roomId: string, body: string) => {
    const sent = await ctx.t.post(
      `/api/rooms/${roomId}/messages`,
      { clientMsgId: randomUUID(), body },
      user.accessToken,
    );
    expect(sent.status).toBe(201);
    return sent.body as { id: string; seq: number; status: string; body: string; author: Record<string, unknown> };
  };

  it('a member opens their one line (201, then 200 with the same room); it is a room of kind care', async () => {
    const first = await ctx.t.post('/api/care-lines', {}, member.accessToken);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ roomId: expect.any(String), memberId: member.id });
    const again = await ctx.t.post('/api/care-lines', {}, member.accessToken);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const rooms = (await ctx.t.get('/api/rooms', member.accessToken)).body as { id: string; kind: string }[];
    expect(rooms).toEqual(expect.arrayContaining([expect.objectContaining({ id: first.body.roomId, kind: 'care' })]));
    // A member cannot open someone else's line.
    expect((await ctx.t.post('/api/care-lines', { memberId: peer.id }, member.accessToken)).status).toBe(403);
    expect((await ctx.t.post('/api/care-lines', { memberId: 'nope' }, clinician.accessToken)).status).toBe(400);
  });

  it('is a real room: socket send, sync, typing, read markers, edit; the phone filter does not apply', async () => {
    const roomId = await openOwn(member);
    const mine = await socketOf(member);
    const theirs = await socketOf(clinician);
    expect(await ack(mine, 'room:join', { roomId })).toMatchObject({ ok: true });
    expect(await ack(theirs, 'room:join', { roomId })).toMatchObject({ ok: true });
    const arriving = next<{ body: string; roomId: string }>(theirs, 'message:new', (m) => m.roomId === roomId);
    const sent = await ack(mine, 'message:send', {
      roomId,
      clientMsgId: randomUUID(),
      body: 'You can call me on 555-867-5309 after six',
    });
    expect(sent).toMatchObject({
      ok: true,
      message: { status: 'visible', body: 'You can call me on 555-867-5309 after six' },
    });
    expect((await arriving).body).toContain('555-867-5309');

    const typing = next<{ roomId: string }>(theirs, 'typing', (t) => t.roomId === roomId);
    await ack(mine, 'typing', { roomId });
    expect(await typing).toMatchObject({ roomId, user: { id: member.id } });

    const synced = await ack(theirs, 'sync', { rooms: [{ roomId, afterSeq: 0 }] });
    expect(synced.rooms[0].messages.map((m: { id: string }) => m.id)).toContain(sent.message.id);
    expect(await ack(theirs, 'read', { roomId, seq: sent.message.seq })).toEqual({ ok: true });
    const edited = await ack(mine, 'message:edit', { messageId: sent.message.id, body: 'Call me after six' });
    expect(edited).toMatchObject({ ok: true, message: { body: 'Call me after six' } });

    const answer = await ack(theirs, 'message:send', { roomId, clientMsgId: randomUUID(), body: 'Will do.' });
    expect(answer.message.author).toEqual({ id: clinician.id, displayName: clinician.displayName, role: 'clinician' });
  });

  it('no other member, member of another cohort, alumnus or peer mentor can see or join it: 404 everywhere', async () => {
    const roomId = await openOwn(member);
    const message = await say(member, roomId, 'Only for my care team');
    for (const stranger of [peer, outsider, alumni, mentor, otherClinician, moderator]) {
      const label = `${stranger.role} ${stranger.displayName}`;
      const listed = (await ctx.t.get('/api/rooms', stranger.accessToken)).body as { id: string }[];
      expect({ label, listed: listed.some((r) => r.id === roomId) }).toEqual({ label, listed: false });
      for (const path of [`/api/rooms/${roomId}`, `/api/rooms/${roomId}/messages`, `/api/care-lines/${roomId}`]) {
        expect({ label, path, status: (await ctx.t.get(path, stranger.accessToken)).status }).toEqual({
          label,
          path,
          status: 404,
        });
      }
      const post = await ctx.t.post(
        `/api/rooms/${roomId}/messages`,
        { clientMsgId: randomUUID(), body: 'hello?' },
        stranger.accessToken,
      );
      expect({ label, status: post.status }).toEqual({ label, status: 404 });
      expect({
        label,
        status: (await ctx.t.patch(`/api/messages/${message.id}`, { body: 'x' }, stranger.accessToken)).status,
      }).toEqual({ label, status: 404 });
      const socket = await socketOf(stranger);
      expect(await ack(socket, 'room:join', { roomId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await ack(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body: 'hi' })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      const synced = await ack(socket, 'sync', { rooms: [{ roomId, afterSeq: 0 }] });
      expect(synced.rooms[0]).toMatchObject({ messages: [], error: { code: 'not_found' } });
      socket.disconnect();
    }
  });

  it('staff scope: a clinician of another cohort cannot open or read it; the care team and admins can', async () => {
    const roomId = await openOwn(member);
    expect((await ctx.t.post('/api/care-lines', { memberId: member.id }, otherClinician.accessToken)).status).toBe(404);
    expect((await ctx.t.post('/api/care-lines', { memberId: member.id }, moderator.accessToken)).status).toBe(404);
    const byClinician = await ctx.t.post('/api/care-lines', { memberId: member.id }, clinician.accessToken);
    expect(byClinician.status).toBe(200);
    expect(byClinician.body).toEqual({ roomId, memberId: member.id });
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, clinician.accessToken)).status).toBe(200);
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, admin.accessToken)).status).toBe(200);
    // Staff are nobody's line; a clinician cannot open one for a member of another cohort.
    expect((await ctx.t.post('/api/care-lines', { memberId: admin.id }, clinician.accessToken)).status).toBe(404);
    expect((await ctx.t.post('/api/care-lines', { memberId: outsider.id }, clinician.accessToken)).status).toBe(404);
  });

  it('every staff read is audited (ids, never words)', async () => {
    const roomId = await openOwn(member);
    await say(member, roomId, 'Something private');
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, clinician.accessToken)).status).toBe(200);
    const socket = await socketOf(admin);
    await ack(socket, 'sync', { rooms: [{ roomId, afterSeq: 0 }] });
    const entries = await ctx.t.query<{ actor_id: string; action: string; details: Record<string, unknown> }>(
      `SELECT actor_id, action, details FROM audit_log WHERE target_id = $1 AND action = 'care.line_read'`,
      [roomId],
    );
    expect(entries.map((e) => e.actor_id)).toEqual(expect.arrayContaining([clinician.id, admin.id]));
    expect(JSON.stringify(entries)).not.toContain('Something private');
    // The member reading their own line is not a staff read.
    await ctx.t.get(`/api/rooms/${roomId}/messages`, member.accessToken);
    const own = await ctx.t.query(
      `SELECT 1 FROM audit_log WHERE target_id = $1 AND actor_id = $2 AND action = 'care.line_read'`,
      [roomId, member.id],
    );
    expect(own).toEqual([]);
  });

  it('waiting lines, oldest first, live to the care team; a staff read does not stop the clock, an answer does', async () => {
    const firstRoom = await openOwn(second);
    const watching = await socketOf(clinician);
    const otherWatching = await socketOf(otherClinician);
    const seenByOther: unknown[] = [];
    otherWatching.on('care:waiting', (line) => seenByOther.push(line));
    const live = next<{ roomId: string; member: { id: string }; waitingSince: string }>(
      watching,
      'care:waiting',
      (l) => l.roomId === firstRoom,
    );
    await say(second, firstRoom, 'Can we talk about this tomorrow?');
    expect(await live).toMatchObject({ roomId: firstRoom, member: { id: second.id, displayName: second.displayName } });

    const laterRoom = await openOwn(peer);
    await say(peer, laterRoom, 'I am struggling');
    const waiting = async (who: TestUser) =>
      ((await ctx.t.get('/api/care-lines?waiting=true', who.accessToken)).body as { roomId: string }[]).map(
        (l) => l.roomId,
      );
    // The clock starts as the message is stored; the list has it once the line is waiting.
    const list = await waitFor('both lines waiting', async () => {
      const found = await waiting(clinician);
      return found.includes(laterRoom) ? found : undefined;
    });
    expect(list.indexOf(firstRoom)).toBeGreaterThanOrEqual(0);
    expect(list.indexOf(firstRoom)).toBeLessThan(list.indexOf(laterRoom));
    expect(await waiting(otherClinician)).not.toContain(firstRoom);
    expect(seenByOther).toEqual([]);
    expect((await ctx.t.get('/api/care-lines?waiting=true', peer.accessToken)).status).toBe(403);

    // Reading is not answering.
    await ctx.t.get(`/api/rooms/${firstRoom}/messages`, clinician.accessToken);
    expect(await waiting(clinician)).toContain(firstRoom);
    const answered = next<{ roomId: string }>(watching, 'care:answered', (a) => a.roomId === firstRoom);
    const reply = await say(clinician, firstRoom, 'Yes, let us talk tomorrow.');
    expect(reply.author).toMatchObject({ role: 'clinician' });
    await answered;
    expect(await waiting(clinician)).not.toContain(firstRoom);
    const line = (await ctx.t.get(`/api/care-lines/${firstRoom}`, second.accessToken)).body;
    expect(line).toMatchObject({ roomId: firstRoom, waitingSince: null, onDuty: true, answerMinutes: 240 });

    // The member is told in-app, in words that name no program or diagnosis.
    const notices = await waitFor('the answer notification', async () => {
      const found = (await ctx.t.get('/api/notifications', second.accessToken)).body as {
        notifications: { kind: string; text: string; link: string }[];
      };
      return found.notifications.find((n) => n.kind === 'care');
    });
    expect(notices).toMatchObject({ text: 'Your care team replied.', link: '/care' });
  });

  it('staff open a line from a crisis alert; the member sees only when, never the alert or others’ words', async () => {
    const about = await ctx.newMember({ cohort });
    const alert = await newCrisisAlert(ctx, { author: about, cohort });
    const notTheirs = await newCrisisAlert(ctx, { author: peer, cohort });
    expect(
      (await ctx.t.post('/api/care-lines', { memberId: about.id, alertId: notTheirs.id }, clinician.accessToken))
        .status,
    ).toBe(404);
    const opened = await ctx.t.post(
      '/api/care-lines',
      { memberId: about.id, alertId: alert.id },
      clinician.accessToken,
    );
    expect(opened.status).toBe(201);
    const roomId = (opened.body as { roomId: string }).roomId;
    const staffView = (await ctx.t.get(`/api/care-lines/${roomId}`, clinician.accessToken)).body;
    expect(staffView.contexts).toEqual([
      expect.objectContaining({
        kind: 'alert',
        alertId: alert.id,
        aboutAt: expect.any(String),
        openedBy: { id: clinician.id, displayName: clinician.displayName, role: 'clinician' },
      }),
    ]);
    // The alert now opens the situation with the line.
    expect((await ctx.t.get(`/api/alerts/${alert.id}`, clinician.accessToken)).body).toMatchObject({
      careLineRoomId: roomId,
    });
    const memberView = (await ctx.t.get('/api/care-lines/mine', about.accessToken)).body;
    expect(memberView.roomId).toBe(roomId);
    expect(memberView.contexts).toEqual([
      expect.objectContaining({ kind: 'alert', alertId: null, aboutAt: expect.any(String) }),
    ]);
  });

  it('export includes the line; deletion with purge removes the member’s words and keeps the staff’s', async () => {
    const leaving = await ctx.newMember({ cohort });
    const roomId = await openOwn(leaving);
    await say(leaving, roomId, 'My words about my week');
    await say(clinician, roomId, 'Thank you for telling me');
    const exported = (await ctx.t.get('/api/me/export', leaving.accessToken)).body as { careLine: unknown[] };
    expect(exported.careLine).toEqual([
      expect.objectContaining({ author: 'you', body: 'My words about my week' }),
      expect.objectContaining({
        author: clinician.displayName,
        author_role: 'clinician',
        body: 'Thank you for telling me',
      }),
    ]);
    expect(
      (await ctx.t.delete('/api/me', { password: leaving.password, purgeContent: true }, leaving.accessToken)).status,
    ).toBe(204);
    const rows = await ctx.t.query<{ author_id: string; body: string }>(
      `SELECT author_id, body FROM messages WHERE room_id = $1 ORDER BY seq`,
      [roomId],
    );
    expect(rows.map((r) => r.body)).not.toContain('My words about my week');
    expect(rows.find((r) => r.author_id === clinician.id)?.body).toBe('Thank you for telling me');
    expect(await ctx.t.query(`SELECT waiting_since FROM care_lines WHERE room_id = $1`, [roomId])).toEqual([
      { waiting_since: null },
    ]);
  });

  it('crisis screening and levels hold in a care line: the words are delivered, resources shown, an alert raised', async () => {
    const roomId = await openOwn(member);
    const sent = await say(member, roomId, 'I want to kill myself tonight, I have the pills ready');
    expect(sent.status).toBe('visible');
    expect(sent).toMatchObject({ signpost: { crisis: true, level: 'urgent' } });
    const alerts = await waitFor('the crisis alert', async () => {
      const rows = await ctx.t.query<{ cohort_id: string; space_kind: string }>(
        `SELECT cohort_id, space_kind FROM crisis_alerts WHERE target_id = $1`,
        [sent.id],
      );
      return rows.length ? rows : undefined;
    });
    // Routed to the member's own cohort, where their care team is.
    expect(alerts).toEqual([{ cohort_id: cohort.id, space_kind: 'care' }]);
    // The review item is the care team's: not in a moderator's queue, nor theirs to act on.
    const [item] = await ctx.t.query<{ id: string }>(`SELECT id FROM review_items WHERE target_id = $1`, [sent.id]);
    const queue = async (who: TestUser) =>
      ((await ctx.t.get('/api/moderation/queue?status=pending', who.accessToken)).body as { id: string }[]).map(
        (i) => i.id,
      );
    expect(await queue(clinician)).toContain(item.id);
    expect(await queue(admin)).toContain(item.id);
    expect(await queue(moderator)).not.toContain(item.id);
    expect((await ctx.t.post(`/api/moderation/queue/${item.id}/claim`, {}, moderator.accessToken)).status).toBe(404);
    // The alert too: the on-duty moderator neither sees it nor opens it (the words around it are the line's);
    // the care team does.
    const [alert] = await ctx.t.query<{ id: string }>(`SELECT id FROM crisis_alerts WHERE target_id = $1`, [sent.id]);
    const alertIds = async (who: TestUser) =>
      ((await ctx.t.get('/api/alerts?status=open', who.accessToken)).body as { id: string }[]).map((a) => a.id);
    expect(await alertIds(clinician)).toContain(alert.id);
    expect(await alertIds(moderator)).not.toContain(alert.id);
    expect((await ctx.t.get(`/api/alerts/${alert.id}`, moderator.accessToken)).status).toBe(404);
    const opened = await ctx.t.get(`/api/alerts/${alert.id}`, clinician.accessToken);
    expect(opened.status).toBe(200);
    expect(opened.body.careLineRoomId).toBe(roomId);
  });

  it('at step-down the line and its history move to the alumni care team; the former clinician leaves it live', async () => {
    const leaving = await ctx.newMember({ cohort });
    const alumniTeam = await ctx.newClinician();
    expect(
      (await ctx.t.put('/api/admin/settings', { alumniCareTeam: [alumniTeam.id] }, admin.accessToken)).status,
    ).toBe(200);
    const roomId = await openOwn(leaving);
    await say(leaving, roomId, 'Before I step down');
    const watching = await socketOf(clinician);
    expect(await ack(watching, 'room:join', { roomId })).toMatchObject({ ok: true });
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, alumniTeam.accessToken)).status).toBe(404);

    const removed = next<{ roomId: string }>(watching, 'room:removed', (r) => r.roomId === roomId);
    expect(
      (await ctx.t.post(`/api/cohorts/${cohort.id}/members/${leaving.id}/step-down`, {}, clinician.accessToken)).status,
    ).toBe(200);
    await removed;
    // The alumni terms are accepted at the next sign-in.
    await ctx.t.query(`INSERT INTO consents (user_id, audience, version) VALUES ($1, 'alumni', $2)`, [
      leaving.id,
      TERMS.alumni.version,
    ]);
    const alumnus = { ...leaving, ...(await ctx.signIn({ id: leaving.id, role: 'alumni' })) };
    expect((await ctx.t.post('/api/care-lines', {}, alumnus.accessToken)).body).toEqual({
      roomId,
      memberId: leaving.id,
    });
    const history = await ctx.t.get(`/api/rooms/${roomId}/messages`, alumnus.accessToken);
    expect(history.body.map((m: { body: string }) => m.body)).toEqual(['Before I step down']);
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, clinician.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, alumniTeam.accessToken)).status).toBe(200);
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, admin.accessToken)).status).toBe(200);
  });

  it('a member made peer mentor by an admin: the former clinician leaves their line live, as at step-down', async () => {
    const appointed = await ctx.newMember({ cohort });
    const roomId = await openOwn(appointed);
    const watching = await socketOf(clinician);
    expect(await ack(watching, 'room:join', { roomId })).toMatchObject({ ok: true });
    const removed = next<{ roomId: string }>(watching, 'room:removed', (r) => r.roomId === roomId);
    const changed = await ctx.t.patch(`/api/users/${appointed.id}/role`, { role: 'peer_mentor' }, admin.accessToken);
    expect(changed.status).toBe(200);
    await removed;
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, clinician.accessToken)).status).toBe(404);
  });

  it('a role change to alumni undone: the alumni care team leaves the line live, the cohort clinician is back', async () => {
    const undone = await ctx.newMember({ cohort });
    const alumniTeam = await ctx.newClinician();
    expect(
      (await ctx.t.put('/api/admin/settings', { alumniCareTeam: [alumniTeam.id] }, admin.accessToken)).status,
    ).toBe(200);
    const roomId = await openOwn(undone);
    const changed = await ctx.t.patch(`/api/users/${undone.id}/role`, { role: 'alumni' }, admin.accessToken);
    expect(changed.status).toBe(200);
    const watching = await socketOf(alumniTeam);
    expect(await ack(watching, 'room:join', { roomId })).toMatchObject({ ok: true });
    const removed = next<{ roomId: string }>(watching, 'room:removed', (r) => r.roomId === roomId);
    const undo = await ctx.t.post(
      `/api/users/${undone.id}/role/undo`,
      { changeId: changed.body.changeId },
      admin.accessToken,
    );
    expect(undo.status).toBe(200);
    await removed;
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, alumniTeam.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, clinician.accessToken)).status).toBe(200);
  });
});

describe('care-line retention', () => {
  it('chat retention never touches a care line; CARE_RETENTION_DAYS does', async () => {
    let ctx = await TestContext.start({ CHAT_RETENTION_DAYS: '30' });
    const database = { name: ctx.t.databaseName, url: ctx.t.databaseUrl };
    try {
      const cohort = await ctx.newCohort();
      const member = await ctx.newMember({ cohort });
      const roomId = (await ctx.t.post('/api/care-lines', {}, member.accessToken)).body.roomId as string;
      for (const room of [roomId, cohort.roomId]) {
        const sent = await ctx.t.post(
          `/api/rooms/${room}/messages`,
          { clientMsgId: randomUUID(), body: 'An old message' },
          member.accessToken,
        );
        expect(sent.status).toBe(201);
      }
      await ctx.t.query(`UPDATE messages SET created_at = now() - interval '60 days'`);
      const count = async (room: string) =>
        (await ctx.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE room_id = $1`, [room]))[0].n;

      expect(await ctx.t.app.get(RetentionService).purgeExpired()).toBe(1);
      expect(await count(cohort.roomId)).toBe(0);
      expect(await count(roomId)).toBe(1);

      await ctx.t.close({ keepDatabase: true });
      ctx = await TestContext.start({ CARE_RETENTION_DAYS: '30' }, database);
      expect(await ctx.t.app.get(RetentionService).purgeExpired()).toBe(1);
      expect(await count(roomId)).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});

describe('care-line escalation survives a restart', () => {
  it('escalates after the answer time to the care team and on-duty moderators, never other cohorts’ clinicians', async () => {
    let ctx = await TestContext.start();
    const database = { name: ctx.t.databaseName, url: ctx.t.databaseUrl };
    try {
      const cohort = await ctx.newCohort();
      const elsewhere = await ctx.newCohort();
      const member = await ctx.newMember({ cohort });
      await ctx.newClinician({ cohort });
      const otherClinician = await ctx.newClinician({ cohort: elsewhere });
      const moderator = await ctx.newModerator();
      const offDuty = await ctx.newModerator();
      const admin = await ctx.newAdmin();
      await ctx.t.put('/api/staff/duty', { onDuty: true }, moderator.accessToken);
      expect((await ctx.t.put('/api/admin/settings', { careAnswerMinutes: 5 }, admin.accessToken)).status).toBe(200);

      const roomId = (await ctx.t.post('/api/care-lines', {}, member.accessToken)).body.roomId as string;
      await ctx.t.post(
        `/api/rooms/${roomId}/messages`,
        { clientMsgId: randomUUID(), body: 'Anyone there?' },
        member.accessToken,
      );
      const [clock] = await waitFor('the line to wait', async () => {
        const rows = await ctx.t.query<{ waiting_since: Date; due_at: Date }>(
          `SELECT waiting_since, due_at FROM care_lines WHERE room_id = $1 AND waiting_since IS NOT NULL`,
          [roomId],
        );
        return rows.length ? rows : undefined;
      });
      expect(clock.due_at.getTime() - clock.waiting_since.getTime()).toBe(5 * 60_000);
      // Before the answer time, moderators do not see it, on duty or not.
      expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, moderator.accessToken)).status).toBe(404);

      // The app stops; the answer time passes while it is down.
      await ctx.t.close({ keepDatabase: true });
      await ctx.t.query(`UPDATE messages SET created_at = created_at - interval '6 minutes' WHERE room_id = $1`, [
        roomId,
      ]);
      await ctx.t.query(
        `UPDATE care_lines SET waiting_since = waiting_since - interval '6 minutes', due_at = due_at - interval '6 minutes' WHERE room_id = $1`,
        [roomId],
      );
      ctx = await TestContext.start({}, database);
      await waitFor('the escalation after the restart', async () => {
        const rows = await ctx.t.query(`SELECT 1 FROM care_lines WHERE room_id = $1 AND escalated_at IS NOT NULL`, [
          roomId,
        ]);
        return rows.length ? true : undefined;
      });
      expect(
        await ctx.t.query(`SELECT actor_id FROM audit_log WHERE action = 'care.escalated' AND target_id = $1`, [
          roomId,
        ]),
      ).toEqual([{ actor_id: null }]);
      const waitingForModerator = (await ctx.t.get('/api/care-lines?waiting=true', moderator.accessToken)).body;
      expect(waitingForModerator).toEqual([expect.objectContaining({ roomId, escalated: true })]);
      expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, moderator.accessToken)).status).toBe(200);
      expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, offDuty.accessToken)).status).toBe(404);
      expect((await ctx.t.get(`/api/rooms/${roomId}/messages`, otherClinician.accessToken)).status).toBe(404);
      expect((await ctx.t.get('/api/care-lines?waiting=true', otherClinician.accessToken)).body).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
