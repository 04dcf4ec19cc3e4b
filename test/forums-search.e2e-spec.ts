import { TestCohort, TestContext, TestUser } from './support/context';
import { SEARCH_CANDIDATES } from '../src/forums/search.repository';
import { boardOf, reply, startThread } from './support/forums';

describe('forum search', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let other: TestCohort;
  let member: TestUser;
  let neighbour: TestUser;
  let author: TestUser;
  let clinician: TestUser;

  const search = async (user: TestUser, q: string, limit = 50) => {
    const res = await ctx.t.get(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`, user.accessToken);
    expect(res.status).toBe(200);
    return res.body.results as any[];
  };

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    other = await ctx.newCohort();
    member = await ctx.newMember({ cohort });
    author = await ctx.newMember({ cohort });
    neighbour = await ctx.newMember({ cohort: other });
    clinician = await ctx.newClinician({ cohort });
  });
  afterAll(() => ctx.close());

  it('finds by stem: "relapsing" finds a thread and a post about relapse, with a marked snippet', async () => {
    const thread = await startThread(ctx, author, cohort.boardId, {
      title: 'After a relapse',
      body: 'What helped you start again after a relapse?',
    });
    const post = await reply(ctx, member, thread.id, 'I relapsed twice last year and talked to my sponsor.');
    const results = await search(member, 'relapsing');
    expect(results.map((r) => [r.type, r.threadId, r.postId])).toEqual(
      expect.arrayContaining([
        ['thread', thread.id, null],
        ['post', thread.id, post.id],
      ]),
    );
    const hit = results.find((r) => r.type === 'thread');
    expect(hit).toMatchObject({ boardId: cohort.boardId, threadTitle: 'After a relapse', author: { id: author.id } });
    expect(hit.snippet).toContain('\u27e6relapse\u27e7');
  });

  it('ranks a title match above a body-only match', async () => {
    const inBody = await startThread(ctx, author, cohort.boardId, {
      title: 'Weekend plans',
      body: 'Thinking about journaling this weekend.',
    });
    const inTitle = await startThread(ctx, author, cohort.boardId, {
      title: 'Journaling prompts',
      body: 'A few prompts that help.',
    });
    const ids = (await search(member, 'journaling')).map((r) => r.threadId);
    expect(ids.indexOf(inTitle.id)).toBeLessThan(ids.indexOf(inBody.id));
  });

  it('never returns another cohort’s board, the staff board, or hidden, removed and others’ pending content', async () => {
    const word = 'marigold';
    const elsewhere = await startThread(ctx, neighbour, other.boardId, { title: `${word} elsewhere`, body: word });
    const staffBoard = await boardOf(ctx, 'staff');
    const staffThread = await startThread(ctx, clinician, staffBoard, { title: `${word} staff`, body: word });
    const visible = await startThread(ctx, author, cohort.boardId, { title: `${word} visible`, body: word });
    const hidden = await reply(ctx, author, visible.id, `${word} hidden`);
    const removed = await reply(ctx, author, visible.id, `${word} removed`);
    const pending = await reply(ctx, author, visible.id, `${word} pending`);
    const removedThread = await startThread(ctx, author, cohort.boardId, { title: `${word} gone`, body: word });
    const inRemovedThread = await reply(ctx, member, removedThread.id, `${word} in a removed thread`);
    await ctx.t.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [hidden.id]);
    await ctx.t.delete(`/api/posts/${removed.id}`, undefined, author.accessToken);
    await ctx.t.query(`UPDATE posts SET status = 'pending' WHERE id = $1`, [pending.id]);
    await ctx.t.delete(`/api/threads/${removedThread.id}`, undefined, author.accessToken);

    const forMember = await search(member, word);
    const ids = forMember.map((r) => r.postId ?? r.threadId);
    expect(ids.sort()).toEqual([visible.id].sort());
    const text = JSON.stringify(forMember);
    for (const leaked of ['elsewhere', 'staff', 'hidden', 'removed', 'pending', 'gone']) {
      expect(text).not.toContain(`${word} ${leaked}`);
    }
    void inRemovedThread;

    // The author finds their own pending post; the neighbour only their own cohort's thread.
    expect((await search(author, word)).map((r) => r.postId ?? r.threadId)).toEqual(
      expect.arrayContaining([visible.id, pending.id]),
    );
    expect((await search(neighbour, word)).map((r) => r.threadId)).toEqual([elsewhere.id]);
    expect((await search(clinician, word)).map((r) => r.threadId)).toEqual(
      expect.arrayContaining([staffThread.id, visible.id]),
    );
    expect((await search(clinician, word)).map((r) => r.threadId)).not.toContain(elsewhere.id);
  });

  it('returns a plain-text snippet: no HTML, and only matches carry the markers', async () => {
    const thread = await startThread(ctx, author, cohort.boardId, {
      title: 'Quoting things',
      body: 'The word <b>lighthouse</b> and \u27e6brackets\u27e7 stay text.',
    });
    const [hit] = await search(member, 'lighthouse');
    expect(hit.threadId).toBe(thread.id);
    expect(hit.snippet).toContain('\u27e6lighthouse\u27e7');
    expect(hit.snippet).not.toMatch(/<\/?b>|<mark>/);
    expect(hit.snippet).not.toContain('\u27e6brackets');
  });

  it('accepts web-search syntax and answers nothing for stop words only', async () => {
    await startThread(ctx, author, cohort.boardId, { title: 'Morning walks', body: 'Walking helps my mornings.' });
    expect((await search(member, '"morning walks" -swimming')).length).toBeGreaterThan(0);
    expect(await search(member, 'the and of')).toEqual([]);
    expect((await ctx.t.get('/api/search?q=', member.accessToken)).status).toBe(400);
    expect((await ctx.t.get(`/api/search?q=${'x'.repeat(201)}`, member.accessToken)).status).toBe(400);
    expect((await ctx.t.get('/api/search?q=walk&limit=0', member.accessToken)).status).toBe(400);
  });

  it('leaves out people the caller is separated from, in the query, so a page is still full', async () => {
    const word = 'wisteria';
    const blocked = await ctx.newMember({ cohort });
    const theirs = await startThread(ctx, blocked, cohort.boardId, { title: `${word} by them`, body: word });
    const mine = await startThread(ctx, author, cohort.boardId, { title: `${word} plain`, body: 'a walk' });
    const first = await reply(ctx, author, mine.id, `${word} one`);
    const second = await reply(ctx, member, mine.id, `${word} two`);
    const inTheirs = await reply(ctx, author, theirs.id, `${word} in their thread`);
    const theirReply = await reply(ctx, blocked, mine.id, `${word} their reply`);
    expect((await ctx.t.post('/api/blocks', { userId: blocked.id }, member.accessToken)).status).toBe(201);

    // Their thread, their reply, and a reply inside their thread (which would not open) are gone for
    // the blocker and for the blocked; two results asked for, two visible ones answered.
    const forMember = await search(member, word, 2);
    expect(forMember).toHaveLength(2);
    const all = (await search(member, word)).map((r) => r.postId ?? r.threadId);
    expect(all.sort()).toEqual([mine.id, first.id, second.id].sort());
    const forBlocked = (await search(blocked, word)).map((r) => r.postId ?? r.threadId);
    expect(forBlocked).not.toContain(second.id);
    expect(forBlocked).toEqual(expect.arrayContaining([theirs.id, theirReply.id]));
    // Someone else still finds everything.
    expect((await search(author, word)).map((r) => r.postId ?? r.threadId)).toEqual(
      expect.arrayContaining([theirs.id, mine.id, first.id, second.id, inTheirs.id, theirReply.id]),
    );
  });

  it(`ranks the newest ${SEARCH_CANDIDATES} matching posts: an older post beyond them is not listed, however well it matches`, async () => {
    const word = 'saffron';
    const thread = await startThread(ctx, author, cohort.boardId, { title: 'Spices', body: 'what do you cook' });
    const old = await reply(ctx, author, thread.id, `${word} ${word} ${word}, all about ${word}`);
    await ctx.t.query(`UPDATE posts SET created_at = now() - interval '2 days' WHERE id = $1`, [old.id]);
    // The newer matches, stored as the app stores replies (a seq and a path each), each naming the word once.
    await ctx.t.query(
      `INSERT INTO posts (thread_id, author_id, seq, path, depth, body, created_at)
       SELECT $1, $2, s, ARRAY[s], 0, 'a pinch of ${word} today, number ' || n, now() - n * interval '1 second'
         FROM (SELECT n, nextval('posts_seq') AS s FROM generate_series(1, $3::int) AS n) x`,
      [thread.id, member.id, SEARCH_CANDIDATES],
    );
    const results = await search(member, word, 50);
    expect(results).toHaveLength(50);
    expect(results.map((r) => r.postId)).not.toContain(old.id);
    // Under the bound it is found, and ranked first: the forum's history is searched whole when it is small.
    await ctx.t.query(`UPDATE posts SET status = 'removed' WHERE thread_id = $1 AND id <> $2`, [thread.id, old.id]);
    expect((await search(member, word, 50))[0]).toMatchObject({ type: 'post', postId: old.id });
  });
});
