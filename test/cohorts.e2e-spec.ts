import { TestCohort, TestContext, TestUser } from './support/context';
import { waitFor } from './support/wait';

describe('cohorts, members and step-down', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let clinician: TestUser;
  let cohort: TestCohort;
  let other: TestCohort;

  beforeAll(async () => {
    ctx = await TestContext.start();
    admin = await ctx.newAdmin();
    clinician = await ctx.newClinician();
    cohort = await ctx.newCohort({ clinician });
    other = await ctx.newCohort();
  });
  afterAll(() => ctx.close());

  it('creates a cohort that owns its default room and board; its clinician facilitates it', async () => {
    const res = await ctx.t.post(
      '/api/cohorts',
      { name: 'Thursday Group', program: 'Evening IOP', startsOn: '2026-12-01', endsOn: '2027-03-01' },
      clinician.accessToken,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Thursday Group',
      program: 'Evening IOP',
      startsOn: '2026-12-01',
      endsOn: '2027-03-01',
      membership: 'facilitator',
      memberCount: 0,
    });
    const rooms = await ctx.t.query(`SELECT id, kind FROM rooms WHERE cohort_id = $1`, [res.body.id]);
    const boards = await ctx.t.query(`SELECT id, scope FROM boards WHERE cohort_id = $1`, [res.body.id]);
    expect(rooms).toEqual([{ id: res.body.roomId, kind: 'cohort' }]);
    expect(boards).toEqual([{ id: res.body.boardId, scope: 'cohort' }]);
    const [audit] = await ctx.t.query(`SELECT actor_id, action FROM audit_log WHERE target_id = $1`, [res.body.id]);
    expect(audit).toEqual({ actor_id: clinician.id, action: 'cohort.created' });
  });

  it('validates cohorts: field messages, dates in order, no unknown fields', async () => {
    const bad = await ctx.t.post(
      '/api/cohorts',
      { name: '', startsOn: '12/01/2026', colour: 'red' },
      admin.accessToken,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'colour should not exist',
        expect.stringMatching(/^name must be longer/),
        'startsOn must be a date (YYYY-MM-DD)',
      ]),
    );
    const order = await ctx.t.post(
      '/api/cohorts',
      { name: 'Backwards', startsOn: '2027-01-01', endsOn: '2026-01-01' },
      admin.accessToken,
    );
    expect(order.status).toBe(400);
  });

  it('lists only the cohorts a caller may see', async () => {
    const member = await ctx.newMember({ cohort });
    const ids = async (u: TestUser) =>
      ((await ctx.t.get('/api/cohorts', u.accessToken)).body as { id: string }[]).map((c) => c.id);
    expect(await ids(member)).toEqual([cohort.id]);
    expect(await ids(clinician)).toEqual(expect.arrayContaining([cohort.id]));
    expect(await ids(clinician)).not.toContain(other.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([cohort.id, other.id]));
    expect(await ids(await ctx.newModerator())).toEqual(expect.arrayContaining([cohort.id, other.id]));
    expect(await ids(await ctx.newAlumni())).toEqual([]);
  });

  it('shows peers pseudonyms only; emails to admins and the cohort clinician, and audits that read', async () => {
    const member = await ctx.newMember({ cohort });
    const peerView = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, member.accessToken);
    expect(peerView.status).toBe(200);
    const me = peerView.body.find((m: { id: string }) => m.id === member.id);
    expect(me).toEqual({
      id: member.id,
      displayName: member.displayName,
      role: 'member',
      membership: 'member',
      joinedAt: expect.any(String),
    });
    expect(JSON.stringify(peerView.body)).not.toContain('@');

    const staffView = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, clinician.accessToken);
    expect(staffView.body.find((m: { id: string }) => m.id === member.id).email).toBe(member.email);
    const moderatorView = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, (await ctx.newModerator()).accessToken);
    expect(JSON.stringify(moderatorView.body)).not.toContain('@');
    const audits = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'cohort.members_private_viewed' AND cohort_id = $1`,
      [cohort.id],
    );
    expect(audits).toContainEqual({
      actor_id: clinician.id,
      details: { userIds: expect.arrayContaining([member.id]) },
    });
  });

  it("answers another cohort's ids with 404, never 403", async () => {
    const member = await ctx.newMember({ cohort });
    const outsider = await ctx.newClinician({ cohort: other });
    for (const user of [member, outsider]) {
      const target = user === member ? other : cohort;
      expect((await ctx.t.get(`/api/cohorts/${target.id}/members`, user.accessToken)).status).toBe(404);
    }
    expect((await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, {}, outsider.accessToken)).status).toBe(404);
    expect(
      (await ctx.t.post(`/api/cohorts/${cohort.id}/members/${member.id}/step-down`, {}, outsider.accessToken)).status,
    ).toBe(404);
    expect(
      (await ctx.t.get(`/api/cohorts/00000000-0000-4000-8000-000000000000/members`, admin.accessToken)).status,
    ).toBe(404);
    expect((await ctx.t.get(`/api/cohorts/not-a-uuid/members`, admin.accessToken)).status).toBe(400);
  });

  it('lets only admins invite staff', async () => {
    expect(
      (await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, { role: 'clinician' }, clinician.accessToken)).status,
    ).toBe(403);
    const res = await ctx.t.post(`/api/cohorts/${cohort.id}/invites`, { role: 'clinician' }, admin.accessToken);
    expect(res.status).toBe(201);
    const reg = await ctx.t.post('/api/auth/register', {
      inviteCode: res.body.code,
      email: 'newclin@example.test',
      password: 'long enough pass',
      displayName: 'Dr Kim',
      acceptTerms: true,
    });
    expect(reg.status).toBe(201);
    expect(reg.body.user.role).toBe('clinician');
    const me = await ctx.t.get('/api/me', reg.body.accessToken);
    expect(me.body.cohorts).toEqual([{ id: cohort.id, name: cohort.name, membership: 'facilitator' }]);
    const staffInvite = await ctx.t.post('/api/invites', { role: 'moderator' }, admin.accessToken);
    expect(staffInvite.status).toBe(201);
    expect((await ctx.t.post('/api/invites', { role: 'member' }, admin.accessToken)).status).toBe(400);
  });

  describe('step-down', () => {
    it('moves a member to alumni, out of the cohort, with who and when recorded; alumni terms asked next', async () => {
      const member = await ctx.newMember({ cohort });
      const res = await ctx.t.post(
        `/api/cohorts/${cohort.id}/members/${member.id}/step-down`,
        {},
        clinician.accessToken,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ userId: member.id, cohortId: cohort.id, role: 'alumni' });
      const [membership] = await ctx.t.query(
        `SELECT left_at, left_reason, left_by FROM cohort_memberships WHERE cohort_id = $1 AND user_id = $2`,
        [cohort.id, member.id],
      );
      expect(membership).toMatchObject({ left_reason: 'step_down', left_by: clinician.id });
      expect(membership.left_at).not.toBeNull();
      const [audit] = await ctx.t.query(
        `SELECT actor_id, cohort_id FROM audit_log WHERE action = 'member.stepped_down' AND target_id = $1`,
        [member.id],
      );
      expect(audit).toEqual({ actor_id: clinician.id, cohort_id: cohort.id });

      // The alumni version of the terms is asked for, then the cohort is gone from view.
      const me = await ctx.t.get('/api/me', member.accessToken);
      expect(me.body).toMatchObject({ role: 'alumni', termsRequired: true, termsAudience: 'alumni', cohorts: [] });
      const { version } = (await ctx.t.get('/api/terms?audience=alumni')).body;
      expect((await ctx.t.post('/api/terms/accept', { version }, member.accessToken)).status).toBe(204);
      expect((await ctx.t.get('/api/cohorts', member.accessToken)).body).toEqual([]);
      expect((await ctx.t.get(`/api/cohorts/${cohort.id}/members`, member.accessToken)).status).toBe(404);
      const peers = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, clinician.accessToken);
      expect(peers.body.map((m: { id: string }) => m.id)).not.toContain(member.id);
    });

    it('refuses members and moderators, and a second step-down is 404', async () => {
      const member = await ctx.newMember({ cohort });
      const peer = await ctx.newMember({ cohort });
      expect(
        (await ctx.t.post(`/api/cohorts/${cohort.id}/members/${member.id}/step-down`, {}, peer.accessToken)).status,
      ).toBe(403);
      expect(
        (
          await ctx.t.post(
            `/api/cohorts/${cohort.id}/members/${member.id}/step-down`,
            {},
            (await ctx.newModerator()).accessToken,
          )
        ).status,
      ).toBe(403);
      expect(
        (await ctx.t.post(`/api/cohorts/${cohort.id}/members/${member.id}/step-down`, {}, admin.accessToken)).status,
      ).toBe(200);
      expect(
        (await ctx.t.post(`/api/cohorts/${cohort.id}/members/${member.id}/step-down`, {}, admin.accessToken)).status,
      ).toBe(404);
    });
  });

  describe('roles', () => {
    it('lets an admin change a role, audited, effective on the next request', async () => {
      const member = await ctx.newMember({ cohort });
      expect((await ctx.t.post('/api/cohorts', { name: 'Not yet' }, member.accessToken)).status).toBe(403);
      const res = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'clinician' }, admin.accessToken);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: member.id,
        displayName: member.displayName,
        role: 'clinician',
        from: 'member',
      });
      const [audit] = await ctx.t.query(
        `SELECT actor_id, details FROM audit_log WHERE action = 'user.role_changed' AND target_id = $1`,
        [member.id],
      );
      expect(audit).toEqual({ actor_id: admin.id, details: { from: 'member', to: 'clinician' } });
      // Staff terms are asked for, then the new role works with the same token.
      const terms = (await ctx.t.get('/api/terms?audience=staff')).body;
      await ctx.t.post('/api/terms/accept', { version: terms.version }, member.accessToken);
      expect((await ctx.t.post('/api/cohorts', { name: 'Now I can' }, member.accessToken)).status).toBe(201);
    });

    it('a member made peer mentor leaves every cohort they were a member of, in the same change', async () => {
      const member = await ctx.newMember({ cohort });
      const other = await ctx.newCohort();
      await ctx.join(member, other, 'member');
      const res = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'peer_mentor' }, admin.accessToken);
      expect(res.status).toBe(200);
      const memberships = await ctx.t.query(
        `SELECT cohort_id, left_reason, left_by, left_at IS NOT NULL AS left FROM cohort_memberships WHERE user_id = $1`,
        [member.id],
      );
      expect(memberships).toHaveLength(2);
      for (const membership of memberships) {
        expect(membership).toMatchObject({ left: true, left_reason: 'step_down', left_by: admin.id });
      }
      const peers = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, clinician.accessToken);
      expect(peers.body.map((m: { id: string }) => m.id)).not.toContain(member.id);
    });

    it('steps a member down from their cohorts when an admin makes them alumni, in the same change', async () => {
      const member = await ctx.newMember({ cohort });
      const res = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'alumni' }, admin.accessToken);
      expect(res.status).toBe(200);
      expect(
        await ctx.t.query(`SELECT left_reason, left_by FROM cohort_memberships WHERE user_id = $1`, [member.id]),
      ).toEqual([{ left_reason: 'step_down', left_by: admin.id }]);
      const members = (await ctx.t.get(`/api/cohorts/${cohort.id}/members`, admin.accessToken)).body;
      expect(members.map((m: { id: string }) => m.id)).not.toContain(member.id);
      // The same moment as a step-down: once they accept the alumni terms, the person is told what changed.
      const terms = await ctx.t.get('/api/terms?audience=alumni');
      expect((await ctx.t.post('/api/terms/accept', { version: terms.body.version }, member.accessToken)).status).toBe(
        204,
      );
      const told = await waitFor('the step-down notification', async () => {
        const list = await ctx.t.get('/api/notifications', member.accessToken);
        return (list.body.notifications as { kind: string }[] | undefined)?.find((n) => n.kind === 'stepped_down');
      });
      expect(told).toBeDefined();
    });

    it('tells a member of two cohorts made alumni by an admin once, not once per cohort left', async () => {
      const member = await ctx.newMember({ cohort });
      const second = await ctx.newCohort();
      await ctx.join(member, second, 'member');
      const res = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'alumni' }, admin.accessToken);
      expect(res.status).toBe(200);
      expect(res.body.leftCohortIds).toHaveLength(2);
      const terms = await ctx.t.get('/api/terms?audience=alumni');
      await ctx.t.post('/api/terms/accept', { version: terms.body.version }, member.accessToken);
      const steppedDown = async (): Promise<unknown[]> => {
        const list = await ctx.t.get('/api/notifications', member.accessToken);
        return ((list.body.notifications ?? []) as { kind: string }[]).filter((n) => n.kind === 'stepped_down');
      };
      await waitFor('the step-down notification', async () => ((await steppedDown()).length > 0 ? true : undefined));
      // The notices of one change are written together, before the answer above: a second would be here by now.
      expect(await steppedDown()).toHaveLength(1);
    });

    it('refuses to demote the last admin, and refuses non-admins', async () => {
      const [{ count }] = await ctx.t.query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin'`);
      expect(count).toBeGreaterThanOrEqual(1);
      await ctx.t.query(`UPDATE users SET role = 'moderator' WHERE role = 'admin' AND id <> $1`, [admin.id]);
      const res = await ctx.t.patch(`/api/users/${admin.id}/role`, { role: 'member' }, admin.accessToken);
      expect(res.status).toBe(409);
      expect((await ctx.t.patch(`/api/users/${admin.id}/role`, { role: 'member' }, clinician.accessToken)).status).toBe(
        403,
      );
      expect(
        (await ctx.t.patch(`/api/users/${clinician.id}/role`, { role: 'overlord' }, admin.accessToken)).status,
      ).toBe(400);
    });
  });
});

describe('people directory (admin)', () => {
  it('finds people by name or email, for admins only, audited', async () => {
    const ctx = await TestContext.start();
    try {
      const admin = await ctx.newAdmin();
      const member = await ctx.newMember({ displayName: 'Findable Fern' });
      const found = await ctx.t.get('/api/users?q=findable', admin.accessToken);
      expect(found.status).toBe(200);
      expect(found.body).toEqual([
        expect.objectContaining({
          id: member.id,
          displayName: 'Findable Fern',
          email: member.email,
          role: 'member',
          mfaEnabled: false,
        }),
      ]);
      expect(
        (await ctx.t.get(`/api/users?q=${encodeURIComponent(member.email)}`, admin.accessToken)).body,
      ).toHaveLength(1);
      expect((await ctx.t.get('/api/users?q=%25', admin.accessToken)).body).toEqual([]);
      expect((await ctx.t.get('/api/users?role=moderator', admin.accessToken)).body).toEqual([]);
      expect((await ctx.t.get('/api/users', (await ctx.newModerator()).accessToken)).status).toBe(403);
      const [audit] = await ctx.t.query(
        `SELECT details FROM audit_log WHERE action = 'user.private_data_viewed' AND actor_id = $1 ORDER BY id LIMIT 1`,
        [admin.id],
      );
      expect(audit.details).toEqual({ what: 'directory', count: 1 });
    } finally {
      await ctx.close();
    }
  });
});
