import { connectSocket, disconnected, next } from './support/sockets';
import { TestCohort, TestContext, TestUser } from './support/context';
import { boardOf, startThread } from './support/forums';

describe('flags on people, the review queue and sanctions', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let moderator: TestUser;
  let clinician: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    moderator = await ctx.newModerator();
    clinician = await ctx.newClinician({ cohort });
  });
  afterAll(() => ctx.close());

  const flagUser = async (reporter: TestUser, target: TestUser, reason = 'harassment') =>
    ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: target.id, reason, note: 'said unkind things' },
      reporter.accessToken,
    );

  it('gathers flags on one target into one item with a weighted score; a person flags a target once', async () => {
    const target = await ctx.newMember({ cohort });
    const [a, b] = [await ctx.newMember({ cohort }), await ctx.newPeerMentor()];
    // The peer mentor met the target on the community board (a person one cannot see is 404).
    await startThread(ctx, target, await boardOf(ctx, 'community'));
    const first = await flagUser(a, target);
    expect(first.status).toBe(201);
    const second = await flagUser(b, target, 'spam');
    expect(second.body.reviewItemId).toBe(first.body.reviewItemId);
    expect((await flagUser(a, target)).status).toBe(409);
    const queue = await ctx.t.get('/api/moderation/queue', moderator.accessToken);
    const item = queue.body.find((i: { id: string }) => i.id === first.body.reviewItemId);
    expect(item).toMatchObject({
      targetType: 'user',
      targetId: target.id,
      score: 3,
      reasons: { harassment: 1, spam: 1 },
      status: 'open',
    });
    expect(item.flags.map((f: { weight: number }) => f.weight)).toEqual([1, 2]);
  });

  it('validates flags: reasons, target types and unknown targets', async () => {
    const member = await ctx.newMember({ cohort });
    expect(
      (
        await ctx.t.post(
          '/api/flags',
          { targetType: 'user', targetId: member.id, reason: 'boring' },
          member.accessToken,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await ctx.t.post(
          '/api/flags',
          { targetType: 'planet', targetId: member.id, reason: 'spam' },
          member.accessToken,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await ctx.t.post(
          '/api/flags',
          { targetType: 'user', targetId: '00000000-0000-4000-8000-000000000000', reason: 'spam' },
          member.accessToken,
        )
      ).status,
    ).toBe(404);
    expect(
      (await ctx.t.post('/api/flags', { targetType: 'user', targetId: member.id, reason: 'spam' }, member.accessToken))
        .status,
    ).toBe(400);
  });

  it('lets only staff see the queue; reporters stay anonymous to the author', async () => {
    const member = await ctx.newMember({ cohort });
    expect((await ctx.t.get('/api/moderation/queue', member.accessToken)).status).toBe(403);
    const mine = await ctx.t.get('/api/moderation/mine', member.accessToken);
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).not.toContain('reporter');
  });

  it('claims once: a second moderator gets 409 while it is claimed', async () => {
    const target = await ctx.newMember({ cohort });
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    expect((await ctx.t.post(`/api/moderation/queue/${reviewItemId}/claim`, {}, moderator.accessToken)).status).toBe(
      200,
    );
    const other = await ctx.newModerator();
    const res = await ctx.t.post(`/api/moderation/queue/${reviewItemId}/claim`, {}, other.accessToken);
    expect(res.status).toBe(409);
    expect(
      (
        await ctx.t.post(
          `/api/moderation/queue/${reviewItemId}/resolve`,
          { action: 'dismiss', reason: 'mine now' },
          other.accessToken,
        )
      ).status,
    ).toBe(409);
  });

  it('requires a reason and a duration where one applies', async () => {
    const target = await ctx.newMember({ cohort });
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    const noReason = await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'warn' },
      moderator.accessToken,
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^reason/)]));
    const noDuration = await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'mute', reason: 'cool off' },
      moderator.accessToken,
    );
    expect(noDuration.status).toBe(400);
    expect(
      (
        await ctx.t.post(
          `/api/moderation/queue/${reviewItemId}/resolve`,
          { action: 'hide', reason: 'x'.repeat(10) },
          moderator.accessToken,
        )
      ).status,
    ).toBe(400);
  });

  it('suspends at once: the open socket is told why, then disconnected, and sign-in is refused', async () => {
    const target = await ctx.newMember({ cohort });
    const socket = await connectSocket(ctx.t.baseUrl, target.accessToken);
    const told = next(socket, 'sanction');
    const gone = disconnected(socket);
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    const res = await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'suspend', reason: 'Harassing another member', durationMinutes: 60 },
      moderator.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'resolved',
      resolution: 'suspend',
      resolutionReason: 'Harassing another member',
      resolvedBy: { id: moderator.id },
    });
    expect(await told).toEqual({ kind: 'suspend', until: expect.any(String), reason: 'Harassing another member' });
    await gone;
    expect((await ctx.t.get('/api/me', target.accessToken)).status).toBe(401);
    const login = await ctx.t.post('/api/auth/login', { email: target.email, password: target.password });
    expect(login.status).toBe(403);
    expect(login.body.message).toMatch(/suspended until/);
    await expect(connectSocket(ctx.t.baseUrl, target.accessToken)).rejects.toMatchObject({
      data: { code: 'account_suspended' },
    });
  });

  it('lifts a suspension automatically when its time is up', async () => {
    const target = await ctx.newMember({ cohort });
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'suspend', reason: 'Cooling off', durationMinutes: 1 },
      moderator.accessToken,
    );
    await ctx.t.query(`UPDATE users SET status_until = now() - interval '1 second' WHERE id = $1`, [target.id]);
    const login = await ctx.t.post('/api/auth/login', { email: target.email, password: target.password });
    expect(login.status).toBe(200);
  });

  it('bans: only an admin; disconnects and refuses sign-in for good', async () => {
    const target = await ctx.newMember({ cohort });
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    const ban = (staff: TestUser, reason: string) =>
      ctx.t.post(`/api/moderation/queue/${reviewItemId}/resolve`, { action: 'ban', reason }, staff.accessToken);
    // A report about a member reaches their cohort's clinician and the moderators: neither may ban.
    for (const staff of [clinician, moderator]) {
      const refused = await ban(staff, 'Threats');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ message: 'Only an admin can ban', code: 'sanction_not_allowed' });
    }
    const socket = await connectSocket(ctx.t.baseUrl, target.accessToken);
    const gone = disconnected(socket);
    expect((await ban(await ctx.newAdmin(), 'Threats against members')).status).toBe(200);
    await gone;
    const login = await ctx.t.post('/api/auth/login', { email: target.email, password: target.password });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('account_banned');
  });

  it('leaves an appeal of a ban to admins: a moderator neither sees nor decides it', async () => {
    const admin = await ctx.newAdmin();
    const target = await ctx.newMember({ cohort });
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'ban', reason: 'Threats against members' },
      admin.accessToken,
    );
    // Banned people cannot sign in to appeal (they write or call); let them in for a moment to file it here.
    await ctx.t.query(`UPDATE users SET status = 'active' WHERE id = $1`, [target.id]);
    const { accessToken } = await ctx.signIn(target);
    const [sanction] = (await ctx.t.get('/api/moderation/mine', accessToken)).body.sanctions;
    const appeal = await ctx.t.post('/api/appeals', { sanctionId: sanction.id, text: 'It was a joke' }, accessToken);
    expect(appeal.status).toBe(201);
    await ctx.t.query(`UPDATE users SET status = 'banned' WHERE id = $1`, [target.id]);
    const appealId = appeal.body.id as string;
    const listed = (await ctx.t.get('/api/appeals', moderator.accessToken)).body.map((a: { id: string }) => a.id);
    expect(listed).not.toContain(appealId);
    for (const outcome of ['overturned', 'upheld']) {
      const refused = await ctx.t.post(
        `/api/appeals/${appealId}/decide`,
        { outcome, reason: 'Looked again' },
        moderator.accessToken,
      );
      expect(refused.status).toBe(403);
    }
    expect((await ctx.t.query(`SELECT status FROM users WHERE id = $1`, [target.id]))[0].status).toBe('banned');
    const other = await ctx.newAdmin();
    expect((await ctx.t.get('/api/appeals', other.accessToken)).body.map((a: { id: string }) => a.id)).toContain(
      appealId,
    );
    const decided = await ctx.t.post(
      `/api/appeals/${appealId}/decide`,
      { outcome: 'overturned', reason: 'A misread joke' },
      other.accessToken,
    );
    expect(decided.status).toBe(200);
    expect((await ctx.t.query(`SELECT status FROM users WHERE id = $1`, [target.id]))[0].status).toBe('active');
  });

  it('tells the author what, why and until when, and records it in their history; reporters learn only that it was handled', async () => {
    const target = await ctx.newMember({ cohort });
    const reporter = await ctx.newMember({ cohort });
    const authorSocket = await connectSocket(ctx.t.baseUrl, target.accessToken);
    const reporterSocket = await connectSocket(ctx.t.baseUrl, reporter.accessToken);
    const authorNotice = next(authorSocket, 'moderation:notice');
    const reporterNotice = next(reporterSocket, 'moderation:notice');
    const { reviewItemId } = (await flagUser(reporter, target)).body;
    await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'mute', reason: 'Please keep it kind', durationMinutes: 30 },
      moderator.accessToken,
    );
    expect(await authorNotice).toMatchObject({
      kind: 'decision',
      action: 'mute',
      reason: 'Please keep it kind',
      until: expect.any(String),
    });
    const handled = await reporterNotice;
    expect(handled).toEqual({ kind: 'report_handled', summary: expect.any(String) });
    const notices = (await ctx.t.get('/api/notifications', target.accessToken)).body.notifications;
    expect(notices[0]).toMatchObject({
      kind: 'moderation',
      link: '/moderation/mine',
      text: expect.stringContaining('Please keep it kind'),
      until: expect.any(String),
    });
    // The end travels as a time for the reader's own clock, never as UTC words in the text.
    expect(notices[0].text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const reporterNotices = (await ctx.t.get('/api/notifications', reporter.accessToken)).body.notifications;
    expect(reporterNotices[0]).toMatchObject({
      kind: 'report_handled',
      text: expect.stringMatching(/report you made has been reviewed/),
    });
    expect(reporterNotices[0].text).not.toContain('Please keep it kind');
    const history = await ctx.t.get('/api/moderation/mine', target.accessToken);
    expect(history.body.sanctions[0]).toMatchObject({ kind: 'mute', reason: 'Please keep it kind', active: true });
    authorSocket.close();
    reporterSocket.close();
  });

  it('takes appeals once, decided by someone other than who acted; an overturned sanction is lifted', async () => {
    const target = await ctx.newMember({ cohort });
    const { reviewItemId } = (await flagUser(await ctx.newMember({ cohort }), target)).body;
    await ctx.t.post(
      `/api/moderation/queue/${reviewItemId}/resolve`,
      { action: 'suspend', reason: 'Spamming links', durationMinutes: 120 },
      moderator.accessToken,
    );
    // Suspended people cannot sign in; appeals of a suspension come after it (or by email). Lift to appeal here:
    await ctx.t.query(`UPDATE users SET status = 'active', status_until = NULL WHERE id = $1`, [target.id]);
    const { accessToken } = await ctx.signIn(target);
    const [sanction] = (await ctx.t.get('/api/moderation/mine', accessToken)).body.sanctions;
    const appeal = await ctx.t.post(
      '/api/appeals',
      { sanctionId: sanction.id, text: 'It was a resource list, not spam.' },
      accessToken,
    );
    expect(appeal.status).toBe(201);
    expect((await ctx.t.post('/api/appeals', { sanctionId: sanction.id, text: 'again' }, accessToken)).status).toBe(
      409,
    );
    const open = await ctx.t.get('/api/appeals', moderator.accessToken);
    expect(open.body.map((a: { id: string }) => a.id)).toContain(appeal.body.id);
    const own = await ctx.t.post(
      `/api/appeals/${appeal.body.id}/decide`,
      { outcome: 'overturned', reason: 'I was wrong' },
      moderator.accessToken,
    );
    expect(own.status).toBe(403);
    const admin = await ctx.newAdmin();
    const decided = await ctx.t.post(
      `/api/appeals/${appeal.body.id}/decide`,
      { outcome: 'overturned', reason: 'The links were helpful resources' },
      admin.accessToken,
    );
    expect(decided.status).toBe(200);
    const after = (await ctx.t.get('/api/moderation/mine', accessToken)).body.sanctions[0];
    expect(after).toMatchObject({ active: false, liftedAt: expect.any(String), appeal: { status: 'overturned' } });
    const audit = await ctx.t.query(`SELECT action FROM audit_log WHERE target_id = $1`, [appeal.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['appeal.created', 'appeal.overturned']);
  });
});

describe('audit log', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const admin = await ctx.newAdmin();
    await ctx.t.post('/api/cohorts', { name: 'Audited' }, admin.accessToken);
    const [row] = await ctx.t.query(`SELECT id FROM audit_log ORDER BY id DESC LIMIT 1`);
    await expect(ctx.t.query(`UPDATE audit_log SET action = 'nothing' WHERE id = $1`, [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.t.query(`DELETE FROM audit_log WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(ctx.t.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await ctx.t.query(`SELECT action FROM audit_log WHERE id = $1`, [row.id])).toEqual([
      { action: 'cohort.created' },
    ]);
  });

  it('is readable by staff, newest first with a cursor; clinicians see only their cohorts', async () => {
    const admin = await ctx.newAdmin();
    const mine = await ctx.newCohort();
    const theirs = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort: mine });
    await ctx.t.post(`/api/cohorts/${mine.id}/invites`, {}, admin.accessToken);
    await ctx.t.post(`/api/cohorts/${theirs.id}/invites`, {}, admin.accessToken);
    const first = await ctx.t.get('/api/moderation/log?limit=1', admin.accessToken);
    expect(first.body.entries).toHaveLength(1);
    expect(first.body.entries[0]).toMatchObject({ action: 'invite.issued', actor: { id: admin.id } });
    const second = await ctx.t.get(`/api/moderation/log?limit=1&cursor=${first.body.nextCursor}`, admin.accessToken);
    expect(Number(second.body.entries[0].id)).toBeLessThan(Number(first.body.entries[0].id));
    const scoped = await ctx.t.get('/api/moderation/log', clinician.accessToken);
    expect(scoped.body.entries.every((e: { cohortId: string }) => e.cohortId === mine.id)).toBe(true);
    expect((await ctx.t.get('/api/moderation/log', (await ctx.newMember({ cohort: mine })).accessToken)).status).toBe(
      403,
    );
    expect((await ctx.t.get('/api/moderation/log?cursor=abc', admin.accessToken)).status).toBe(400);
  });
});

describe('staff coverage and blocks', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('shows members whether staff who look after them are on duty', async () => {
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const clinician = await ctx.newClinician({ cohort });
    const elsewhere = await ctx.newClinician({ cohort: await ctx.newCohort() });
    expect((await ctx.t.get('/api/staff/duty', member.accessToken)).body).toEqual({
      onDuty: false,
      staffOnDuty: false,
      count: 0,
    });
    await ctx.t.put('/api/staff/duty', { onDuty: true }, elsewhere.accessToken);
    expect((await ctx.t.get('/api/staff/duty', member.accessToken)).body.staffOnDuty).toBe(false);
    const on = await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken);
    expect(on.body).toMatchObject({ onDuty: true, staffOnDuty: true });
    // Staff see everyone on duty, across cohorts.
    expect(on.body.staff).toEqual(
      expect.arrayContaining([expect.objectContaining({ displayName: clinician.displayName, role: 'clinician' })]),
    );
    expect((await ctx.t.get('/api/staff/duty', member.accessToken)).body).toEqual({
      onDuty: false,
      staffOnDuty: true,
      count: 1,
    });
    expect((await ctx.t.put('/api/staff/duty', { onDuty: true }, member.accessToken)).status).toBe(403);
    expect((await ctx.t.put('/api/staff/duty', { onDuty: 'yes' }, clinician.accessToken)).status).toBe(400);
  });

  it('lets a member block and unblock a peer, but never staff', async () => {
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const peer = await ctx.newMember({ cohort });
    const res = await ctx.t.post('/api/blocks', { userId: peer.id }, member.accessToken);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: peer.id, displayName: peer.displayName });
    expect((await ctx.t.post('/api/blocks', { userId: peer.id }, member.accessToken)).status).toBe(201);
    expect((await ctx.t.get('/api/blocks', member.accessToken)).body).toHaveLength(1);
    expect(
      (await ctx.t.post('/api/blocks', { userId: (await ctx.newModerator()).id }, member.accessToken)).status,
    ).toBe(403);
    expect((await ctx.t.post('/api/blocks', { userId: member.id }, member.accessToken)).status).toBe(400);
    expect((await ctx.t.delete(`/api/blocks/${peer.id}`, undefined, member.accessToken)).status).toBe(204);
    expect((await ctx.t.get('/api/blocks', member.accessToken)).body).toEqual([]);
  });
});

describe('moderation dashboard', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('reports open alerts with their age, medians to acknowledge and resolve, and the queue by reason', async () => {
    const moderator = await ctx.newModerator();
    const cohort = await ctx.newCohort();
    const author = await ctx.newMember({ cohort });
    const insert = (minutesAgo: number, ackAfter: number | null, resolveAfter: number | null) =>
      ctx.t.query(
        `INSERT INTO crisis_alerts (target_type, target_id, author_id, cohort_id, categories, status, created_at, escalate_at, acknowledged_at, resolved_at)
         VALUES ('message', gen_random_uuid(), $1, $2, '{suicidal_ideation}', $3, now() - make_interval(mins => $4), now(),
                 CASE WHEN $5::int IS NULL THEN NULL ELSE now() - make_interval(mins => $4) + make_interval(secs => $5) END,
                 CASE WHEN $6::int IS NULL THEN NULL ELSE now() - make_interval(mins => $4) + make_interval(secs => $6) END)`,
        [
          author.id,
          cohort.id,
          resolveAfter !== null ? 'resolved' : ackAfter !== null ? 'acknowledged' : 'open',
          minutesAgo,
          ackAfter,
          resolveAfter,
        ],
      );
    await insert(60 * 24 * 2, 60, 600);
    await insert(60 * 24 * 3, 120, 1200);
    await insert(60 * 24 * 20, 300, 3000);
    await insert(5, null, null);
    await ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: author.id, reason: 'spam' },
      (await ctx.newMember({ cohort })).accessToken,
    );
    const res = await ctx.t.get('/api/moderation/stats', moderator.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.openAlerts).toHaveLength(1);
    expect(res.body.openAlerts[0].ageSeconds).toBeGreaterThanOrEqual(299);
    expect(res.body.timeToAcknowledge).toEqual({ last7Days: 90, last30Days: 120 });
    expect(res.body.timeToResolve).toEqual({ last7Days: 900, last30Days: 1200 });
    expect(res.body.alertsLast30Days).toBe(4);
    expect(res.body.queueByReason).toEqual({ spam: 1 });
    expect(res.body.queueSize).toBe(1);
  });

  it('counts for a clinician only the cohorts they facilitate, and every escalated alert', async () => {
    const cohort = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort });
    const elsewhere = await ctx.newClinician({ cohort: await ctx.newCohort() });
    const author = await ctx.newMember({ cohort });
    const alert = (escalated: boolean) =>
      ctx.t.query(
        `INSERT INTO crisis_alerts (target_type, target_id, author_id, cohort_id, categories, status, escalate_at, escalated_at)
         VALUES ('message', gen_random_uuid(), $1, $2, '{self_harm}', 'open', now(), CASE WHEN $3 THEN now() END)`,
        [author.id, cohort.id, escalated],
      );
    await alert(false);
    await alert(true);
    await ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: author.id, reason: 'harassment' },
      (await ctx.newMember({ cohort })).accessToken,
    );
    const mine = await ctx.t.get('/api/moderation/stats', clinician.accessToken);
    expect(mine.body).toMatchObject({ alertsLast30Days: 2, queueSize: 1, queueByReason: { harassment: 1 } });
    expect(mine.body.openAlerts).toHaveLength(2);
    const theirs = await ctx.t.get('/api/moderation/stats', elsewhere.accessToken);
    expect(theirs.body).toMatchObject({ alertsLast30Days: 0, queueSize: 0, queueByReason: {} });
    expect(theirs.body.openAlerts).toHaveLength(1);
    expect(theirs.body.openAlerts[0].escalated).toBe(true);
  });
});
