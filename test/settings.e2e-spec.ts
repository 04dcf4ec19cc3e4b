import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { CRISIS_RESOURCES } from '../src/settings/crisis-resources';
import { SettingsService } from '../src/settings/settings.service';
import { TestContext, TestUser } from './support/context';
import { ack, connectSocket, next } from './support/sockets';

const UK_RESOURCES = [
  { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/' },
  { name: 'Shout: text SHOUT to 85258', sms: '85258', smsBody: 'SHOUT' },
  { name: 'Emergency services', phone: '999' },
];

/** A 400's messages as a list (one message comes as a string). */
const fieldMessages = (body: { message: string | string[] }): string[] => [body.message].flat();

describe('program settings', () => {
  let ctx: TestContext;
  let admin: TestUser;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ctx = await TestContext.start();
    admin = await ctx.newAdmin();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await ctx.close();
  });

  const put = (body: unknown, user = admin) => ctx.t.put('/api/admin/settings', body, user.accessToken);

  it('starts from the defaults: 988, 741741 and 911, New York time, the admins for alumni, four hours to answer', async () => {
    const res = await ctx.t.get('/api/admin/settings', admin.accessToken);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      staffMfaRequired: false,
      crisisResources: CRISIS_RESOURCES,
      timeZone: 'America/New_York',
      alumniCareTeam: [],
      careAnswerMinutes: 240,
    });
    const settings = ctx.t.app.get(SettingsService);
    expect(await settings.timeZone()).toBe('America/New_York');
    expect(await settings.careAnswerMinutes()).toBe(240);
    const publicList = await ctx.t.get('/api/crisis/resources');
    expect(publicList.status).toBe(200);
    expect(publicList.body).toEqual(CRISIS_RESOURCES);
  });

  it('refuses bad crisis resources with one message per field, and changes nothing', async () => {
    const cases: [unknown, string[]][] = [
      [[], ['crisisResources must contain at least 1 elements']],
      [
        Array.from({ length: 13 }, (_, i) => ({ name: `Line ${i}`, phone: '988' })),
        ['crisisResources must contain no more than 12 elements'],
      ],
      [null, ['crisisResources must be an array']],
      [
        [{ name: 'Plain web', url: 'http://example.org/help' }],
        ['crisisResources.0.url must be an https:// address, or a tel: or sms: link'],
      ],
      [
        [{ name: 'Script', url: 'javascript:alert(1)' }],
        ['crisisResources.0.url must be an https:// address, or a tel: or sms: link'],
      ],
      [[{ name: 'Fine', phone: '988' }, { phone: '911' }], [expect.stringMatching(/^crisisResources\.1\.name /)]],
      [[{ name: '   ', phone: '988' }], [expect.stringMatching(/^crisisResources\.0\.name /)]],
      [
        [{ name: 'x'.repeat(101), phone: '988' }],
        ['crisisResources.0.name must be shorter than or equal to 100 characters'],
      ],
      [
        [{ name: 'Letters', phone: 'call me' }],
        [expect.stringMatching(/^crisisResources\.0\.phone must be a number to dial/)],
      ],
      [[{ name: 'Null phone', phone: null, sms: '741741' }], [expect.stringMatching(/^crisisResources\.0\.phone /)]],
      [[{ name: 'Extra', phone: '988', email: 'help@example.org' }], ['crisisResources.0.email should not exist']],
      [[{ name: 'Only a name' }], ['crisisResources.0 needs at least one way to reach it: phone, sms or url']],
      [
        [{ name: 'Body alone', phone: '988', smsBody: 'HOME' }],
        ['crisisResources.0.smsBody needs sms, the number the text goes to'],
      ],
      [
        [
          { name: 'Twice', phone: '988' },
          { name: 'twice', phone: '911' },
        ],
        ["crisisResources.1.name is the same as another resource's"],
      ],
    ];
    for (const [crisisResources, messages] of cases) {
      const res = await put({ careAnswerMinutes: 30, crisisResources });
      expect({ crisisResources, status: res.status }).toEqual({ crisisResources, status: 400 });
      expect(fieldMessages(res.body)).toEqual(expect.arrayContaining(messages));
      expect(fieldMessages(res.body).every((m) => m.startsWith('crisisResources'))).toBe(true);
    }
    const nonObject = await put({ crisisResources: ['988'] });
    expect(nonObject.status).toBe(400);
    expect(fieldMessages(nonObject.body).every((m) => m.startsWith('crisisResources'))).toBe(true);
    // Nothing was half-written: careAnswerMinutes came with every refused change.
    expect((await ctx.t.get('/api/admin/settings', admin.accessToken)).body.careAnswerMinutes).toBe(240);
  });

  it('refuses a zone that is not an IANA zone, care-team ids that are not active staff, and answer times out of bounds', async () => {
    const member = await ctx.newMember();
    const moderator = await ctx.newModerator();
    const gone = await ctx.newClinician();
    await ctx.t.query(`UPDATE users SET status = 'deleted' WHERE id = $1`, [gone.id]);
    const cases: [Record<string, unknown>, unknown[]][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, [expect.stringMatching(/^timeZone must be an IANA time zone name/)]],
      [{ timeZone: '+05:00' }, [expect.stringMatching(/^timeZone must be an IANA time zone name/)]],
      [{ timeZone: null }, [expect.stringMatching(/^timeZone /)]],
      [
        { alumniCareTeam: [member.id, moderator.id, randomUUID(), gone.id, admin.id] },
        [
          'alumniCareTeam.0 is not an active clinician or admin',
          'alumniCareTeam.1 is not an active clinician or admin',
          'alumniCareTeam.2 is not an active clinician or admin',
          'alumniCareTeam.3 is not an active clinician or admin',
        ],
      ],
      [{ alumniCareTeam: ['not-an-id'] }, ['alumniCareTeam: each value in alumniCareTeam must be a UUID']],
      [{ alumniCareTeam: [admin.id, admin.id] }, ['alumniCareTeam must not name anyone twice']],
      [{ careAnswerMinutes: 4 }, ['careAnswerMinutes must not be less than 5']],
      [{ careAnswerMinutes: 10_081 }, ['careAnswerMinutes must not be greater than 10080']],
      [{ careAnswerMinutes: 12.5 }, ['careAnswerMinutes must be an integer number']],
      [{ careAnswerMinutes: '60' }, [expect.stringMatching(/^careAnswerMinutes must be an integer/)]],
      [{ staffMfaRequired: null }, [expect.stringMatching(/^staffMfaRequired must be a boolean/)]],
      [{ theme: 'dark' }, ['theme should not exist']],
    ];
    for (const [body, messages] of cases) {
      const res = await put(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(fieldMessages(res.body)).toEqual(expect.arrayContaining(messages));
      expect(fieldMessages(res.body).every((m) => m.includes(Object.keys(body)[0]))).toBe(true);
    }
    for (const caller of [member, moderator, await ctx.newClinician()]) {
      expect((await put({ careAnswerMinutes: 60 }, caller)).status).toBe(403);
    }
  });

  it('keeps a change, in one spelling, and records it in the audit log', async () => {
    const clinician = await ctx.newClinician();
    const res = await put({
      timeZone: 'europe/london',
      careAnswerMinutes: 90,
      alumniCareTeam: [clinician.id, admin.id],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      timeZone: 'Europe/London',
      careAnswerMinutes: 90,
      alumniCareTeam: [clinician.id, admin.id],
      crisisResources: CRISIS_RESOURCES,
    });
    expect((await ctx.t.get('/api/admin/settings', admin.accessToken)).body).toEqual(res.body);
    const [entry] = await ctx.t.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'settings.changed' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      actor_id: admin.id,
      details: { timeZone: 'Europe/London', careAnswerMinutes: 90, alumniCareTeam: [clinician.id, admin.id] },
    });
    const settings = ctx.t.app.get(SettingsService);
    expect(await settings.timeZone()).toBe('Europe/London');
    expect(await settings.careAnswerMinutes()).toBe(90);
  });

  it('gives the alumni care team as named, or every active admin when no one named is still active staff', async () => {
    const settings = ctx.t.app.get(SettingsService);
    const clinician = await ctx.newClinician();
    const otherAdmin = await ctx.newAdmin();
    const admins = async () =>
      (await ctx.t.query(`SELECT id FROM users WHERE role = 'admin' AND status = 'active' ORDER BY created_at`)).map(
        (r) => r.id as string,
      );
    expect((await put({ alumniCareTeam: [] })).status).toBe(200);
    expect(await settings.effectiveAlumniCareTeam()).toEqual(await admins());
    expect(await settings.effectiveAlumniCareTeam()).toEqual(expect.arrayContaining([admin.id, otherAdmin.id]));

    expect((await put({ alumniCareTeam: [clinician.id] })).status).toBe(200);
    expect(await settings.effectiveAlumniCareTeam()).toEqual([clinician.id]);
    // The one named clinician becomes a member: alumni are not left without anyone.
    await ctx.t.query(`UPDATE users SET role = 'member' WHERE id = $1`, [clinician.id]);
    expect(await settings.effectiveAlumniCareTeam()).toEqual(await admins());

    const staff = await ctx.t.get('/api/admin/settings/care-staff', admin.accessToken);
    expect(staff.status).toBe(200);
    const ids = staff.body.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([admin.id, otherAdmin.id]));
    expect(ids).not.toContain(clinician.id);
    expect(staff.body.every((s: { role: string }) => ['clinician', 'admin'].includes(s.role))).toBe(true);
    expect(Object.keys(staff.body[0]).sort()).toEqual(['displayName', 'id', 'role']);
    expect((await put({ alumniCareTeam: [] })).status).toBe(200);
  });

  it("sends the program's resources wherever Hearth sends resources", async () => {
    const change = await put({ crisisResources: UK_RESOURCES });
    expect(change.status).toBe(200);
    expect(change.body.crisisResources).toEqual(UK_RESOURCES);

    expect((await ctx.t.get('/api/crisis/resources')).body).toEqual(UK_RESOURCES);

    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const check = await ctx.t.post(
      '/api/safety/check',
      { text: 'I keep thinking everyone would be better off without me' },
      member.accessToken,
    );
    expect(check.body).toEqual({ crisis: false, level: 'concern', someoneElse: false, resources: UK_RESOURCES });

    const socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
    sockets.push(socket);
    expect((await ack(socket, 'room:join', { roomId: cohort.roomId })).ok).toBe(true);
    const live = next<{ level: string; resources: unknown }>(socket, 'crisis:resources');
    const sent = await ack(socket, 'message:send', {
      roomId: cohort.roomId,
      clientMsgId: randomUUID(),
      body: 'I want to kill myself tonight, I have the pills ready',
    });
    expect(sent).toMatchObject({ ok: true, signpost: { crisis: true, resources: UK_RESOURCES } });
    expect(await live).toMatchObject({ level: 'urgent', resources: UK_RESOURCES });

    expect((await put({ crisisResources: CRISIS_RESOURCES })).status).toBe(200);
    expect((await ctx.t.get('/api/crisis/resources')).body).toEqual(CRISIS_RESOURCES);
  });
});
