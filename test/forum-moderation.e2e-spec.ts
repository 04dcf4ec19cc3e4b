import { TestCohort, TestContext, TestUser } from './support/context';
import { reply, startThread } from './support/forums';
import { ack, collect, connectSocket, next } from './support/sockets';
import { quietPeriod } from './support/wait';

describe('moderation and crisis safety in the forums', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let admin: TestUser;
  let clinician: TestUser;
  let moderator: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    // A short escalation time (3 s) so that escalation is observed in the test.
    ctx = await TestContext.start({ CRISIS_ESCALATION_MINUTES: '0.05' });
    cohort = await ctx.newCohort();
    admin = await ctx.newAdmin();
    clinician = await ctx.newClinician({ cohort });
    moderator = await ctx.newModerator();
    author = await ctx.newMember({ cohort });
  });
  afterAll(() => ctx.close());

  it('hides a post live once flags reach the threshold (three members, 1 each = AUTO_HIDE_SCORE 3)', async () => {
    const thread = await startThread(ctx, author, cohort.boardId);
    const post = await reply(ctx, author, thread.id, 'something people object to');
    const watcher = await connectSocket(ctx.t.baseUrl, (await ctx.newMember({ cohort })).accessToken);
    await ack(watcher, 'thread:watch', { threadId: thread.id });
    const hidden = next(watcher, 'post:updated', (p) => p.id === post.id);
    await ctx.t.post(
      '/api/flags',
      { targetType: 'post', targetId: post.id, reason: 'harassment' },
      (await ctx.newMember({ cohort })).accessToken,
    );
    await ctx.t.post(
      '/api/flags',
      { targetType: 'post', targetId: post.id, reason: 'harassment' },
      (await ctx.newMember({ cohort })).accessToken,
    );
    const [row] = await ctx.t.query(`SELECT status FROM posts WHERE id = $1`, [post.id]);
    expect(row.status).toBe('visible');
    await ctx.t.post(
      '/api/flags',
      { targetType: 'post', targetId: post.id, reason: 'harassment' },
      (await ctx.newMember({ cohort })).accessToken,
    );
    expect(await hidden).toMatchObject({ id: post.id, status: 'hidden', body: null });
    const [item] = (await ctx.t.get('/api/moderation/queue', moderator.accessToken)).body.filter(
      (i: { targetId: string }) => i.targetId === post.id,
    );
    expect(item).toMatchObject({
      score: 3,
      autoHidden: true,
      target: { status: 'hidden', excerpt: 'something people object to' },
    });
    // Restored on dismissal, live.
    const restored = next(watcher, 'post:updated', (p) => p.id === post.id && p.status === 'visible');
    await ctx.t.post(
      `/api/moderation/queue/${item.id}/resolve`,
      { action: 'dismiss', reason: 'Within the guidelines' },
      moderator.accessToken,
    );
    expect(await restored).toMatchObject({ body: 'something people object to' });
    watcher.close();
  });

  it('does not let a member flag content they cannot see', async () => {
    const elsewhere = await ctx.newCohort();
    const outsider = await ctx.newMember({ cohort: elsewhere });
    const thread = await startThread(ctx, author, cohort.boardId);
    const res = await ctx.t.post(
      '/api/flags',
      { targetType: 'thread', targetId: thread.id, reason: 'spam' },
      outsider.accessToken,
    );
    expect(res.status).toBe(404);
  });

  it('holds a post with a require-approval word: pending for the author, in the queue, published live on approval', async () => {
    await ctx.t.post(
      '/api/moderation/watched-words',
      { term: 'meetup', action: 'require_approval' },
      admin.accessToken,
    );
    const thread = await startThread(ctx, author, cohort.boardId);
    const watcher = await connectSocket(ctx.t.baseUrl, (await ctx.newMember({ cohort })).accessToken);
    await ack(watcher, 'thread:watch', { threadId: thread.id });
    const seen = collect(watcher, 'post:new');
    const res = await ctx.t.post(
      `/api/threads/${thread.id}/posts`,
      { body: 'anyone up for a meetup on friday?' },
      author.accessToken,
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
    // Nothing marks a post not delivered: a bounded time for the held one to reach the watcher.
    await quietPeriod();
    expect(seen).toEqual([]);
    const peer = await ctx.newMember({ cohort });
    const tree = await ctx.t.get(`/api/threads/${thread.id}`, peer.accessToken);
    expect(tree.body.posts.map((p: { id: string }) => p.id)).not.toContain(res.body.id);
    const [item] = (await ctx.t.get('/api/moderation/queue', clinician.accessToken)).body.filter(
      (i: { targetId: string }) => i.targetId === res.body.id,
    );
    expect(item.sources).toEqual(['filter']);
    const published = next(watcher, 'post:new', (p) => p.id === res.body.id);
    await ctx.t.post(
      `/api/moderation/queue/${item.id}/resolve`,
      { action: 'dismiss', reason: 'A group outing the program runs' },
      clinician.accessToken,
    );
    expect(await published).toMatchObject({ status: 'visible', body: 'anyone up for a meetup on friday?' });
    watcher.close();
  });

  it('refuses blocked words with a reason that does not list the word list', async () => {
    await ctx.t.post(
      '/api/moderation/watched-words',
      { term: 'cheap pills online', action: 'block' },
      admin.accessToken,
    );
    const thread = await startThread(ctx, author, cohort.boardId);
    const res = await ctx.t.post(
      `/api/threads/${thread.id}/posts`,
      { body: 'get cheap pills online here' },
      author.accessToken,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('blocked');
    expect(res.body.message).not.toContain('cheap pills');
  });

  it('delivers a crisis post, shows the author resources at once, alerts the on-duty clinician and escalates when unacknowledged', async () => {
    const thread = await startThread(ctx, author, cohort.boardId);
    await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken);
    const staffSocket = await connectSocket(ctx.t.baseUrl, clinician.accessToken);
    const authorSocket = await connectSocket(ctx.t.baseUrl, author.accessToken);
    const alert = next(staffSocket, 'alert:new');
    const resources = next(authorSocket, 'crisis:resources');
    const res = await ctx.t.post(
      `/api/threads/${thread.id}/posts`,
      { body: "I can't do this anymore, I'm going to end my life tonight" },
      author.accessToken,
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('visible');
    expect(res.body.signpost.resources.map((r: { phone?: string; sms?: string }) => r.phone ?? r.sms)).toEqual([
      '988',
      '741741',
      '911',
    ]);
    expect((await resources).resources).toHaveLength(3);
    const live = await alert;
    expect(live).toMatchObject({
      status: 'open',
      categories: ['suicidal_ideation'],
      author: { id: author.id },
      target: { type: 'post', id: res.body.id },
    });
    const queue = await ctx.t.get('/api/moderation/queue', clinician.accessToken);
    expect(queue.body[0]).toMatchObject({ targetId: res.body.id, urgent: true, sources: ['crisis'] });

    // Nobody acknowledges: every clinician and admin hears of it.
    const adminSocket = await connectSocket(ctx.t.baseUrl, admin.accessToken);
    const escalated = await next(adminSocket, 'alert:updated', (a) => a.id === live.id && a.escalated, 15_000);
    expect(escalated.status).toBe('open');
    const ack1 = await ctx.t.post(`/api/alerts/${live.id}/ack`, {}, clinician.accessToken);
    expect(ack1.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: { id: clinician.id } });
    const resolved = await ctx.t.post(
      `/api/alerts/${live.id}/resolve`,
      { outcome: 'reached_out', note: 'Called; safety plan reviewed.' },
      clinician.accessToken,
    );
    expect(resolved.body).toMatchObject({ status: 'resolved', outcome: 'reached_out' });
    const [audit] = await ctx.t.query(
      `SELECT details FROM audit_log WHERE action = 'crisis.resolved' AND target_id = $1`,
      [live.id],
    );
    // The outcome is told to the audit log; the note's words stay on the alert (the log names it).
    expect(audit.details).toEqual({ outcome: 'reached_out', noteId: live.id, reviewItemId: expect.any(String) });
    expect(resolved.body.note).toBe('Called; safety plan reviewed.');
    for (const s of [staffSocket, authorSocket, adminSocket]) {
      s.close();
    }
    await ctx.t.put('/api/staff/duty', { onDuty: false }, clinician.accessToken);
  }, 30_000);

  it('escalates at once when no one who looks after the cohort is on duty', async () => {
    const thread = await startThread(ctx, author, cohort.boardId);
    const adminSocket = await connectSocket(ctx.t.baseUrl, admin.accessToken);
    const escalated = next(adminSocket, 'alert:updated', (a) => a.escalated, 10_000);
    await ctx.t.post(
      `/api/threads/${thread.id}/posts`,
      { body: 'i took the whole bottle of my pills and i feel really weird' },
      author.accessToken,
    );
    expect((await escalated).categories).toContain('overdose');
    adminSocket.close();
  });

  it('does not show a clinician alerts from cohorts they do not facilitate', async () => {
    const other = await ctx.newClinician({ cohort: await ctx.newCohort() });
    const alerts = await ctx.t.get('/api/alerts?status=open', other.accessToken);
    const mine = await ctx.t.get('/api/alerts?status=active', clinician.accessToken);
    expect(mine.body.length).toBeGreaterThan(0);
    // Escalated alerts go to every clinician; others stay with their cohort's staff.
    expect(alerts.body.every((a: { escalated: boolean }) => a.escalated)).toBe(true);
  });

  it('refuses every write from a muted member, with the reason and the time left', async () => {
    const muted = await ctx.newMember({ cohort });
    const thread = await startThread(ctx, author, cohort.boardId);
    const { reviewItemId } = (
      await ctx.t.post(
        '/api/flags',
        { targetType: 'user', targetId: muted.id, reason: 'harassment' },
        author.accessToken,
      )
    ).body;
    await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'mute', reason: 'Personal attacks in the group', durationMinutes: 60 },
      moderator.accessToken,
    );
    const res = await ctx.t.post(`/api/threads/${thread.id}/posts`, { body: 'let me speak' }, muted.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('muted');
    expect(res.body.message).toMatch(/muted for (60|59) more minutes .*Personal attacks in the group/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(
      (
        await ctx.t.post(
          `/api/boards/${cohort.boardId}/threads`,
          { title: 'A new thread', body: 'hi' },
          muted.accessToken,
        )
      ).status,
    ).toBe(403);
    // Reading still works.
    expect((await ctx.t.get(`/api/threads/${thread.id}`, muted.accessToken)).status).toBe(200);
  });

  it('lets a peer mentor hide content pending review in the alumni board, not in a cohort board', async () => {
    const mentor = await ctx.newPeerMentor();
    const alum = await ctx.newAlumni();
    const [alumniBoard] = await ctx.t.query(`SELECT id FROM boards WHERE scope = 'alumni'`);
    const thread = await startThread(ctx, alum, alumniBoard.id);
    const hide = await ctx.t.post(
      '/api/moderation/hide',
      { targetType: 'thread', targetId: thread.id, reason: 'Graphic detail' },
      mentor.accessToken,
    );
    expect(hide.status).toBe(200);
    expect(hide.body.hidden).toBe(true);
    expect((await ctx.t.get(`/api/threads/${thread.id}`, alum.accessToken)).body.thread.status).toBe('hidden');
    const cohortThread = await startThread(ctx, author, cohort.boardId);
    expect(
      (
        await ctx.t.post(
          '/api/moderation/hide',
          { targetType: 'thread', targetId: cohortThread.id, reason: 'x'.repeat(5) },
          mentor.accessToken,
        )
      ).status,
    ).toBe(404);
  });
});

describe('blocks in the forums', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
  });
  afterAll(() => ctx.close());

  it("hides each other's threads, replies (keeping the tree), search results and live replies, both ways", async () => {
    const ana = await ctx.newMember({ cohort });
    const ben = await ctx.newMember({ cohort });
    const cara = await ctx.newMember({ cohort });
    const bensThread = await startThread(ctx, ben, cohort.boardId, {
      title: 'Ben asks about sleep',
      body: 'insomnia tips please',
    });
    const anasThread = await startThread(ctx, ana, cohort.boardId, {
      title: 'Ana on mornings',
      body: 'morning routines',
    });
    const bensReply = await reply(ctx, ben, anasThread.id, 'I wake at six, insomnia again');
    const carasReply = await reply(ctx, cara, anasThread.id, 'Same here', bensReply.id);
    expect((await ctx.t.post('/api/blocks', { userId: ben.id }, ana.accessToken)).status).toBe(201);

    for (const [viewer, other, othersThread] of [
      [ana, ben, bensThread],
      [ben, ana, anasThread],
    ] as const) {
      const list = await ctx.t.get(`/api/boards/${cohort.boardId}/threads`, viewer.accessToken);
      expect(list.body.threads.map((t: { id: string }) => t.id)).not.toContain(othersThread.id);
      expect((await ctx.t.get(`/api/threads/${othersThread.id}`, viewer.accessToken)).status).toBe(404);
      const search = await ctx.t.get('/api/search?q=insomnia', viewer.accessToken);
      expect(search.body.results.every((r: { author: { id: string } | null }) => r.author?.id !== other.id)).toBe(true);
    }
    const tree = await ctx.t.get(`/api/threads/${anasThread.id}`, ana.accessToken);
    expect(tree.body.posts.map((p: { id: string }) => p.id)).toEqual([bensReply.id, carasReply.id]);
    expect(tree.body.posts[0]).toMatchObject({ author: null, body: null, hiddenReason: 'blocked' });
    expect(tree.body.posts[1]).toMatchObject({ body: 'Same here' });
    // Others still see everything.
    const carasView = await ctx.t.get(`/api/threads/${anasThread.id}`, cara.accessToken);
    expect(carasView.body.posts[0]).toMatchObject({ body: 'I wake at six, insomnia again' });

    const socket = await connectSocket(ctx.t.baseUrl, ana.accessToken);
    await ack(socket, 'thread:watch', { threadId: anasThread.id });
    const seen = collect(socket, 'post:new');
    await reply(ctx, ben, anasThread.id, 'live from ben');
    const fromCara = next(socket, 'post:new');
    await reply(ctx, cara, anasThread.id, 'live from cara');
    expect((await fromCara).body).toBe('live from cara');
    expect(seen.map((p) => p.body)).toEqual(['live from cara']);
    socket.close();
  });
});
