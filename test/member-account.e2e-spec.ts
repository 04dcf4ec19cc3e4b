import { authenticator } from 'otplib';
import { TEST_PASSWORD, TestCohort, TestContext, TestUser, sanctionThroughQueue } from './support/context';
import { waitFor } from './support/wait';

const NEW_PASSWORD = 'a brand new passphrase';

describe('member account basics: password change, reset codes, display name, returning, appeal from sign-in', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let admin: TestUser;
  let clinician: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    admin = await ctx.newAdmin();
    clinician = await ctx.newClinician({ cohort });
  });
  afterAll(() => ctx.close());

  const login = (user: { email: string }, password: string, totp?: string) =>
    ctx.t.post('/api/auth/login', { email: user.email, password, ...(totp ? { totp } : {}) });
  const auditOf = (action: string, targetId: string) =>
    ctx.t.query<{ actor_id: string; details: Record<string, unknown> }>(
      `SELECT actor_id, details FROM audit_log WHERE action = $1 AND target_id = $2`,
      [action, targetId],
    );

  describe('password change', () => {
    it('needs the current password, then ends the other sessions and keeps this one', async () => {
      const member = await ctx.newMember({ cohort });
      const other = await ctx.signIn(member);
      const wrong = await ctx.t.post(
        '/api/me/password',
        { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
        member.accessToken,
      );
      expect(wrong.status).toBe(403);
      expect(wrong.body).toMatchObject({ code: 'bad_password', message: expect.stringMatching(/^currentPassword/) });
      const changed = await ctx.t.post(
        '/api/me/password',
        { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
        member.accessToken,
      );
      expect(changed.status).toBe(204);
      expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(200);
      expect((await ctx.t.get('/api/me', other.accessToken)).status).toBe(401);
      expect((await ctx.t.post('/api/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(401);
      expect((await login(member, TEST_PASSWORD)).status).toBe(401);
      expect((await login(member, NEW_PASSWORD)).status).toBe(200);
      const [entry] = await auditOf('user.password_changed', member.id);
      expect(entry).toMatchObject({ actor_id: member.id, details: { sessionsEnded: 1 } });
    });

    it('refuses short or unchanged passwords field by field, and pauses after repeated wrong ones', async () => {
      const member = await ctx.newMember({ cohort });
      const short = await ctx.t.post(
        '/api/me/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'short' },
        member.accessToken,
      );
      expect(short.status).toBe(400);
      expect(short.body.message).toEqual(['newPassword must be at least 10 characters']);
      const same = await ctx.t.post(
        '/api/me/password',
        { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
        member.accessToken,
      );
      expect(same.status).toBe(400);
      expect(same.body.code).toBe('same_password');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (
            await ctx.t.post(
              '/api/me/password',
              { currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD },
              member.accessToken,
            )
          ).status,
        );
      }
      expect(statuses).toEqual([403, 403, 403, 403, 403, 429]);
    });
  });

  describe('reset codes', () => {
    const issue = (staff: TestUser, person: { id: string }) =>
      ctx.t.post(`/api/users/${person.id}/password-reset`, {}, staff.accessToken);

    it('admins issue for anyone; a member’s clinicians for that member; never a clinician for staff', async () => {
      const member = await ctx.newMember({ cohort });
      const otherCohort = await ctx.newCohort();
      const stranger = await ctx.newMember({ cohort: otherCohort });
      const moderator = await ctx.newModerator();
      const otherClinician = await ctx.newClinician({ cohort });

      expect((await issue(admin, member)).status).toBe(201);
      expect((await issue(admin, moderator)).status).toBe(201);
      expect((await issue(clinician, member)).status).toBe(201);
      // Another cohort's member, a staff account (even one sharing the cohort), an unknown id: 404 alike.
      expect((await issue(clinician, stranger)).status).toBe(404);
      expect((await issue(clinician, moderator)).status).toBe(404);
      expect((await issue(clinician, otherClinician)).status).toBe(404);
      expect((await issue(clinician, { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
      // Neither moderators nor members hand out codes; nobody issues one for themselves.
      expect((await issue(moderator, member)).status).toBe(403);
      expect((await issue(stranger, member)).status).toBe(403);
      expect((await issue(admin, admin)).status).toBe(403);
      expect((await ctx.t.post('/api/users/not-a-uuid/password-reset', {}, admin.accessToken)).status).toBe(400);
    });

    it('is single-use for 24 hours, ends every session, is audited and never stored or logged in the clear', async () => {
      const member = await ctx.newMember({ cohort });
      const issued = await issue(clinician, member);
      expect(issued.status).toBe(201);
      const { code, expiresAt } = issued.body as { code: string; expiresAt: string };
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const hours = (Date.parse(expiresAt) - Date.now()) / 3600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);

      const reset = await ctx.t.post('/api/auth/reset', { code: code.toLowerCase(), newPassword: NEW_PASSWORD });
      expect(reset.status).toBe(204);
      expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
      expect((await login(member, NEW_PASSWORD)).status).toBe(200);
      const again = await ctx.t.post('/api/auth/reset', { code, newPassword: 'yet another passphrase' });
      expect(again.status).toBe(400);
      expect(again.body).toMatchObject({ code: 'reset_code_invalid', message: expect.stringMatching(/^code:/) });

      const [issuedEntry] = await auditOf('user.password_reset_issued', member.id);
      expect(issuedEntry.actor_id).toBe(clinician.id);
      expect((await auditOf('user.password_reset_used', member.id)).length).toBe(1);
      const everything = JSON.stringify(await ctx.t.query(`SELECT * FROM password_reset_codes`));
      const audit = JSON.stringify(await ctx.t.query(`SELECT details FROM audit_log`));
      const bare = code.replace(/-/g, '');
      for (const text of [everything, audit, ctx.t.logs()]) {
        expect(text).not.toContain(code);
        expect(text).not.toContain(bare);
      }
    });

    it('refuses an expired code, and a newer code replaces the older one', async () => {
      const member = await ctx.newMember({ cohort });
      const first = (await issue(admin, member)).body.code as string;
      const second = (await issue(admin, member)).body.code as string;
      expect((await ctx.t.post('/api/auth/reset', { code: first, newPassword: NEW_PASSWORD })).status).toBe(400);
      await ctx.t.query(`UPDATE password_reset_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        member.id,
      ]);
      expect((await ctx.t.post('/api/auth/reset', { code: second, newPassword: NEW_PASSWORD })).status).toBe(400);
      expect((await login(member, TEST_PASSWORD)).status).toBe(200);
    });

    it('keeps a second factor required after a reset', async () => {
      const moderator = await ctx.newModerator();
      const setup = await ctx.t.post('/api/me/totp/setup', {}, moderator.accessToken);
      const secret = setup.body.secret as string;
      expect(
        (await ctx.t.post('/api/me/totp/enable', { code: authenticator.generate(secret) }, moderator.accessToken))
          .status,
      ).toBe(200);
      const { code } = (await issue(admin, moderator)).body as { code: string };
      expect((await ctx.t.post('/api/auth/reset', { code, newPassword: NEW_PASSWORD })).status).toBe(204);
      const withoutCode = await login(moderator, NEW_PASSWORD);
      expect(withoutCode.status).toBe(401);
      expect(withoutCode.body.code).toBe('totp_required');
    });

    it('validates the body and rate limits guessing', async () => {
      const missing = await ctx.t.post('/api/auth/reset', { newPassword: NEW_PASSWORD });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^code/)]));
      // Ten wrong codes from one address in 15 minutes (this file's earlier ones count too), then a pause.
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(
          (await ctx.t.post('/api/auth/reset', { code: `WXYZ-WXYZ-WX${i}A`, newPassword: NEW_PASSWORD })).status,
        );
      }
      const paused = statuses.indexOf(429);
      expect(paused).toBeGreaterThan(0);
      expect(statuses.slice(0, paused).every((s) => s === 400)).toBe(true);
      expect(statuses.slice(paused).every((s) => s === 429)).toBe(true);
      // Paused means paused: even a real code waits.
      const member = await ctx.newMember({ cohort });
      const { code } = (await issue(admin, member)).body as { code: string };
      const refused = await ctx.t.post('/api/auth/reset', { code, newPassword: NEW_PASSWORD });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    });
  });

  describe('display name', () => {
    it('changes with the pseudonym rules, unique, and shows to others', async () => {
      const member = await ctx.newMember({ cohort });
      const peer = await ctx.newMember({ cohort });
      const renamed = await ctx.t.patch('/api/me', { displayName: 'Quiet Harbor' }, member.accessToken);
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ id: member.id, displayName: 'Quiet Harbor' });
      expect((await ctx.t.get('/api/me', member.accessToken)).body.displayName).toBe('Quiet Harbor');
      const members = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, peer.accessToken);
      expect(members.body.map((m: { displayName: string }) => m.displayName)).toContain('Quiet Harbor');

      const taken = await ctx.t.patch('/api/me', { displayName: 'quiet harbor' }, peer.accessToken);
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('display_name_taken');
      for (const bad of ['call me 555 123 4567', 'the moderator', 'x', 'me@example.com']) {
        const refused = await ctx.t.patch('/api/me', { displayName: bad }, peer.accessToken);
        expect(refused.status).toBe(400);
        expect(refused.body.message[0]).toMatch(/^displayName/);
      }
      expect((await ctx.t.patch('/api/me', { displayName: 'Ok Name', role: 'admin' }, peer.accessToken)).status).toBe(
        400,
      );
    });
  });

  describe('returning with a new invite', () => {
    const invite = async (c: TestCohort, role = 'member') =>
      (await ctx.t.post(`/api/cohorts/${c.id}/invites`, { role }, admin.accessToken)).body.code as string;

    it('makes an alumnus a member of the new cohort again, spending the invite', async () => {
      const next = await ctx.newCohort();
      const alumnus = await ctx.newAlumni();
      const code = await invite(next);
      const redeemed = await ctx.t.post('/api/invites/redeem', { code }, alumnus.accessToken);
      expect(redeemed.status).toBe(200);
      // They accepted the alumni terms: the members' terms come first now.
      expect(redeemed.body).toMatchObject({
        cohort: { id: next.id, name: next.name },
        role: 'member',
        termsRequired: true,
      });
      const me = await ctx.t.get('/api/me', alumnus.accessToken);
      expect(me.body).toMatchObject({
        role: 'member',
        termsRequired: true,
        cohorts: [{ id: next.id, membership: 'member' }],
      });
      const terms = await ctx.t.get('/api/terms?audience=member');
      expect((await ctx.t.post('/api/terms/accept', { version: terms.body.version }, alumnus.accessToken)).status).toBe(
        204,
      );
      const rooms = await ctx.t.get('/api/rooms', alumnus.accessToken);
      expect(rooms.body.map((r: { id: string }) => r.id)).toContain(next.roomId);
      const again = await ctx.t.post('/api/invites/redeem', { code }, (await ctx.newAlumni()).accessToken);
      expect(again.status).toBe(409);
      expect((await auditOf('member.rejoined', alumnus.id))[0].details).toMatchObject({ from: 'alumni', to: 'member' });
      const told = await waitFor('the welcome-back notification', async () => {
        const list = await ctx.t.get('/api/notifications', alumnus.accessToken);
        return list.body.notifications.find((n: { kind: string }) => n.kind === 'rejoined') as
          { text: string; link: string } | undefined;
      });
      expect(told).toMatchObject({ text: expect.stringContaining(next.name), link: '/' });
    });

    it('refuses staff, staff invites, a group one is already in, and bad codes, without spending the invite', async () => {
      const member = await ctx.newMember({ cohort });
      const code = await invite(cohort);
      const inGroup = await ctx.t.post('/api/invites/redeem', { code }, member.accessToken);
      expect(inGroup.status).toBe(409);
      expect(inGroup.body.code).toBe('already_in_cohort');
      const moderator = await ctx.newModerator();
      expect((await ctx.t.post('/api/invites/redeem', { code }, moderator.accessToken)).status).toBe(403);
      const clinicianCode = await invite(cohort, 'clinician');
      const staffInvite = await ctx.t.post('/api/invites/redeem', { code: clinicianCode }, member.accessToken);
      expect(staffInvite.status).toBe(403);
      expect(staffInvite.body.code).toBe('invite_not_redeemable');
      const bogus = await ctx.t.post('/api/invites/redeem', { code: 'NOT-A-REAL-CODE' }, member.accessToken);
      expect(bogus.status).toBe(400);
      expect(bogus.body.message).toMatch(/^code/);
      expect((await ctx.t.post('/api/invites/redeem', {}, member.accessToken)).status).toBe(400);
      expect((await ctx.t.post('/api/invites/redeem', { code })).status).toBe(401);
      // Still unspent: a returning alumnus can use it.
      expect((await ctx.t.post('/api/invites/redeem', { code }, (await ctx.newAlumni()).accessToken)).status).toBe(200);
    });
  });

  describe('step-down as the member sees it', () => {
    it('tells them what changed and keeps their own posts readable to them, read-only', async () => {
      const group = await ctx.newCohort();
      const facilitator = await ctx.newClinician({ cohort: group });
      const member = await ctx.newMember({ cohort: group });
      const peer = await ctx.newMember({ cohort: group });
      const thread = await ctx.t.post(
        `/api/boards/${group.boardId}/threads`,
        { title: 'My first week', body: 'Writing this down helps.' },
        member.accessToken,
      );
      expect(thread.status).toBe(201);
      const reply = await ctx.t.post(
        `/api/threads/${thread.body.id}/posts`,
        { body: 'Thank you all for listening.' },
        member.accessToken,
      );
      expect(reply.status).toBe(201);
      await ctx.t.post(`/api/threads/${thread.body.id}/posts`, { body: 'Glad you are here.' }, peer.accessToken);
      const stepped = await ctx.t.post(
        `/api/cohorts/${group.id}/members/${member.id}/step-down`,
        {},
        facilitator.accessToken,
      );
      expect(stepped.status).toBe(200);
      // The group's board is closed to them now…
      expect((await ctx.t.get(`/api/threads/${thread.body.id}`, member.accessToken)).status).not.toBe(200);
      // …but their own words are theirs to read, and only theirs.
      const mine = await ctx.t.get('/api/me/posts', member.accessToken);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual([
        expect.objectContaining({ kind: 'post', body: 'Thank you all for listening.', canOpen: false }),
        expect.objectContaining({
          kind: 'thread',
          threadTitle: 'My first week',
          body: 'Writing this down helps.',
          canOpen: false,
        }),
      ]);
      expect(JSON.stringify(mine.body)).not.toContain('Glad you are here');
      // The alumni terms come next; then the notice says what changed.
      const terms = await ctx.t.get('/api/terms?audience=alumni');
      expect((await ctx.t.post('/api/terms/accept', { version: terms.body.version }, member.accessToken)).status).toBe(
        204,
      );
      const told = await waitFor('the step-down notification', async () => {
        const list = await ctx.t.get('/api/notifications', member.accessToken);
        return list.body.notifications.find((n: { kind: string }) => n.kind === 'stepped_down') as
          { text: string; link: string } | undefined;
      });
      expect(told.text).toMatch(/alumni/);
      expect(told.link).toBe('/');
    });
  });

  describe('reactions on the opening words of a thread', () => {
    it('counts each kind once per person, says which are mine, and validates the kind', async () => {
      const author = await ctx.newMember({ cohort });
      const reader = await ctx.newMember({ cohort });
      const thread = await ctx.t.post(
        `/api/boards/${cohort.boardId}/threads`,
        { title: 'A good day', body: 'Two weeks without a craving.' },
        author.accessToken,
      );
      const react = (user: TestUser, kind: string) =>
        ctx.t.post(`/api/threads/${thread.body.id}/reactions`, { kind }, user.accessToken);
      expect((await react(reader, 'strength')).status).toBe(200);
      const again = await react(reader, 'strength');
      expect(again.body.reactions).toEqual(expect.arrayContaining([{ kind: 'strength', count: 1, reactedByMe: true }]));
      await react(author, 'strength');
      const read = await ctx.t.get(`/api/threads/${thread.body.id}`, author.accessToken);
      expect(read.body.thread.reactions).toEqual([
        { kind: 'heart', count: 0, reactedByMe: false },
        { kind: 'hug', count: 0, reactedByMe: false },
        { kind: 'strength', count: 2, reactedByMe: true },
        { kind: 'thanks', count: 0, reactedByMe: false },
      ]);
      const back = await ctx.t.delete(
        `/api/threads/${thread.body.id}/reactions/strength`,
        undefined,
        reader.accessToken,
      );
      expect(back.body.reactions).toEqual(expect.arrayContaining([{ kind: 'strength', count: 1, reactedByMe: false }]));
      expect((await react(reader, 'like')).status).toBe(400);
      const outsider = await ctx.newMember({ cohort: await ctx.newCohort() });
      expect((await react(outsider, 'hug')).status).toBe(404);
      const exported = await ctx.t.get('/api/me/export', reader.accessToken);
      expect(exported.body.threadReactions).toEqual([]);
      const authorExport = await ctx.t.get('/api/me/export', author.accessToken);
      expect(authorExport.body.threadReactions).toEqual([
        expect.objectContaining({ thread_id: thread.body.id, kind: 'strength' }),
      ]);
    });
  });

  describe('appeal from the sign-in screen', () => {
    it('lets a suspended member read why and appeal with their credentials, without a session', async () => {
      const moderator = await ctx.newModerator();
      const member = await ctx.newMember({ cohort });
      await sanctionThroughQueue(ctx, moderator, member, {
        action: 'suspend',
        reason: 'Repeated insults in the group',
        durationMinutes: 600,
      });
      const creds = { email: member.email, password: TEST_PASSWORD };
      const sessionsNow = () =>
        ctx.t.query(`SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = $1`, [member.id]);
      const before = (await sessionsNow()).length;
      const standing = await ctx.t.post('/api/auth/standing', creds);
      expect(standing.status).toBe(200);
      expect(standing.body).toMatchObject({
        status: 'suspended',
        until: expect.any(String),
        sanction: { kind: 'suspend', reason: 'Repeated insults in the group', active: true, appeal: null },
      });
      expect(standing.body).not.toHaveProperty('accessToken');

      const appeal = await ctx.t.post('/api/auth/appeal', { ...creds, text: 'I was upset; it will not happen again' });
      expect(appeal.status).toBe(201);
      expect(appeal.body).toMatchObject({ status: 'open', sanctionId: standing.body.sanction.id });
      expect(appeal.body).not.toHaveProperty('accessToken');
      expect((await ctx.t.post('/api/auth/appeal', { ...creds, text: 'again please' })).status).toBe(409);
      expect((await ctx.t.post('/api/auth/standing', creds)).body.sanction.appeal).toMatchObject({ status: 'open' });

      const staffView = await ctx.t.get('/api/appeals', admin.accessToken);
      expect(staffView.body.map((a: { id: string }) => a.id)).toContain(appeal.body.id);
      expect(await sessionsNow()).toHaveLength(before);
    });

    it('tells nothing to wrong credentials or to active accounts, and validates the body', async () => {
      const member = await ctx.newMember({ cohort });
      const wrong = await ctx.t.post('/api/auth/standing', { email: member.email, password: 'wrong password!' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('bad_credentials');
      const unknown = await ctx.t.post('/api/auth/appeal', {
        email: 'nobody@example.test',
        password: 'wrong password!',
        text: 'please',
      });
      expect(unknown.status).toBe(401);
      const active = await ctx.t.post('/api/auth/standing', { email: member.email, password: TEST_PASSWORD });
      expect(active.status).toBe(409);
      const noText = await ctx.t.post('/api/auth/appeal', { email: member.email, password: TEST_PASSWORD });
      expect(noText.status).toBe(400);
      expect(noText.body.message[0]).toMatch(/^text/);
    });
  });
});
