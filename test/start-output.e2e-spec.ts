import { DEMO_PASSWORD, DEMO_PEOPLE } from '../src/seed/demo-data';
import { cloneTemplateDatabase, dropDatabase } from './support/databases';
import { rest, ServerProcess } from './support/processes';
import { waitFor } from './support/wait';

/** What a person sees in the terminal after `npm start`, and what a log pipeline gets in production. */
describe('start-up output', () => {
  let database: { name: string; url: string };
  beforeEach(async () => {
    database = await cloneTemplateDatabase();
  });
  afterEach(() => dropDatabase(database.name));

  function lines(output: string): string[] {
    return output.split('\n').filter((line) => line.trim() !== '');
  }

  it('in development: readable lines, no framework chatter or request lines, and the demo logins last, in a box', async () => {
    // As `npm start` runs it: no NODE_ENV, no LOG_LEVEL, HEARTH_DEMO at its default (on).
    const server = await ServerProcess.start({
      DATABASE_URL: database.url,
      NODE_ENV: undefined,
      LOG_LEVEL: undefined,
      HEARTH_DEMO: undefined,
    });
    try {
      const bottom = await waitFor('the logins box', () => lines(server.output()).find((line) => line.startsWith('└')));
      const shown = lines(server.output());
      expect(shown[shown.length - 1]).toBe(bottom);
      const top = shown.findIndex((line) => line.startsWith('┌'));
      const box = shown.slice(top);
      expect(box.every((line) => /^[┌│└]/.test(line))).toBe(true);
      expect(box.join('\n')).toContain(DEMO_PASSWORD);
      for (const person of DEMO_PEOPLE) {
        expect(box.some((line) => line.includes(person.email) && line.includes(person.displayName))).toBe(true);
      }

      const log = shown.slice(0, top);
      expect(log.length).toBeGreaterThan(0);
      expect(log.length).toBeLessThan(10);
      for (const line of log) {
        expect(line).not.toMatch(/^\s*\{/);
        expect(() => JSON.parse(line)).toThrow();
        expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] (INFO|WARN|ERROR)/);
      }
      expect(log.join('\n')).toContain('Hearth is listening on http://localhost:');
      expect(log.join('\n')).not.toMatch(/Mapped \{|InstanceLoader|RouterExplorer|dependencies initialized/);

      // Requests, answered or refused, write no line at the default level.
      const login = await rest(server.url, 'POST', '/api/auth/login', '', {
        email: DEMO_PEOPLE[4].email,
        password: DEMO_PASSWORD,
      });
      expect(login.status).toBe(200);
      expect((await rest(server.url, 'GET', '/api/rooms', 'not-a-token')).status).toBe(401);
      expect((await rest(server.url, 'GET', '/api/rooms', login.body.accessToken)).status).toBe(200);
    } finally {
      await server.stop();
    }
    // The shutdown line comes after anything the requests would have written.
    const after = lines(server.output());
    const end = after.findIndex((line) => line.startsWith('└'));
    expect(after.slice(end + 1)).toEqual([expect.stringMatching(/INFO: Startup: SIGTERM: shutting down$/)]);
  }, 60_000);

  it('in production: one JSON object a line, requests included', async () => {
    const server = await ServerProcess.start({
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      LOG_LEVEL: undefined,
    });
    try {
      expect((await rest(server.url, 'GET', '/api/rooms', 'not-a-token')).status).toBe(401);
      await waitFor('the request line', () => server.output().includes('GET /api/rooms 401') || undefined);
      const entries = lines(server.output()).map((line) => JSON.parse(line) as { msg: string; context?: string });
      expect(entries.map((e) => e.msg)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Hearth is listening'),
          'Nest application successfully started',
          'GET /api/rooms 401',
        ]),
      );
      expect(server.output()).not.toContain('┌');
    } finally {
      await server.stop();
    }
  }, 60_000);
});
