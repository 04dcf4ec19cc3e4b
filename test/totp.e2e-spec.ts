import { authenticator } from 'otplib';
import { SettingsService } from '../src/settings/settings.service';
import { TestContext, TestUser } from './support/context';

describe('second factor (TOTP) for staff', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await TestContext.start();
    admin = await ctx.newAdmin();
  });
  afterAll(() => ctx.close());

  /** The code for a time step after the last accepted one (codes are single-use). */
  const codeFor = (secret: string, offsetSteps = 0) =>
    authenticator.clone({ epoch: Date.now() + offsetSteps * 30_000 }).generate(secret);

  async function enrol(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await ctx.t.post('/api/me/totp/setup', {}, user.accessToken);
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Hearth:/);
    expect(setup.body.otpauthUri).not.toContain(user.email.split('@')[0]);
    const wrong = await ctx.t.post('/api/me/totp/enable', { code: '000000' }, user.accessToken);
    expect(wrong.status).toBe(400);
    const enabled = await ctx.t.post('/api/me/totp/enable', { code: codeFor(setup.body.secret) }, user.accessToken);
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  it('asks for a code at sign-in once set up, refuses wrong and reused codes, accepts a recovery code once', async () => {
    const clinician = await ctx.newClinician();
    const { secret, recoveryCodes } = await enrol(clinician);
    const [row] = await ctx.t.query(`SELECT totp_secret FROM users WHERE id = $1`, [clinician.id]);
    expect(row.totp_secret).not.toContain(secret);
    const login = (extra: Record<string, string> = {}) =>
      ctx.t.post('/api/auth/login', { email: clinician.email, password: clinician.password, ...extra });
    const missing = await login();
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('totp_required');
    expect((await login({ totp: '123456' })).body.code).toBe('totp_invalid');
    const code = codeFor(secret, 1);
    expect((await login({ totp: code })).status).toBe(200);
    expect((await login({ totp: code })).status).toBe(401);
    expect((await login({ totp: recoveryCodes[0].toLowerCase().replace('-', '') })).status).toBe(200);
    expect((await login({ totp: recoveryCodes[0] })).status).toBe(401);
    // The password alone still never reveals whether the second factor was right.
    expect(
      (
        await ctx.t.post('/api/auth/login', {
          email: clinician.email,
          password: 'wrong password!!',
          totp: codeFor(secret, 2),
        })
      ).body.code,
    ).toBe('bad_credentials');
  });

  it('when the program requires it, staff without a second factor must set one up before anything else', async () => {
    expect((await ctx.t.put('/api/admin/settings', { staffMfaRequired: true }, admin.accessToken)).body).toMatchObject({
      staffMfaRequired: true,
    });
    try {
      const moderator = await ctx.newModerator();
      const login = await ctx.t.post('/api/auth/login', { email: moderator.email, password: moderator.password });
      expect(login.body.user.mfaSetupRequired).toBe(true);
      const blocked = await ctx.t.get('/api/moderation/queue', login.body.accessToken);
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('mfa_setup_required');
      expect((await ctx.t.get('/api/me', login.body.accessToken)).body.mfa).toEqual({
        enabled: false,
        setupRequired: true,
      });
      const { secret } = await enrol({ ...moderator, accessToken: login.body.accessToken });
      expect((await ctx.t.get('/api/moderation/queue', login.body.accessToken)).status).toBe(200);
      const off = await ctx.t.delete('/api/me/totp', { code: codeFor(secret, 1) }, login.body.accessToken);
      expect(off.status).toBe(403);
      // Members are not affected by the staff policy.
      const member = await ctx.newMember();
      expect((await ctx.t.get('/api/cohorts', member.accessToken)).status).toBe(200);
      // The admin is staff too: until they set up a second factor, they are held at set-up as well.
      expect((await ctx.t.put('/api/admin/settings', { staffMfaRequired: false }, admin.accessToken)).body.code).toBe(
        'mfa_setup_required',
      );
    } finally {
      await ctx.t.query(`UPDATE settings SET value = 'false' WHERE key = 'staffMfaRequired'`);
      ctx.t.app.get(SettingsService).forget();
    }
  });

  it('lets an admin reset a lost second factor, audited', async () => {
    const clinician = await ctx.newClinician();
    await enrol(clinician);
    expect((await ctx.t.delete(`/api/users/${clinician.id}/totp`, undefined, clinician.accessToken)).status).toBe(403);
    expect((await ctx.t.delete(`/api/users/${clinician.id}/totp`, undefined, admin.accessToken)).status).toBe(204);
    expect((await ctx.t.post('/api/auth/login', { email: clinician.email, password: clinician.password })).status).toBe(
      200,
    );
    const [audit] = await ctx.t.query(`SELECT actor_id FROM audit_log WHERE action = 'mfa.reset' AND target_id = $1`, [
      clinician.id,
    ]);
    expect(audit.actor_id).toBe(admin.id);
  });
});
