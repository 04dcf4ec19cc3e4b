import { TestCohort, TestContext, TestUser } from './support/context';

/** Role changes can be undone (cohorts rejoined), and the audit log reads as a sentence: names, old → new. */
describe('role change undo and audit', () => {
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

  const activeCohorts = async (userId: string) =>
    (
      await ctx.t.query<{ cohort_id: string }>(
        `SELECT cohort_id FROM cohort_memberships WHERE user_id = $1 AND kind = 'member' AND left_at IS NULL ORDER BY cohort_id`,
        [userId],
      )
    ).map((r) => r.cohort_id);

  it('undo puts back the earlier role and every cohort the person left with the change', async () => {
    const member = await ctx.newMember({ cohort });
    const other = await ctx.newCohort();
    await ctx.join(member, other, 'member');
    const before = await activeCohorts(member.id);
    expect(before).toHaveLength(2);
    const changed = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'peer_mentor' }, admin.accessToken);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: 'peer_mentor', from: 'member', changeId: expect.any(String) });
    expect([...changed.body.leftCohortIds].sort()).toEqual(before);
    expect(await activeCohorts(member.id)).toEqual([]);

    const undone = await ctx.t.post(
      `/api/users/${member.id}/role/undo`,
      { changeId: changed.body.changeId },
      admin.accessToken,
    );
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: member.id, role: 'member', from: 'peer_mentor' });
    expect(await activeCohorts(member.id)).toEqual(before);
    const members = await ctx.t.get(`/api/cohorts/${cohort.id}/members`, clinician.accessToken);
    expect(members.body.map((m: { id: string }) => m.id)).toContain(member.id);
    // Their rooms are theirs again.
    const rooms = await ctx.t.get('/api/rooms', (await ctx.signIn({ id: member.id, role: 'member' })).accessToken);
    expect(rooms.body.map((r: { id: string }) => r.id)).toContain(cohort.roomId);
    // An undo is done once.
    const again = await ctx.t.post(
      `/api/users/${member.id}/role/undo`,
      { changeId: changed.body.changeId },
      admin.accessToken,
    );
    expect(again.status).toBe(409);
  });

  it('only the latest change, while it still holds, and only by an admin', async () => {
    const member = await ctx.newMember({ cohort });
    const first = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'moderator' }, admin.accessToken);
    const second = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'clinician' }, admin.accessToken);
    expect(second.status).toBe(200);
    const undo = (changeId: string, token = admin.accessToken) =>
      ctx.t.post(`/api/users/${member.id}/role/undo`, { changeId }, token);
    expect((await undo(first.body.changeId)).status).toBe(409);
    expect((await undo(second.body.changeId, clinician.accessToken)).status).toBe(403);
    expect((await undo('not a change')).status).toBe(400);
    const undone = await undo(second.body.changeId);
    expect(undone.status).toBe(200);
    expect(undone.body.role).toBe('moderator');
    // Setting the same role again changes nothing and offers no undo.
    const same = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'moderator' }, admin.accessToken);
    expect(same.body.changeId).toBeUndefined();
  });

  it('the audit log names the person and says old → new, for the change and its undo', async () => {
    const member = await ctx.newMember({ cohort, displayName: `Sam ${Date.now().toString(36)}` });
    const changed = await ctx.t.patch(`/api/users/${member.id}/role`, { role: 'moderator' }, admin.accessToken);
    await ctx.t.post(`/api/users/${member.id}/role/undo`, { changeId: changed.body.changeId }, admin.accessToken);
    const log = await ctx.t.get('/api/moderation/log', admin.accessToken);
    expect(log.status).toBe(200);
    const about = log.body.entries.filter((e: { target: { id: string } | null }) => e.target?.id === member.id);
    expect(about.slice(0, 2)).toEqual([
      expect.objectContaining({
        action: 'user.role_change_undone',
        actor: { id: admin.id, displayName: admin.displayName },
        target: { id: member.id, displayName: member.displayName },
        details: expect.objectContaining({ from: 'moderator', to: 'member', undoes: changed.body.changeId }),
      }),
      expect.objectContaining({
        id: changed.body.changeId,
        action: 'user.role_changed',
        target: { id: member.id, displayName: member.displayName },
        details: expect.objectContaining({ from: 'member', to: 'moderator' }),
      }),
    ]);
  });
});
