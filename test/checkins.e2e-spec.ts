import { CheckinsService } from '../src/checkins/checkins.service';
import { SettingsService } from '../src/settings/settings.service';
import { TestCohort, TestContext, TestUser } from './support/context';
import { connectSocket } from './support/sockets';
import { quietPeriod, waitFor } from './support/wait';

/** Check-ins on earlier days of the program's calendar, as the person made them then. */
async function pastCheckins(
  ctx: TestContext,
  user: TestUser,
  days: { daysAgo: number; mood: number; craving?: number; used?: boolean; shareMood?: boolean }[],
): Promise<void> {
  const tz = await ctx.t.app.get(SettingsService).timeZone();
  for (const d of days) {
    await ctx.t.query(
      `INSERT INTO checkins (user_id, day, mood, craving, used, share_mood)
       VALUES ($1, (now() AT TIME ZONE $2)::date - $3::int, $4, $5, $6, $7)`,
      [user.id, tz, d.daysAgo, d.mood, d.craving ?? 2, d.used ?? null, d.shareMood ?? false],
    );
  }
}

const concernsAbout = (ctx: TestContext, person: TestUser, rule: string) =>
  ctx.t.query<{ id: string; status: string; details: { trend?: unknown[] } }>(
    `SELECT id, status, details FROM care_concerns WHERE person_id = $1 AND rule = $2 ORDER BY created_at`,
    [person.id, rule],
  );

describe('daily check-ins', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let elsewhere: TestCohort;
  let member: TestUser;
  let peer: TestUser;
  let clinician: TestUser;
  let otherClinician: TestUser;
  let otherMember: TestUser;
  let moderator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    elsewhere = await ctx.newCohort();
    member = await ctx.newMember({ cohort });
    peer = await ctx.newMember({ cohort });
    clinician = await ctx.newClinician({ cohort });
    otherClinician = await ctx.newClinician({ cohort: elsewhere });
    otherMember = await ctx.newMember({ cohort: elsewhere });
    moderator = await ctx.newModerator();
    admin = await ctx.newAdmin();
  });
  afterAll(() => ctx.close());

  const checkIn = (user: TestUser, body: Record<string, unknown>) =>
    ctx.t.post('/api/checkins', body, user.accessToken);

  it('keeps one check-in a day: a second the same day replaces the first', async () => {
    const first = await checkIn(member, { mood: 4, craving: 2, sleepHours: 7.5, shareMood: true });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      mood: 4,
      craving: 2,
      sleepHours: 7.5,
      used: null,
      note: null,
      shareMood: true,
      replaced: false,
      support: { now: false, resources: [], careLine: { path: '/care' } },
    });
    expect(first.body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const second = await checkIn(member, {
      mood: 3,
      craving: 4,
      used: false,
      note: 'Slept badly, went to my meeting',
      shareMood: true,
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, date: first.body.date, mood: 3, replaced: true });

    const mine = await ctx.t.get('/api/checkins/me?days=30', member.accessToken);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      expect.objectContaining({ id: first.body.id, mood: 3, craving: 4, sleepHours: null, used: false }),
    ]);
    expect(await ctx.t.query(`SELECT count(*)::int AS n FROM checkins WHERE user_id = $1`, [member.id])).toEqual([
      { n: 1 },
    ]);
    // The note is health data: never in the logs.
    expect(ctx.t.logs()).not.toContain('went to my meeting');
  });

  it('refuses bad input with field-level messages and writes nothing; staff do not check in', async () => {
    const someone = await ctx.newMember({ cohort });
    const bad = await checkIn(someone, { mood: 7, craving: 11, sleepHours: 30, used: 'yes', note: 'x'.repeat(501) });
    expect(bad.status).toBe(400);
    const messages: string[] = [bad.body.message].flat();
    for (const field of ['mood', 'craving', 'sleepHours', 'used', 'note']) {
      expect(messages.some((m) => m.startsWith(`${field} `))).toBe(true);
    }
    expect((await checkIn(someone, { mood: 3 })).status).toBe(400);
    expect((await checkIn(someone, { mood: 3, craving: 1, extra: 1 })).body.message).toEqual([
      'extra should not exist',
    ]);
    expect((await ctx.t.get('/api/checkins/me?days=0', someone.accessToken)).status).toBe(400);
    expect((await ctx.t.get('/api/checkins/me?days=abc', someone.accessToken)).status).toBe(400);
    expect(await ctx.t.query(`SELECT 1 FROM checkins WHERE user_id = $1`, [someone.id])).toEqual([]);
    expect((await checkIn(clinician, { mood: 3, craving: 1 })).status).toBe(403);
  });

  it('shows the crisis resources and the care-team line at once for urges of 8+, use or mood 1', async () => {
    const someone = await ctx.newMember({ cohort });
    for (const body of [
      { mood: 1, craving: 0 },
      { mood: 4, craving: 8 },
      { mood: 4, craving: 0, used: true },
    ]) {
      const res = await checkIn(someone, body);
      expect(res.body.support).toEqual({
        now: true,
        resources: expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]),
        careLine: { path: '/care' },
      });
    }
    expect((await checkIn(someone, { mood: 2, craving: 7, used: false })).body.support.now).toBe(false);
  });

  it('shows the cohort only the moods shared with it, never urges, use or notes', async () => {
    await checkIn(peer, { mood: 2, craving: 9, used: true, note: 'Private words for my clinician' });
    const asPeer = await ctx.t.get(`/api/cohorts/${cohort.id}/checkins`, peer.accessToken);
    expect(asPeer.status).toBe(200);
    expect(asPeer.body).toMatchObject({ scope: 'cohort', checkedInToday: expect.any(Number) });
    expect(asPeer.body.memberCount).toBeGreaterThanOrEqual(2);
    expect(asPeer.body.checkedInToday).toBeGreaterThanOrEqual(2);
    expect(asPeer.body.members).toEqual(
      expect.arrayContaining([
        { user: { id: member.id, displayName: member.displayName }, date: expect.any(String), mood: 3 },
      ]),
    );
    // The peer did not share: their mood is nowhere in the cohort's view.
    expect(asPeer.body.members.map((m: { user: { id: string } }) => m.user.id)).not.toContain(peer.id);
    for (const viewer of [peer, member, moderator]) {
      const res = await ctx.t.get(`/api/cohorts/${cohort.id}/checkins?days=90`, viewer.accessToken);
      expect(res.status).toBe(200);
      expect(res.body.scope).toBe('cohort');
      const text = JSON.stringify(res.body);
      for (const word of ['craving', 'used', 'note', 'Private words', 'sleepHours']) {
        expect(text).not.toContain(word);
      }
    }
    // Other cohorts, their clinicians and alumni do not learn the cohort exists.
    for (const viewer of [otherMember, otherClinician, await ctx.newAlumni()]) {
      expect((await ctx.t.get(`/api/cohorts/${cohort.id}/checkins`, viewer.accessToken)).status).toBe(404);
    }
  });

  it('tells the cohort live that someone checked in, without saying who or what', async () => {
    const watching = await connectSocket(ctx.t.baseUrl, peer.accessToken);
    const elsewhereSocket = await connectSocket(ctx.t.baseUrl, otherMember.accessToken);
    const heard: unknown[] = [];
    const elsewhereHeard: unknown[] = [];
    watching.on('checkins:changed', (p: unknown) => heard.push(p));
    elsewhereSocket.on('checkins:changed', (p: unknown) => elsewhereHeard.push(p));
    try {
      const someone = await ctx.newMember({ cohort });
      expect((await checkIn(someone, { mood: 2, craving: 9, used: true, note: 'Only for my clinician' })).status).toBe(
        201,
      );
      await waitFor('the cohort told', () => (heard.length > 0 ? heard : undefined));
      expect(heard).toEqual([{ cohortId: cohort.id }]);
      await quietPeriod();
      expect(elsewhereHeard).toEqual([]);
    } finally {
      watching.disconnect();
      elsewhereSocket.disconnect();
    }
  });

  it('shows the care team every field, and nobody else a person’s check-ins', async () => {
    for (const viewer of [clinician, admin]) {
      const res = await ctx.t.get(`/api/cohorts/${cohort.id}/checkins?days=90`, viewer.accessToken);
      expect(res.status).toBe(200);
      expect(res.body.scope).toBe('care_team');
      expect(res.body.days).toHaveLength(90);
      expect(res.body.days.at(-1)).toBe(res.body.today);
      const row = res.body.members.find((m: { user: { id: string } }) => m.user.id === peer.id);
      expect(row.checkins).toEqual([
        expect.objectContaining({ mood: 2, craving: 9, used: true, note: 'Private words for my clinician' }),
      ]);
      // The grid's body is PostgreSQL's JSON passed through: still JSON, the cell's fields and no others.
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(Object.keys(row.checkins[0]).sort()).toEqual(['craving', 'date', 'mood', 'note', 'sleepHours', 'used']);
      const members = res.body.members as { user: { displayName: string }; checkins: { date: string }[] }[];
      expect(res.body.memberCount).toBe(members.length);
      expect(res.body.checkedInToday).toBe(members.filter((m) => m.checkins[0]?.date === res.body.today).length);
      const names = members.map((m) => m.user.displayName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    }
    const person = await ctx.t.get(`/api/users/${peer.id}/checkins?days=90`, clinician.accessToken);
    expect(person.status).toBe(200);
    expect(person.body).toMatchObject({ user: { id: peer.id }, checkins: [expect.objectContaining({ used: true })] });
    for (const viewer of [moderator, otherClinician, member, otherMember]) {
      expect((await ctx.t.get(`/api/users/${peer.id}/checkins`, viewer.accessToken)).status).toBe(404);
    }
    expect((await ctx.t.get(`/api/users/${peer.id}/checkins`, peer.accessToken)).status).toBe(200);
  });

  it('reckons the grid’s today in the program’s time zone, as check-ins are stored, and the cohort’s count agrees', async () => {
    const own = await ctx.newCohort();
    const person = await ctx.newMember({ cohort: own });
    const facilitator = await ctx.newClinician({ cohort: own });
    const setZone = (timeZone: string) => ctx.t.put('/api/admin/settings', { timeZone }, admin.accessToken);
    const grid = async () =>
      (await ctx.t.get(`/api/cohorts/${own.id}/checkins?days=7`, facilitator.accessToken)).body as {
        today: string;
        checkedInToday: number;
        days: string[];
        members: { checkins: { date: string }[] }[];
      };
    const before = (await ctx.t.get('/api/admin/settings', admin.accessToken)).body.timeZone as string;
    try {
      // UTC+14: a calendar day ahead of most of the world for most of the day.
      expect((await setZone('Pacific/Kiritimati')).status).toBe(200);
      const made = await checkIn(person, { mood: 3, craving: 1 });
      expect(made.status).toBe(201);
      const ahead = await grid();
      const cohortView = (await ctx.t.get(`/api/cohorts/${own.id}/checkins`, person.accessToken)).body;
      expect(ahead.today).toBe(made.body.date);
      expect(cohortView.today).toBe(ahead.today);
      expect(ahead.checkedInToday).toBe(1);
      expect(cohortView.checkedInToday).toBe(1);
      expect(ahead.members[0].checkins.map((c) => c.date)).toEqual([made.body.date]);
      // UTC-11, 25 hours behind: its today is a day or two earlier, so that check-in is not yet "today" there.
      expect((await setZone('Pacific/Pago_Pago')).status).toBe(200);
      const behind = await grid();
      expect(behind.today < made.body.date).toBe(true);
      expect(behind.days.at(-1)).toBe(behind.today);
      expect(behind.checkedInToday).toBe(0);
      expect(behind.members[0].checkins).toEqual([]);
      expect((await ctx.t.get(`/api/cohorts/${own.id}/checkins`, person.accessToken)).body).toMatchObject({
        today: behind.today,
        checkedInToday: 0,
      });
    } finally {
      await setZone(before);
    }
  });

  it('audits every staff view of a member’s check-ins, and not the member’s own', async () => {
    const watched = await ctx.newMember({ cohort });
    await ctx.t.get(`/api/cohorts/${cohort.id}/checkins`, clinician.accessToken);
    await ctx.t.get(`/api/users/${watched.id}/checkins?days=90`, admin.accessToken);
    await ctx.t.get(`/api/users/${watched.id}/checkins`, watched.accessToken);
    await ctx.t.get(`/api/cohorts/${cohort.id}/checkins`, watched.accessToken);
    const audit = await ctx.t.query(
      `SELECT actor_id, cohort_id, details FROM audit_log WHERE action = 'checkins.viewed' AND target_id = $1 ORDER BY id`,
      [watched.id],
    );
    expect(audit).toEqual([
      { actor_id: clinician.id, cohort_id: cohort.id, details: { via: 'cohort', days: 30 } },
      { actor_id: admin.id, cohort_id: cohort.id, details: { via: 'person', days: 90 } },
    ]);
    // A refused look is no view.
    await ctx.t.get(`/api/users/${watched.id}/checkins`, otherClinician.accessToken);
    expect(
      await ctx.t.query(`SELECT 1 FROM audit_log WHERE action = 'checkins.viewed' AND actor_id = $1`, [
        otherClinician.id,
      ]),
    ).toEqual([]);
  });

  it('raises one concern per episode for three low days in a row, with the trend, for the care team only', async () => {
    const low = await ctx.newMember({ cohort });
    await pastCheckins(ctx, low, [
      { daysAgo: 2, mood: 2 },
      { daysAgo: 1, mood: 1 },
    ]);
    await checkIn(low, { mood: 2, craving: 1 });
    await checkIn(low, { mood: 1, craving: 1 }); // the same episode
    let concerns = await concernsAbout(ctx, low, 'low_mood_3_days');
    expect(concerns).toHaveLength(1);
    expect(concerns[0].details.trend).toHaveLength(3);
    const listed = await ctx.t.get('/api/concerns', clinician.accessToken);
    expect(listed.body.map((c: { id: string }) => c.id)).toContain(concerns[0].id);
    expect(
      (await ctx.t.get('/api/concerns', otherClinician.accessToken)).body.map((c: { id: string }) => c.id),
    ).not.toContain(concerns[0].id);
    expect((await ctx.t.get('/api/concerns', moderator.accessToken)).status).toBe(403);

    // A better check-in ends the episode; a low one after it starts a new one.
    await checkIn(low, { mood: 4, craving: 1 });
    await checkIn(low, { mood: 2, craving: 1 });
    concerns = await concernsAbout(ctx, low, 'low_mood_3_days');
    expect(concerns).toHaveLength(2);
  });

  it('raises one concern per episode for urges of 8 or more, and for reported use', async () => {
    const urges = await ctx.newMember({ cohort });
    await checkIn(urges, { mood: 3, craving: 8 });
    await checkIn(urges, { mood: 3, craving: 10 });
    expect(await concernsAbout(ctx, urges, 'cravings')).toHaveLength(1);
    await checkIn(urges, { mood: 3, craving: 3 });
    await checkIn(urges, { mood: 3, craving: 9 });
    expect(await concernsAbout(ctx, urges, 'cravings')).toHaveLength(2);

    const used = await ctx.newMember({ cohort });
    await checkIn(used, { mood: 3, craving: 2, used: true });
    await checkIn(used, { mood: 2, craving: 2, used: true });
    const concerns = await concernsAbout(ctx, used, 'reported_use');
    expect(concerns).toHaveLength(1);
    // Part 2 data: the care team's queue, never a moderator's.
    const asClinician = await ctx.t.get('/api/concerns', clinician.accessToken);
    expect(asClinician.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: concerns[0].id,
          source: 'checkin',
          rule: 'reported_use',
          person: { id: used.id, displayName: used.displayName },
        }),
      ]),
    );
  });

  it('screens the note like any message: a crisis takes the crisis lane, a worry becomes a concern', async () => {
    const writer = await ctx.newMember({ cohort });
    const urgent = await checkIn(writer, {
      mood: 2,
      craving: 3,
      note: 'I have pills saved up and I am going to take them all tonight',
    });
    expect(urgent.status).toBe(201);
    expect(urgent.body.support.now).toBe(true);
    expect(urgent.body.support.resources.length).toBeGreaterThan(0);
    const alerts = await ctx.t.query(
      `SELECT target_type, target_id, cohort_id, categories FROM crisis_alerts WHERE author_id = $1`,
      [writer.id],
    );
    expect(alerts).toEqual([
      {
        target_type: 'checkin',
        target_id: urgent.body.id,
        cohort_id: cohort.id,
        categories: expect.arrayContaining(['overdose']),
      },
    ]);
    // The alert reaches staff without the note's words.
    const listed = await ctx.t.get('/api/alerts', admin.accessToken);
    const alert = listed.body.find((a: { target: { id: string } }) => a.target.id === urgent.body.id);
    expect(alert.target).toMatchObject({
      type: 'checkin',
      excerpt: expect.stringMatching(/^In a daily check-in note/),
    });
    expect(JSON.stringify(alert)).not.toContain('pills');
    // Opening the situation: no conversation around a note, and still not its words.
    const detail = await ctx.t.get(`/api/alerts/${alert.id}`, admin.accessToken);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ context: [], cohort: { id: cohort.id } });
    expect(JSON.stringify(detail.body)).not.toContain('pills');

    const worried = await ctx.newMember({ cohort });
    const concern = await checkIn(worried, {
      mood: 3,
      craving: 1,
      note: 'I keep thinking everyone would be better off without me',
    });
    expect(concern.status).toBe(201);
    expect(await concernsAbout(ctx, worried, 'note')).toHaveLength(1);
    expect(await ctx.t.query(`SELECT 1 FROM crisis_alerts WHERE author_id = $1`, [worried.id])).toEqual([]);
  });

  it('lets alumni check in: their care team is the program’s alumni care team', async () => {
    const alumnus = await ctx.newAlumni();
    const alumniClinician = await ctx.newClinician();
    expect(
      (await ctx.t.put('/api/admin/settings', { alumniCareTeam: [alumniClinician.id] }, admin.accessToken)).status,
    ).toBe(200);
    try {
      expect((await checkIn(alumnus, { mood: 3, craving: 2, used: true })).status).toBe(201);
      const [concern] = await concernsAbout(ctx, alumnus, 'reported_use');
      expect(concern).toBeDefined();
      const listed = await ctx.t.get('/api/concerns', alumniClinician.accessToken);
      expect(listed.body.map((c: { id: string }) => c.id)).toContain(concern.id);
      expect(
        (await ctx.t.get('/api/concerns', clinician.accessToken)).body.map((c: { id: string }) => c.id),
      ).not.toContain(concern.id);
      expect((await ctx.t.get(`/api/users/${alumnus.id}/checkins`, alumniClinician.accessToken)).status).toBe(200);
      expect((await ctx.t.get(`/api/users/${alumnus.id}/checkins`, clinician.accessToken)).status).toBe(404);
    } finally {
      await ctx.t.put('/api/admin/settings', { alumniCareTeam: [] }, admin.accessToken);
    }
  });

  it('exports a person’s check-ins and erases them with the account', async () => {
    const leaving = await ctx.newMember({ cohort });
    await pastCheckins(ctx, leaving, [{ daysAgo: 1, mood: 4 }]);
    await checkIn(leaving, { mood: 5, craving: 0, note: 'A good day', used: true });
    const exported = await ctx.t.get('/api/me/export', leaving.accessToken);
    expect(exported.status).toBe(200);
    expect(exported.body.checkins).toEqual([
      expect.objectContaining({ mood: 4 }),
      expect.objectContaining({ mood: 5, note: 'A good day', used: true }),
    ]);
    expect(await ctx.t.query(`SELECT 1 FROM checkin_episodes WHERE user_id = $1`, [leaving.id])).toHaveLength(1);
    expect((await ctx.t.delete('/api/me', { password: leaving.password }, leaving.accessToken)).status).toBe(204);
    expect(await ctx.t.query(`SELECT 1 FROM checkins WHERE user_id = $1`, [leaving.id])).toEqual([]);
    expect(await ctx.t.query(`SELECT 1 FROM checkin_episodes WHERE user_id = $1`, [leaving.id])).toEqual([]);
  });
});

describe('a regular check-in that stops: a durable check', () => {
  it('raises one concern after three silent days, across restarts, and a new check-in ends the episode', async () => {
    let ctx = await TestContext.start();
    const cohort = await ctx.newCohort();
    const person = await ctx.newMember({ cohort });
    const irregular = await ctx.newMember({ cohort });
    const clinician = await ctx.newClinician({ cohort });
    // Five of the seven days up to four days ago, then nothing; the other checked in only twice.
    await pastCheckins(
      ctx,
      person,
      [10, 9, 8, 6, 4].map((daysAgo) => ({ daysAgo, mood: 3 })),
    );
    await pastCheckins(
      ctx,
      irregular,
      [9, 4].map((daysAgo) => ({ daysAgo, mood: 3 })),
    );
    const database = { name: ctx.t.databaseName, url: ctx.t.databaseUrl };

    // Stopped before the minute's check ran: the next process finds it at start.
    await ctx.t.close({ keepDatabase: true });
    ctx = await TestContext.start({}, database);
    try {
      const concerns = await waitFor('the stop concern', async () => {
        const found = await concernsAbout(ctx, person, 'stopped_checking_in');
        return found.length > 0 ? found : undefined;
      });
      expect(concerns).toHaveLength(1);
      await ctx.t.app.get(CheckinsService).checkStopped();
      expect(await concernsAbout(ctx, person, 'stopped_checking_in')).toHaveLength(1);
      expect(await concernsAbout(ctx, irregular, 'stopped_checking_in')).toEqual([]);

      // Once per episode, restart or not.
      await ctx.t.close({ keepDatabase: true });
      ctx = await TestContext.start({}, database);
      await ctx.t.app.get(CheckinsService).checkStopped();
      expect(await concernsAbout(ctx, person, 'stopped_checking_in')).toHaveLength(1);
      const token = (await ctx.signIn(person)).accessToken;
      const listed = await ctx.t.get('/api/concerns', (await ctx.signIn(clinician)).accessToken);
      expect(listed.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rule: 'stopped_checking_in', person: expect.objectContaining({ id: person.id }) }),
        ]),
      );

      expect((await ctx.t.post('/api/checkins', { mood: 3, craving: 1 }, token)).status).toBe(201);
      expect(
        await ctx.t.query(`SELECT 1 FROM checkin_episodes WHERE user_id = $1 AND rule = 'stopped_checking_in'`, [
          person.id,
        ]),
      ).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
