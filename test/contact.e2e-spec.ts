import { randomUUID } from 'node:crypto';
import { newCrisisAlert, TestCohort, TestContext, TestUser } from './support/context';

const PHONE = '+1 (555) 010-0199';

describe('the contact phone the program keeps on file', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let person: TestUser;
  let peer: TestUser;
  let clinician: TestUser;
  let admin: TestUser;
  let moderator: TestUser;
  let otherClinician: TestUser;
  let otherMember: TestUser;
  let unattachedClinician: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    const elsewhere = await ctx.newCohort();
    person = await ctx.newMember({ cohort });
    peer = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
    admin = await ctx.newAdmin();
    moderator = await ctx.newModerator();
    otherClinician = await ctx.newClinician({ cohort: elsewhere });
    otherMember = await ctx.newMember({ cohort: elsewhere });
    unattachedClinician = await ctx.newClinician();
  });
  afterAll(() => ctx.close());

  const readAs = (viewer: TestUser | undefined, of: TestUser, query = '') =>
    ctx.t.get(`/api/users/${of.id}/contact${query}`, viewer?.accessToken);
  const auditsOf = (personId: string, action: string) =>
    ctx.t.query(`SELECT actor_id, details FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY id`, [
      action,
      personId,
    ]);

  it('lets a member set, read and clear their own phone, audited without the number', async () => {
    const member = await ctx.newMember({ cohort });
    expect((await ctx.t.get('/api/me/contact', member.accessToken)).body).toEqual({ phone: null, updatedAt: null });
    expect((await ctx.t.put('/api/me/contact', { phone: `  ${PHONE} ` }, member.accessToken)).status).toBe(204);
    const mine = await ctx.t.get('/api/me/contact', member.accessToken);
    expect(mine.body).toEqual({ phone: PHONE, updatedAt: expect.any(String) });
    expect((await readAs(member, member)).body.phone).toBe(PHONE);

    expect((await ctx.t.put('/api/me/contact', { phone: '' }, member.accessToken)).status).toBe(204);
    expect((await ctx.t.get('/api/me/contact', member.accessToken)).body.phone).toBeNull();
    expect((await ctx.t.put('/api/me/contact', { phone: '020 7946 0958' }, member.accessToken)).status).toBe(204);
    expect((await ctx.t.put('/api/me/contact', { phone: null }, member.accessToken)).status).toBe(204);
    expect(await ctx.t.query(`SELECT 1 FROM contact_details WHERE user_id = $1`, [member.id])).toEqual([]);

    const changes = await auditsOf(member.id, 'contact.changed');
    expect(changes).toEqual([
      { actor_id: member.id, details: { cleared: false, byThemselves: true } },
      { actor_id: member.id, details: { cleared: true, byThemselves: true } },
      { actor_id: member.id, details: { cleared: false, byThemselves: true } },
      { actor_id: member.id, details: { cleared: true, byThemselves: true } },
    ]);
    // The person reading their own phone is not a staff read.
    expect(await auditsOf(member.id, 'contact.read')).toEqual([]);
    expect(ctx.t.logs()).not.toContain('555) 010');
    expect(ctx.t.logs()).not.toContain('7946');
  });

  it('refuses what is not a phone number, naming the field and never echoing it', async () => {
    for (const phone of ['call me maybe', '12345', '1'.repeat(21), '+44 20 7946 0958 ext 12', '555.010.0199', 42]) {
      const res = await ctx.t.put('/api/me/contact', { phone }, person.accessToken);
      expect({ phone, status: res.status }).toEqual({ phone, status: 400 });
      const messages: string[] = [res.body.message].flat();
      expect(messages.every((m) => m.startsWith('phone '))).toBe(true);
      expect(messages.join(' ')).not.toContain(String(phone));
    }
    expect((await ctx.t.put('/api/me/contact', {}, person.accessToken)).status).toBe(400);
    const extra = await ctx.t.put('/api/me/contact', { phone: PHONE, email: 'a@b.test' }, person.accessToken);
    expect(extra.body.message).toEqual(['email should not exist']);
    expect((await ctx.t.get('/api/me/contact', person.accessToken)).body.phone).toBeNull();
  });

  it("is seen and set by the person, their cohort's clinicians and admins; anyone else gets 404", async () => {
    expect((await ctx.t.put(`/api/users/${person.id}/contact`, { phone: PHONE }, clinician.accessToken)).status).toBe(
      204,
    );
    for (const viewer of [person, clinician, admin]) {
      const res = await readAs(viewer, person);
      expect({ viewer: viewer.role, status: res.status, phone: res.body.phone }).toEqual({
        viewer: viewer.role,
        status: 200,
        phone: PHONE,
      });
    }
    for (const viewer of [moderator, otherClinician, unattachedClinician, peer, otherMember]) {
      const read = await readAs(viewer, person);
      const write = await ctx.t.put(`/api/users/${person.id}/contact`, { phone: '555 010 0100' }, viewer.accessToken);
      expect({ viewer: viewer.displayName, read: read.status, write: write.status }).toEqual({
        viewer: viewer.displayName,
        read: 404,
        write: 404,
      });
      expect(read.body.phone).toBeUndefined();
    }
    expect((await readAs(undefined, person)).status).toBe(401);
    expect((await ctx.t.get(`/api/users/${randomUUID()}/contact`, admin.accessToken)).status).toBe(404);
    expect((await readAs(admin, person, '?alertId=nope')).status).toBe(400);
    expect((await ctx.t.put(`/api/users/${person.id}/contact`, { phone: null }, admin.accessToken)).status).toBe(204);
    expect((await readAs(person, person)).body.phone).toBeNull();
    expect((await ctx.t.put(`/api/users/${person.id}/contact`, { phone: PHONE }, admin.accessToken)).status).toBe(204);

    // Once the person has left the cohort, its clinicians no longer see it.
    const leaving = await ctx.newMember({ cohort });
    await ctx.t.put('/api/me/contact', { phone: PHONE }, leaving.accessToken);
    expect((await readAs(clinician, leaving)).status).toBe(200);
    await ctx.t.query(`UPDATE cohort_memberships SET left_at = now(), left_reason = 'removed' WHERE user_id = $1`, [
      leaving.id,
    ]);
    expect((await readAs(clinician, leaving)).status).toBe(404);
  });

  it('audits every staff read against the person, and every change with who made it', async () => {
    const member = await ctx.newMember({ cohort });
    await ctx.t.put('/api/me/contact', { phone: PHONE }, member.accessToken);
    await readAs(clinician, member);
    await readAs(admin, member);
    await readAs(moderator, member);
    await readAs(member, member);
    expect(await auditsOf(member.id, 'contact.read')).toEqual([
      { actor_id: clinician.id, details: { as: 'care_team' } },
      { actor_id: admin.id, details: { as: 'admin' } },
    ]);
    await ctx.t.put(`/api/users/${member.id}/contact`, { phone: '555 010 0111' }, clinician.accessToken);
    expect((await auditsOf(member.id, 'contact.changed')).at(-1)).toEqual({
      actor_id: clinician.id,
      details: { cleared: false, byThemselves: false },
    });
    const entries = await ctx.t.query(`SELECT details::text AS d FROM audit_log WHERE target_id = $1`, [member.id]);
    expect(entries.map((e) => e.d).join(' ')).not.toMatch(/555|0199|0111/);
  });

  it('is read by on-duty staff paged for an open alert about the person, and only for that alert', async () => {
    const member = await ctx.newMember({ cohort });
    await ctx.t.put('/api/me/contact', { phone: PHONE }, member.accessToken);
    const alert = await newCrisisAlert(ctx, { author: member, cohort });
    const aboutSomeoneElse = await newCrisisAlert(ctx, { author: peer, cohort });
    const paged = `?alertId=${alert.id}`;

    expect((await readAs(moderator, member, paged)).status).toBe(404);
    await ctx.t.put('/api/staff/duty', { onDuty: true }, moderator.accessToken);
    try {
      const res = await readAs(moderator, member, paged);
      expect(res.status).toBe(200);
      expect(res.body.phone).toBe(PHONE);
      expect((await readAs(moderator, member)).status).toBe(404);
      expect((await readAs(moderator, member, `?alertId=${aboutSomeoneElse.id}`)).status).toBe(404);
      expect((await readAs(moderator, member, `?alertId=${randomUUID()}`)).status).toBe(404);
      // Paged to reach the person, not to change what the program keeps.
      expect(
        (await ctx.t.put(`/api/users/${member.id}/contact${paged}`, { phone: null }, moderator.accessToken)).status,
      ).toBe(404);
      expect((await readAs(peer, member, paged)).status).toBe(404);
      expect(await auditsOf(member.id, 'contact.read')).toEqual([
        { actor_id: moderator.id, details: { as: 'paged', alertId: alert.id } },
      ]);

      // Escalation pages every clinician, whatever their cohort.
      expect((await readAs(otherClinician, member, paged)).status).toBe(404);
      await ctx.t.query(`UPDATE crisis_alerts SET escalated_at = now() WHERE id = $1`, [alert.id]);
      expect((await readAs(otherClinician, member, paged)).status).toBe(200);

      // Once the alert is resolved, the paging is over.
      await ctx.t.query(`UPDATE crisis_alerts SET status = 'resolved', resolved_at = now() WHERE id = $1`, [alert.id]);
      expect((await readAs(moderator, member, paged)).status).toBe(404);
      expect((await readAs(otherClinician, member, paged)).status).toBe(404);
    } finally {
      await ctx.t.put('/api/staff/duty', { onDuty: false }, moderator.accessToken);
    }
  });

  it("is seen by the program's alumni care team for alumni, who have no cohort", async () => {
    const alumnus = await ctx.newAlumni();
    await ctx.t.put('/api/me/contact', { phone: PHONE }, alumnus.accessToken);
    const alumniClinician = await ctx.newClinician();
    expect((await readAs(alumniClinician, alumnus)).status).toBe(404);
    expect(
      (await ctx.t.put('/api/admin/settings', { alumniCareTeam: [alumniClinician.id] }, admin.accessToken)).status,
    ).toBe(200);
    try {
      expect((await readAs(alumniClinician, alumnus)).body.phone).toBe(PHONE);
      expect((await readAs(clinician, alumnus)).status).toBe(404);
      // Not for people with a cohort: their cohort's clinicians look after them.
      expect((await readAs(alumniClinician, person)).status).toBe(404);
    } finally {
      await ctx.t.put('/api/admin/settings', { alumniCareTeam: [] }, admin.accessToken);
    }
  });

  it('is in the export and erased with the account', async () => {
    const member = await ctx.newMember({ cohort });
    await ctx.t.put('/api/me/contact', { phone: PHONE }, member.accessToken);
    const exported = await ctx.t.get('/api/me/export', member.accessToken);
    expect(exported.body.contact).toEqual([{ phone: PHONE, updated_at: expect.any(String) }]);

    const deleted = await ctx.t.delete('/api/me', { password: member.password }, member.accessToken);
    expect(deleted.status).toBe(204);
    expect(await ctx.t.query(`SELECT 1 FROM contact_details WHERE user_id = $1`, [member.id])).toEqual([]);
    expect((await readAs(admin, member)).status).toBe(404);
  });
});
