import { connectSocket, disconnected } from './support/sockets';
import { TestContext } from './support/context';

describe('sessions', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('lists my sessions with the device and marks the current one', async () => {
    const member = await ctx.newMember();
    const phone = await ctx.t.request(
      'POST',
      '/api/auth/login',
      JSON.stringify({ email: member.email, password: member.password }),
    );
    expect(phone.status).toBe(200);
    const res = await ctx.t.get('/api/me/sessions', member.accessToken);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body.filter((s: { current: boolean }) => s.current)).toEqual([
      expect.objectContaining({
        id: member.sessionId,
        device: expect.any(String),
        startedAt: expect.any(String),
        lastUsedAt: expect.any(String),
      }),
    ]);
  });

  it('ends another session at once: its token stops working and its socket closes', async () => {
    const member = await ctx.newMember();
    const other = await ctx.signIn(member);
    const socket = await connectSocket(ctx.t.baseUrl, other.accessToken);
    const gone = disconnected(socket);
    expect((await ctx.t.delete(`/api/me/sessions/${other.sessionId}`, undefined, member.accessToken)).status).toBe(204);
    await gone;
    expect((await ctx.t.get('/api/me', other.accessToken)).status).toBe(401);
    expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(200);
    expect((await ctx.t.delete(`/api/me/sessions/${other.sessionId}`, undefined, member.accessToken)).status).toBe(404);
  });

  it('signs out everywhere else, or everywhere', async () => {
    const member = await ctx.newMember();
    const a = await ctx.signIn(member);
    const b = await ctx.signIn(member);
    expect((await ctx.t.delete('/api/me/sessions', undefined, member.accessToken)).status).toBe(204);
    expect((await ctx.t.get('/api/me', a.accessToken)).status).toBe(401);
    expect((await ctx.t.get('/api/me', b.accessToken)).status).toBe(401);
    expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(200);
    expect((await ctx.t.delete('/api/me/sessions?includeCurrent=true', undefined, member.accessToken)).status).toBe(
      204,
    );
    expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
  });

  it("cannot end someone else's session", async () => {
    const member = await ctx.newMember();
    const other = await ctx.newMember();
    expect((await ctx.t.delete(`/api/me/sessions/${other.sessionId}`, undefined, member.accessToken)).status).toBe(404);
    expect((await ctx.t.get('/api/me', other.accessToken)).status).toBe(200);
  });

  it('logs off automatically after inactivity, sooner for staff', async () => {
    const member = await ctx.newMember();
    const clinician = await ctx.newClinician();
    // 40 minutes idle: past the staff limit (30), within the member limit (7 days).
    await ctx.t.query(`UPDATE refresh_tokens SET created_at = now() - interval '40 minutes' WHERE user_id = ANY($1)`, [
      [member.id, clinician.id],
    ]);
    expect((await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken })).status).toBe(200);
    const staff = await ctx.t.post('/api/auth/refresh', { refreshToken: clinician.refreshToken });
    expect(staff.status).toBe(401);
    expect(staff.body.code).toBe('session_idle');
    expect((await ctx.t.get('/api/me', clinician.accessToken)).status).toBe(401);
  });
});
