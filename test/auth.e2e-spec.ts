import { JwtService } from '@nestjs/jwt';
import { TestContext, TestUser, TestCohort } from './support/context';

describe('registration, sign-in and sessions', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let cohort: TestCohort;

  beforeAll(async () => {
    ctx = await TestContext.start();
    admin = await ctx.newAdmin();
    cohort = await ctx.newCohort();
  });
  afterAll(() => ctx.close());

  const issue = async (body: Record<string, unknown> = {}): Promise<string> => {
    const res = await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, body, admin.accessToken);
    expect(res.status).toBe(201);
    return res.body.code as string;
  };
  let n = 0;
  const person = (code: string, extra: Record<string, unknown> = {}) => {
    n += 1;
    return {
      inviteCode: code,
      email: `person${n}@example.test`,
      password: 'a long enough password',
      displayName: `Person ${'abcdefghij'[n % 10]}${'klmnopqrst'[Math.floor(n / 10) % 10]}`,
      acceptTerms: true,
      ...extra,
    };
  };

  it('serves the terms with a version, including the peer-confidentiality text', async () => {
    const res = await ctx.t.get('/api/terms');
    expect(res.status).toBe(200);
    expect(res.body.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.texts.peerConfidentiality).toContain('not bound by HIPAA');
    expect(res.body.texts.confidentialityNotice).toContain('42 CFR Part 2');
    const alumni = await ctx.t.get('/api/terms?audience=alumni');
    expect(alumni.body.audience).toBe('alumni');
    expect((await ctx.t.get('/api/terms?audience=everyone')).status).toBe(400);
  });

  it('registers a member with an invite: joins the cohort, consent recorded with version and time', async () => {
    const code = await issue();
    const res = await ctx.t.post('/api/auth/register', person(code));
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ role: 'member', termsRequired: false });
    expect(Object.keys(res.body.user).sort()).toEqual([
      'displayName',
      'id',
      'mfaSetupRequired',
      'role',
      'termsRequired',
    ]);
    expect(res.body.accessToken).toEqual(expect.any(String));
    const me = await ctx.t.get('/api/me', res.body.accessToken);
    expect(me.body.cohorts).toEqual([{ id: cohort.id, name: cohort.name, membership: 'member' }]);
    const [consent] = await ctx.t.query(`SELECT audience, version, accepted_at FROM consents WHERE user_id = $1`, [
      res.body.user.id,
    ]);
    expect(consent).toMatchObject({ audience: 'member', version: (await ctx.t.get('/api/terms')).body.version });
    expect(Date.now() - new Date(consent.accepted_at).getTime()).toBeLessThan(60_000);
    const [stored] = await ctx.t.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.user.id]);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses registration without acceptTerms: true, with field-level messages', async () => {
    const code = await issue();
    const res = await ctx.t.post('/api/auth/register', {
      ...person(code),
      acceptTerms: false,
      password: 'short',
      email: 'nope',
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^acceptTerms must be true/),
        expect.stringMatching(/^password must be at least 10 characters/),
        expect.stringMatching(/^email must be a valid email address/),
      ]),
    );
    // The invite was not consumed by the refused attempt.
    expect((await ctx.t.post('/api/auth/register', person(code))).status).toBe(201);
  });

  it('refuses unknown fields and wrong types with 400', async () => {
    const code = await issue();
    const res = await ctx.t.post('/api/auth/register', { ...person(code), isAdmin: true, displayName: 42 });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining(['isAdmin should not exist', expect.stringMatching(/^displayName must be a string/)]),
    );
  });

  it.each([
    ['an email address', 'me@mail.com'],
    ['a phone number', 'Call 555 123 4567'],
    ['a link', 'www.example'],
    ['a staff word', 'Moderator Max'],
  ])('refuses a display name with %s', async (_what, displayName) => {
    const code = await issue();
    const res = await ctx.t.post('/api/auth/register', person(code, { displayName }));
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([expect.stringMatching(/^displayName must not/)]);
  });

  it('answers a taken display name with 409, keeping the invite', async () => {
    const first = person(await issue());
    expect((await ctx.t.post('/api/auth/register', first)).status).toBe(201);
    const code = await issue();
    const sameName = await ctx.t.post(
      '/api/auth/register',
      person(code, { displayName: first.displayName.toLowerCase() }),
    );
    expect(sameName.status).toBe(409);
    expect(sameName.body.message).toMatch(/display name/);
    expect((await ctx.t.post('/api/auth/register', person(code))).status).toBe(201);
  });

  it('spends an invite use on a taken email (any case), as a registration would: one use tells one email', async () => {
    const first = person(await issue());
    expect((await ctx.t.post('/api/auth/register', first)).status).toBe(201);
    const code = await issue({ maxUses: 2 });
    const sameEmail = await ctx.t.post('/api/auth/register', person(code, { email: first.email.toUpperCase() }));
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body).toMatchObject({ code: 'email_taken', message: expect.stringMatching(/sign in/) });
    expect((await ctx.t.post('/api/auth/register', person(code))).status).toBe(201);
    // Both uses are gone: a second probe costs what a third registration would, and there is none left.
    const again = await ctx.t.post('/api/auth/register', person(code, { email: first.email }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invite_used');
    const audit = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'invite.spent_on_taken_email'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBeNull();
    expect(JSON.stringify(audit[0].details)).not.toContain(first.email.split('@')[0]);
  });

  describe('invites', () => {
    it('are single-use by default: the second registration gets 409', async () => {
      const code = await issue();
      expect((await ctx.t.post('/api/auth/register', person(code))).status).toBe(201);
      const again = await ctx.t.post('/api/auth/register', person(code));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('invite_used');
    });

    it('allow as many uses as issued, typed in any case and without dashes', async () => {
      const code = await issue({ maxUses: 2 });
      expect((await ctx.t.post('/api/auth/register', person(code.toLowerCase()))).status).toBe(201);
      expect((await ctx.t.post('/api/auth/register', person(code.replace(/-/g, '')))).status).toBe(201);
      expect((await ctx.t.post('/api/auth/register', person(code))).status).toBe(409);
    });

    it('expire', async () => {
      const code = await issue({ expiresInHours: 1 });
      await ctx.t.query(
        `UPDATE invites SET expires_at = now() - interval '1 second' WHERE created_at > now() - interval '5 seconds' AND uses = 0 AND max_uses = 1`,
      );
      const res = await ctx.t.post('/api/auth/register', person(code));
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('invite_expired');
    });

    it('refuse an unknown code with a field message', async () => {
      const res = await ctx.t.post('/api/auth/register', person('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-F'));
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^inviteCode/);
    });

    it('let exactly one of two concurrent registrations on a single-use code win', async () => {
      const code = await issue();
      const results = await Promise.all([
        ctx.t.post('/api/auth/register', person(code)),
        ctx.t.post('/api/auth/register', person(code)),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const [{ uses }] = await ctx.t.query(
        `SELECT uses FROM invites WHERE code_hash = encode(sha256($1::bytea), 'hex')`,
        [code],
      );
      expect(uses).toBe(1);
    });

    it('are random and stored only as a hash', async () => {
      const codes = await Promise.all([issue(), issue(), issue()]);
      expect(new Set(codes).size).toBe(3);
      for (const code of codes) {
        expect(code.replace(/-/g, '')).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
        const rows = await ctx.t.query(`SELECT 1 FROM invites WHERE code_hash = $1`, [code]);
        expect(rows).toHaveLength(0);
      }
    });
  });

  describe('sign-in', () => {
    it('signs in and never says whether the email exists', async () => {
      const member = await ctx.newMember({ cohort });
      const ok = await ctx.t.post('/api/auth/login', { email: member.email.toUpperCase(), password: member.password });
      expect(ok.status).toBe(200);
      expect(ok.body.user).toEqual({
        id: member.id,
        displayName: member.displayName,
        role: 'member',
        termsRequired: false,
        mfaSetupRequired: false,
      });
      const wrongPassword = await ctx.t.post('/api/auth/login', { email: member.email, password: 'not the password' });
      const noSuchEmail = await ctx.t.post('/api/auth/login', {
        email: 'nobody@example.test',
        password: 'not the password',
      });
      expect(wrongPassword.status).toBe(401);
      expect(noSuchEmail.status).toBe(401);
      expect(wrongPassword.body).toEqual(noSuchEmail.body);
    });

    it('validates the sign-in body like any other write', async () => {
      const res = await ctx.t.post('/api/auth/login', { email: 5, password: 'x', remember: true });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining(['remember should not exist', 'email must be a string']));
    });

    it('refuses empty credentials with 401 and counts them as failed sign-ins', async () => {
      const member = await ctx.newMember({ cohort });
      const sessions = async () => (await ctx.t.query(`SELECT count(*)::int AS n FROM refresh_tokens`))[0].n;
      const before = await sessions();
      const noEmail = await ctx.t.post('/api/auth/login', { email: '', password: 'x' });
      expect(noEmail.status).toBe(401);
      expect(noEmail.body.code).toBe('bad_credentials');
      for (let i = 0; i < 5; i++) {
        const noPassword = await ctx.t.post('/api/auth/login', { email: member.email, password: '' });
        expect(noPassword.status).toBe(401);
        expect(noPassword.body.code).toBe('bad_credentials');
      }
      // Five empty passwords were five failures on the account: the right one now waits.
      expect((await ctx.t.post('/api/auth/login', { email: member.email, password: member.password })).status).toBe(
        429,
      );
      expect(await sessions()).toBe(before);
    });

    it('throttles repeated failures per account with 429 and Retry-After', async () => {
      const member = await ctx.newMember({ cohort });
      for (let i = 0; i < 5; i++) {
        expect((await ctx.t.post('/api/auth/login', { email: member.email, password: `wrong ${i}` })).status).toBe(401);
      }
      const locked = await ctx.t.post('/api/auth/login', { email: member.email, password: member.password });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    });

    it('asks for the new version of the terms at the next sign-in', async () => {
      const member = await ctx.newUser({ role: 'member', cohort, termsAccepted: false });
      const login = await ctx.t.post('/api/auth/login', { email: member.email, password: member.password });
      expect(login.body.user.termsRequired).toBe(true);
      const token = login.body.accessToken;
      const blocked = await ctx.t.get('/api/cohorts', token);
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('terms_required');
      expect((await ctx.t.get('/api/me', token)).body.termsRequired).toBe(true);
      const { version } = (await ctx.t.get('/api/terms?audience=member')).body;
      expect((await ctx.t.post('/api/terms/accept', { version: '1999-01-01' }, token)).status).toBe(409);
      expect((await ctx.t.post('/api/terms/accept', { version }, token)).status).toBe(204);
      expect((await ctx.t.get('/api/cohorts', token)).status).toBe(200);
    });
  });

  describe('tokens', () => {
    it('rejects a missing, forged or expired access token with 401', async () => {
      expect((await ctx.t.get('/api/me')).status).toBe(401);
      expect((await ctx.t.get('/api/me', 'not.a.jwt')).status).toBe(401);
      const forged = new JwtService({ secret: 'some-other-secret-that-is-long-enough!' }).sign({
        sub: admin.id,
        sid: admin.sessionId,
        role: 'admin',
      });
      expect((await ctx.t.get('/api/me', forged)).status).toBe(401);
      const expired = ctx.t.app
        .get(JwtService)
        .sign({ sub: admin.id, sid: admin.sessionId, role: 'admin' }, { expiresIn: -10 });
      const res = await ctx.t.get('/api/me', expired);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('token_expired');
    });

    it('rotates the refresh token on every use', async () => {
      const member = await ctx.newMember({ cohort });
      const first = await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken });
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(member.refreshToken);
      const second = await ctx.t.post('/api/auth/refresh', { refreshToken: first.body.refreshToken });
      expect(second.status).toBe(200);
      expect((await ctx.t.get('/api/me', second.body.accessToken)).status).toBe(200);
    });

    it('revokes the whole family when an old refresh token is reused', async () => {
      const member = await ctx.newMember({ cohort });
      const rotated = await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken });
      const stolen = await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken });
      expect(stolen.status).toBe(401);
      expect(stolen.body.code).toBe('refresh_reused');
      // The legitimate holder's newer token and access token are dead too.
      expect((await ctx.t.post('/api/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(401);
      expect((await ctx.t.get('/api/me', rotated.body.accessToken)).status).toBe(401);
      const [audit] = await ctx.t.query(`SELECT action FROM audit_log WHERE target_id = $1`, [member.sessionId]);
      expect(audit.action).toBe('session.token_reuse_detected');
    });

    it('lets only one of two concurrent refreshes with the same token succeed', async () => {
      const member = await ctx.newMember({ cohort });
      const results = await Promise.all([
        ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken }),
        ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('logs out: the session, its refresh token and its access tokens end', async () => {
      const member = await ctx.newMember({ cohort });
      expect((await ctx.t.post('/api/auth/logout', { refreshToken: member.refreshToken })).status).toBe(204);
      expect((await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken })).status).toBe(401);
      expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
      expect((await ctx.t.post('/api/auth/logout', { refreshToken: 'unknown' })).status).toBe(204);
    });

    it('refuses sign-in and tokens of a suspended account at once', async () => {
      const member = await ctx.newMember({ cohort });
      await ctx.t.query(
        `UPDATE users SET status = 'suspended', status_until = now() + interval '1 day' WHERE id = $1`,
        [member.id],
      );
      expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
      const login = await ctx.t.post('/api/auth/login', { email: member.email, password: member.password });
      expect(login.status).toBe(403);
      expect(login.body.code).toBe('account_suspended');
      expect((await ctx.t.post('/api/auth/refresh', { refreshToken: member.refreshToken })).status).toBe(403);
    });
  });

  it('never writes a password, token or invite code to the logs', async () => {
    const code = await issue();
    const body = person(code, { password: 'a very secret passphrase' });
    const reg = await ctx.t.post('/api/auth/register', body);
    const login = await ctx.t.post('/api/auth/login', { email: body.email, password: body.password });
    await ctx.t.post('/api/auth/login', { email: body.email, password: 'wrong password here' });
    const refreshed = await ctx.t.post('/api/auth/refresh', { refreshToken: login.body.refreshToken });
    await ctx.t.get('/api/me', refreshed.body.accessToken);
    await ctx.t.post('/api/auth/logout', { refreshToken: refreshed.body.refreshToken });
    const logs = ctx.t.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [
      code,
      code.replace(/-/g, ''),
      body.password,
      'wrong password here',
      reg.body.accessToken,
      reg.body.refreshToken,
      login.body.accessToken,
      login.body.refreshToken,
      refreshed.body.accessToken,
      refreshed.body.refreshToken,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('invite preview', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('tells the holder of a code which terms apply and which group it is for, without using it', async () => {
    const admin = await ctx.newAdmin();
    const cohort = await ctx.newCohort({ name: 'Preview Group' });
    const member = (await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, {}, admin.accessToken)).body.code;
    const clinician = (await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, { role: 'clinician' }, admin.accessToken))
      .body.code;
    const preview = await ctx.t.post('/api/invites/preview', { inviteCode: member });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      role: 'member',
      termsAudience: 'member',
      cohortName: 'Preview Group',
      expiresAt: expect.any(String),
    });
    expect((await ctx.t.post('/api/invites/preview', { inviteCode: clinician })).body.termsAudience).toBe('staff');
    const [{ uses }] = await ctx.t.query(
      `SELECT uses FROM invites WHERE code_hash = encode(sha256($1::bytea), 'hex')`,
      [member],
    );
    expect(uses).toBe(0);
    expect((await ctx.t.post('/api/invites/preview', { inviteCode: 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-Z' })).status).toBe(
      400,
    );
  });
});

describe('database errors in the logs', () => {
  it('never carry the query parameters (emails, password hashes, bodies)', async () => {
    const ctx = await TestContext.start();
    try {
      const admin = await ctx.newAdmin();
      const cohort = await ctx.newCohort();
      const code = (await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, {}, admin.accessToken)).body.code;
      // A duplicate display name makes the INSERT (email, hash and all) fail inside the database.
      const email = 'a.fresh.person@example.test';
      const res = await ctx.t.post('/api/auth/register', {
        inviteCode: code,
        email,
        password: 'secret passphrase 42',
        displayName: (await ctx.newMember()).displayName,
        acceptTerms: true,
      });
      expect(res.status).toBe(409);
      expect(ctx.t.logs()).toContain('query failed');
      expect(ctx.t.logs()).not.toContain(email);
      expect(ctx.t.logs()).not.toContain('$argon2id$');
    } finally {
      await ctx.close();
    }
  });
});
