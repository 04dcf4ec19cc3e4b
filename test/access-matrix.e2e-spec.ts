import { randomUUID } from 'node:crypto';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Access } from '../src/access/access.decorator';
import { newCrisisAlert, TestCohort, TestContext, TestUser } from './support/context';
import { boardOf, startThread } from './support/forums';

type Caller =
  | 'anonymous'
  | 'member'
  | 'memberElsewhere'
  | 'alumni'
  | 'peerMentor'
  | 'clinician'
  | 'clinicianElsewhere'
  | 'moderator'
  | 'admin';
const CALLERS: Caller[] = [
  'anonymous',
  'member',
  'memberElsewhere',
  'alumni',
  'peerMentor',
  'clinician',
  'clinicianElsewhere',
  'moderator',
  'admin',
];

interface Route {
  name: string;
  call: (token: string | undefined) => Promise<number>;
  expect: Record<Caller, number>;
}

/** A fresh pseudonym part: letters only (display names refuse digit runs). */
const letters = (): string =>
  Array.from({ length: 8 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');

/** Expected status per caller, written out in full so a reviewer reads the policy at a glance. */
const row = (...statuses: number[]): Record<Caller, number> =>
  Object.fromEntries(CALLERS.map((c, i) => [c, statuses[i]])) as Record<Caller, number>;

describe('role × route matrix (identity routes)', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  const users = {} as Record<Exclude<Caller, 'anonymous'>, TestUser>;
  let forumThread: string;
  let staffBoard: string;

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
    forumThread = (await startThread(ctx, users.member, cohort.boardId)).id;
    staffBoard = await boardOf(ctx, 'staff');
  });
  afterAll(() => ctx.close());

  const status = async (p: Promise<{ status: number }>): Promise<number> => (await p).status;

  const routes: Route[] = [
    {
      name: 'GET /api/terms',
      call: (token) => status(ctx.t.get('/api/terms', token)),
      expect: row(200, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/me',
      call: (token) => status(ctx.t.get('/api/me', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/cohorts',
      call: (token) => status(ctx.t.get('/api/cohorts', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /api/cohorts',
      call: (token) => status(ctx.t.post('/api/cohorts', { name: 'Matrix group' }, token)),
      expect: row(401, 403, 403, 403, 403, 201, 201, 403, 201),
    },
    {
      name: 'GET /api/cohorts/:id/members',
      call: (token) => status(ctx.t.get(`/api/cohorts/${cohort.id}/members`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'POST /api/cohorts/:id/invites',
      call: (token) => status(ctx.t.post(`/api/cohorts/${cohort.id}/invites`, {}, token)),
      expect: row(401, 403, 403, 403, 403, 201, 404, 403, 201),
    },
    {
      name: 'POST /api/invites (staff invite)',
      call: (token) => status(ctx.t.post('/api/invites', { role: 'moderator' }, token)),
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 201),
    },
    {
      name: 'POST /api/cohorts/:id/members/:userId/step-down',
      call: async (token) => {
        const target = await ctx.newMember({ cohort });
        return status(ctx.t.post(`/api/cohorts/${cohort.id}/members/${target.id}/step-down`, {}, token));
      },
      expect: row(401, 403, 403, 403, 403, 200, 404, 403, 200),
    },
    {
      name: 'PATCH /api/users/:id/role',
      call: async (token) => {
        const target = await ctx.newMember({ cohort });
        return status(ctx.t.patch(`/api/users/${target.id}/role`, { role: 'peer_mentor' }, token));
      },
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 200),
    },
    {
      name: 'POST /api/moderation/act (hide a message in the cohort)',
      call: async (token) => {
        const author = await ctx.newMember({ cohort });
        const sent = await ctx.t.post(
          `/api/rooms/${cohort.roomId}/messages`,
          { clientMsgId: randomUUID(), body: 'matrix message' },
          author.accessToken,
        );
        return status(
          ctx.t.post(
            '/api/moderation/act',
            { targetType: 'message', targetId: sent.body.id, actions: ['hide'], reason: 'Matrix check' },
            token,
          ),
        );
      },
      expect: row(401, 403, 403, 403, 403, 200, 404, 200, 200),
    },
    {
      name: 'POST /api/users/:id/role/undo',
      call: async (token) => {
        const target = await ctx.newMember({ cohort });
        const changed = await ctx.t.patch(
          `/api/users/${target.id}/role`,
          { role: 'peer_mentor' },
          users.admin.accessToken,
        );
        return status(ctx.t.post(`/api/users/${target.id}/role/undo`, { changeId: changed.body.changeId }, token));
      },
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 200),
    },
    {
      name: 'GET /api/admin/settings',
      call: (token) => status(ctx.t.get('/api/admin/settings', token)),
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 200),
    },
    {
      name: 'PUT /api/admin/settings',
      call: (token) => status(ctx.t.put('/api/admin/settings', { careAnswerMinutes: 240 }, token)),
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 200),
    },
    {
      name: 'GET /api/admin/settings/care-staff',
      call: (token) => status(ctx.t.get('/api/admin/settings/care-staff', token)),
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 200),
    },
    {
      name: 'GET /api/crisis/resources',
      call: (token) => status(ctx.t.get('/api/crisis/resources', token)),
      expect: row(200, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/alerts/:id (an alert in the cohort, not escalated)',
      call: async (token) => {
        const alert = await newCrisisAlert(ctx, { author: users.member, cohort });
        return status(ctx.t.get(`/api/alerts/${alert.id}`, token));
      },
      expect: row(401, 403, 403, 403, 403, 200, 404, 200, 200),
    },
    {
      name: 'GET /api/me/contact',
      call: (token) => status(ctx.t.get('/api/me/contact', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'PUT /api/me/contact',
      call: (token) => status(ctx.t.put('/api/me/contact', { phone: null }, token)),
      expect: row(401, 204, 204, 204, 204, 204, 204, 204, 204),
    },
    {
      name: 'GET /api/users/:member/contact',
      call: (token) => status(ctx.t.get(`/api/users/${users.member.id}/contact`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 404, 200),
    },
    {
      name: 'PUT /api/users/:member/contact',
      call: (token) => status(ctx.t.put(`/api/users/${users.member.id}/contact`, { phone: null }, token)),
      expect: row(401, 204, 404, 404, 404, 204, 404, 404, 204),
    },
    {
      name: 'POST /api/checkins',
      call: (token) => status(ctx.t.post('/api/checkins', { mood: 3, craving: 1 }, token)),
      // Once a day: the first is 201, a second replaces it (200). Staff do not check in.
      expect: row(401, 201, 201, 201, 201, 403, 403, 403, 403),
    },
    {
      name: 'GET /api/checkins/me',
      call: (token) => status(ctx.t.get('/api/checkins/me', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/cohorts/:cohort/checkins',
      call: (token) => status(ctx.t.get(`/api/cohorts/${cohort.id}/checkins`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'GET /api/users/:member/checkins',
      call: (token) => status(ctx.t.get(`/api/users/${users.member.id}/checkins`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 404, 200),
    },
    {
      name: 'PATCH /api/me (display name)',
      call: (token) => status(ctx.t.patch('/api/me', { displayName: `Matrix ${letters()}` }, token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /api/me/password (wrong current password)',
      call: (token) =>
        status(
          ctx.t.post('/api/me/password', { currentPassword: 'not the password', newPassword: 'x'.repeat(12) }, token),
        ),
      expect: row(401, 403, 403, 403, 403, 403, 403, 403, 403),
    },
    {
      name: 'POST /api/users/:member/password-reset',
      call: (token) => status(ctx.t.post(`/api/users/${users.member.id}/password-reset`, {}, token)),
      expect: row(401, 403, 403, 403, 403, 201, 404, 403, 201),
    },
    {
      name: 'POST /api/users/:moderator/password-reset',
      call: (token) => status(ctx.t.post(`/api/users/${users.moderator.id}/password-reset`, {}, token)),
      expect: row(401, 403, 403, 403, 403, 404, 404, 403, 201),
    },
    {
      name: 'POST /api/auth/reset (unknown code)',
      call: (token) =>
        status(ctx.t.post('/api/auth/reset', { code: 'ABCD-EFGH-JKMN', newPassword: 'x'.repeat(12) }, token)),
      expect: row(400, 400, 400, 400, 400, 400, 400, 400, 400),
    },
    {
      name: 'POST /api/invites/redeem (unknown code)',
      call: (token) => status(ctx.t.post('/api/invites/redeem', { code: 'NOT-A-REAL-CODE' }, token)),
      expect: row(401, 400, 400, 400, 400, 403, 403, 403, 403),
    },
    {
      name: 'POST /api/auth/standing (wrong credentials)',
      call: (token) =>
        status(
          ctx.t.post(
            '/api/auth/standing',
            { email: `nobody.${letters()}@example.test`, password: 'not the password' },
            token,
          ),
        ),
      expect: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
    },
    {
      name: 'POST /api/auth/appeal (wrong credentials)',
      call: (token) =>
        status(
          ctx.t.post(
            '/api/auth/appeal',
            { email: `nobody.${letters()}@example.test`, password: 'not the password', text: 'please look again' },
            token,
          ),
        ),
      expect: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
    },
    {
      name: 'GET /api/me/posts',
      call: (token) => status(ctx.t.get('/api/me/posts', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /api/threads/:id/reactions',
      call: (token) => status(ctx.t.post(`/api/threads/${forumThread}/reactions`, { kind: 'hug' }, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'DELETE /api/threads/:id/reactions/:kind',
      call: (token) => status(ctx.t.delete(`/api/threads/${forumThread}/reactions/hug`, undefined, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'POST /api/terms/accept',
      call: async (token) => status(ctx.t.post('/api/terms/accept', { version: 'stale' }, token)),
      expect: row(401, 409, 409, 409, 409, 409, 409, 409, 409),
    },
    {
      name: 'GET /api/boards',
      call: (token) => status(ctx.t.get('/api/boards', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/boards/:cohortBoard/threads',
      call: (token) => status(ctx.t.get(`/api/boards/${cohort.boardId}/threads`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'GET /api/boards/:staffBoard/threads',
      call: (token) => status(ctx.t.get(`/api/boards/${staffBoard}/threads`, token)),
      expect: row(401, 404, 404, 404, 404, 200, 200, 200, 200),
    },
    {
      name: 'POST /api/boards/:cohortBoard/threads',
      call: (token) =>
        status(ctx.t.post(`/api/boards/${cohort.boardId}/threads`, { title: 'Matrix', body: 'b' }, token)),
      expect: row(401, 201, 404, 404, 404, 201, 404, 201, 201),
    },
    {
      name: 'GET /api/threads/:id (cohort board)',
      call: (token) => status(ctx.t.get(`/api/threads/${forumThread}`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'POST /api/threads/:id/posts (cohort board)',
      call: (token) => status(ctx.t.post(`/api/threads/${forumThread}/posts`, { body: 'matrix reply' }, token)),
      expect: row(401, 201, 404, 404, 404, 201, 404, 201, 201),
    },
    {
      name: 'PATCH /api/threads/:id { pinned } (cohort board)',
      call: (token) => status(ctx.t.patch(`/api/threads/${forumThread}`, { pinned: false }, token)),
      expect: row(401, 403, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'GET /api/threads/:id/edits (cohort board)',
      call: (token) => status(ctx.t.get(`/api/threads/${forumThread}/edits`, token)),
      expect: row(401, 403, 403, 403, 403, 200, 404, 200, 200),
    },
    {
      name: 'PATCH /api/posts/:id (the member’s own post)',
      call: async (token) => {
        const post = await ctx.t.post(`/api/threads/${forumThread}/posts`, { body: 'mine' }, users.member.accessToken);
        return status(ctx.t.patch(`/api/posts/${post.body.id}`, { body: 'edited' }, token));
      },
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'POST /api/posts/:id/reactions (cohort board)',
      call: async (token) => {
        const post = await ctx.t.post(`/api/threads/${forumThread}/posts`, { body: 'react' }, users.member.accessToken);
        return status(ctx.t.post(`/api/posts/${post.body.id}/reactions`, { kind: 'hug' }, token));
      },
      expect: row(401, 200, 404, 404, 404, 200, 404, 200, 200),
    },
    {
      name: 'GET /api/search',
      call: (token) => status(ctx.t.get('/api/search?q=matrix', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/notifications',
      call: (token) => status(ctx.t.get('/api/notifications', token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /api/notifications/read',
      call: (token) => status(ctx.t.post('/api/notifications/read', {}, token)),
      expect: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /api/care-lines (own line)',
      call: (token) => status(ctx.t.post('/api/care-lines', {}, token)),
      expect: row(401, 201, 201, 201, 201, 400, 400, 400, 400),
    },
    {
      name: 'POST /api/care-lines { memberId } (the member’s line, opened above)',
      call: (token) => status(ctx.t.post('/api/care-lines', { memberId: users.member.id }, token)),
      expect: row(401, 200, 403, 403, 403, 200, 404, 404, 200),
    },
    {
      name: 'GET /api/care-lines?waiting=true',
      call: (token) => status(ctx.t.get('/api/care-lines?waiting=true', token)),
      expect: row(401, 403, 403, 403, 403, 200, 200, 200, 200),
    },
    {
      name: 'GET /api/care-lines/mine',
      call: (token) => status(ctx.t.get('/api/care-lines/mine', token)),
      expect: row(401, 200, 200, 200, 200, 404, 404, 404, 404),
    },
    {
      name: 'GET /api/care-lines/:memberLine',
      call: async (token) => status(ctx.t.get(`/api/care-lines/${await careLineOf(users.member)}`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 404, 200),
    },
    {
      name: 'GET /api/rooms/:memberLine/messages',
      call: async (token) => status(ctx.t.get(`/api/rooms/${await careLineOf(users.member)}/messages`, token)),
      expect: row(401, 200, 404, 404, 404, 200, 404, 404, 200),
    },
  ];

  const careLineOf = async (member: TestUser): Promise<string> =>
    (await ctx.t.query<{ room_id: string }>(`SELECT room_id FROM care_lines WHERE member_id = $1`, [member.id]))[0]
      .room_id;

  it.each(routes.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const actual = {} as Record<Caller, number>;
    for (const caller of CALLERS) {
      actual[caller] = await route.call(caller === 'anonymous' ? undefined : users[caller].accessToken);
    }
    expect(actual).toEqual(route.expect);
  });

  it('every HTTP handler declares who may call it', () => {
    const discovery = ctx.t.app.get(DiscoveryService);
    const reflector = ctx.t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = proto[method] as () => void;
        if (!reflector.getAllAndOverride(Access, [handler, instance.constructor])) {
          undeclared.push(`${instance.constructor.name}.${method}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('every socket event handler declares who may send it', () => {
    const discovery = ctx.t.app.get(DiscoveryService);
    const reflector = ctx.t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let handlers = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype || !Reflect.getMetadata('websockets:is_gateway', wrapper.metatype)) {
        continue;
      }
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = proto[method] as () => void;
        if (!Reflect.getMetadata('websockets:message_mapping', handler)) {
          continue;
        }
        handlers += 1;
        if (!reflector.getAllAndOverride(Access, [handler, instance.constructor])) {
          undeclared.push(`${instance.constructor.name}.${method}`);
        }
      }
    }
    expect(handlers).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });
});

describe('role × target role × sanction matrix (review queue)', () => {
  type Actor = 'member' | 'clinician' | 'clinicianElsewhere' | 'moderator' | 'admin';
  type Target = 'member' | 'alumni' | 'peer_mentor' | 'clinician' | 'moderator' | 'admin';
  const ACTORS: Actor[] = ['member', 'clinician', 'clinicianElsewhere', 'moderator', 'admin'];
  const TARGETS: Target[] = ['member', 'alumni', 'peer_mentor', 'clinician', 'moderator', 'admin'];
  const ACTIONS = ['warn', 'mute', 'suspend', 'ban'] as const;

  // Status of resolving a report about a person of the target role, per action (warn, mute, suspend, ban).
  // A clinician acts on reports about members of the cohorts they facilitate; a report about anyone else is not theirs (404).
  const EXPECTED: Record<Actor, Record<Target, number[]>> = {
    member: {
      member: [403, 403, 403, 403],
      alumni: [403, 403, 403, 403],
      peer_mentor: [403, 403, 403, 403],
      clinician: [403, 403, 403, 403],
      moderator: [403, 403, 403, 403],
      admin: [403, 403, 403, 403],
    },
    clinician: {
      member: [200, 200, 200, 403],
      alumni: [404, 404, 404, 404],
      peer_mentor: [404, 404, 404, 404],
      clinician: [404, 404, 404, 404],
      moderator: [404, 404, 404, 404],
      admin: [404, 404, 404, 404],
    },
    clinicianElsewhere: {
      member: [404, 404, 404, 404],
      alumni: [404, 404, 404, 404],
      peer_mentor: [404, 404, 404, 404],
      clinician: [404, 404, 404, 404],
      moderator: [404, 404, 404, 404],
      admin: [404, 404, 404, 404],
    },
    moderator: {
      member: [200, 200, 200, 403],
      alumni: [200, 200, 200, 403],
      peer_mentor: [200, 200, 200, 403],
      clinician: [403, 403, 403, 403],
      moderator: [403, 403, 403, 403],
      admin: [403, 403, 403, 403],
    },
    admin: {
      member: [200, 200, 200, 200],
      alumni: [200, 200, 200, 200],
      peer_mentor: [200, 200, 200, 200],
      clinician: [200, 200, 200, 200],
      moderator: [200, 200, 200, 200],
      admin: [403, 403, 403, 403],
    },
  };

  let ctx: TestContext;
  let cohort: TestCohort;
  let reporter: TestUser;
  const actors = {} as Record<Actor, TestUser>;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    reporter = await ctx.newAdmin();
    actors.member = await ctx.newMember({ cohort });
    actors.clinician = await ctx.newClinician({ cohort });
    actors.clinicianElsewhere = await ctx.newClinician({ cohort: await ctx.newCohort() });
    actors.moderator = await ctx.newModerator();
    actors.admin = await ctx.newAdmin();
  });
  afterAll(() => ctx.close());

  /** A fresh person of the role (in the cohort where a role has one), reported by an admin. */
  async function reported(role: Target): Promise<{ person: TestUser; reviewItemId: string }> {
    const person = await ctx.newUser({ role, cohort: role === 'member' || role === 'clinician' ? cohort : undefined });
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: person.id, reason: 'spam' },
      reporter.accessToken,
    );
    expect(flag.status).toBe(201);
    return { person, reviewItemId: flag.body.reviewItemId };
  }

  it.each(ACTORS.flatMap((actor) => TARGETS.map((target) => [actor, target] as const)))(
    '%s sanctioning a %s',
    async (actor, target) => {
      const actual: number[] = [];
      for (const action of ACTIONS) {
        const { person, reviewItemId } = await reported(target);
        const res = await ctx.t.post(
          `/api/moderation/queue/${reviewItemId}/resolve`,
          { action, reason: 'Matrix check', durationMinutes: 30 },
          actors[actor].accessToken,
        );
        actual.push(res.status);
        const sanctions = await ctx.t.query(`SELECT kind FROM sanctions WHERE user_id = $1`, [person.id]);
        // A refused resolution leaves no trace on the person.
        expect(sanctions.length).toBe(res.status === 200 ? 1 : 0);
      }
      expect(actual).toEqual(EXPECTED[actor][target]);
    },
  );

  it('refuses a moderator who reports a clinician as spam and then bans them (403); the clinician keeps their account', async () => {
    const clinician = await ctx.newClinician({ cohort });
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: clinician.id, reason: 'spam' },
      actors.moderator.accessToken,
    );
    expect(flag.status).toBe(201);
    const ban = await ctx.t.post(
      `/api/moderation/queue/${flag.body.reviewItemId}/resolve`,
      { action: 'ban', reason: 'Spam' },
      actors.moderator.accessToken,
    );
    expect(ban.status).toBe(403);
    expect(ban.body.message).toMatch(/Only an admin/);
    const login = await ctx.t.post('/api/auth/login', { email: clinician.email, password: clinician.password });
    expect(login.status).toBe(200);
  });
});
