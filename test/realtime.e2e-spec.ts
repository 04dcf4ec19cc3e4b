import { JwtService } from '@nestjs/jwt';
import { authenticator } from 'otplib';
import { SettingsService } from '../src/settings/settings.service';
import { ack, connectSocket, disconnected, next, refusedConnection } from './support/sockets';
import { quietPeriod } from './support/wait';
import { TestCohort, TestContext } from './support/context';

describe('socket connection lifecycle', () => {
  let ctx: TestContext;
  let cohort: TestCohort;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
  });
  afterAll(() => ctx.close());

  it('refuses a missing, forged or expired token with a connect_error that says why', async () => {
    const member = await ctx.newMember({ cohort });
    const missing = await refusedConnection(ctx.t.baseUrl, undefined);
    expect(missing.message).toMatch(/Sign in/);
    expect(missing.data?.code).toBe('token_missing');
    const forged = await refusedConnection(ctx.t.baseUrl, 'abc.def.ghi');
    expect(forged.data?.code).toBe('token_invalid');
    const expired = ctx.t.app
      .get(JwtService)
      .sign({ sub: member.id, sid: member.sessionId, role: 'member' }, { expiresIn: -5 });
    const refused = await refusedConnection(ctx.t.baseUrl, expired);
    expect(refused.data?.code).toBe('token_expired');
    expect(refused.message).toMatch(/expired/);
  });

  it('refuses a suspended account at the handshake', async () => {
    const member = await ctx.newMember({ cohort });
    await ctx.t.query(`UPDATE users SET status = 'suspended', status_until = now() + interval '1 hour' WHERE id = $1`, [
      member.id,
    ]);
    const refused = await refusedConnection(ctx.t.baseUrl, member.accessToken);
    expect(refused.data?.code).toBe('account_suspended');
  });

  it('closes the socket when its access token expires, after telling the client', async () => {
    const member = await ctx.newMember({ cohort });
    const shortLived = ctx.t.app
      .get(JwtService)
      .sign({ sub: member.id, sid: member.sessionId, role: 'member' }, { expiresIn: 2 });
    const socket = await connectSocket(ctx.t.baseUrl, shortLived);
    const notice = next(socket, 'session:expired');
    await expect(notice).resolves.toMatchObject({ reason: expect.stringMatching(/expired/) });
    await disconnected(socket);
  });

  it('keeps the socket open when the client renews its token', async () => {
    const member = await ctx.newMember({ cohort });
    const jwt = ctx.t.app.get(JwtService);
    const socket = await connectSocket(
      ctx.t.baseUrl,
      jwt.sign({ sub: member.id, sid: member.sessionId, role: 'member' }, { expiresIn: 2 }),
    );
    const renewed = await ack(socket, 'auth:renew', { token: member.accessToken });
    expect(renewed).toEqual({ ok: true, expiresAt: expect.any(String) });
    // Nothing marks a socket not closed: wait past the first token's expiry (2 s), then it must still be open.
    await quietPeriod(2_500);
    expect(socket.connected).toBe(true);
    const other = await ctx.newMember({ cohort });
    expect(await ack(socket, 'auth:renew', { token: other.accessToken })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    socket.close();
  });

  it('answers a bad payload with an error ack and keeps the socket open', async () => {
    const member = await ctx.newMember({ cohort });
    const socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
    const reply = await ack(socket, 'auth:renew', { token: 42, extra: true });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: expect.any(String),
        details: expect.arrayContaining(['extra should not exist', expect.stringMatching(/^token must be a string/)]),
      },
    });
    expect((await ack(socket, 'auth:renew', 'not an object')).ok).toBe(false);
    expect((await ack(socket, 'auth:renew')).ok).toBe(false);
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('disconnects every socket of a session when it signs out', async () => {
    const member = await ctx.newMember({ cohort });
    const socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
    const gone = disconnected(socket);
    expect((await ctx.t.post('/api/auth/logout', { refreshToken: member.refreshToken })).status).toBe(204);
    await expect(gone).resolves.toBe('io server disconnect');
  });
});

describe('a socket follows changes to its user without reconnecting', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('can act as soon as the new terms are accepted', async () => {
    const cohort = await ctx.newCohort();
    const member = await ctx.newUser({ role: 'member', cohort, termsAccepted: false });
    const thread = (
      await ctx.t.query(
        `INSERT INTO threads (board_id, author_id, title, body) VALUES ($1, $2, 'Hello there', 'Opening') RETURNING id`,
        [cohort.boardId, member.id],
      )
    )[0];
    const socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
    expect(await ack(socket, 'thread:watch', { threadId: thread.id })).toMatchObject({
      ok: false,
      error: { code: 'terms_required' },
    });
    const refreshed = next(socket, 'session:refreshed');
    const { version } = (await ctx.t.get('/api/terms?audience=member')).body;
    expect((await ctx.t.post('/api/terms/accept', { version }, member.accessToken)).status).toBe(204);
    await refreshed;
    expect(await ack(socket, 'thread:watch', { threadId: thread.id })).toEqual({ ok: true });
    socket.close();
  });

  it('can act as soon as the second factor the program requires is set up', async () => {
    await ctx.t.query(
      `INSERT INTO settings (key, value) VALUES ('staffMfaRequired', 'true') ON CONFLICT (key) DO UPDATE SET value = 'true'`,
    );
    ctx.t.app.get(SettingsService).forget();
    try {
      const cohort = await ctx.newCohort();
      const moderator = await ctx.newModerator();
      const socket = await connectSocket(ctx.t.baseUrl, moderator.accessToken);
      expect(await ack(socket, 'room:join', { roomId: cohort.roomId })).toMatchObject({
        ok: false,
        error: { code: 'mfa_setup_required' },
      });
      const refreshed = next(socket, 'session:refreshed');
      const { secret } = (await ctx.t.post('/api/me/totp/setup', {}, moderator.accessToken)).body;
      const enabled = await ctx.t.post(
        '/api/me/totp/enable',
        { code: authenticator.generate(secret) },
        moderator.accessToken,
      );
      expect(enabled.status).toBe(200);
      await refreshed;
      expect(await ack(socket, 'room:join', { roomId: cohort.roomId })).toMatchObject({ ok: true });
      socket.close();
    } finally {
      await ctx.t.query(`UPDATE settings SET value = 'false' WHERE key = 'staffMfaRequired'`);
      ctx.t.app.get(SettingsService).forget();
    }
  });
});
