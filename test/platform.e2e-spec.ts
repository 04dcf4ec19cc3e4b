import { DataSource } from 'typeorm';
import { prepared, preparedName } from '../src/database/prepared';
import { TestApp } from './support/app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('reports health with the database up', async () => {
    const res = await t.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers unknown API routes with 404 in the one error shape', async () => {
    const res = await t.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/no-such-thing' });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.request('POST', '/api/health', '{"unterminated');
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.error).toBe('Bad Request');
  });

  it('answers an oversized body with 413 in the error shape', async () => {
    const res = await t.request('POST', '/api/health', JSON.stringify({ text: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('gives every response a request id and honours a sane incoming one', async () => {
    const fresh = await t.get('/api/health');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const res = await fetch(`${t.baseUrl}/api/health`, { headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.get('/api/docs/json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });

  it('logs requests as JSON without query strings', async () => {
    await t.get('/api/no-such-thing?q=my+private+search');
    const lines = t
      .logs()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => (l.req as { url?: string } | undefined)?.url === '/api/no-such-thing')).toBe(true);
    expect(t.logs()).not.toContain('private');
  });
});

describe('client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('serves the client at / and falls back to it for client-side routes', async () => {
    for (const path of ['/', '/status', '/some/deep/link']) {
      const res = await t.get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(String(res.body)).toContain('<div id="root"></div>');
    }
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('sends a same-origin-only CSP and hardening headers with the client', async () => {
    const res = await t.get('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('never lets API answers be cached, and sends no CORS headers to other origins', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends HSTS in production only', async () => {
    expect((await t.get('/')).headers.get('strict-transport-security')).toBeNull();
    const prod = await TestApp.start({ NODE_ENV: 'production', HEARTH_DEMO: 'false' });
    try {
      expect((await prod.get('/')).headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await prod.close();
    }
  });
});

describe('text the database cannot store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses NUL characters and unpaired surrogates with a field message, not a 500', async () => {
    const nul = await t.post('/api/auth/login', { email: 'a\u0000b@example.test', password: 'whatever!!' });
    expect(nul.status).toBe(400);
    expect(nul.body.message).toEqual(['email must not contain NUL characters']);
    const broken = await t.request('POST', '/api/auth/register', '{"email":"\\ud800","inviteCode":"x"}');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toEqual(['email contains invalid text (unpaired surrogate)']);
  });
});

describe('hot statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('runs a statement marked `prepared` as a named prepared statement, planned once per connection', async () => {
    const marked = prepared('SELECT $1::int + 1 AS answer');
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      expect(await runner.query(marked, [41])).toEqual([{ answer: 42 }]);
      expect(await runner.query(marked, [1])).toEqual([{ answer: 2 }]);
      const statements: { name: string; statement: string }[] = await runner.query(
        `SELECT name, statement FROM pg_prepared_statements`,
      );
      expect(statements).toContainEqual({ name: preparedName(marked), statement: marked });
      // Unmarked text stays an unnamed statement, planned on each call.
      await runner.query('SELECT $1::int AS plain', [1]);
      const after: { statement: string }[] = await runner.query(`SELECT statement FROM pg_prepared_statements`);
      expect(after.map((s) => s.statement)).not.toContain('SELECT $1::int AS plain');
      expect(after).toHaveLength(statements.length);
    } finally {
      await runner.release();
    }
  });
});
