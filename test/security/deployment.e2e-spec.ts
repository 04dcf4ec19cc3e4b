import { JwtService } from '@nestjs/jwt';
import { TestApp } from '../support/app';
import { TestContext, TestUser } from '../support/context';
import { refusedConnection } from '../support/sockets';

/** Twenty-one registration attempts (the per-address limit is 20 an hour), each with its own X-Forwarded-For. */
async function registrationsFromRotatingAddresses(t: TestApp): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++) {
    const res = await fetch(`${t.baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
      body: JSON.stringify({
        inviteCode: 'AAAAA-BBBBB-CCCCC',
        email: `rotating${i}@example.test`,
        password: 'a long enough password',
        displayName: 'Rotating Person',
        acceptTerms: true,
      }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

const forwardedWarnings = (t: TestApp): number =>
  t
    .logs()
    .split('\n')
    .filter((line) => line.includes('X-Forwarded-For') && line.includes('TRUST_PROXY')).length;

describe('trusted proxies', () => {
  it('believes no X-Forwarded-For by default, and warns once that one arrived from an untrusted address', async () => {
    const t = await TestApp.start();
    try {
      const statuses = await registrationsFromRotatingAddresses(t);
      // Rotating the header does not escape the per-address limit.
      expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
      expect(statuses[20]).toBe(429);
      expect(forwardedWarnings(t)).toBe(1);
      expect(t.logs()).toContain('127.0.0.1');
    } finally {
      await t.close();
    }
  });

  it('believes the proxies named in TRUST_PROXY, and then does not warn', async () => {
    const t = await TestApp.start({ TRUST_PROXY: '127.0.0.1' });
    try {
      expect(await registrationsFromRotatingAddresses(t)).toEqual(Array(21).fill(400));
      expect(forwardedWarnings(t)).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('access tokens without an expiry', () => {
  let ctx: TestContext;
  let member: TestUser;
  beforeAll(async () => {
    ctx = await TestContext.start();
    member = await ctx.newMember();
  });
  afterAll(() => ctx.close());

  it('are refused over HTTP and in the socket handshake, even signed with the real secret', async () => {
    const jwt = ctx.t.app.get(JwtService);
    const forever = jwt.sign({ sub: member.id, sid: member.sessionId, role: 'member' });
    expect(jwt.decode<{ exp?: number }>(forever).exp).toBeUndefined();
    const res = await ctx.t.get('/api/me', forever);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('token_invalid');
    expect((await refusedConnection(ctx.t.baseUrl, forever)).data?.code).toBe('token_invalid');
    // The same claims with an expiry are fine.
    const expiring = jwt.sign({ sub: member.id, sid: member.sessionId, role: 'member' }, { expiresIn: 60 });
    expect((await ctx.t.get('/api/me', expiring)).status).toBe(200);
  });
});

describe('API documentation', () => {
  it('is served outside production, off in production, and on in production with API_DOCS=1', async () => {
    for (const [overrides, status] of [
      [{}, 200],
      [{ NODE_ENV: 'production' }, 404],
      [{ NODE_ENV: 'production', API_DOCS: '1' }, 200],
      [{ API_DOCS: '0' }, 404],
    ] as const) {
      const t = await TestApp.start({ HEARTH_DEMO: 'false', ...overrides });
      try {
        expect({
          overrides,
          json: (await t.get('/api/docs/json')).status,
          ui: (await t.get('/api/docs')).status,
        }).toEqual({ overrides, json: status, ui: status });
      } finally {
        await t.close();
      }
    }
  });
});
