import { TERMS } from '../src/consent/terms';
import { TestCohort, TestContext, TestUser } from './support/context';
import { boardOf, startThread } from './support/forums';

type Caller =
  'member' | 'memberElsewhere' | 'alumni' | 'peerMentor' | 'clinician' | 'clinicianElsewhere' | 'moderator' | 'admin';
const CALLERS: Caller[] = [
  'member',
  'memberElsewhere',
  'alumni',
  'peerMentor',
  'clinician',
  'clinicianElsewhere',
  'moderator',
  'admin',
];
type Scope = 'cohort' | 'alumni' | 'community' | 'staff';

const row = (...values: number[]): Record<Caller, number> =>
  Object.fromEntries(CALLERS.map((c, i) => [c, values[i]])) as Record<Caller, number>;

// Who may read (and so write in) each kind of board: the same rules as rooms (src/access/policy.ts).
//                                      member elsewh alumni peer  clin  clinEl mod   admin
const READ: Record<Scope, Record<Caller, number>> = {
  cohort: row(200, 404, 404, 404, 200, 404, 200, 200),
  alumni: row(404, 404, 200, 200, 200, 200, 200, 200),
  community: row(200, 200, 200, 200, 200, 200, 200, 200),
  staff: row(404, 404, 404, 404, 200, 200, 200, 200),
};
const REPLY: Record<Scope, Record<Caller, number>> = Object.fromEntries(
  Object.entries(READ).map(([scope, r]) => [
    scope,
    Object.fromEntries(Object.entries(r).map(([c, s]) => [c, s === 200 ? 201 : s])),
  ]),
) as Record<Scope, Record<Caller, number>>;
// Pin and lock: staff who moderate the board; peer mentors and members are refused (or never see it).
const PIN: Record<Scope, Record<Caller, number>> = {
  cohort: row(403, 404, 404, 404, 200, 404, 200, 200),
  alumni: row(404, 404, 403, 403, 200, 200, 200, 200),
  community: row(403, 403, 403, 403, 200, 200, 200, 200),
  staff: row(404, 404, 404, 404, 200, 200, 200, 200),
};

describe('forum visibility: boards × roles', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  const users = {} as Record<Caller, TestUser>;
  const boards = {} as Record<Scope, string>;
  const threads = {} as Record<Scope, string>;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    const elsewhere = await ctx.newCohort();
    users.member = await ctx.newMember({ cohort });
    users.memberElsewhere = await ctx.newMember({ cohort: elsewhere });
    users.alumni = await ctx.newAlumni();
    users.peerMentor = await ctx.newPeerMentor();
    users.clinician = await ctx.newClinician({ cohort });
    users.clinicianElsewhere = await ctx.newClinician({ cohort: elsewhere });
    users.moderator = await ctx.newModerator();
    users.admin = await ctx.newAdmin();
    boards.cohort = cohort.boardId;
    boards.alumni = await boardOf(ctx, 'alumni');
    boards.community = await boardOf(ctx, 'community');
    boards.staff = await boardOf(ctx, 'staff');
    for (const scope of Object.keys(boards) as Scope[]) {
      threads[scope] = (await startThread(ctx, users.admin, boards[scope], { title: `A ${scope} thread` })).id;
    }
  });
  afterAll(() => ctx.close());

  const SCOPES: Scope[] = ['cohort', 'alumni', 'community', 'staff'];

  it.each(SCOPES)('GET /api/boards lists the %s board to exactly those who may read it', async (scope) => {
    const listed = {} as Record<Caller, number>;
    for (const caller of CALLERS) {
      const res = await ctx.t.get('/api/boards', users[caller].accessToken);
      expect(res.status).toBe(200);
      listed[caller] = res.body.some((b: any) => b.id === boards[scope]) ? 200 : 404;
    }
    expect(listed).toEqual(READ[scope]);
  });

  it('GET /api/boards gives thread counts and last activity', async () => {
    const res = await ctx.t.get('/api/boards', users.member.accessToken);
    const own = res.body.find((b: any) => b.id === cohort.boardId);
    expect(own).toMatchObject({
      scope: 'cohort',
      cohortId: cohort.id,
      threadCount: 1,
      lastActivityAt: expect.any(String),
    });
  });

  it.each(SCOPES)('reading the %s board, its thread list and its thread', async (scope) => {
    for (const [path, label] of [
      [`/api/boards/${boards[scope]}`, 'board'],
      [`/api/boards/${boards[scope]}/threads`, 'threads'],
      [`/api/threads/${threads[scope]}`, 'thread'],
    ]) {
      const actual = {} as Record<Caller, number>;
      for (const caller of CALLERS) {
        actual[caller] = (await ctx.t.get(path, users[caller].accessToken)).status;
      }
      expect({ label, actual }).toEqual({ label, actual: READ[scope] });
    }
  });

  it.each(SCOPES)('replying and starting threads on the %s board', async (scope) => {
    const replies = {} as Record<Caller, number>;
    const starts = {} as Record<Caller, number>;
    for (const caller of CALLERS) {
      const token = users[caller].accessToken;
      replies[caller] = (await ctx.t.post(`/api/threads/${threads[scope]}/posts`, { body: 'hello' }, token)).status;
      starts[caller] = (
        await ctx.t.post(`/api/boards/${boards[scope]}/threads`, { title: 'New one', body: 'words' }, token)
      ).status;
    }
    expect(replies).toEqual(REPLY[scope]);
    expect(starts).toEqual(REPLY[scope]);
  });

  it.each(SCOPES)('pinning and locking on the %s board is for staff who moderate it', async (scope) => {
    const actual = {} as Record<Caller, number>;
    for (const caller of CALLERS) {
      actual[caller] = (
        await ctx.t.patch(`/api/threads/${threads[scope]}`, { pinned: true, locked: false }, users[caller].accessToken)
      ).status;
    }
    expect(actual).toEqual(PIN[scope]);
  });

  it('a hidden board answers 404 with the same body as a board that does not exist', async () => {
    const hidden = await ctx.t.get(`/api/boards/${boards.staff}/threads`, users.member.accessToken);
    const missing = await ctx.t.get(
      `/api/boards/00000000-0000-4000-8000-000000000000/threads`,
      users.member.accessToken,
    );
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });

  it('a member who steps down loses the cohort board at once and gains the alumni board', async () => {
    const leaving = await ctx.newMember({ cohort });
    expect((await ctx.t.get(`/api/threads/${threads.cohort}`, leaving.accessToken)).status).toBe(200);
    const res = await ctx.t.post(
      `/api/cohorts/${cohort.id}/members/${leaving.id}/step-down`,
      {},
      users.clinician.accessToken,
    );
    expect(res.status).toBe(200);
    // As alumni they first accept the alumni version of the terms.
    await ctx.t.post('/api/terms/accept', { version: TERMS.alumni.version }, leaving.accessToken);
    expect((await ctx.t.get(`/api/threads/${threads.cohort}`, leaving.accessToken)).status).toBe(404);
    expect((await ctx.t.get(`/api/threads/${threads.alumni}`, leaving.accessToken)).status).toBe(200);
  });
});
