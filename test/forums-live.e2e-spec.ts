import { TERMS } from '../src/consent/terms';
import { TestCohort, TestContext, TestUser } from './support/context';
import { boardOf, reply, startThread } from './support/forums';
import { threadRoom } from '../src/forums/forums.events';
import { ack, collect, connectSocket, next, serverSockets } from './support/sockets';
import { quietPeriod, waitFor } from './support/wait';

describe('live threads', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let ana: TestUser;
  let ben: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    ana = await ctx.newMember({ cohort });
    ben = await ctx.newMember({ cohort });
  });
  afterAll(() => ctx.close());

  it('a watcher gets post:new for a reply and post:updated for its edit, reaction and removal', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const socket = await connectSocket(ctx.t.baseUrl, ana.accessToken);
    expect(await ack(socket, 'thread:watch', { threadId: thread.id })).toEqual({ ok: true });
    const arriving = next(socket, 'post:new');
    const posted = await reply(ctx, ben, thread.id, 'live words');
    const live = await arriving;
    expect(live).toMatchObject({ id: posted.id, threadId: thread.id, body: 'live words', depth: 0, parentId: null });
    expect(live.reactions.every((r: any) => !('reactedByMe' in r))).toBe(true);

    const edited = next(socket, 'post:updated');
    await ctx.t.patch(`/api/posts/${posted.id}`, { body: 'edited words' }, ben.accessToken);
    expect(await edited).toMatchObject({ id: posted.id, body: 'edited words' });
    const reacted = next(socket, 'post:updated');
    await ctx.t.post(`/api/posts/${posted.id}/reactions`, { kind: 'heart' }, ben.accessToken);
    expect((await reacted).reactions.find((r: any) => r.kind === 'heart').count).toBe(1);
    const removed = next(socket, 'post:updated');
    await ctx.t.delete(`/api/posts/${posted.id}`, undefined, ben.accessToken);
    expect(await removed).toMatchObject({ id: posted.id, status: 'removed', body: null, author: null });

    expect(await ack(socket, 'thread:unwatch', { threadId: thread.id })).toEqual({ ok: true });
    const after = collect(socket, 'post:new');
    await reply(ctx, ben, thread.id, 'not watched any more');
    // Nothing marks a post not delivered: a bounded time for it to reach the socket that stopped watching.
    await quietPeriod();
    expect(after).toEqual([]);
    socket.close();
  });

  it('does not broadcast a post held for approval', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const post = await reply(ctx, ana, thread.id, 'soon pending');
    const socket = await connectSocket(ctx.t.baseUrl, ben.accessToken);
    await ack(socket, 'thread:watch', { threadId: thread.id });
    const updates = collect(socket, 'post:updated');
    await ctx.t.query(`UPDATE posts SET status = 'pending' WHERE id = $1`, [post.id]);
    await ctx.t.patch(`/api/posts/${post.id}`, { body: 'still pending' }, ana.accessToken);
    // Nothing marks an update not broadcast: a bounded time for it to show.
    await quietPeriod();
    expect(updates).toEqual([]);
    socket.close();
  });

  it('refuses to watch a thread the caller may not read, exactly as if it did not exist', async () => {
    const elsewhere = await ctx.newCohort();
    const stranger = await ctx.newMember({ cohort: elsewhere });
    const hiddenThread = await startThread(ctx, stranger, elsewhere.boardId);
    const staffThread = await startThread(ctx, await ctx.newAdmin(), await boardOf(ctx, 'staff'));
    const socket = await connectSocket(ctx.t.baseUrl, ana.accessToken);
    const hidden = await ack(socket, 'thread:watch', { threadId: hiddenThread.id });
    const staff = await ack(socket, 'thread:watch', { threadId: staffThread.id });
    const missing = await ack(socket, 'thread:watch', { threadId: '00000000-0000-4000-8000-000000000000' });
    expect(hidden).toEqual({ ok: false, error: { code: 'not_found', message: 'Thread not found' } });
    expect(staff).toEqual(hidden);
    expect(missing).toEqual(hidden);
    expect(await ack(socket, 'thread:watch', { threadId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const leaked = collect(socket, 'post:new');
    await reply(ctx, stranger, hiddenThread.id, 'private to the other group');
    // Nothing marks a post not delivered: a bounded time for a leak to show.
    await quietPeriod();
    expect(leaked).toEqual([]);
    socket.close();
  });

  it('a member stepped down stops receiving their old cohort thread at once', async () => {
    const clinician = await ctx.newClinician({ cohort });
    const leaving = await ctx.newMember({ cohort });
    const thread = await startThread(ctx, ana, cohort.boardId);
    const community = await startThread(ctx, ana, await boardOf(ctx, 'community'));
    const socket = await connectSocket(ctx.t.baseUrl, leaving.accessToken);
    expect(await ack(socket, 'thread:watch', { threadId: thread.id })).toEqual({ ok: true });
    expect(await ack(socket, 'thread:watch', { threadId: community.id })).toEqual({ ok: true });
    const received = collect(socket, 'post:new');
    await ctx.t.post(`/api/cohorts/${cohort.id}/members/${leaving.id}/step-down`, {}, clinician.accessToken);
    await waitFor('the server to take the socket off the cohort thread', async () => {
      const [socket] = await serverSockets(ctx.t.app, leaving.id);
      return socket.rooms.has(threadRoom(thread.id)) ? undefined : true;
    });
    await reply(ctx, ana, thread.id, 'after the step-down');
    await reply(ctx, ana, community.id, 'community is still theirs');
    await waitFor('the community post', () => (received.length > 0 ? true : undefined));
    // The cohort post must not come, even late: a bounded time for it to show.
    await quietPeriod();
    expect(received.map((p) => p.body)).toEqual(['community is still theirs']);
    socket.close();
  });
});

describe('mentions', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let ana: TestUser;
  let robin: TestUser;
  let stranger: TestUser;
  let alumnus: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    ana = await ctx.newMember({ cohort, displayName: 'Ana Quill' });
    robin = await ctx.newMember({ cohort, displayName: 'Robin Vale' });
    stranger = await ctx.newMember({ cohort: await ctx.newCohort(), displayName: 'Sam Elsewhere' });
    alumnus = await ctx.newUser({ role: 'alumni', displayName: 'Old Friend' });
  });
  afterAll(() => ctx.close());

  const notifications = async (user: TestUser) => (await ctx.t.get('/api/notifications', user.accessToken)).body;

  it('notifies a mentioned member who can read the thread, live and in the list, with a short excerpt', async () => {
    const socket = await connectSocket(ctx.t.baseUrl, robin.accessToken);
    const live = next(socket, 'notification:new');
    const thread = await startThread(ctx, ana, cohort.boardId, { title: 'Check-in' });
    const post = await reply(ctx, ana, thread.id, `Thinking of you @Robin Vale, ${'and more words '.repeat(20)}`);
    const pushed = await live;
    expect(pushed).toMatchObject({
      kind: 'mention',
      actor: { id: ana.id, displayName: 'Ana Quill' },
      threadId: thread.id,
      postId: post.id,
      threadTitle: 'Check-in',
      read: false,
    });
    expect(pushed.excerpt.length).toBeLessThanOrEqual(140);
    const list = await notifications(robin);
    expect(list.unreadCount).toBe(1);
    expect(list.notifications[0]).toEqual(pushed);
    socket.close();
  });

  it('never notifies someone who cannot read the thread, and says nothing to the author either way', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const res = await ctx.t.post(
      `/api/threads/${thread.id}/posts`,
      { body: '@Sam Elsewhere and @Old Friend and @Nobody Real' },
      ana.accessToken,
    );
    const control = await ctx.t.post(`/api/threads/${thread.id}/posts`, { body: 'no mentions here' }, ana.accessToken);
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(control.body).sort());
    expect((await notifications(stranger)).notifications).toEqual([]);
    await ctx.t.post('/api/terms/accept', { version: TERMS.alumni.version }, alumnus.accessToken);
    expect((await notifications(alumnus)).notifications).toEqual([]);
  });

  it('notifies on a community thread anyone may read, once per post, and only new names on an edit', async () => {
    const board = await boardOf(ctx, 'community');
    const thread = await startThread(ctx, ana, board, { title: 'Hello @Old Friend', body: '@Old Friend @old friend' });
    const before = (await notifications(alumnus)).notifications.filter((n: any) => n.threadId === thread.id);
    expect(before).toHaveLength(1);
    const post = await reply(ctx, ana, thread.id, 'hi @Old Friend');
    await ctx.t.patch(`/api/posts/${post.id}`, { body: 'hi again @Old Friend and @Robin Vale' }, ana.accessToken);
    const forAlumnus = (await notifications(alumnus)).notifications.filter((n: any) => n.threadId === thread.id);
    expect(forAlumnus).toHaveLength(2);
    const forRobin = (await notifications(robin)).notifications.filter((n: any) => n.postId === post.id);
    expect(forRobin).toHaveLength(1);
  });

  it('hides the words of a notification once the post is removed, and drops it once the board is out of reach', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId, { title: 'Soon gone' });
    const post = await reply(ctx, ana, thread.id, '@Robin Vale this will go');
    await ctx.t.delete(`/api/posts/${post.id}`, undefined, ana.accessToken);
    const item = (await notifications(robin)).notifications.find((n: any) => n.postId === post.id);
    expect(item).toMatchObject({ excerpt: null, threadTitle: 'Soon gone' });
    await ctx.t.query(`UPDATE cohort_memberships SET left_at = now(), left_reason = 'removed' WHERE user_id = $1`, [
      robin.id,
    ]);
    const after = await notifications(robin);
    expect(after.notifications.filter((n: any) => n.threadId === thread.id)).toEqual([]);
  });

  it('marks some or all notifications read', async () => {
    const board = await boardOf(ctx, 'community');
    const thread = await startThread(ctx, ana, board);
    await reply(ctx, ana, thread.id, '@Robin Vale one');
    await reply(ctx, ana, thread.id, '@Robin Vale two');
    const list = await notifications(robin);
    expect(list.unreadCount).toBeGreaterThanOrEqual(2);
    const one = await ctx.t.post('/api/notifications/read', { ids: [list.notifications[0].id] }, robin.accessToken);
    expect(one.body.unreadCount).toBe(list.unreadCount - 1);
    const all = await ctx.t.post('/api/notifications/read', {}, robin.accessToken);
    expect(all).toMatchObject({ status: 200, body: { unreadCount: 0 } });
    expect((await ctx.t.post('/api/notifications/read', { ids: ['x'] }, robin.accessToken)).status).toBe(400);
  });
});
