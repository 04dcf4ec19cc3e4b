import { randomUUID } from 'node:crypto';
import { TestCohort, TestContext, TestUser } from './support/context';

/** Several actions at once (hide + mute, one reason), all or nothing, each allowed by the policy. */
describe('resolving with several actions, and staff acting directly', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let moderator: TestUser;
  let clinician: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    moderator = await ctx.newModerator();
    clinician = await ctx.newClinician({ cohort });
  });
  afterAll(() => ctx.close());

  const say = async (author: TestUser, body = 'you are all useless') => {
    const res = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body },
      author.accessToken,
    );
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  const reportMessage = async (reporter: TestUser, messageId: string) => {
    const res = await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: messageId, reason: 'harassment' },
      reporter.accessToken,
    );
    expect(res.status).toBe(201);
    return res.body.reviewItemId as string;
  };
  const statusOf = async (messageId: string) =>
    (await ctx.t.query<{ status: string }>(`SELECT status FROM messages WHERE id = $1`, [messageId]))[0].status;
  const sanctionsOn = (userId: string) =>
    ctx.t.query<{ kind: string; review_item_id: string | null }>(
      `SELECT kind, review_item_id FROM sanctions WHERE user_id = $1 ORDER BY starts_at`,
      [userId],
    );

  it('hides the message and mutes its author in one resolution, with one reason', async () => {
    const author = await ctx.newMember({ cohort });
    const reporter = await ctx.newMember({ cohort });
    const message = await say(author);
    const itemId = await reportMessage(reporter, message.id);
    const res = await ctx.t.post(
      `/api/moderation/queue/${itemId}/resolve`,
      { actions: ['mute', 'hide'], reason: 'Insulting the group', durationMinutes: 60 },
      moderator.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', resolution: 'hide', actions: ['hide', 'mute'] });
    expect(await statusOf(message.id)).toBe('hidden');
    expect(await sanctionsOn(author.id)).toEqual([{ kind: 'mute', review_item_id: itemId }]);
    // The muted author cannot send.
    const refused = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'hello again' },
      author.accessToken,
    );
    expect(refused.status).toBe(403);
    // Each action is in the audit log, and the item's history says both.
    const audit = await ctx.t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE details->>'reviewItemId' = $1 AND action LIKE 'moderation.%' ORDER BY id`,
      [itemId],
    );
    expect(audit.map((a) => a.action)).toEqual(['moderation.hide', 'moderation.mute']);
    const history = await ctx.t.get(`/api/moderation/queue/${itemId}/history`, moderator.accessToken);
    expect(history.body.at(-1)).toMatchObject({ action: 'resolved', details: { actions: ['hide', 'mute'] } });
    // The content decision can be appealed as a decision, the mute as a sanction.
    const mine = await ctx.t.get('/api/moderation/mine', author.accessToken);
    expect(mine.status).toBe(200);
    expect(mine.body.decisions).toEqual([expect.objectContaining({ reviewItemId: itemId, action: 'hide' })]);
    expect(mine.body.sanctions).toEqual([expect.objectContaining({ kind: 'mute' })]);
  });

  it('keeps the single-action form', async () => {
    const author = await ctx.newMember({ cohort });
    const message = await say(author);
    const itemId = await reportMessage(await ctx.newMember({ cohort }), message.id);
    const res = await ctx.t.post(
      `/api/moderation/queue/${itemId}/resolve`,
      { action: 'remove', reason: 'Spam link' },
      moderator.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resolution: 'remove', actions: ['remove'] });
    expect(await statusOf(message.id)).toBe('removed');
  });

  it('applies nothing when one of the actions is not allowed (a moderator may not ban)', async () => {
    const author = await ctx.newMember({ cohort });
    const message = await say(author);
    const itemId = await reportMessage(await ctx.newMember({ cohort }), message.id);
    const res = await ctx.t.post(
      `/api/moderation/queue/${itemId}/resolve`,
      { actions: ['remove', 'ban'], reason: 'Threats to the group' },
      moderator.accessToken,
    );
    expect(res.status).toBe(403);
    // All or nothing: the message is still visible, nobody is banned, the item is still open.
    expect(await statusOf(message.id)).toBe('visible');
    expect(await sanctionsOn(author.id)).toEqual([]);
    const [item] = await ctx.t.query<{ status: string; actions: string[] | null }>(
      `SELECT status, actions FROM review_items WHERE id = $1`,
      [itemId],
    );
    expect(item).toEqual({ status: 'open', actions: null });
    expect(
      await ctx.t.query(`SELECT 1 FROM audit_log WHERE details->>'reviewItemId' = $1 AND action LIKE 'moderation.%'`, [
        itemId,
      ]),
    ).toEqual([]);
  });

  it('applies nothing when a timed action lacks its duration, and validates the actions', async () => {
    const author = await ctx.newMember({ cohort });
    const message = await say(author);
    const itemId = await reportMessage(await ctx.newMember({ cohort }), message.id);
    const post = (body: object) => ctx.t.post(`/api/moderation/queue/${itemId}/resolve`, body, moderator.accessToken);
    const noDuration = await post({ actions: ['hide', 'suspend'], reason: 'Repeated insults' });
    expect(noDuration.status).toBe(400);
    expect(await statusOf(message.id)).toBe('visible');
    expect((await post({ actions: ['hide', 'remove'], reason: 'Both at once' })).status).toBe(400);
    expect((await post({ actions: ['mute', 'suspend'], reason: 'Both at once', durationMinutes: 5 })).status).toBe(400);
    expect((await post({ actions: ['hide', 'explode'], reason: 'Unknown' })).status).toBe(400);
    expect((await post({ actions: [], reason: 'Nothing' })).status).toBe(400);
    expect((await post({ actions: ['hide', 'escalate'], reason: 'Escalate stands alone' })).status).toBe(400);
    expect((await post({ action: 'hide', actions: ['mute'], reason: 'Both forms', durationMinutes: 5 })).status).toBe(
      400,
    );
    const missing = await post({ reason: 'No action at all' });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.message)).toMatch(/action/);
    expect((await post({ actions: ['hide', 'mute'], reason: 'x', durationMinutes: 5 })).status).toBe(400);
    const [item] = await ctx.t.query<{ status: string }>(`SELECT status FROM review_items WHERE id = $1`, [itemId]);
    expect(item.status).toBe('open');
  });

  it('lets staff act on a message directly: hide and mute for a while, recorded as a resolved item', async () => {
    const author = await ctx.newMember({ cohort });
    const message = await say(author);
    const res = await ctx.t.post(
      '/api/moderation/act',
      {
        targetType: 'message',
        targetId: message.id,
        actions: ['hide', 'mute'],
        reason: 'Insults',
        durationMinutes: 30,
      },
      clinician.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'resolved',
      sources: ['staff'],
      actions: ['hide', 'mute'],
      resolvedBy: { id: clinician.id },
    });
    expect(await statusOf(message.id)).toBe('hidden');
    expect(await sanctionsOn(author.id)).toEqual([{ kind: 'mute', review_item_id: res.body.id }]);
    // Acting on a person: suspend for a day.
    const person = await ctx.newMember({ cohort });
    const suspended = await ctx.t.post(
      '/api/moderation/act',
      { targetType: 'user', targetId: person.id, actions: ['suspend'], reason: 'Threats', durationMinutes: 1440 },
      moderator.accessToken,
    );
    expect(suspended.status).toBe(200);
    const login = await ctx.t.post('/api/auth/login', { email: person.email, password: person.password });
    expect(login.status).toBe(403);
  });

  it('keeps staff acting directly within their reach and the policy', async () => {
    const otherCohort = await ctx.newCohort();
    const outsider = await ctx.newMember({ cohort: otherCohort });
    const res = await ctx.t.post(
      `/api/rooms/${otherCohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'in another group' },
      outsider.accessToken,
    );
    expect(res.status).toBe(201);
    // A clinician of another cohort: not found, and nothing written.
    const refused = await ctx.t.post(
      '/api/moderation/act',
      { targetType: 'message', targetId: res.body.id, actions: ['hide'], reason: 'Not my group' },
      clinician.accessToken,
    );
    expect(refused.status).toBe(404);
    expect(await statusOf(res.body.id)).toBe('visible');
    expect(await ctx.t.query(`SELECT 1 FROM review_items WHERE target_id = $1`, [res.body.id])).toEqual([]);
    // A moderator may not suspend staff; a member may not act at all; a person cannot get a content action.
    const admin = await ctx.newAdmin();
    expect(
      (
        await ctx.t.post(
          '/api/moderation/act',
          { targetType: 'user', targetId: admin.id, actions: ['suspend'], reason: 'Not allowed', durationMinutes: 5 },
          moderator.accessToken,
        )
      ).status,
    ).toBe(403);
    const member = await ctx.newMember({ cohort });
    expect(
      (
        await ctx.t.post(
          '/api/moderation/act',
          { targetType: 'user', targetId: outsider.id, actions: ['warn'], reason: 'Not allowed' },
          member.accessToken,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.t.post(
          '/api/moderation/act',
          { targetType: 'user', targetId: member.id, actions: ['hide'], reason: 'A person is not content' },
          moderator.accessToken,
        )
      ).status,
    ).toBe(400);
  });
});
