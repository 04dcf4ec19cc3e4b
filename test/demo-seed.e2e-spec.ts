import { CheckinsService } from '../src/checkins/checkins.service';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { TestApp } from './support/app';

/** What `npm start` gives a new user: demo groups with people and a conversation to look at. */
describe('demo data (HEARTH_DEMO)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ HEARTH_DEMO: 'true' });
  });
  afterAll(() => t.close());

  async function signIn(email: string): Promise<string> {
    const res = await t.post('/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return res.body.accessToken;
  }

  it('seeds a group chat with a short conversation, numbered from 1, and a conversation in the alumni lounge', async () => {
    const river = await signIn('river@demo.hearth.test');
    const rooms = (await t.get('/api/rooms', river)).body;
    expect(rooms).toEqual([
      expect.objectContaining({ kind: 'cohort', cohortName: 'Tuesday Evening Group', lastSeq: 5 }),
    ]);
    const messages = (await t.get(`/api/rooms/${rooms[0].id}/messages`, river)).body;
    expect(messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(messages[0].author.displayName).toBe('Dr Rivera');
    expect(messages[3]).toMatchObject({ contentWarning: 'cravings', author: { displayName: 'blue_heron' } });

    const cedar = await signIn('cedar@demo.hearth.test');
    const lounge = (await t.get('/api/rooms', cedar)).body;
    expect(lounge).toEqual([expect.objectContaining({ kind: 'alumni', lastSeq: 2 })]);
  });

  it('seeds three weeks of check-ins: the clinician’s grid has them, and the member whose check-ins stopped raises a concern', async () => {
    const rivera = await signIn('clinician@demo.hearth.test');
    const river = await signIn('river@demo.hearth.test');
    const cohortId = (await t.get('/api/rooms', river)).body[0].cohortId;
    const grid = await t.get(`/api/cohorts/${cohortId}/checkins?days=30`, rivera);
    expect(grid.body.scope).toBe('care_team');
    const rows = grid.body.members as { user: { displayName: string }; checkins: unknown[] }[];
    expect(rows.map((r) => [r.user.displayName, r.checkins.length > 10])).toEqual(
      expect.arrayContaining([
        ['River', true],
        ['Sunny Days', true],
        ['blue_heron', true],
      ]),
    );
    await t.app.get(CheckinsService).checkStopped();
    const concerns = (await t.get('/api/concerns', rivera)).body as { rule: string; person: { displayName: string } }[];
    expect(concerns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'stopped_checking_in',
          person: expect.objectContaining({ displayName: 'Sunny Days' }),
        }),
      ]),
    );
  });

  it('seeds only an empty database: a restart adds nothing', async () => {
    const before = await t.query(`SELECT count(*)::int AS n FROM messages`);
    const again = await TestApp.start({ HEARTH_DEMO: 'true' }, { name: t.databaseName, url: t.databaseUrl });
    await again.close({ keepDatabase: true });
    expect(await t.query(`SELECT count(*)::int AS n FROM messages`)).toEqual(before);
  });
});
