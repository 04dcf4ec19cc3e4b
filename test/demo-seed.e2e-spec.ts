import { isSafePattern } from '../src/safety/watched-words';
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

  const WEEK_MS = 7 * 24 * 3600_000;
  function inThePastWeek(iso: string): boolean {
    const at = new Date(iso).getTime();
    return at <= Date.now() && at >= Date.now() - WEEK_MS;
  }

  it('seeds a week on the boards: threads with replies, nested answers, reactions and a pinned welcome, dated over the last seven days', async () => {
    const river = await signIn('river@demo.hearth.test');
    const boards = (await t.get('/api/boards', river)).body;
    const board = boards.find((b: { scope: string }) => b.scope === 'cohort');
    expect(board).toMatchObject({ name: 'Tuesday Evening Group board', threadCount: 4 });
    const threads = (await t.get(`/api/boards/${board.id}/threads`, river)).body.threads;
    expect(threads[0]).toMatchObject({ title: 'Start here: how we use this board', pinned: true });
    expect(threads.every((th: { createdAt: string; lastActivityAt: string }) => inThePastWeek(th.createdAt))).toBe(
      true,
    );
    const closeCall = threads.find((th: { title: string }) => th.title === 'A close call on Wednesday');
    expect(closeCall.contentWarning).toBe('cravings');

    const sunday = threads.find((th: { title: string }) => th.title === 'What do you do on Sunday evenings?');
    const { posts } = (await t.get(`/api/threads/${sunday.id}`, river)).body;
    expect(posts).toHaveLength(5);
    expect(posts.map((p: { depth: number }) => p.depth)).toEqual([0, 1, 2, 0, 0]);
    expect(posts.every((p: { createdAt: string }) => inThePastWeek(p.createdAt))).toBe(true);
    expect(posts[0].reactions).toEqual(
      expect.arrayContaining([
        { kind: 'thanks', count: 1, reactedByMe: true },
        { kind: 'heart', count: 1, reactedByMe: false },
      ]),
    );

    // Read state: River is caught up on the group chat, Sunny has two new messages.
    expect((await t.get('/api/rooms', river)).body[0]).toMatchObject({ lastReadSeq: 5, unread: 0 });
    const sunny = await signIn('sunny@demo.hearth.test');
    expect((await t.get('/api/rooms', sunny)).body[0]).toMatchObject({ lastReadSeq: 3, unread: 2 });
  });

  it('gives every staff screen something: the review queue, an appeal, a crisis alert, a concern, the audit log', async () => {
    const moderator = await signIn('moderator@demo.hearth.test');
    const queue = (await t.get('/api/moderation/queue', moderator)).body;
    // The crisis item first (urgent), then the report of a sharp reply.
    expect(queue).toEqual([
      expect.objectContaining({
        urgent: true,
        sources: ['crisis'],
        target: expect.objectContaining({ author: expect.objectContaining({ displayName: 'Willow' }) }),
      }),
      expect.objectContaining({
        urgent: false,
        reasons: { harassment: 1 },
        target: expect.objectContaining({ author: expect.objectContaining({ displayName: 'Oak' }) }),
      }),
    ]);
    expect(queue.every((i: { createdAt: string }) => inThePastWeek(i.createdAt))).toBe(true);
    const resolved = (await t.get('/api/moderation/queue?status=resolved', moderator)).body;
    expect(
      resolved.map((i: { resolution: string; claimedBy: { displayName: string } }) => [
        i.resolution,
        i.claimedBy.displayName,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['content_warning', 'Sam Ortiz'],
        ['hide', 'Sam Ortiz'],
        // The crisis case closed with its alert.
        ['dismiss', 'Dr Rivera'],
      ]),
    );
    expect(resolved).toHaveLength(3);
    for (const item of resolved) {
      expect(inThePastWeek(item.resolvedAt)).toBe(true);
      const history = (await t.get(`/api/moderation/queue/${item.id}/history`, moderator)).body;
      expect(JSON.stringify(history)).toMatch(/flagged|crisis_detected/);
    }
    const appeals = (await t.get('/api/appeals', moderator)).body;
    expect(appeals).toHaveLength(1);
    expect(JSON.stringify(appeals[0])).toContain("I wasn't selling anything");

    const okafor = await signIn('clinician2@demo.hearth.test');
    const alerts = (await t.get('/api/alerts', okafor)).body;
    expect(alerts).toEqual([
      expect.objectContaining({
        status: 'acknowledged',
        categories: ['suicidal_ideation'],
        escalated: false,
        acknowledgedBy: expect.objectContaining({ displayName: 'Dr Okafor' }),
        author: expect.objectContaining({ displayName: 'Willow' }),
      }),
    ]);
    expect(inThePastWeek(alerts[0].createdAt)).toBe(true);

    const rivera = await signIn('clinician@demo.hearth.test');
    const closed = (await t.get('/api/alerts?status=resolved', rivera)).body;
    expect(closed).toEqual([
      expect.objectContaining({
        status: 'resolved',
        outcome: 'reached_out',
        resolvedBy: expect.objectContaining({ displayName: 'Dr Rivera' }),
        author: expect.objectContaining({ displayName: 'Sunny Days' }),
      }),
    ]);
    expect(inThePastWeek(closed[0].resolvedAt)).toBe(true);
    const concerns = (await t.get('/api/concerns', rivera)).body;
    expect(concerns).toEqual([
      expect.objectContaining({
        status: 'open',
        source: 'thread',
        person: expect.objectContaining({ displayName: 'blue_heron' }),
        cohort: expect.objectContaining({ name: 'Tuesday Evening Group' }),
      }),
    ]);
    // A concern is for the care team, never the moderators.
    expect((await t.get('/api/concerns', moderator)).status).toBe(403);

    const admin = await signIn('admin@demo.hearth.test');
    const log = (await t.get('/api/moderation/log', admin)).body.entries;
    expect(log.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'cohort.created',
        'user.role_changed',
        'forum.thread_flags',
        'moderation.content_warning',
        'moderation.hide',
        'appeal.created',
        'crisis.acknowledged',
        'crisis.resolved',
      ]),
    );
    // Newest first, by id and by time alike, all within the week.
    const times = log.map((e: { at: string }) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(log.every((e: { at: string }) => inThePastWeek(e.at))).toBe(true);
    expect(log.find((e: { action: string }) => e.action === 'crisis.acknowledged').actor.displayName).toBe('Dr Okafor');
  });

  it('seeds the watched words an admin set up, and they work: a message using one is held for approval', async () => {
    const admin = await signIn('admin@demo.hearth.test');
    const words = (await t.get('/api/moderation/watched-words', admin)).body;
    expect(words.map((w: { term: string; action: string }) => [w.term, w.action])).toEqual(
      expect.arrayContaining([
        ['pills for sale', 'block'],
        ['venmo me', 'require_approval'],
      ]),
    );
    expect(words.every((w: { createdAt: string }) => inThePastWeek(w.createdAt))).toBe(true);
    for (const word of words.filter((w: { isRegex: boolean }) => w.isRegex)) {
      expect(isSafePattern(word.term)).toBeUndefined();
    }

    const river = await signIn('river@demo.hearth.test');
    const [room] = (await t.get('/api/rooms', river)).body;
    const sent = await t.post(
      `/api/rooms/${room.id}/messages`,
      { clientMsgId: 'demo-watched', body: 'Pizza after group? Venmo me your share.' },
      river,
    );
    expect(sent.status).toBe(201);
    expect(sent.body.message ?? sent.body).toMatchObject({ status: 'pending' });
  });

  it('seeds only an empty database: a restart adds nothing', async () => {
    const counts = `SELECT (SELECT count(*) FROM messages)::int AS messages, (SELECT count(*) FROM threads)::int AS threads,
      (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM review_items)::int AS items,
      (SELECT count(*) FROM crisis_alerts)::int AS alerts, (SELECT count(*) FROM care_concerns)::int AS concerns,
      (SELECT count(*) FROM audit_log)::int AS audit`;
    const before = await t.query(counts);
    expect(before[0]).toMatchObject({ threads: 9, alerts: 2, concerns: 1 });
    const again = await TestApp.start({ HEARTH_DEMO: 'true' }, { name: t.databaseName, url: t.databaseUrl });
    await again.close({ keepDatabase: true });
    expect(await t.query(counts)).toEqual(before);
  });
});
