import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { boardOf, reply, startThread } from './support/forums';
import { TestCohort, TestContext, TestUser } from './support/context';
import { ack, collect, connectSocket, next } from './support/sockets';
import { waitFor } from './support/wait';

// Written for these tests (issue 16); what each reads as is the detector's verdict today.
const URGENT = 'I want to kill myself tonight, I have the pills ready';
const CONCERN = 'Some days I wish I could just disappear and not wake up';
const FRIEND = "my friend told me she is suicidal and I don't know what to do";
const BENIGN = 'this homework is killing me';
const PHONES = ['988', '741741', '911'];

const phones = (resources: { phone?: string; sms?: string }[]) => resources.map((r) => r.phone ?? r.sms);

describe('crisis levels: urgent pages, concern goes to the care team, the author is shown the level’s help', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let member: TestUser;
  let clinician: TestUser;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    member = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await ctx.close();
  });

  const socketOf = async (user: TestUser): Promise<Socket> => {
    const socket = await connectSocket(ctx.t.baseUrl, user.accessToken);
    sockets.push(socket);
    return socket;
  };
  const alertsFor = (targetId: string) =>
    ctx.t.query(`SELECT status FROM crisis_alerts WHERE target_id = $1`, [targetId]);
  const concernsFor = (targetId: string) =>
    ctx.t.query(`SELECT source, person_id, cohort_id, categories, status FROM care_concerns WHERE target_id = $1`, [
      targetId,
    ]);
  const crisisItemsFor = (targetId: string) =>
    ctx.t.query(`SELECT id FROM review_items WHERE target_id = $1 AND 'crisis' = ANY(sources)`, [targetId]);

  it('answers the draft’s level, with crisis only for urgent and the program’s resources when there is help to show', async () => {
    const check = async (text: string) => {
      const res = await ctx.t.post('/api/safety/check', { text }, member.accessToken);
      expect(res.status).toBe(200);
      return res.body;
    };
    const urgent = await check(URGENT);
    expect(urgent).toMatchObject({ crisis: true, level: 'urgent', someoneElse: false });
    expect(phones(urgent.resources)).toEqual(PHONES);
    const concern = await check(CONCERN);
    expect(concern).toMatchObject({ crisis: false, level: 'concern', someoneElse: false });
    expect(phones(concern.resources)).toEqual(PHONES);
    // Someone else's risk: nothing about the writer, but how to help a friend.
    const friend = await check(FRIEND);
    expect(friend).toMatchObject({ crisis: false, level: 'none', someoneElse: true });
    expect(phones(friend.resources)).toEqual(PHONES);
    expect(await check(BENIGN)).toEqual({ crisis: false, level: 'none', someoneElse: false, resources: [] });

    const bad = await ctx.t.post('/api/safety/check', { text: 42 }, member.accessToken);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('text');
  });

  it('a concern in chat raises a care-team concern, not an alert, and tells the author gently', async () => {
    const author = await socketOf(member);
    const team = await socketOf(clinician);
    expect((await ack(author, 'room:join', { roomId: cohort.roomId })).ok).toBe(true);
    const help = next(author, 'crisis:resources');
    const raised = next(team, 'concern:new');
    const alerts = collect(team, 'alert:new');
    const sent = await ack(author, 'message:send', { roomId: cohort.roomId, clientMsgId: randomUUID(), body: CONCERN });
    expect(sent).toMatchObject({ ok: true, signpost: { crisis: false, level: 'concern', someoneElse: false } });
    expect(phones(sent.signpost.resources)).toEqual(PHONES);
    expect(await help).toMatchObject({ level: 'concern', targetType: 'message', targetId: sent.message.id });
    expect(await raised).toMatchObject({
      person: { id: member.id },
      source: 'message',
      targetId: sent.message.id,
      categories: ['suicidal_ideation'],
      status: 'open',
      // The room, for the care team's link to the words in place.
      details: { roomId: cohort.roomId },
    });
    expect(await concernsFor(sent.message.id)).toEqual([
      expect.objectContaining({ source: 'message', person_id: member.id, cohort_id: cohort.id }),
    ]);
    expect(await alertsFor(sent.message.id)).toEqual([]);
    expect(await crisisItemsFor(sent.message.id)).toEqual([]);
    expect(alerts).toEqual([]);
    const listed = await ctx.t.get('/api/concerns', clinician.accessToken);
    expect(listed.body.map((c: { targetId: string }) => c.targetId)).toContain(sent.message.id);
  });

  it('an urgent message pages staff with an alert and raises no concern', async () => {
    await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken);
    try {
      const author = await socketOf(member);
      const staff = await socketOf(clinician);
      expect((await ack(author, 'room:join', { roomId: cohort.roomId })).ok).toBe(true);
      const help = next(author, 'crisis:resources');
      const paged = next(staff, 'alert:new');
      const sent = await ack(author, 'message:send', {
        roomId: cohort.roomId,
        clientMsgId: randomUUID(),
        body: URGENT,
      });
      expect(sent).toMatchObject({ ok: true, signpost: { crisis: true, level: 'urgent' } });
      expect(await help).toMatchObject({ crisis: true, level: 'urgent', targetType: 'message' });
      expect(await paged).toMatchObject({ target: { type: 'message', id: sent.message.id } });
      expect(await alertsFor(sent.message.id)).toHaveLength(1);
      expect(await concernsFor(sent.message.id)).toEqual([]);
    } finally {
      await ctx.t.put('/api/staff/duty', { onDuty: false }, clinician.accessToken);
    }
  });

  it('forum threads, posts and edits of both run the same levels', async () => {
    const author = await socketOf(member);
    const helps = collect(author, 'crisis:resources');

    // A thread whose title and body read as a concern.
    const thread = await startThread(ctx, member, cohort.boardId, { title: 'Tired of it all', body: CONCERN });
    expect(thread.signpost).toMatchObject({ crisis: false, level: 'concern' });
    expect(phones(thread.signpost.resources)).toEqual(PHONES);
    expect(await concernsFor(thread.id)).toEqual([expect.objectContaining({ source: 'thread', cohort_id: cohort.id })]);
    expect(await alertsFor(thread.id)).toEqual([]);

    // An urgent reply: the alert, no concern.
    const urgent = await reply(ctx, member, thread.id, URGENT);
    expect(urgent.signpost).toMatchObject({ crisis: true, level: 'urgent' });
    expect(await alertsFor(urgent.id)).toHaveLength(1);
    expect(await concernsFor(urgent.id)).toEqual([]);

    // A calm reply has no help; edited into a concern, it raises one.
    const calm = await reply(ctx, member, thread.id, 'Thanks everyone, talking helped today');
    expect(calm.signpost).toBeUndefined();
    expect(await concernsFor(calm.id)).toEqual([]);
    const edited = await ctx.t.patch(`/api/posts/${calm.id}`, { body: CONCERN }, member.accessToken);
    expect(edited.status).toBe(200);
    expect(edited.body.signpost).toMatchObject({ crisis: false, level: 'concern' });
    expect(await concernsFor(calm.id)).toEqual([expect.objectContaining({ source: 'post', person_id: member.id })]);
    expect(await alertsFor(calm.id)).toEqual([]);

    // A thread edited into urgent words pages staff.
    const other = await startThread(ctx, member, cohort.boardId, { title: 'Weekend plans', body: 'Going hiking' });
    expect(other.signpost).toBeUndefined();
    const threadEdit = await ctx.t.patch(`/api/threads/${other.id}`, { body: URGENT }, member.accessToken);
    expect(threadEdit.status).toBe(200);
    expect(threadEdit.body.signpost).toMatchObject({ crisis: true, level: 'urgent' });
    expect(await alertsFor(other.id)).toHaveLength(1);

    // Every device of the author is told, with where and at what level.
    await waitFor('the author’s help events', () => (helps.length >= 4 ? helps : undefined));
    expect(helps.map((h) => [h.targetType, h.targetId, h.level])).toEqual([
      ['thread', thread.id, 'concern'],
      ['post', urgent.id, 'urgent'],
      ['post', calm.id, 'concern'],
      ['thread', other.id, 'urgent'],
    ]);

    // A post's concern keeps its thread (new or edited), for the care team's link to it in place.
    const fresh = await reply(ctx, member, thread.id, CONCERN);
    const details = async (targetId: string) =>
      (
        await ctx.t.query<{ details: unknown }>(`SELECT details FROM care_concerns WHERE target_id = $1`, [targetId])
      ).map((r) => r.details);
    expect(await details(fresh.id)).toEqual([{ threadId: thread.id }]);
    expect(await details(calm.id)).toEqual([{ threadId: thread.id }]);
  });

  it('someone else at risk is level none: no alert, no concern, but the author is offered how to help a friend', async () => {
    const thread = await startThread(ctx, member, cohort.boardId);
    const post = await reply(ctx, member, thread.id, FRIEND);
    expect(post.status).toBe('visible');
    expect(post.signpost).toMatchObject({ crisis: false, level: 'none', someoneElse: true });
    expect(phones(post.signpost.resources)).toEqual(PHONES);
    expect(await alertsFor(post.id)).toEqual([]);
    expect(await concernsFor(post.id)).toEqual([]);
    expect(await crisisItemsFor(post.id)).toEqual([]);
  });

  it('an alumnus’s concern goes to the program’s alumni care team', async () => {
    const admin = await ctx.newAdmin();
    const alumnus = await ctx.newAlumni();
    const alumniClinician = await ctx.newClinician();
    expect(
      (await ctx.t.put('/api/admin/settings', { alumniCareTeam: [alumniClinician.id] }, admin.accessToken)).status,
    ).toBe(200);
    try {
      const team = await socketOf(alumniClinician);
      const raised = next(team, 'concern:new');
      const thread = await startThread(ctx, alumnus, await boardOf(ctx, 'alumni'));
      const post = await reply(ctx, alumnus, thread.id, CONCERN);
      expect(post.signpost).toMatchObject({ level: 'concern' });
      expect(await raised).toMatchObject({ person: { id: alumnus.id }, targetId: post.id, cohort: null });
      const listed = await ctx.t.get('/api/concerns', alumniClinician.accessToken);
      expect(listed.body.map((c: { targetId: string }) => c.targetId)).toContain(post.id);
      // Not the cohort's clinician: alumni are not theirs.
      const cohorts = await ctx.t.get('/api/concerns', clinician.accessToken);
      expect(cohorts.body.map((c: { targetId: string }) => c.targetId)).not.toContain(post.id);
    } finally {
      await ctx.t.put('/api/admin/settings', { alumniCareTeam: [] }, admin.accessToken);
    }
  });
});
