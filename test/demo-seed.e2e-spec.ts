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

  it('seeds only an empty database: a restart adds nothing', async () => {
    const before = await t.query(`SELECT count(*)::int AS n FROM messages`);
    const again = await TestApp.start({ HEARTH_DEMO: 'true' }, { name: t.databaseName, url: t.databaseUrl });
    await again.close({ keepDatabase: true });
    expect(await t.query(`SELECT count(*)::int AS n FROM messages`)).toEqual(before);
  });
});
