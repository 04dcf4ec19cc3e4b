import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Access } from '../src/access/access.decorator';
import { TestCohort, TestContext, TestUser } from './support/context';
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
  ];

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
