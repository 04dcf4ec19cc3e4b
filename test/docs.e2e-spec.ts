import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocs } from '../src/docs/render';

const ROOT = join(__dirname, '..');

/** docs/ is generated from the app (OpenAPI) and the contract (src/contract), so it cannot drift from them. */
describe('docs/', () => {
  let rendered: Record<string, string>;
  beforeAll(async () => {
    rendered = await renderDocs(ROOT);
  });

  it('holds what `npm run docs` writes now (run it and commit when this fails)', () => {
    const stale = Object.entries(rendered)
      .filter(([path, text]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== text)
      .map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('covers every HTTP route and every socket event of the contract', () => {
    const openApi = JSON.parse(rendered['docs/openapi.json']) as { paths: Record<string, Record<string, unknown>> };
    const http = rendered['docs/http-api.md'];
    let operations = 0;
    for (const [path, methods] of Object.entries(openApi.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations++;
        expect(http).toContain(`### \`${method.toUpperCase()} ${path}\``);
        // Who may call it, read from the route's access rule.
        expect({ path, method, access: (operation as { 'x-access'?: string })['x-access'] }).toEqual({
          path,
          method,
          access: expect.stringMatching(
            /^(anyone|any signed-in person|(member|alumni|peer_mentor|clinician|moderator|admin))/,
          ),
        });
      }
    }
    expect(http.match(/\*\*who\*\*: /g)).toHaveLength(operations);
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/rooms/{id}/messages']));

    const sockets = rendered['docs/socket-events.md'];
    const contract = readFileSync(join(ROOT, 'src', 'contract', 'events.ts'), 'utf8');
    const events = [...contract.matchAll(/^ {2}'?([a-z:]+)'?: \(/gm)].map((m) => m[1]);
    expect(events).toEqual(expect.arrayContaining(['message:send', 'alert:new', 'sync']));
    for (const event of events) {
      expect(sockets).toContain(`| \`${event}\` |`);
    }
    expect(sockets).toContain('### ErrorBody');
    expect(sockets).toContain("'not_found'");
  });

  it('is what the README points to: every local link resolves, none leaves the repository', () => {
    for (const file of [
      'README.md',
      'docs/README.md',
      'docs/roles-and-safety.md',
      'docs/http-api.md',
      'docs/socket-events.md',
    ]) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const links = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
        .map((m) => m[1])
        .filter((l) => !/^https?:/.test(l));
      for (const link of links) {
        expect({ file, link, exists: existsSync(join(ROOT, file, '..', link)) }).toEqual({ file, link, exists: true });
      }
      expect(text).not.toMatch(/shared\/spec|\.\.\/shared/);
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const link of ['docs/http-api.md', 'docs/socket-events.md', 'docs/roles-and-safety.md', '/api/docs']) {
      expect(readme).toContain(link);
    }
  });
});
