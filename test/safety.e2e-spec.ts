import { TestContext, TestUser } from './support/context';

describe('safety checks and watched words', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await TestContext.start();
    admin = await ctx.newAdmin();
  });
  afterAll(() => ctx.close());

  it('signposts a crisis-sounding draft without storing or logging it', async () => {
    const member = await ctx.newMember();
    const draft = 'I keep thinking everyone would be better off without me';
    const res = await ctx.t.post('/api/safety/check', { text: draft }, member.accessToken);
    expect(res.status).toBe(200);
    // A wish to be gone, without a plan: a concern (crisis is only ever urgent).
    expect(res.body).toMatchObject({ crisis: false, level: 'concern' });
    expect(res.body.resources.map((r: { phone?: string; sms?: string }) => r.phone ?? r.sms)).toEqual([
      '988',
      '741741',
      '911',
    ]);
    const benign = await ctx.t.post('/api/safety/check', { text: 'this homework is killing me' }, member.accessToken);
    expect(benign.body).toEqual({ crisis: false, level: 'none', someoneElse: false, resources: [] });
    expect(ctx.t.logs()).not.toContain('better off without me');
    const tables = await ctx.t.query(`SELECT count(*)::int AS n FROM crisis_alerts`);
    expect(tables[0].n).toBe(0);
  });

  it('rate-limits draft checks', async () => {
    const member = await ctx.newMember();
    let last = 0;
    for (let i = 0; i < 31; i++) {
      last = (await ctx.t.post('/api/safety/check', { text: `draft ${i}` }, member.accessToken)).status;
    }
    expect(last).toBe(429);
  });

  it('lets admins manage watched words, refusing unsafe patterns with a reason', async () => {
    const add = await ctx.t.post(
      '/api/moderation/watched-words',
      { term: 'buy followers', action: 'block' },
      admin.accessToken,
    );
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ term: 'buy followers', isRegex: false, action: 'block' });
    expect(
      (await ctx.t.post('/api/moderation/watched-words', { term: 'BUY FOLLOWERS', action: 'flag' }, admin.accessToken))
        .status,
    ).toBe(409);
    const unsafe = await ctx.t.post(
      '/api/moderation/watched-words',
      { term: '(a+)+$', isRegex: true, action: 'flag' },
      admin.accessToken,
    );
    expect(unsafe.status).toBe(400);
    expect(unsafe.body.message).toMatch(/^term is not a safe pattern: /);
    expect(
      (await ctx.t.post('/api/moderation/watched-words', { term: 'x', action: 'shout' }, admin.accessToken)).status,
    ).toBe(400);
    const list = await ctx.t.get('/api/moderation/watched-words', admin.accessToken);
    expect(list.body.map((w: { term: string }) => w.term)).toEqual(['buy followers']);
    expect((await ctx.t.get('/api/moderation/watched-words', (await ctx.newModerator()).accessToken)).status).toBe(403);
    expect(
      (await ctx.t.delete(`/api/moderation/watched-words/${add.body.id}`, undefined, admin.accessToken)).status,
    ).toBe(204);
    expect(
      (await ctx.t.delete(`/api/moderation/watched-words/${add.body.id}`, undefined, admin.accessToken)).status,
    ).toBe(404);
    const audit = await ctx.t.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [add.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['watched_word.added', 'watched_word.removed']);
  });
});
