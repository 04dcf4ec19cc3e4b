import { readFile } from 'node:fs/promises';
import { authenticator } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SettingsService } from '../../src/settings/settings.service';
import { launchBrowser, newPhonePage, openAs, openMenu } from '../support/browser';
import { TestContext } from '../support/context';
import { reply } from '../support/forums';

/** Words a tab title must never hold: it shows in tab bars, history and screen shares. */
const REVEALING = [
  'program',
  'iop',
  'addiction',
  'substance',
  'alcohol',
  'drug',
  'rehab',
  'depression',
  'anxiety',
  'recovery',
  'treatment',
  'diagnosis',
];

/** The origin a URL is fetched from (websockets count as their http twin; blob: and data: as the page's own). */
function originOf(url: string, base: string): string {
  if (url.startsWith('data:')) {
    return base;
  }
  const inner = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
  const parsed = new URL(inner);
  const protocol = parsed.protocol === 'ws:' ? 'http:' : parsed.protocol === 'wss:' ? 'https:' : parsed.protocol;
  return `${protocol}//${parsed.host}`;
}

interface Recorder {
  urls: string[];
  titles: string[];
  foreign: () => string[];
  revealingTitles: () => string[];
}

/** Records every request and websocket of a browser context, and every title its pages show. */
async function record(context: BrowserContext, page: Page, base: string): Promise<Recorder> {
  const urls: string[] = [];
  const titles: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  page.on('request', (request) => urls.push(request.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  await page.exposeFunction('hearthTitleSeen', (title: string) => titles.push(title));
  // Every title change, including ones that last a moment between two pages.
  await context.addInitScript(`
    document.addEventListener('DOMContentLoaded', () => {
      const report = () => window.hearthTitleSeen(document.title);
      report();
      new MutationObserver(report).observe(document.head, { subtree: true, childList: true, characterData: true });
    });
  `);
  const origin = new URL(base).origin;
  return {
    urls,
    titles,
    foreign: () => urls.filter((url) => originOf(url, origin) !== origin),
    revealingTitles: () =>
      titles.filter((t) => !t.includes('Hearth') || REVEALING.some((word) => t.toLowerCase().includes(word))),
  };
}

async function signIn(page: Page, base: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/login`);
  await fillCredentials(page, user);
}

async function fillCredentials(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A code for the authenticator's next time step: the current one may just have been spent. */
function nextCode(secret: string): string {
  return authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);
}

/** Sets up a second factor on the security page; returns the secret and the recovery codes. */
async function setUpSecondFactor(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Set up a second factor' }).click();
  await page.getByRole('heading', { name: '1. Add Hearth to your authenticator app' }).waitFor();
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  const uri = await page.getByRole('link', { name: 'Open in authenticator app' }).getAttribute('href');
  expect(uri).toMatch(/^otpauth:\/\/totp\/Hearth:/);
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(uri).toContain(`secret=${secret}`);
  await page.getByLabel('Code from your authenticator app').fill(authenticator.generate(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const list = page.getByRole('list', { name: 'Recovery codes' });
  await list.waitFor();
  const codes = await list.getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

describe('privacy and security in Chromium', () => {
  let ctx: TestContext;
  let browser: Browser;
  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('a whole member session makes no request to another origin and never shows a revealing tab title', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Tuesday group' });
    const clinician = await ctx.newClinician({ cohort });
    const peer = await ctx.newMember({ cohort, displayName: 'Steady Oak' });
    const invite = await ctx.t.post(
      `/api/cohorts/${cohort.id}/invites`,
      { role: 'member', maxUses: 1, expiresInHours: 24 },
      clinician.accessToken,
    );
    expect(invite.status).toBe(201);

    const { context, page } = await newPhonePage(browser);
    const seen = await record(context, page, base);
    await page.goto(`${base}/register?code=${encodeURIComponent(invite.body.code)}`);
    await page.getByLabel('Email').fill('quiet.wren@example.test');
    await page.getByLabel('Display name').fill('Quietwren');
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('checkbox', { name: /I accept/ }).check();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('region', { name: 'My groups' }).getByText('Tuesday group').waitFor();
    await page.goto(`${base}/terms`);
    await page.getByText('You have accepted these terms.').waitFor();

    await page.getByRole('link', { name: 'Hearth home' }).click();
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' }).click();
    await page.getByRole('link', { name: 'Tuesday group board' }).click();
    await page.getByRole('button', { name: 'Start a thread' }).click();
    await page.getByLabel('Title').fill('Small wins this week');
    await page.getByLabel('Message').fill('I went for a walk every morning.');
    await page.getByRole('button', { name: 'Start thread' }).click();
    await page.getByRole('heading', { name: 'Small wins this week' }).waitFor();
    await page.getByLabel('Your reply').fill('And I cooked twice.');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.getByRole('article', { name: 'Reply by Quietwren' }).waitFor();
    const threadId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await reply(ctx, peer, threadId, '@Quietwren that is a real win');

    await openMenu(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Notifications/ })
      .click();
    await page.getByText('Steady Oak').waitFor();
    await page.getByRole('link', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'Small wins this week' }).waitFor();

    await page.getByRole('link', { name: 'Hearth home' }).click();
    await page.getByRole('link', { name: 'Sign-in and security' }).click();
    await page.getByRole('heading', { name: 'Where you’re signed in' }).waitFor();
    await page.getByText('This device').waitFor();
    await page.getByRole('link', { name: 'Hearth home' }).click();
    await page.getByRole('link', { name: 'Your data and privacy' }).click();
    await page.getByRole('heading', { name: 'Download my data' }).waitFor();
    await page.getByRole('link', { name: 'Hearth home' }).click();
    await page.getByRole('link', { name: 'My moderation history' }).click();
    await page.getByRole('heading', { name: 'My moderation history' }).waitFor();
    await page.getByRole('link', { name: 'Hearth home' }).click();
    await page.getByRole('link', { name: 'Blocked people' }).click();
    await page.getByRole('heading', { name: 'Blocked people' }).waitFor();
    await openMenu(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    expect(seen.urls.length).toBeGreaterThan(20);
    expect(seen.urls.some((url) => url.startsWith('ws'))).toBe(true);
    expect(seen.foreign()).toEqual([]);
    expect(seen.titles.length).toBeGreaterThan(5);
    expect(seen.revealingTitles()).toEqual([]);
    await context.close();
  });

  it('staff set up a second factor, then sign in with a code, and again with a recovery code', async () => {
    const base = ctx.t.baseUrl;
    const clinician = await ctx.newClinician();
    const { context, page } = await newPhonePage(browser);
    const seen = await record(context, page, base);
    await signIn(page, base, clinician);
    await page.getByRole('link', { name: 'Sign-in and security' }).click();
    await page.getByRole('heading', { name: 'Sign-in and security' }).waitFor();
    expect(await page.title()).toBe('Security · Hearth');
    const { secret, codes } = await setUpSecondFactor(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download (.txt)' }).click();
    const saved = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(saved).toContain(codes[0]);
    await page.getByRole('checkbox', { name: 'I have saved these codes' }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('status').getByText('Your second factor is on.').waitFor();

    await openMenu(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await fillCredentials(page, clinician);
    const code = page.getByLabel('6-digit code from your authenticator app (or a recovery code)');
    await code.waitFor();
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That code is not valid.').waitFor();
    await code.fill(nextCode(secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Hi, / }).waitFor();

    await openMenu(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await fillCredentials(page, clinician);
    await page.getByRole('button', { name: 'Type a recovery code (letters)' }).click();
    await code.fill(codes[3].toLowerCase());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Hi, / }).waitFor();
    // Each recovery code works once.
    const again = await ctx.t.post('/api/auth/login', {
      email: clinician.email,
      password: clinician.password,
      totp: codes[3],
    });
    expect(again.status).toBe(401);
    expect(seen.foreign()).toEqual([]);
    expect(seen.revealingTitles()).toEqual([]);
    await context.close();
  });

  it('the sessions page signs out another session and then everywhere else, keeping this one', async () => {
    const base = ctx.t.baseUrl;
    const member = await ctx.newMember();
    await ctx.t.post('/api/auth/logout', { refreshToken: member.refreshToken });
    const other = await ctx.signIn(member);
    const { context, page } = await newPhonePage(browser);
    await signIn(page, base, member);
    await page.getByRole('heading', { name: /^Hi, / }).waitFor();
    await page.goto(`${base}/settings/security`);

    const sessions = page.getByRole('list', { name: 'Sessions' });
    await sessions.getByRole('listitem').filter({ hasText: 'This device' }).waitFor();
    const row = sessions.getByRole('listitem').filter({ hasText: 'App' });
    await row.getByRole('button', { name: /^Sign out App/ }).click();
    await page.getByRole('status').getByText('Signed out App.').waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await ctx.t.get('/api/me', other.accessToken)).status).toBe(401);
    expect((await ctx.t.post('/api/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(401);

    const third = await ctx.signIn(member);
    const fourth = await ctx.signIn(member);
    await page.reload();
    await sessions.getByRole('listitem').filter({ hasText: 'App' }).first().waitFor();
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await page.getByText('You’re signed in only here.').waitFor();
    expect((await ctx.t.get('/api/me', third.accessToken)).status).toBe(401);
    expect((await ctx.t.get('/api/me', fourth.accessToken)).status).toBe(401);
    // This device is still signed in.
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: /^Hi, / }).waitFor();
    await context.close();
  });

  it('the privacy page downloads my data and deletes my account after my password', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort, displayName: 'Lantern Moth' });
    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, member, '/settings/privacy');
    await page.getByRole('heading', { name: 'Your data and privacy' }).waitFor();
    expect(await page.title()).toBe('Privacy · Hearth');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hearth-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await file.path()) ?? '', 'utf8'));
    expect(data.profile.email).toBe(member.email);
    expect(data.profile.displayName).toBe('Lantern Moth');
    await page.getByRole('status').getByText('Your data was saved').waitFor();

    await page.getByText('shown as written by “Former member”').waitFor();
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const password = dialog.getByLabel('Your password');
    // The password field has the keyboard at once.
    expect(await page.locator(':focus').getAttribute('name')).toBe('password');
    await password.fill('not my password');
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await dialog.getByText('That password is not correct.').waitFor();
    await password.fill(member.password);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();
    expect(await page.title()).toBe('Signed out · Hearth');
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(`localStorage.getItem('hearth.refreshToken')`)).toBeNull();

    const login = await ctx.t.post('/api/auth/login', { email: member.email, password: member.password });
    expect(login.status).toBe(401);
    expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
    await context.close();
  });

  it('a session unused for too long ends, and the sign-in page says why', async () => {
    const base = ctx.t.baseUrl;
    const moderator = await ctx.newModerator();
    await ctx.t.query(`UPDATE refresh_tokens SET created_at = now() - interval '3 hours' WHERE family_id = $1`, [
      moderator.sessionId,
    ]);
    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, { ...moderator, accessToken: 'expired.token.here' }, '/staff/queue');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('You were signed out after a period of inactivity').waitFor();
    await fillCredentials(page, moderator);
    // Back where they were going.
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await context.close();
  });

  it('an admin, on request, resets a second factor, exports a member’s data and deletes their account with a reason', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const admin = await ctx.newAdmin();
    const clinician = await ctx.newClinician({ cohort });
    const member = await ctx.newMember({ cohort, displayName: 'Paper Crane' });
    const setup = await ctx.t.post('/api/me/totp/setup', {}, clinician.accessToken);
    const enabled = await ctx.t.post(
      '/api/me/totp/enable',
      { code: authenticator.generate(setup.body.secret) },
      clinician.accessToken,
    );
    expect(enabled.status).toBe(200);

    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, admin, `/staff/cohorts/${cohort.id}`);
    await page.getByRole('button', { name: `Account requests for ${clinician.displayName}` }).click();
    let dialog = page.getByRole('dialog', { name: `Account requests: ${clinician.displayName}` });
    await dialog.getByRole('button', { name: 'Reset second factor' }).click();
    await dialog.getByRole('status').getByText('second factor is reset').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const login = await ctx.t.post('/api/auth/login', { email: clinician.email, password: clinician.password });
    expect(login.status).toBe(200);

    await page.getByRole('button', { name: 'Account requests for Paper Crane' }).click();
    dialog = page.getByRole('dialog', { name: 'Account requests: Paper Crane' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export data (on request)' }).click();
    const data = JSON.parse(await readFile((await (await download).path()) ?? '', 'utf8'));
    expect(data.profile.email).toBe(member.email);
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await dialog.getByText('Say why').waitFor();
    await dialog.getByLabel('Reason (recorded)').fill('Asked by phone on Monday');
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Account requests for Paper Crane' }).waitFor({ state: 'detached' });
    expect((await ctx.t.get('/api/me', member.accessToken)).status).toBe(401);
    const [entry] = await ctx.t.query(
      `SELECT details FROM audit_log WHERE action = 'account.deleted' AND target_id = $1`,
      [member.id],
    );
    expect(entry.details.reason).toBe('Asked by phone on Monday');
    await context.close();
  });

  it('when the program requires it, staff without a second factor set one up first, then carry on', async () => {
    const base = ctx.t.baseUrl;
    const admin = await ctx.newAdmin();
    const clinician = await ctx.newClinician();
    const { context, page } = await newPhonePage(browser);
    const seen = await record(context, page, base);
    try {
      await openAs(page, base, admin, '/admin/settings');
      await page.getByRole('heading', { name: 'Program settings' }).waitFor();
      expect(await page.title()).toBe('Settings · Hearth');
      await page.getByRole('checkbox', { name: /Require staff to sign in with a second factor/ }).check();
      await page.getByText('will be asked to set one up at their next action').waitFor();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').getByText('Settings saved.').waitFor();

      // The admin has none either: their next action (a 403 mfa_setup_required) leads to the set-up.
      await openMenu(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' }).click();
      await page.getByText('Set up a second factor to continue.').waitFor();
      expect(new URL(page.url()).search).toBe('?setup=required');
      await setUpSecondFactor(page);
      await page.getByRole('checkbox', { name: 'I have saved these codes' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Boards' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/boards');

      // A clinician signing in is sent to the set-up first, then on to the page they asked for.
      await openMenu(page);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await page.goto(`${base}/staff/alerts`);
      await fillCredentials(page, clinician);
      await page.getByText('Set up a second factor to continue.').waitFor();
      const { secret } = await setUpSecondFactor(page);
      await page.getByRole('checkbox', { name: 'I have saved these codes' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Alerts' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/alerts');

      // While the rule is on, it cannot be turned off.
      await page.goto(`${base}/settings/security`);
      await page.getByRole('button', { name: 'Turn off' }).click();
      await page.getByLabel('Code from your authenticator app (or a recovery code)').fill(nextCode(secret));
      await page.getByRole('button', { name: 'Turn off' }).click();
      await page.getByRole('alert').getByText('Your program requires staff to use a second factor').waitFor();
      expect(seen.foreign()).toEqual([]);
    } finally {
      await ctx.t.query(`UPDATE settings SET value = 'false'::jsonb WHERE key = 'staffMfaRequired'`);
      ctx.t.app.get(SettingsService).forget();
      await context.close();
    }
  });
});
