import type { Socket } from 'socket.io-client';
import { CLOSE_RESOLVED_CASES } from '../migrations/1797020000000-CrisisOneCase';
import { TestCohort, TestContext, TestUser } from './support/context';
import { reply, startThread } from './support/forums';
import { connectSocket, next } from './support/sockets';
import { waitFor } from './support/wait';

const CRISIS = 'I want to kill myself tonight, I have the pills ready';
const PHONE = '+1 (555) 010-0142';

/**
 * The alert opens the situation (issue 16): one crisis is one case (the alert
 * and its review item resolve together), the alert's detail shows the cohort,
 * where the words are and what was said around them, the person's earlier
 * alerts and concerns; opening it and reading the phone are audited; only the
 * staff who may see the alert get it; alumni alerts reach the alumni care team.
 */
describe('the alert opens the situation', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let writer: TestUser;
  let peer: TestUser;
  let clinician: TestUser;
  let otherClinician: TestUser;
  let admin: TestUser;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    const elsewhere = await ctx.newCohort();
    writer = await ctx.newMember({ cohort });
    peer = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
    otherClinician = await ctx.newClinician({ cohort: elsewhere });
    admin = await ctx.newAdmin();
    // The paged clinician: on duty, so alerts wait the escalation time before going to everyone.
    expect((await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken)).status).toBe(200);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await ctx.close();
  });

  async function say(user: TestUser, roomId: string, body: string): Promise<{ id: string }> {
    const res = await ctx.t.post(
      `/api/rooms/${roomId}/messages`,
      { clientMsgId: `${Date.now()}-${Math.random()}`, body },
      user.accessToken,
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Staff hide or remove content through the queue, as they would. */
  async function moderate(targetType: string, targetId: string, action: 'hide' | 'remove'): Promise<void> {
    const flag = await ctx.t.post('/api/flags', { targetType, targetId, reason: 'spam' }, admin.accessToken);
    expect(flag.status).toBe(201);
    const res = await ctx.t.post(
      `/api/moderation/queue/${flag.body.reviewItemId}/resolve`,
      { action, reason: 'Not for this room' },
      admin.accessToken,
    );
    expect(res.status).toBe(200);
  }

  async function alertAbout(targetId: string): Promise<{ id: string }> {
    return waitFor('the alert', async () => {
      const list = await ctx.t.get('/api/alerts', admin.accessToken);
      return (list.body as { id: string; target: { id: string } }[]).find((a) => a.target.id === targetId);
    });
  }

  const reviewItemOf = async (targetId: string) =>
    (
      await ctx.t.query<{ id: string; status: string; resolution: string | null }>(
        `SELECT id, status, resolution FROM review_items WHERE target_id = $1 ORDER BY created_at`,
        [targetId],
      )
    )[0];

  it('opens a chat alert: cohort, the room at the message, the visible messages around it, audited; resolving it closes its review item', async () => {
    const before: string[] = [];
    for (let i = 1; i <= 7; i++) {
      before.push((await say(i % 2 ? peer : writer, cohort.roomId, `before ${i}`)).id);
    }
    await moderate('message', before[5], 'hide'); // "before 6"
    await moderate('message', before[6], 'remove'); // "before 7"
    const words = await say(writer, cohort.roomId, CRISIS);
    const after: string[] = [];
    for (let i = 1; i <= 6; i++) {
      after.push((await say(peer, cohort.roomId, `after ${i}`)).id);
    }
    await moderate('message', after[1], 'hide'); // "after 2"
    const alert = await alertAbout(words.id);

    const res = await ctx.t.get(`/api/alerts/${alert.id}`, clinician.accessToken);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: alert.id,
      status: 'open',
      author: { id: writer.id },
      cohort: { id: cohort.id, name: cohort.name },
      where: { roomId: cohort.roomId, messageId: words.id },
      earlier: [],
      careLineRoomId: null,
    });
    // Five visible before, the words, five visible after: hidden and removed ones left out, in order.
    const context = res.body.context as { id: string; body: string; isTarget: boolean; author: { id: string } }[];
    expect(context.map((m) => m.body)).toEqual([
      'before 1',
      'before 2',
      'before 3',
      'before 4',
      'before 5',
      CRISIS,
      'after 1',
      'after 3',
      'after 4',
      'after 5',
      'after 6',
    ]);
    expect(context.filter((m) => m.isTarget).map((m) => m.id)).toEqual([words.id]);
    expect(context[5].author.id).toBe(writer.id);

    const opened = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'crisis.context_read' AND target_id = $1`,
      [alert.id],
    );
    expect(opened).toEqual([
      {
        actor_id: clinician.id,
        details: expect.objectContaining({ personId: writer.id, messageId: words.id, entries: 11 }),
      },
    ]);
    expect(JSON.stringify(opened)).not.toContain('pills');

    // One case: the crisis's review item belongs to the alert, and resolving the alert closes it.
    const item = await reviewItemOf(words.id);
    expect(item.status).toBe('open');
    const queue = await ctx.t.get('/api/moderation/queue?status=pending', clinician.accessToken);
    expect(queue.body.find((i: { id: string }) => i.id === item.id)).toMatchObject({
      alert: { id: alert.id, status: 'open' },
    });
    const note = 'Called her; she is with her sister tonight';
    const resolved = await ctx.t.post(
      `/api/alerts/${alert.id}/resolve`,
      { outcome: 'reached_out', note },
      clinician.accessToken,
    );
    expect(resolved.status).toBe(200);
    expect(await reviewItemOf(words.id)).toEqual({ id: item.id, status: 'resolved', resolution: 'dismiss' });
    const pending = await ctx.t.get('/api/moderation/queue?status=pending', clinician.accessToken);
    expect(pending.body.map((i: { id: string }) => i.id)).not.toContain(item.id);
    // The outcome is told to the audit log; the note's words stay on the alert.
    const record = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'crisis.resolved' AND target_id = $1`,
      [alert.id],
    );
    expect(record).toEqual([
      { actor_id: clinician.id, details: { outcome: 'reached_out', noteId: alert.id, reviewItemId: item.id } },
    ]);
    expect(JSON.stringify(await ctx.t.query(`SELECT details FROM audit_log`))).not.toContain('sister');
  });

  it('resolving the review item from the queue records the alert outcome too (and asks for it)', async () => {
    const words = await say(writer, cohort.roomId, CRISIS);
    const alert = await alertAbout(words.id);
    const item = await reviewItemOf(words.id);
    const withoutOutcome = await ctx.t.post(
      `/api/moderation/queue/${item.id}/resolve`,
      { action: 'dismiss', reason: 'Spoke with them in group' },
      clinician.accessToken,
    );
    expect(withoutOutcome.status).toBe(400);
    expect(withoutOutcome.body.message).toMatch(/^outcome: /);
    expect((await reviewItemOf(words.id)).status).toBe('open');

    const badOutcome = await ctx.t.post(
      `/api/moderation/queue/${item.id}/resolve`,
      { action: 'dismiss', reason: 'Spoke with them in group', outcome: 'shrugged' },
      clinician.accessToken,
    );
    expect(badOutcome.status).toBe(400);

    const res = await ctx.t.post(
      `/api/moderation/queue/${item.id}/resolve`,
      { action: 'dismiss', reason: 'Spoke with them in group', outcome: 'reached_out' },
      clinician.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body.alert).toEqual({ id: alert.id, status: 'resolved' });
    const detail = await ctx.t.get(`/api/alerts/${alert.id}`, clinician.accessToken);
    expect(detail.body).toMatchObject({ status: 'resolved', outcome: 'reached_out', resolvedBy: { id: clinician.id } });
    // The person's earlier alert is part of the situation.
    expect(detail.body.earlier).toEqual([
      expect.objectContaining({ kind: 'alert', status: 'resolved', outcome: 'reached_out' }),
    ]);
  });

  it('hides the alert from a clinician of another cohort (404), and shows the phone to the paged clinician, audited', async () => {
    expect((await ctx.t.put('/api/me/contact', { phone: PHONE }, writer.accessToken)).status).toBe(204);
    const words = await say(writer, cohort.roomId, CRISIS);
    const alert = await alertAbout(words.id);

    expect((await ctx.t.get(`/api/alerts/${alert.id}`, otherClinician.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/alerts/${alert.id}`, peer.accessToken)).status).toBe(403);
    expect((await ctx.t.get(`/api/alerts/00000000-0000-4000-8000-000000000000`, admin.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/alerts/not-a-uuid`, admin.accessToken)).status).toBe(400);
    expect(
      (await ctx.t.get(`/api/users/${writer.id}/contact?alertId=${alert.id}`, otherClinician.accessToken)).status,
    ).toBe(404);

    const contact = await ctx.t.get(`/api/users/${writer.id}/contact?alertId=${alert.id}`, clinician.accessToken);
    expect(contact.status).toBe(200);
    expect(contact.body.phone).toBe(PHONE);
    const reads = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'contact.read' AND target_id = $1`,
      [writer.id],
    );
    expect(reads).toEqual([{ actor_id: clinician.id, details: expect.objectContaining({ alertId: alert.id }) }]);
    expect(JSON.stringify(reads)).not.toContain('010-0142');
  });

  it('opens a forum alert at the post: the thread around it, hidden posts left out', async () => {
    const thread = await startThread(ctx, peer, cohort.boardId, { title: 'Rough week', body: 'How is everyone' });
    const p1 = await reply(ctx, peer, thread.id, 'first reply');
    const p2 = await reply(ctx, writer, thread.id, 'second reply');
    await moderate('post', p2.id, 'hide');
    const words = await reply(ctx, writer, thread.id, CRISIS);
    const p4 = await reply(ctx, peer, thread.id, 'we are here for you');
    const alert = await alertAbout(words.id);
    const res = await ctx.t.get(`/api/alerts/${alert.id}`, clinician.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.where).toEqual({ threadId: thread.id, postId: words.id });
    expect(res.body.cohort).toEqual({ id: cohort.id, name: cohort.name });
    expect(res.body.context.map((e: { id: string }) => e.id)).toEqual([thread.id, p1.id, words.id, p4.id]);
    expect(res.body.context[0].body).toBe('Rough week\nHow is everyone');
  });

  it("pages the alumni care team with an alumnus's alert, and lets them open it and read the phone", async () => {
    const alumniClinician = await ctx.newClinician();
    const settings = await ctx.t.put(
      '/api/admin/settings',
      { alumniCareTeam: [alumniClinician.id] },
      admin.accessToken,
    );
    expect(settings.status).toBe(200);
    const alumnus = await ctx.newAlumni();
    expect((await ctx.t.put('/api/me/contact', { phone: PHONE }, alumnus.accessToken)).status).toBe(204);
    const rooms = (await ctx.t.get('/api/rooms', alumnus.accessToken)).body as { id: string; kind: string }[];
    const lounge = rooms.find((r) => r.kind === 'alumni');
    expect(lounge).toBeDefined();

    // Off duty, in no cohort: paged only because the program named them for alumni.
    const socket = await connectSocket(ctx.t.baseUrl, alumniClinician.accessToken);
    sockets.push(socket);
    const paged = next<{ id: string; author: { id: string } }>(socket, 'alert:new', (a) => a.author?.id === alumnus.id);
    const words = await say(alumnus, lounge!.id, CRISIS);
    const alert = await paged;

    const res = await ctx.t.get(`/api/alerts/${alert.id}`, alumniClinician.accessToken);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ cohort: null, where: { roomId: lounge!.id, messageId: words.id } });
    expect(
      (await ctx.t.get('/api/alerts', alumniClinician.accessToken)).body.map((a: { id: string }) => a.id),
    ).toContain(alert.id);
    const contact = await ctx.t.get(
      `/api/users/${alumnus.id}/contact?alertId=${alert.id}`,
      alumniClinician.accessToken,
    );
    expect(contact.body.phone).toBe(PHONE);
  });

  it('migrates the duplicates left open: an item whose alert is resolved closes as the alert did, unless it holds more', async () => {
    const item = async (reasons: Record<string, number>, sources: string[]): Promise<string> => {
      const [row] = await ctx.t.query<{ id: string }>(
        `INSERT INTO review_items (target_type, target_id, author_id, cohort_id, space_kind, urgent, reasons, sources)
         VALUES ('message', gen_random_uuid(), $1, $2, 'cohort', true, $3, $4) RETURNING id`,
        [writer.id, cohort.id, JSON.stringify(reasons), sources],
      );
      return row.id;
    };
    const alert = async (reviewItemId: string, resolved: boolean): Promise<string> => {
      const [row] = await ctx.t.query<{ id: string }>(
        `INSERT INTO crisis_alerts (review_item_id, target_type, target_id, author_id, cohort_id, space_kind, categories,
                                    status, escalate_at, resolved_by, resolved_at, outcome, note)
         SELECT $1, target_type, target_id, author_id, cohort_id, space_kind, '{suicidal_ideation}',
                CASE WHEN $2 THEN 'resolved' ELSE 'open' END, now(),
                CASE WHEN $2 THEN $3::uuid END, CASE WHEN $2 THEN now() - interval '1 day' END,
                CASE WHEN $2 THEN 'reached_out' END, CASE WHEN $2 THEN 'Called' END
           FROM review_items WHERE id = $1 RETURNING id`,
        [reviewItemId, resolved, clinician.id],
      );
      return row.id;
    };
    const duplicate = await item({}, ['crisis']);
    const duplicateAlert = await alert(duplicate, true);
    const flaggedToo = await item({ crisis: 2 }, ['crisis', 'flag']);
    await alert(flaggedToo, true);
    const alsoHarassment = await item({ harassment: 1 }, ['crisis', 'flag']);
    await alert(alsoHarassment, true);
    const stillOpen = await item({}, ['crisis']);
    await alert(stillOpen, false);

    await ctx.t.query(CLOSE_RESOLVED_CASES);
    await ctx.t.query(CLOSE_RESOLVED_CASES); // idempotent

    const rows = await ctx.t.query<{
      id: string;
      status: string;
      resolved_by: string | null;
      resolution_reason: string;
    }>(`SELECT id, status, resolved_by, resolution_reason FROM review_items WHERE id = ANY($1)`, [
      [duplicate, flaggedToo, alsoHarassment, stillOpen],
    ]);
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({
      [duplicate]: 'resolved',
      [flaggedToo]: 'resolved',
      [alsoHarassment]: 'open',
      [stillOpen]: 'open',
    });
    expect(rows.find((r) => r.id === duplicate)).toMatchObject({
      resolved_by: clinician.id,
      resolution_reason: 'Resolved with its crisis alert (reached out)',
    });
    const events = await ctx.t.query(`SELECT action, details FROM review_events WHERE review_item_id = $1`, [
      duplicate,
    ]);
    expect(events).toEqual([
      {
        action: 'resolved',
        details: { action: 'dismiss', alertId: duplicateAlert, outcome: 'reached_out', migrated: true },
      },
    ]);
  });
});
