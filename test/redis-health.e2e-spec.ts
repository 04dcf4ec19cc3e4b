import { TestApp } from './support/app';
import { redisForTests } from './support/redis';

describe('with REDIS_URL', () => {
  it('reports Redis in health and uses it for the socket adapter', async () => {
    const redisUrl = await redisForTests();
    if (!redisUrl) {
      return; // skipped outside CI with a warning (see redisForTests)
    }
    const t = await TestApp.start({ REDIS_URL: redisUrl });
    try {
      const res = await t.get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
      expect(t.logs()).toContain('using the Redis adapter');
    } finally {
      await t.close();
    }
  });

  it('starts without a reachable Redis and reports it down (503) in health', async () => {
    const t = await TestApp.start({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await t.get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ statusCode: 503, status: 'error', db: 'up', redis: 'down' });
    } finally {
      await t.close();
    }
  });
});
