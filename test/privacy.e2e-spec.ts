import { PERSONAL_DATA } from '../src/account/personal-data';
import { TestCohort, TestContext, TestUser } from './support/context';
import { reply, startThread } from './support/forums';
import { connectSocket, disconnected } from './support/sockets';

describe('my data: export and deletion', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    admin = await ctx.newAdmin();
  });
  afterAll(() => ctx.close());

  /** A member with a little of everything: words, reactions, a report, a block, a sanction. */
  async function activeMember(): Promise<TestUser & { threadId: string; postId: string }> {
    const member = await ctx.newMember({ cohort });
    const peer = await ctx.newMember({ cohort });
    const thread = await startThread(ctx, member, cohort.boardId, {
      title: 'My first thread here',
      body: 'Words I wrote myself',
    });
    const post = await reply(ctx, member, thread.id, 'A reply I wrote');
    await ctx.t.patch(`/api/posts/${post.id}`, { body: 'A reply I wrote, edited' }, member.accessToken);
    await ctx.t.post(`/api/posts/${post.id}/reactions`, { kind: 'hug' }, member.accessToken);
    await ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: peer.id, reason: 'spam', note: 'my own note' },
      member.accessToken,
    );
    await ctx.t.post('/api/blocks', { userId: peer.id }, member.accessToken);
    return { ...member, threadId: thread.id, postId: post.id };
  }

  it('covers every column that points at a person (a new one must be added to PERSONAL_DATA)', async () => {
    const columns = await ctx.t.query<{ col: string }>(
      `SELECT c.conrelid::regclass::text || '.' || a.attname AS col
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass
       UNION SELECT 'audit_log.actor_id' UNION SELECT 'audit_log.target_id'`,
    );
    const missing = columns.map((c) => c.col).filter((col) => !(col in PERSONAL_DATA));
    expect(missing).toEqual([]);
    for (const [col, entry] of Object.entries(PERSONAL_DATA)) {
      expect([col, Boolean(entry.export) !== Boolean(entry.reason)]).toEqual([col, true]);
      expect([col, !entry.export || Boolean(entry.owner?.prototype.exportFor)]).toEqual([col, true]);
    }
  });

  it('exports everything about me as JSON', async () => {
    const member = await activeMember();
    const res = await ctx.t.get('/api/me/export', member.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = res.body;
    // Each repository gives exactly the sections the list names for its columns.
    const sections = Object.values(PERSONAL_DATA).flatMap((column) => (column.export ? [column.export] : []));
    expect(Object.keys(data).sort()).toEqual(['exportedAt', 'format', 'profile', ...sections].sort());
    expect(data.profile).toMatchObject({
      id: member.id,
      email: member.email,
      displayName: member.displayName,
      role: 'member',
    });
    expect(data.threads).toEqual([
      expect.objectContaining({ title: 'My first thread here', body: 'Words I wrote myself' }),
    ]);
    expect(data.posts).toEqual([expect.objectContaining({ body: 'A reply I wrote, edited' })]);
    expect(data.edits).toEqual([expect.objectContaining({ previous_body: 'A reply I wrote' })]);
    expect(data.reactions).toEqual([expect.objectContaining({ kind: 'hug' })]);
    expect(data.reportsFiled).toEqual([expect.objectContaining({ reason: 'spam', note: 'my own note' })]);
    expect(data.blocks).toHaveLength(1);
    expect(data.consents).toHaveLength(1);
    expect(data.groups).toEqual([expect.objectContaining({ name: cohort.name, kind: 'member' })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/argon2|password_hash|token_hash|totp_secret/);
  });

  it('lets an admin export someone’s data on their request, audited; nobody else', async () => {
    const member = await activeMember();
    expect((await ctx.t.get(`/api/users/${member.id}/export`, (await ctx.newModerator()).accessToken)).status).toBe(
      403,
    );
    const res = await ctx.t.get(`/api/users/${member.id}/export`, admin.accessToken);
    expect(res.body.profile.id).toBe(member.id);
    const [audit] = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'user.private_data_viewed' AND target_id = $1`,
      [member.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, details: { what: 'export' } });
  });

  it('deletes my account: no email or display name left anywhere, sessions and sockets ended, words kept as "Former member"', async () => {
    const member = await activeMember();
    const socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
    const gone = disconnected(socket);
    expect((await ctx.t.delete('/api/me', { password: 'wrong password!' }, member.accessToken)).status).toBe(403);
    expect((await ctx.t.delete('/api/me', { password: member.password }, member.accessToken)).status).toBe(204);
    await gone;
    expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
    expect((await ctx.t.post('/api/auth/login', { email: member.email, password: member.password })).status).toBe(401);
    expect((await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken })).status).toBe(401);

    // Scan every text-like column of every table for the person's email and display name.
    const columns = await ctx.t.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`,
    );
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const rows = await ctx.t.query(
        `SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1 OR "${column_name}"::text ILIKE $2 LIMIT 1`,
        [`%${member.email}%`, `%${member.displayName}%`],
      );
      if (rows.length) {
        found.push(`${table_name}.${column_name}`);
      }
    }
    expect(found).toEqual([]);

    const reader = await ctx.newMember({ cohort });
    const thread = await ctx.t.get(`/api/threads/${member.threadId}`, reader.accessToken);
    expect(thread.body.thread).toMatchObject({
      body: 'Words I wrote myself',
      author: { displayName: 'Former member' },
    });
    const [entry] = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'account.deleted' AND target_id = $1`,
      [member.id],
    );
    expect(entry).toEqual({ actor_id: member.id, details: { purgeContent: false, byThemselves: true } });
  });

  it('purges my words on request, keeping the shape of the conversation', async () => {
    const member = await activeMember();
    const other = await ctx.newMember({ cohort });
    const answer = await reply(ctx, other, member.threadId, 'An answer from someone else', member.postId);
    expect(
      (await ctx.t.delete('/api/me', { password: member.password, purgeContent: true }, member.accessToken)).status,
    ).toBe(204);
    const rows = await ctx.t.query(
      `SELECT count(*)::int AS n FROM posts WHERE author_id = $1 AND body <> '[removed]'`,
      [member.id],
    );
    expect(rows[0].n).toBe(0);
    expect(await ctx.t.query(`SELECT 1 FROM post_edits WHERE post_id = $1`, [member.postId])).toEqual([]);
    const thread = await ctx.t.get(`/api/threads/${member.threadId}`, other.accessToken);
    expect(thread.status).toBe(200);
    expect(thread.body.thread).toMatchObject({ status: 'removed', body: null });
    expect(thread.body.posts.map((p: { id: string }) => p.id)).toEqual([member.postId, answer.id]);
    expect(thread.body.posts[1].body).toBe('An answer from someone else');
  });

  it('lets an admin delete an account on request, with a reason, audited; never the last admin', async () => {
    const member = await activeMember();
    expect((await ctx.t.delete(`/api/users/${member.id}`, { purgeContent: true }, admin.accessToken)).status).toBe(400);
    expect(
      (await ctx.t.delete(`/api/users/${member.id}`, { reason: 'Asked by phone on 27 Nov' }, admin.accessToken)).status,
    ).toBe(204);
    const [entry] = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'account.deleted' AND target_id = $1`,
      [member.id],
    );
    expect(entry).toEqual({
      actor_id: admin.id,
      details: { purgeContent: false, byThemselves: false, reason: 'Asked by phone on 27 Nov' },
    });
    await ctx.t.query(`UPDATE users SET role = 'moderator' WHERE role = 'admin' AND id <> $1`, [admin.id]);
    const last = await ctx.t.delete('/api/me', { password: admin.password }, admin.accessToken);
    expect(last.status).toBe(409);
  });
});
