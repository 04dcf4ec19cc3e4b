import { Transactions } from '../src/database/transactions';
import { ConcernsService } from '../src/care/concerns.service';
import { CareTeamService } from '../src/care/care-team.service';
import { TestCohort, TestContext, TestUser } from './support/context';
import { connectSocket } from './support/sockets';

describe('wellbeing concerns go to the person’s care team', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let person: TestUser;
  let clinician: TestUser;
  let otherClinician: TestUser;
  let admin: TestUser;
  let moderator: TestUser;
  let peer: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    const elsewhere = await ctx.newCohort();
    person = await ctx.newMember({ cohort });
    peer = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
    otherClinician = await ctx.newClinician({ cohort: elsewhere });
    admin = await ctx.newAdmin();
    moderator = await ctx.newModerator();
  });
  afterAll(() => ctx.close());

  /** As the crisis lane or a check-in pattern would raise one. */
  const raise = async (about: TestUser, rule = 'low_mood_3_days'): Promise<string> => {
    const concerns = ctx.t.app.get(ConcernsService);
    const id = await ctx.t.app
      .get(Transactions)
      .run((tx) =>
        concerns.raise(
          { personId: about.id, source: 'checkin', targetId: null, rule, details: { moods: [2, 1, 2] } },
          tx,
        ),
      );
    await concerns.announce(id);
    return id as string;
  };
  const listAs = (viewer: TestUser, status = '') =>
    ctx.t.get(`/api/concerns${status ? `?status=${status}` : ''}`, viewer.accessToken);

  it('the care team is the person’s clinicians and the admins, not moderators or other cohorts’ clinicians', async () => {
    const team = await ctx.t.app.get(CareTeamService).of(person.id);
    expect(team).toContain(clinician.id);
    expect(team).toContain(admin.id);
    expect(team).not.toContain(otherClinician.id);
    expect(team).not.toContain(moderator.id);
    expect(team).not.toContain(peer.id);
  });

  it('reaches the care team live and in their list; nobody else sees it', async () => {
    const socket = await connectSocket(ctx.t.baseUrl, clinician.accessToken);
    const live = new Promise<{ id: string; person: { id: string }; rule: string }>((resolve) =>
      socket.once('concern:new', resolve),
    );
    const id = await raise(person);
    expect(await live).toMatchObject({ id, person: { id: person.id }, rule: 'low_mood_3_days' });
    socket.disconnect();

    const mine = await listAs(clinician);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id,
          status: 'open',
          cohort: { id: cohort.id, name: cohort.name },
          details: { moods: [2, 1, 2] },
          adminsToldAt: null,
        }),
      ]),
    );
    expect((await listAs(admin)).body.map((c: { id: string }) => c.id)).toContain(id);
    expect((await listAs(otherClinician)).body.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await listAs(moderator)).status).toBe(403);
    expect((await listAs(peer)).status).toBe(403);
    expect((await ctx.t.post(`/api/concerns/${id}/take`, {}, otherClinician.accessToken)).status).toBe(404);
  });

  it('is taken and resolved by the care team, with the outcome in the audit log', async () => {
    const id = await raise(person, 'cravings');
    const taken = await ctx.t.post(`/api/concerns/${id}/take`, {}, clinician.accessToken);
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ status: 'taken', takenBy: { id: clinician.id } });

    const bad = await ctx.t.post(
      `/api/concerns/${id}/resolve`,
      { outcome: 'shrugged', note: '' },
      clinician.accessToken,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/outcome/), expect.stringMatching(/note/)]),
    );

    const resolved = await ctx.t.post(
      `/api/concerns/${id}/resolve`,
      { outcome: 'reached_out', note: 'Called; talking at group tomorrow' },
      clinician.accessToken,
    );
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      outcome: 'reached_out',
      resolvedBy: { id: clinician.id },
    });
    expect((await listAs(clinician)).body.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await listAs(clinician, 'resolved')).body.map((c: { id: string }) => c.id)).toContain(id);
    const again = await ctx.t.post(
      `/api/concerns/${id}/resolve`,
      { outcome: 'reached_out', note: 'again' },
      admin.accessToken,
    );
    expect(again.status).toBe(409);

    const audit = await ctx.t.query(
      `SELECT action, actor_id, details FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'concern.taken', actor_id: clinician.id, details: {} },
      { action: 'concern.resolved', actor_id: clinician.id, details: { outcome: 'reached_out' } },
    ]);
  });

  it('is told to the admins, once, when nobody takes it within a day', async () => {
    const id = await raise(person, 'lapsed');
    const taken = await raise(peer, 'lapsed');
    await ctx.t.post(`/api/concerns/${taken}/take`, {}, clinician.accessToken);
    await ctx.t.query(`UPDATE care_concerns SET admins_due_at = now() - interval '1 minute' WHERE id = ANY($1)`, [
      [id, taken],
    ]);
    const socket = await connectSocket(ctx.t.baseUrl, admin.accessToken);
    const told = new Promise<{ id: string; adminsToldAt: string | null }>((resolve) =>
      socket.on('concern:updated', (c: { id: string; adminsToldAt: string | null }) => c.id === id && resolve(c)),
    );
    const concerns = ctx.t.app.get(ConcernsService);
    await Promise.all([concerns.tellAdminsDue(), concerns.tellAdminsDue()]);
    expect((await told).adminsToldAt).toEqual(expect.any(String));
    socket.disconnect();
    const audit = await ctx.t.query(`SELECT target_id FROM audit_log WHERE action = 'concern.told_admins'`);
    expect(audit).toEqual([{ target_id: id }]);
  });

  it('is in the person’s export and erased with their account', async () => {
    const member = await ctx.newMember({ cohort });
    await raise(member, 'use_reported');
    const exported = await ctx.t.get('/api/me/export', member.accessToken);
    expect(exported.body.careConcerns).toEqual([expect.objectContaining({ source: 'checkin', rule: 'use_reported' })]);
    expect((await ctx.t.delete('/api/me', { password: member.password }, member.accessToken)).status).toBe(204);
    expect(await ctx.t.query(`SELECT 1 FROM care_concerns WHERE person_id = $1`, [member.id])).toEqual([]);
  });
});
