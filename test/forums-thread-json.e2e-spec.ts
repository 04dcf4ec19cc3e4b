import { randomUUID } from 'node:crypto';
import { BlocksService } from '../src/blocks/blocks.service';
import { postView, type PostRow } from '../src/forums/posts.repository';
import type { ReactionKind } from '../src/contract';
import { TestCohort, TestContext, TestUser } from './support/context';
import { startThread } from './support/forums';

/**
 * GET /api/threads/:id on a big thread, pinned byte for byte to a reference built here the way the server has
 * built it (rows in tree order, postView per row, withheld subtrees and blocked authors in JavaScript), for
 * members and staff: any cheaper way of answering (JSON from PostgreSQL, a cache) must give the same bytes.
 */
describe('a big thread reads byte for byte as the reference', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let ana: TestUser; // reader: blocked ben, reacted to posts
  let ben: TestUser; // blocked by ana
  let cal: TestUser; // has a reply awaiting approval, with replies under it
  let dee: TestUser; // deleted: "Former member"
  let clinician: TestUser; // staff who moderate the cohort's board: sees all
  let eve: TestUser; // the ordinary reader: wrote visible replies only, reacted to none, blocked no one
  let threadId: string;
  const ids: Record<string, string> = {};

  // The reference answer, from the rows.
  async function previousPosts(viewer: TestUser, seesAll: boolean): Promise<unknown[]> {
    const rows = await ctx.t.query<PostRow>(
      `SELECT p.id, p.thread_id, p.parent_id, p.depth, p.author_id, u.display_name,
              u.status AS author_status, p.body, p.content_warning, p.status,
              to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
              to_char(p.edited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS edited_at
         FROM posts p JOIN users u ON u.id = p.author_id WHERE p.thread_id = $1 ORDER BY p.path`,
      [threadId],
    );
    const counted = await ctx.t.query<{ post_id: string; kind: ReactionKind; count: number; mine: boolean }>(
      `SELECT r.post_id, r.kind, count(*)::int AS count, coalesce(bool_or(r.user_id = $2::uuid), false) AS mine
         FROM post_reactions r JOIN posts p ON p.id = r.post_id WHERE p.thread_id = $1
        GROUP BY r.post_id, r.kind`,
      [threadId, viewer.id],
    );
    const reactions = new Map<string, Map<ReactionKind, { count: number; mine: boolean }>>();
    for (const r of counted) {
      const forPost = reactions.get(r.post_id) ?? new Map();
      forPost.set(r.kind, { count: r.count, mine: r.mine });
      reactions.set(r.post_id, forPost);
    }
    const separated = await ctx.t.app.get(BlocksService).separatedFrom(viewer.id);
    const v = { id: viewer.id, seesAll };
    const withheld = new Set<string>();
    const posts = [];
    for (const row of rows) {
      if (
        (row.parent_id && withheld.has(row.parent_id)) ||
        !(row.status !== 'pending' || seesAll || viewer.id === row.author_id)
      ) {
        withheld.add(row.id);
        continue;
      }
      const view = postView(row, v, reactions);
      posts.push(
        separated.includes(row.author_id)
          ? { ...view, author: null, body: null, contentWarning: null, hiddenReason: 'blocked' as const }
          : view,
      );
    }
    return posts;
  }

  async function read(viewer: TestUser): Promise<{ text: string; contentType: string | null }> {
    const res = await fetch(`${ctx.t.baseUrl}/api/threads/${threadId}`, {
      headers: { authorization: `Bearer ${viewer.accessToken}` },
    });
    expect(res.status).toBe(200);
    return { text: await res.text(), contentType: res.headers.get('content-type') };
  }

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    ana = await ctx.newMember({ cohort });
    ben = await ctx.newMember({ cohort });
    cal = await ctx.newMember({ cohort });
    dee = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
    eve = await ctx.newMember({ cohort });
    threadId = (await startThread(ctx, clinician, cohort.boardId, { title: 'A long evening' })).id;

    // 300 replies in tree shape by four people, with words JSON must escape.
    const authors = [ana, ben, cal, dee, eve];
    const bodies = [
      'plain words',
      'quotes " and \\ backslash',
      'line\nbreak\ttab\r\u0001\u001f control',
      'emoji 💙 and \u2028 separators \u2029 </script> & <b>',
      'ünïcödé — “curly” ‘quotes’',
    ];
    const { seqs } = (
      await ctx.t.query<{ seqs: string[] }>(
        `SELECT array_agg(nextval('posts_seq')::text) AS seqs FROM generate_series(1, 300)`,
      )
    )[0];
    const posts: { id: string; seq: string; path: string[]; parentId: string | null }[] = [];
    for (let i = 0; i < 300; i++) {
      const parent = i > 0 && i % 3 !== 0 ? posts[Math.floor(i / 2)] : null; // under the pending reply: 4, 5, 8–11 …
      posts.push({
        id: randomUUID(),
        seq: seqs[i],
        path: [...(parent?.path ?? []), seqs[i]],
        parentId: parent?.id ?? null,
      });
    }
    await ctx.t.query(
      `INSERT INTO posts (id, thread_id, parent_id, author_id, seq, path, depth, body, created_at)
       SELECT i, $1, pa, a, s, string_to_array(p, ',')::bigint[], d, b, now() - make_interval(secs => 300 - n)
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bigint[], $6::text[], $7::int[], $8::text[])
              WITH ORDINALITY AS x(i, pa, a, s, p, d, b, n)`,
      [
        threadId,
        posts.map((p) => p.id),
        posts.map((p) => p.parentId),
        posts.map((_, i) => authors[i % authors.length].id),
        posts.map((p) => p.seq),
        posts.map((p) => p.path.join(',')),
        posts.map((p) => p.path.length - 1),
        posts.map((_, i) => `${i}: ${bodies[i % bodies.length]}`),
      ],
    );
    // Cases: a reply of cal's awaiting approval (with replies under it), hidden and removed posts,
    // a content warning, an edit, a deleted author.
    ids.pending = posts[2].id; // cal's (2 % 4), replied to further down
    ids.hidden = posts[7].id;
    ids.removed = posts[13].id;
    ids.warned = posts[14].id;
    ids.edited = posts[15].id;
    await ctx.t.query(`UPDATE posts SET status = 'pending' WHERE id = $1`, [ids.pending]);
    await ctx.t.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [ids.hidden]);
    await ctx.t.query(`UPDATE posts SET status = 'removed' WHERE id = $1`, [ids.removed]);
    await ctx.t.query(`UPDATE posts SET content_warning = 'mentions relapse' WHERE id = $1`, [ids.warned]);
    await ctx.t.query(`UPDATE posts SET edited_at = now() WHERE id = $1`, [ids.edited]);
    await ctx.t.query(`UPDATE users SET status = 'deleted' WHERE id = $1`, [dee.id]);
    // Reactions on a third of the posts; ana's own among them.
    const kinds: ReactionKind[] = ['heart', 'hug', 'strength', 'thanks'];
    for (let i = 0; i < 300; i += 3) {
      for (const [n, who] of [ben, cal, clinician].entries()) {
        await ctx.t.query(`INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, $3)`, [
          posts[i].id,
          who.id,
          kinds[(i + n) % 4],
        ]);
      }
      if (i % 2 === 0) {
        await ctx.t.query(`INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, $3)`, [
          posts[i].id,
          ana.id,
          kinds[i % 4],
        ]);
      }
    }
    ids.anaReacted = posts[0].id;
    expect((await ctx.t.post('/api/blocks', { userId: ben.id }, ana.accessToken)).status).toBe(201);
  });
  afterAll(() => ctx.close());

  it.each([
    ['a member who blocked someone', () => ana, false],
    ['the member who was blocked', () => ben, false],
    ['the author of a reply awaiting approval', () => cal, false],
    ['staff who moderate the board', () => clinician, true],
    ['a member who only wrote visible replies and reacted to none', () => eve, false],
  ])('for %s', async (_, who, seesAll) => {
    const viewer = who();
    const { text, contentType } = await read(viewer);
    expect(contentType).toBe('application/json; charset=utf-8');
    const answer = JSON.parse(text);
    expect(text).toBe(JSON.stringify({ thread: answer.thread, posts: await previousPosts(viewer, seesAll) }));
  });

  it('keeps each case as the rules say', async () => {
    const byId = (posts: any[]) => new Map(posts.map((p) => [p.id, p]));
    const forAna = byId(JSON.parse((await read(ana)).text).posts);
    const forCal = byId(JSON.parse((await read(cal)).text).posts);
    const forStaff = byId(JSON.parse((await read(clinician)).text).posts);
    expect(forStaff.size).toBe(300);
    // Others' reply awaiting approval is left out with what is under it; its author and staff see it.
    expect(forAna.has(ids.pending)).toBe(false);
    const underPending = [...forStaff.values()].find((p) => p.parentId === ids.pending);
    expect(forAna.has(underPending.id)).toBe(false);
    expect(forCal.has(underPending.id)).toBe(true);
    expect(forCal.size).toBe(300);
    expect(forCal.get(ids.pending).body).toContain('2: ');
    expect(forStaff.get(ids.pending).status).toBe('pending');
    // Hidden and removed: in place without words for members, with them for staff.
    expect(forAna.get(ids.hidden)).toMatchObject({ status: 'hidden', body: null, author: null });
    expect(forStaff.get(ids.hidden).body).toContain('7: ');
    expect(forAna.get(ids.removed)).toMatchObject({ status: 'removed', body: null });
    // A blocked person's reply keeps its place without words or name.
    expect([...forAna.values()].some((p) => p.author?.id === ben.id)).toBe(false);
    const bens = [...forStaff.values()].filter((p) => p.author?.id === ben.id && p.status === 'visible');
    expect(forAna.get(bens[0].id)).toMatchObject({ author: null, body: null, hiddenReason: 'blocked' });
    expect(Object.keys(forAna.get(bens[0].id)).pop()).toBe('hiddenReason');
    expect(forAna.get(ids.warned).contentWarning).toBe('mentions relapse');
    expect(forAna.get(ids.edited).editedAt).not.toBeNull();
    const dees = [...forAna.values()].find((p) => p.author?.id === dee.id);
    expect(dees.author.displayName).toBe('Former member');
    // The caller's own reaction.
    const mine = forAna.get(ids.anaReacted).reactions.find((r: any) => r.kind === 'heart');
    expect(mine).toEqual({ kind: 'heart', count: 2, reactedByMe: true });
    expect(forCal.get(ids.anaReacted).reactions.slice(0, 2)).toEqual([
      { kind: 'heart', count: 2, reactedByMe: false },
      { kind: 'hug', count: 1, reactedByMe: true },
    ]);
  });

  // The server keeps a read thread's replies while threads.view_version stands (forums/thread-replies-cache.ts);
  // triggers move it. Each change below, made through the app or straight in the database, must show on the
  // very next read, for every reader, byte for byte.
  it('stays exact through every kind of change, made through the app or in the database', async () => {
    const viewers: [TestUser, boolean][] = [
      [ana, false],
      [ben, false],
      [cal, false],
      [clinician, true],
      [eve, false],
    ];
    const allExact = async () => {
      for (const [viewer, seesAll] of viewers) {
        const { text } = await read(viewer);
        const answer = JSON.parse(text);
        expect(text).toBe(JSON.stringify({ thread: answer.thread, posts: await previousPosts(viewer, seesAll) }));
      }
    };
    const bodyOf = async (viewer: TestUser, postId: string) =>
      JSON.parse((await read(viewer)).text).posts.find((p: any) => p.id === postId);
    await allExact();
    const target = ids.edited;

    // A new reply, through the app.
    const reply = await ctx.t.post(`/api/threads/${threadId}/posts`, { body: 'a late reply' }, cal.accessToken);
    expect(reply.status).toBe(201);
    expect(await bodyOf(ana, reply.body.id)).toMatchObject({ body: 'a late reply' });
    await allExact();
    // An edit and a content warning made in the database.
    await ctx.t.query(`UPDATE posts SET body = 'changed in the database', edited_at = now() WHERE id = $1`, [target]);
    expect(await bodyOf(ana, target)).toMatchObject({ body: 'changed in the database' });
    await ctx.t.query(`UPDATE posts SET content_warning = 'a new warning' WHERE id = $1`, [target]);
    expect(await bodyOf(ana, target)).toMatchObject({ contentWarning: 'a new warning' });
    // Someone else's reaction, and the reader's own, through the app.
    // (the clinician gave it a hug when the thread was made)
    expect((await ctx.t.post(`/api/posts/${target}/reactions`, { kind: 'strength' }, cal.accessToken)).status).toBe(
      200,
    );
    expect((await bodyOf(ana, target)).reactions).toContainEqual({ kind: 'strength', count: 1, reactedByMe: false });
    expect((await ctx.t.post(`/api/posts/${target}/reactions`, { kind: 'hug' }, ana.accessToken)).status).toBe(200);
    expect((await bodyOf(ana, target)).reactions).toContainEqual({ kind: 'hug', count: 2, reactedByMe: true });
    expect((await bodyOf(cal, target)).reactions).toContainEqual({ kind: 'hug', count: 2, reactedByMe: false });
    await allExact();
    // A reaction taken back in the database.
    await ctx.t.query(`DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2`, [target, ana.id]);
    expect((await bodyOf(cal, target)).reactions).toContainEqual({ kind: 'hug', count: 1, reactedByMe: false });
    expect((await bodyOf(ana, target)).reactions).toContainEqual({ kind: 'hug', count: 1, reactedByMe: false });
    // An author renamed, then hidden by a moderator's status change.
    await ctx.t.query(`UPDATE users SET display_name = 'Cal renamed' WHERE id = $1`, [cal.id]);
    expect((await bodyOf(ana, reply.body.id)).author).toEqual({ id: cal.id, displayName: 'Cal renamed' });
    await ctx.t.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [reply.body.id]);
    expect(await bodyOf(ana, reply.body.id)).toMatchObject({ status: 'hidden', body: null, author: null });
    await allExact();
    // A reply deleted outright.
    await ctx.t.query(`DELETE FROM posts WHERE id = $1`, [reply.body.id]);
    expect(await bodyOf(ana, reply.body.id)).toBeUndefined();
    await allExact();
  });
});
