import { TestCohort, TestContext, TestUser } from './support/context';
import { boardOf, reply, startThread } from './support/forums';

/**
 * A person you cannot see is 404 everywhere, like rooms and threads. "See" means:
 * you share a room or board you can read (a cohort, the alumni lounge, the staff
 * room), or you can read something they wrote (the community board, old history).
 */
describe('people outside your reach', () => {
  let ctx: TestContext;
  let ours: TestCohort;
  let theirs: TestCohort;
  let community: string;
  let member: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    ours = await ctx.newCohort();
    theirs = await ctx.newCohort();
    community = await boardOf(ctx, 'community');
    member = await ctx.newMember({ cohort: ours });
  });
  afterAll(() => ctx.close());

  const block = (by: TestUser, person: TestUser) => ctx.t.post('/api/blocks', { userId: person.id }, by.accessToken);
  const flag = (by: TestUser, person: TestUser) =>
    ctx.t.post('/api/flags', { targetType: 'user', targetId: person.id, reason: 'harassment' }, by.accessToken);
  const reviewItems = async (person: TestUser) =>
    (await ctx.t.query(`SELECT count(*)::int AS n FROM review_items WHERE target_id = $1`, [person.id]))[0].n;

  it('answers 404 for a member of another cohort one never met: blocking and flagging alike, nothing filed', async () => {
    const stranger = await ctx.newMember({ cohort: theirs });
    for (const res of [await block(member, stranger), await flag(member, stranger)]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'User not found' });
      expect(JSON.stringify(res.body)).not.toContain(stranger.displayName);
    }
    expect(await reviewItems(stranger)).toBe(0);
    expect((await ctx.t.get('/api/blocks', member.accessToken)).body).toEqual([]);
  });

  it('lets a member block and report someone met on the community board, or in their own cohort', async () => {
    const harasser = await ctx.newMember({ cohort: theirs });
    await reply(ctx, harasser, (await startThread(ctx, member, community)).id, 'something cruel');
    const res = await block(member, harasser);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: harasser.id, displayName: harasser.displayName });
    expect((await flag(member, harasser)).status).toBe(201);
    const peer = await ctx.newMember({ cohort: ours });
    expect((await block(member, peer)).status).toBe(201);
  });

  it('does not count words one cannot read: a removed post, or one in another cohort’s board', async () => {
    const other = await ctx.newMember({ cohort: theirs });
    await startThread(ctx, other, theirs.boardId);
    const removed = await startThread(ctx, other, community);
    await ctx.t.query(`UPDATE threads SET status = 'removed' WHERE id = $1`, [removed.id]);
    expect((await block(member, other)).status).toBe(404);
  });

  it('refuses blocking staff only once the person is visible: 403 for one’s own clinician, 404 for a clinician elsewhere', async () => {
    const own = await ctx.newClinician({ cohort: ours });
    const elsewhere = await ctx.newClinician({ cohort: theirs });
    expect((await block(member, own)).status).toBe(403);
    const hidden = await block(member, elsewhere);
    expect(hidden.status).toBe(404);
    expect(hidden.body.message).toBe('User not found');
  });

  it('lets alumni see one another (the alumni lounge), and not members they never met', async () => {
    const [alumnus, other] = [await ctx.newAlumni(), await ctx.newAlumni()];
    expect((await block(alumnus, other)).status).toBe(201);
    expect((await block(alumnus, await ctx.newMember({ cohort: ours }))).status).toBe(404);
  });

  it('scopes staff: a clinician reaches the people of their cohorts, moderators and admins everyone', async () => {
    const stranger = await ctx.newMember({ cohort: theirs });
    const clinician = await ctx.newClinician({ cohort: ours });
    expect((await flag(clinician, stranger)).status).toBe(404);
    expect((await flag(clinician, member)).status).toBe(201);
    expect((await flag(await ctx.newModerator(), stranger)).status).toBe(201);
    expect((await flag(await ctx.newAdmin(), stranger)).status).toBe(201);
  });

  it('answers 404 for an account that was deleted', async () => {
    const gone = await ctx.newMember({ cohort: ours });
    await ctx.t.query(`UPDATE users SET status = 'deleted' WHERE id = $1`, [gone.id]);
    expect((await block(member, gone)).status).toBe(404);
    expect((await flag(member, gone)).status).toBe(404);
  });
});
