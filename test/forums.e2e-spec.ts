import { TestCohort, TestContext, TestUser } from './support/context';
import { boardOf, reply, startThread } from './support/forums';

describe('forum threads and replies', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let ana: TestUser;
  let ben: TestUser;
  let clinician: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    ana = await ctx.newMember({ cohort });
    ben = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
    moderator = await ctx.newModerator();
  });
  afterAll(() => ctx.close());

  it('returns replies as a tree: depth-first, siblings oldest first, with parentId and depth', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId, { title: 'Tree', body: 'root words' });
    const a = await reply(ctx, ben, thread.id, 'a');
    const b = await reply(ctx, ana, thread.id, 'b');
    const a1 = await reply(ctx, ana, thread.id, 'a1', a.id);
    const a1x = await reply(ctx, ben, thread.id, 'a1x', a1.id);
    const a2 = await reply(ctx, ben, thread.id, 'a2', a.id);
    const b1 = await reply(ctx, ben, thread.id, 'b1', b.id);
    const res = await ctx.t.get(`/api/threads/${thread.id}`, ben.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.thread).toMatchObject({ id: thread.id, title: 'Tree', body: 'root words', replyCount: 6 });
    expect(res.body.posts.map((p: any) => [p.body, p.parentId, p.depth])).toEqual([
      ['a', null, 0],
      ['a1', a.id, 1],
      ['a1x', a1.id, 2],
      ['a2', a.id, 1],
      ['b', null, 0],
      ['b1', b.id, 1],
    ]);
    expect([a2.depth, a1x.depth, b1.parentId]).toEqual([1, 2, b.id]);
    expect(res.body.posts[0]).toMatchObject({
      author: { id: ben.id, displayName: ben.displayName },
      status: 'visible',
      reactions: [
        { kind: 'heart', count: 0, reactedByMe: false },
        { kind: 'hug', count: 0, reactedByMe: false },
        { kind: 'strength', count: 0, reactedByMe: false },
        { kind: 'thanks', count: 0, reactedByMe: false },
      ],
    });
  });

  it('keeps nesting to any depth', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    let parent: string | undefined;
    for (let i = 0; i < 12; i++) {
      parent = (await reply(ctx, i % 2 ? ana : ben, thread.id, `level ${i}`, parent)).id;
    }
    const { body } = await ctx.t.get(`/api/threads/${thread.id}`, ana.accessToken);
    expect(body.posts.map((p: any) => p.depth)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('refuses a parent from another thread (404) and an unknown thread (404)', async () => {
    const one = await startThread(ctx, ana, cohort.boardId);
    const two = await startThread(ctx, ana, cohort.boardId);
    const inOne = await reply(ctx, ana, one.id, 'here');
    const res = await ctx.t.post(`/api/threads/${two.id}/posts`, { body: 'x', parentId: inOne.id }, ben.accessToken);
    expect(res.status).toBe(404);
    expect(
      (await ctx.t.post(`/api/threads/00000000-0000-4000-8000-000000000000/posts`, { body: 'x' }, ana.accessToken))
        .status,
    ).toBe(404);
  });

  it('a locked thread refuses replies with 403 until staff unlock it', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    expect(
      (await ctx.t.patch(`/api/threads/${thread.id}`, { locked: true }, clinician.accessToken)).body,
    ).toMatchObject({
      locked: true,
    });
    const refused = await ctx.t.post(`/api/threads/${thread.id}/posts`, { body: 'still here?' }, ben.accessToken);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'thread_locked', message: expect.stringMatching(/locked/) });
    await ctx.t.patch(`/api/threads/${thread.id}`, { locked: false }, clinician.accessToken);
    expect((await ctx.t.post(`/api/threads/${thread.id}/posts`, { body: 'back' }, ben.accessToken)).status).toBe(201);
  });

  it('only staff who moderate the board pin and lock; the author may still edit the title', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId, { title: 'Mine' });
    expect((await ctx.t.patch(`/api/threads/${thread.id}`, { pinned: true }, ana.accessToken)).status).toBe(403);
    const edited = await ctx.t.patch(`/api/threads/${thread.id}`, { title: 'Mine, renamed' }, ana.accessToken);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Mine, renamed', pinned: false, editedAt: expect.any(String) });
    expect((await ctx.t.patch(`/api/threads/${thread.id}`, { title: 'Not yours' }, ben.accessToken)).status).toBe(403);
    expect((await ctx.t.patch(`/api/threads/${thread.id}`, { pinned: true }, moderator.accessToken)).body.pinned).toBe(
      true,
    );
  });

  it('lists pinned threads first, then by last activity, with reply counts', async () => {
    const board = await ctx.newCohort();
    const member = await ctx.newMember({ cohort: board });
    const staff = await ctx.newClinician({ cohort: board });
    const old = await startThread(ctx, member, board.boardId, { title: 'Old' });
    const pinned = await startThread(ctx, member, board.boardId, { title: 'Pinned' });
    const recent = await startThread(ctx, member, board.boardId, { title: 'Recent' });
    await ctx.t.patch(`/api/threads/${pinned.id}`, { pinned: true }, staff.accessToken);
    await reply(ctx, member, old.id, 'bump');
    await reply(ctx, member, old.id, 'bump again');
    const res = await ctx.t.get(`/api/boards/${board.boardId}/threads`, member.accessToken);
    expect(res.body.threads.map((t: any) => [t.title, t.pinned, t.replyCount])).toEqual([
      ['Pinned', true, 0],
      ['Old', false, 2],
      ['Recent', false, 0],
    ]);
    expect(res.body.nextCursor).toBeNull();
    void recent;
  });

  it('keeps every edit for staff; members cannot read the history', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const post = await reply(ctx, ana, thread.id, 'first words');
    const edited = await ctx.t.patch(`/api/posts/${post.id}`, { body: 'second words' }, ana.accessToken);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'second words', editedAt: expect.any(String) });
    await ctx.t.patch(`/api/posts/${post.id}`, { body: 'third words', contentWarning: 'heavy' }, ana.accessToken);
    const history = await ctx.t.get(`/api/posts/${post.id}/edits`, clinician.accessToken);
    expect(history.status).toBe(200);
    expect(history.body.map((e: any) => [e.previousBody, e.previousContentWarning, e.editor.id])).toEqual([
      ['first words', null, ana.id],
      ['second words', null, ana.id],
    ]);
    expect((await ctx.t.get(`/api/posts/${post.id}/edits`, ana.accessToken)).status).toBe(403);
    expect((await ctx.t.patch(`/api/posts/${post.id}`, { body: 'not mine' }, ben.accessToken)).status).toBe(403);
    await ctx.t.patch(`/api/threads/${thread.id}`, { body: 'new opening' }, ana.accessToken);
    const threadHistory = await ctx.t.get(`/api/threads/${thread.id}/edits`, moderator.accessToken);
    expect(threadHistory.body).toEqual([
      expect.objectContaining({ previousTitle: 'A thread to talk in', previousBody: 'Opening words' }),
    ]);
  });

  it('staff may edit and remove anyone’s post, and that is audited', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const post = await reply(ctx, ben, thread.id, 'something to fix');
    expect(
      (await ctx.t.patch(`/api/posts/${post.id}`, { contentWarning: 'self-harm' }, clinician.accessToken)).status,
    ).toBe(200);
    expect((await ctx.t.delete(`/api/posts/${post.id}`, undefined, clinician.accessToken)).status).toBe(200);
    const audit = await ctx.t.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [post.id]);
    expect(audit.map((a) => a.action)).toEqual(['forum.post_edited', 'forum.post_removed']);
  });

  it('a removed post keeps its place in the tree as a placeholder without its words', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const parent = await reply(ctx, ana, thread.id, 'words that go');
    const child = await reply(ctx, ben, thread.id, 'an answer', parent.id);
    expect((await ctx.t.delete(`/api/posts/${parent.id}`, undefined, ben.accessToken)).status).toBe(403);
    const removed = await ctx.t.delete(`/api/posts/${parent.id}`, undefined, ana.accessToken);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ status: 'removed', body: null, author: null });
    const seen = await ctx.t.get(`/api/threads/${thread.id}`, ben.accessToken);
    expect(seen.body.posts.map((p: any) => [p.id, p.status, p.body, p.depth])).toEqual([
      [parent.id, 'removed', null, 0],
      [child.id, 'visible', 'an answer', 1],
    ]);
    expect(JSON.stringify(seen.body)).not.toContain('words that go');
    const staffView = await ctx.t.get(`/api/threads/${thread.id}`, clinician.accessToken);
    expect(staffView.body.posts[0]).toMatchObject({ status: 'removed', body: 'words that go' });
    expect((await ctx.t.patch(`/api/posts/${parent.id}`, { body: 'undo' }, ana.accessToken)).status).toBe(409);
    expect(
      (await ctx.t.post(`/api/threads/${thread.id}/posts`, { body: 'x', parentId: parent.id }, ben.accessToken)).status,
    ).toBe(409);
  });

  it('hidden and others’ pending content never reaches members; pending is visible to its author and staff', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const hidden = await reply(ctx, ana, thread.id, 'hidden words');
    const pending = await reply(ctx, ana, thread.id, 'pending words');
    const under = await reply(ctx, clinician, thread.id, 'staff reply under pending', pending.id);
    await ctx.t.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [hidden.id]);
    await ctx.t.query(`UPDATE posts SET status = 'pending' WHERE id = $1`, [pending.id]);
    const member = await ctx.t.get(`/api/threads/${thread.id}`, ben.accessToken);
    expect(member.body.posts.map((p: any) => [p.id, p.body])).toEqual([[hidden.id, null]]);
    const author = await ctx.t.get(`/api/threads/${thread.id}`, ana.accessToken);
    expect(author.body.posts.map((p: any) => [p.id, p.body])).toEqual([
      [hidden.id, null],
      [pending.id, 'pending words'],
      [under.id, 'staff reply under pending'],
    ]);
    expect((await ctx.t.get(`/api/threads/${thread.id}`, clinician.accessToken)).body.posts).toHaveLength(3);
    expect((await ctx.t.post(`/api/posts/${pending.id}/reactions`, { kind: 'hug' }, ben.accessToken)).status).toBe(404);
  });

  it('a pending thread is 404 to everyone but its author and staff', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId, { title: 'Held for review' });
    await ctx.t.query(`UPDATE threads SET status = 'pending' WHERE id = $1`, [thread.id]);
    expect((await ctx.t.get(`/api/threads/${thread.id}`, ben.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/threads/${thread.id}`, ana.accessToken)).status).toBe(200);
    expect((await ctx.t.get(`/api/threads/${thread.id}`, clinician.accessToken)).status).toBe(200);
    const list = await ctx.t.get(`/api/boards/${cohort.boardId}/threads?limit=50`, ben.accessToken);
    expect(list.body.threads.map((t: any) => t.id)).not.toContain(thread.id);
  });

  it('reactions count once per person and kind, show reactedByMe, and come back off idempotently', async () => {
    const thread = await startThread(ctx, ana, cohort.boardId);
    const post = await reply(ctx, ana, thread.id, 'react to me');
    const first = await ctx.t.post(`/api/posts/${post.id}/reactions`, { kind: 'hug' }, ben.accessToken);
    const again = await ctx.t.post(`/api/posts/${post.id}/reactions`, { kind: 'hug' }, ben.accessToken);
    await ctx.t.post(`/api/posts/${post.id}/reactions`, { kind: 'hug' }, clinician.accessToken);
    await ctx.t.post(`/api/posts/${post.id}/reactions`, { kind: 'strength' }, ben.accessToken);
    expect([first.status, again.status]).toEqual([200, 200]);
    const count = (body: any, kind: string) => body.reactions.find((r: any) => r.kind === kind);
    const seen = (await ctx.t.get(`/api/threads/${thread.id}`, ben.accessToken)).body.posts[0];
    expect(count(seen, 'hug')).toEqual({ kind: 'hug', count: 2, reactedByMe: true });
    expect(count(seen, 'strength')).toEqual({ kind: 'strength', count: 1, reactedByMe: true });
    const byAna = (await ctx.t.get(`/api/threads/${thread.id}`, ana.accessToken)).body.posts[0];
    expect(count(byAna, 'hug')).toEqual({ kind: 'hug', count: 2, reactedByMe: false });
    const off = await ctx.t.delete(`/api/posts/${post.id}/reactions/hug`, undefined, ben.accessToken);
    const offAgain = await ctx.t.delete(`/api/posts/${post.id}/reactions/hug`, undefined, ben.accessToken);
    expect([off.status, offAgain.status]).toEqual([200, 200]);
    expect(count(offAgain.body, 'hug')).toEqual({ kind: 'hug', count: 1, reactedByMe: false });
    expect((await ctx.t.post(`/api/posts/${post.id}/reactions`, { kind: 'like' }, ben.accessToken)).status).toBe(400);
    expect((await ctx.t.delete(`/api/posts/${post.id}/reactions/like`, undefined, ben.accessToken)).status).toBe(400);
  });

  it('validates every write with field messages and never half-writes', async () => {
    const bad = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'ab', body: '', contentWarning: 'x'.repeat(121), extra: 1 },
      ana.accessToken,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'extra should not exist',
        expect.stringMatching(/^title must be longer than or equal to 3/),
        // One sentence for an empty body, not two (issue 18).
        'body must not be blank',
        expect.stringMatching(/^contentWarning must be shorter than or equal to 120/),
      ]),
    );
    const blank = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: '   ', body: '   ' },
      ana.accessToken,
    );
    expect(blank.status).toBe(400);
    const nul = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'Fine title', body: 'a\u0000b' },
      ana.accessToken,
    );
    expect(nul.status).toBe(400);
    const long = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'Fine title', body: 'x'.repeat(20001) },
      ana.accessToken,
    );
    expect(long.status).toBe(400);
    const thread = await startThread(ctx, ana, cohort.boardId);
    expect(
      (await ctx.t.post(`/api/threads/${thread.id}/posts`, { body: 'x', parentId: 'nope' }, ana.accessToken)).status,
    ).toBe(400);
    expect((await ctx.t.patch(`/api/threads/${thread.id}`, { pinned: 'yes' }, clinician.accessToken)).status).toBe(400);
    expect((await ctx.t.patch(`/api/threads/${thread.id}`, {}, clinician.accessToken)).status).toBe(400);
    expect((await ctx.t.get(`/api/boards/${cohort.boardId}/threads?limit=500`, ana.accessToken)).status).toBe(400);
    expect((await ctx.t.get(`/api/boards/${cohort.boardId}/threads?cursor=bogus`, ana.accessToken)).status).toBe(400);
    const rows = await ctx.t.query(`SELECT count(*)::int AS n FROM threads WHERE title IN ('ab', 'Fine title')`);
    expect(rows[0].n).toBe(0);
  });

  it('a content warning is stored trimmed and an empty one means none', async () => {
    const withWarning = await startThread(ctx, ana, cohort.boardId, { contentWarning: '  relapse  ' });
    expect(withWarning.contentWarning).toBe('relapse');
    const without = await startThread(ctx, ana, cohort.boardId, { contentWarning: '   ' });
    expect(without.contentWarning).toBeNull();
  });

  it('never logs post bodies', async () => {
    const secret = 'zebra-cobalt-unforgettable';
    const thread = await startThread(ctx, ana, cohort.boardId, { title: `About ${secret}`, body: secret });
    await reply(ctx, ben, thread.id, secret);
    await ctx.t.get(`/api/search?q=${secret}`, ben.accessToken);
    expect(ctx.t.logs()).not.toContain(secret);
  });
});

describe('thread list pagination while people keep posting', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('pages never repeat or skip a thread while new threads arrive and old ones are bumped', async () => {
    const cohort = await ctx.newCohort();
    const writers = [await ctx.newMember({ cohort }), await ctx.newMember({ cohort }), await ctx.newMember({ cohort })];
    const clinician = await ctx.newClinician({ cohort });
    const before: string[] = [];
    for (let i = 0; i < 17; i++) {
      before.push((await startThread(ctx, writers[i % 3], cohort.boardId, { title: `Existing ${i}` })).id);
    }
    await ctx.t.patch(`/api/threads/${before[3]}`, { pinned: true }, clinician.accessToken);

    const seen: string[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const query: string = cursor ? `?limit=4&cursor=${encodeURIComponent(cursor)}` : '?limit=4';
      const res = await ctx.t.get(`/api/boards/${cohort.boardId}/threads${query}`, writers[0].accessToken);
      expect(res.status).toBe(200);
      seen.push(...res.body.threads.map((t: any) => t.id));
      cursor = res.body.nextCursor;
      // Between page loads: a new thread, replies that bump threads not yet seen and
      // threads already seen, and a thread pinned by staff.
      const writer = writers[round % 3];
      await startThread(ctx, writer, cohort.boardId, { title: `Arrived during paging ${round}` });
      const unseen = before.filter((id) => !seen.includes(id));
      if (unseen.length > 0) {
        await reply(ctx, writer, unseen[unseen.length - 1], 'bump from below');
      }
      await reply(ctx, writer, seen[0], 'bump one already seen');
      if (round === 1 && unseen.length > 0) {
        await ctx.t.patch(`/api/threads/${unseen[0]}`, { pinned: true }, clinician.accessToken);
      }
      round += 1;
    } while (cursor && round < 20);

    expect(new Set(seen).size).toBe(seen.length);
    expect([...before].sort()).toEqual(seen.filter((id) => before.includes(id)).sort());
    expect(seen[0]).toBe(before[3]);

    const fresh = await ctx.t.get(`/api/boards/${cohort.boardId}/threads?limit=50`, writers[0].accessToken);
    expect(fresh.body.threads.length).toBe(17 + round);
  });

  it('a cursor from one board is refused on another', async () => {
    const a = await ctx.newCohort();
    const member = await ctx.newMember({ cohort: a });
    for (let i = 0; i < 3; i++) {
      await startThread(ctx, member, a.boardId);
    }
    const page = await ctx.t.get(`/api/boards/${a.boardId}/threads?limit=2`, member.accessToken);
    const community = await boardOf(ctx, 'community');
    const res = await ctx.t.get(
      `/api/boards/${community}/threads?cursor=${encodeURIComponent(page.body.nextCursor)}`,
      member.accessToken,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_cursor');
  });
});
