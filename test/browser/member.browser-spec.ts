import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs } from '../support/browser';
import { sanctionThroughQueue, TEST_PASSWORD, TestContext } from '../support/context';
import { waitFor } from '../support/wait';

/** What a member meets around their account and standing (issue 18, Members). */
describe('members: notifications, sanctions, account basics, step-down and reporting in Chromium', () => {
  let ctx: TestContext;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  async function phone(): Promise<Page> {
    const { context, page } = await newPhonePage(browser);
    contexts.push(context);
    return page;
  }

  const localTime = (page: Page, iso: string) =>
    page.evaluate((at) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }), iso);

  it('shows each kind of notification in its own words, with a link to what it is about', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Thursday group' });
    const clinician = await ctx.newClinician({ cohort });
    const admin = await ctx.newAdmin();
    const moderator = await ctx.newModerator();
    const iris = await ctx.newMember({ cohort, displayName: 'Iris Vale' });
    const jon = await ctx.newMember({ cohort, displayName: 'Jon Brook' });

    // mention: Jon names Iris in a thread.
    const thread = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'Weekend plans', body: 'What helps you on Sundays, @Iris Vale?' },
      jon.accessToken,
    );
    expect(thread.status).toBe(201);
    // report_handled: Iris reports Jon's thread, a moderator dismisses it.
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'thread', targetId: thread.body.id, reason: 'spam' },
      iris.accessToken,
    );
    expect(flag.status).toBe(201);
    expect(
      (
        await ctx.t.post(
          `/api/moderation/queue/${flag.body.reviewItemId}/resolve`,
          { action: 'dismiss', reason: 'Looks fine' },
          moderator.accessToken,
        )
      ).status,
    ).toBe(200);
    // moderation: Iris is muted for an hour; appeal_decided: she appeals, an admin decides.
    await sanctionThroughQueue(ctx, moderator, iris, { action: 'mute', reason: 'Heated words', durationMinutes: 60 });
    const history = await ctx.t.get('/api/moderation/mine', iris.accessToken);
    const sanctionId = history.body.sanctions[0].id as string;
    const appeal = await ctx.t.post('/api/appeals', { sanctionId, text: 'I apologised already' }, iris.accessToken);
    expect(appeal.status).toBe(201);
    expect(
      (
        await ctx.t.post(
          `/api/appeals/${appeal.body.id}/decide`,
          { outcome: 'upheld', reason: 'The mute stands, briefly' },
          admin.accessToken,
        )
      ).status,
    ).toBe(200);
    // rejoined (on Jon, a returning person) and stepped_down (on Kit).
    const next = await ctx.newCohort({ name: 'Spring group' });
    const code = (await ctx.t.post(`/api/cohorts/${next.id}/invites`, {}, admin.accessToken)).body.code as string;
    expect((await ctx.t.post('/api/invites/redeem', { code }, jon.accessToken)).status).toBe(200);

    const kinds = ['mention', 'report_handled', 'moderation', 'appeal_decided'];
    await waitFor('every notice for Iris', async () => {
      const list = await ctx.t.get('/api/notifications', iris.accessToken);
      const have = new Set(list.body.notifications.map((n: { kind: string }) => n.kind));
      return kinds.every((k) => have.has(k)) ? true : undefined;
    });
    const [{ until }] = await ctx.t.query<{ until: Date }>(
      `SELECT until FROM notifications WHERE user_id = $1 AND kind = 'moderation'`,
      [iris.id],
    );

    const page = await phone();
    await openAs(page, base, iris, '/notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const item = (kind: string) => page.locator(`li[data-kind="${kind}"]`);
    const expectItem = async (kind: string, title: string, link: string, href: string) => {
      await item(kind).getByText(title, { exact: true }).waitFor();
      expect(await item(kind).getByRole('link', { name: link }).getAttribute('href')).toBe(href);
    };
    await expectItem(
      'mention',
      'Jon Brook mentioned you in “Weekend plans”',
      'Open the thread',
      `/threads/${thread.body.id}`,
    );
    await expectItem(
      'report_handled',
      'Your report was reviewed',
      'Go to where you reported it',
      `/threads/${thread.body.id}`,
    );
    await expectItem(
      'moderation',
      'A decision about you or your content',
      'See your moderation history and appeal',
      '/moderation/mine',
    );
    // The mute's end in Iris's own time, never as raw UTC.
    const detail = await item('moderation').locator('.item-meta').first().textContent();
    expect(detail).toContain('Reason: Heated words');
    expect(detail).toContain(`Until ${await localTime(page, until.toISOString())}.`);
    expect(detail).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await expectItem('appeal_decided', 'Your appeal was decided', 'See your moderation history', '/moderation/mine');
    await item('appeal_decided')
      .getByText(/decision stands\. Reason: The mute stands, briefly/)
      .waitFor();
    expect(await page.getByText('Someone mentioned you').count()).toBe(0);

    // Following a link marks it read and goes there.
    await item('mention').getByRole('link', { name: 'Open the thread' }).click();
    await page.getByRole('heading', { name: 'Weekend plans', level: 1 }).waitFor();

    // Jon, back for another round, is welcomed to his new group.
    const jonPage = await phone();
    await openAs(jonPage, base, jon, '/notifications');
    await expectItemOn(jonPage, 'rejoined', 'Welcome back to a group', 'Go to your new group', '/');
    await jonPage
      .locator('li[data-kind="rejoined"]')
      .getByText(/You have joined Spring group/)
      .waitFor();

    // Kit steps down and is told so.
    const kit = await ctx.newMember({ cohort, displayName: 'Kit Ashby' });
    await ctx.t.post(`/api/cohorts/${cohort.id}/members/${kit.id}/step-down`, {}, clinician.accessToken);
    const terms = await ctx.t.get('/api/terms?audience=alumni');
    await ctx.t.post('/api/terms/accept', { version: terms.body.version }, kit.accessToken);
    const kitPage = await phone();
    await openAs(kitPage, base, kit, '/notifications');
    await expectItemOn(kitPage, 'stepped_down', 'You have stepped down to alumni', 'Go to alumni home', '/');
  });

  async function expectItemOn(page: Page, kind: string, title: string, link: string, href: string): Promise<void> {
    const item = page.locator(`li[data-kind="${kind}"]`);
    await item.getByText(title, { exact: true }).waitFor();
    expect(await item.getByRole('link', { name: link }).getAttribute('href')).toBe(href);
  }

  it('a suspended member sees why and until when at sign-in, and appeals there without a session', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const lea = await ctx.newMember({ cohort, displayName: 'Lea Stone' });
    await sanctionThroughQueue(ctx, await ctx.newModerator(), lea, {
      action: 'suspend',
      reason: 'Sharing another member’s story outside the group',
      durationMinutes: 600,
    });
    const [{ until }] = await ctx.t.query<{ until: Date }>(`SELECT status_until AS until FROM users WHERE id = $1`, [
      lea.id,
    ]);

    // In a room with her old session: told at once, not "Connecting…" forever.
    const page = await phone();
    await openAs(page, base, lea, `/rooms/${cohort.roomId}`);
    await page.getByRole('heading', { name: 'You have been signed out', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'What you can still do' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'sign in', exact: true }).click();

    await page.getByLabel('Email', { exact: true }).fill(lea.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your account is suspended' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(`You can sign in again on ${await localTime(page, until.toISOString())} (your time).`)
      .waitFor();
    await page.getByText('Reason: Sharing another member’s story outside the group').waitFor();
    await page.getByRole('heading', { name: 'What you can still do' }).waitFor();
    await page.getByLabel('Why should staff look at this again?').fill('I asked her first; she said it was fine.');
    await page.getByRole('button', { name: 'Send appeal' }).click();
    await page
      .getByRole('status')
      .getByText(/Your appeal has been sent/)
      .waitFor();

    const appeals = await ctx.t.query(`SELECT text, status FROM appeals WHERE user_id = $1`, [lea.id]);
    expect(appeals).toEqual([{ text: 'I asked her first; she said it was fine.', status: 'open' }]);
    // Still no session: nothing stored in the browser.
    expect(await page.evaluate(`localStorage.getItem('hearth.refreshToken')`)).toBeNull();
  });

  it('a member changes their password; an admin hands out a reset code that sets a new one', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const mia = await ctx.newMember({ cohort, displayName: 'Mia Fern' });
    const admin = await ctx.newAdmin();
    const other = await ctx.signIn(mia);

    const page = await phone();
    await openAs(page, base, mia, '/settings/security');
    await page.getByRole('heading', { name: 'Password' }).waitFor();
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('river stones and moss');
    await page.getByLabel('New password again').fill('river stones and moss');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That is not your current password.').waitFor();
    await page.getByLabel('Current password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').getByText('Your password is changed. Other devices have been signed out.').waitFor();
    expect((await ctx.t.get('/api/me', other.accessToken)).status).toBe(401);

    // Forgotten after all: the admin creates a code from the people page.
    const staff = await phone();
    await openAs(staff, base, admin, '/admin/people');
    await staff.getByLabel('Name or email').fill('Mia Fern');
    await staff.getByRole('button', { name: 'Find' }).click();
    await staff.getByRole('button', { name: 'Password reset code for Mia Fern' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Password reset code: Mia Fern' });
    await dialog.getByRole('button', { name: 'Create reset code' }).click();
    const code = (await dialog.locator('.reset-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await dialog.getByText(/Valid until/).waitFor();

    const fresh = await phone();
    await fresh.goto(`${base}/login`);
    await fresh.getByRole('link', { name: 'Forgot your password?' }).click();
    await fresh.getByLabel('Reset code').fill(code.toLowerCase());
    await fresh.getByLabel('New password', { exact: true }).fill('a second new passphrase');
    await fresh.getByLabel('New password again').fill('a second new passphrase');
    await fresh.getByRole('button', { name: 'Set new password' }).click();
    await fresh.getByRole('heading', { name: 'Password changed' }).waitFor();
    await fresh.getByRole('link', { name: 'Sign in' }).last().click();
    await fresh.getByLabel('Email', { exact: true }).fill(mia.email);
    await fresh.getByLabel('Password', { exact: true }).fill('a second new passphrase');
    await fresh.getByRole('button', { name: 'Sign in' }).click();
    await fresh.getByRole('heading', { name: 'Hi, Mia Fern' }).waitFor();
    // The reset ended the session the first page had.
    expect((await ctx.t.get('/api/me', mia.accessToken)).status).toBe(401);
  });

  it('a member edits their display name; a taken one is refused beside the field', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const ned = await ctx.newMember({ cohort, displayName: 'Ned Holt' });
    await ctx.newMember({ cohort, displayName: 'Olive Park' });
    const page = await phone();
    await openAs(page, base, ned, '/');
    await page.getByRole('link', { name: /^Display name/ }).click();
    const field = page.getByRole('textbox', { name: 'Display name' });
    await field.fill('Olive Park');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('That display name is taken; choose another.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('Quiet Heron');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').getByText('Saved. Others now see you as Quiet Heron.').waitFor();
    await page.getByRole('link', { name: 'Hearth home' }).click();
    await page.getByRole('heading', { name: 'Hi, Quiet Heron' }).waitFor();
  });

  it('a member stepped down while chatting is told what changed in place, keeps her posts, and is welcomed to alumni', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Monday group' });
    const clinician = await ctx.newClinician({ cohort });
    const pia = await ctx.newMember({ cohort, displayName: 'Pia Lund' });
    const thread = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'Ninety days', body: 'Today I got my ninety-day chip.' },
      pia.accessToken,
    );
    expect(thread.status).toBe(201);

    const page = await phone();
    await openAs(page, base, pia, `/rooms/${cohort.roomId}`);
    await page.getByText('Only you here').waitFor();
    expect(
      (await ctx.t.post(`/api/cohorts/${cohort.id}/members/${pia.id}/step-down`, {}, clinician.accessToken)).status,
    ).toBe(200);

    await page.getByRole('heading', { name: 'You have stepped down to alumni', level: 1 }).waitFor();
    // Said where she is (chat), not a jump to the terms page.
    expect(new URL(page.url()).pathname).toMatch(/^\/rooms/);
    await page.getByRole('link', { name: 'My posts' }).click();
    await page.getByRole('heading', { name: 'My posts', level: 1 }).waitFor();
    await page.getByText('Today I got my ninety-day chip.').waitFor();
    await page.getByText(/read-only: this board is no longer open to you/).waitFor();

    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Community terms' }).waitFor();
    await page.getByText('Welcome to the alumni community. These are the terms for alumni spaces').waitFor();
    await page.getByRole('button', { name: 'I accept these terms' }).click();
    await page.getByRole('heading', { name: 'Hi, Pia Lund' }).waitFor();
    await page.getByText(/Welcome to the alumni community: the alumni lounge and boards are yours/).waitFor();
    expect(await page.getByText('Your group is here between sessions').count()).toBe(0);
  });

  it('a member reports a reply and a thread from the thread page', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const quinn = await ctx.newMember({ cohort, displayName: 'Quinn Reyes' });
    const rae = await ctx.newMember({ cohort, displayName: 'Rae Dunn' });
    const thread = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'Cravings at night', body: 'Anyone else?' },
      rae.accessToken,
    );
    const reply = await ctx.t.post(
      `/api/threads/${thread.body.id}/posts`,
      { body: 'Buy cheap pills here' },
      rae.accessToken,
    );
    expect(reply.status).toBe(201);

    const page = await phone();
    await openAs(page, base, quinn, `/threads/${thread.body.id}`);
    await page.getByRole('heading', { name: 'Cravings at night', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Report reply by Rae Dunn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report reply by Rae Dunn' });
    await dialog.getByRole('radio', { name: 'Spam' }).check();
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog
      .getByRole('status')
      .getByText(/staff will review this/)
      .waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Report thread by Rae Dunn' }).click();
    const threadDialog = page.getByRole('dialog', { name: 'Report thread by Rae Dunn' });
    await threadDialog.getByRole('radio', { name: 'Something else' }).check();
    await threadDialog.getByRole('button', { name: 'Send report' }).click();
    await threadDialog
      .getByRole('status')
      .getByText(/staff will review this/)
      .waitFor();

    const flags = await ctx.t.query<{ target_type: string; target_id: string; reason: string }>(
      `SELECT target_type, target_id, reason FROM flags WHERE reporter_id = $1 ORDER BY created_at`,
      [quinn.id],
    );
    expect(flags).toEqual([
      { target_type: 'post', target_id: reply.body.id, reason: 'spam' },
      { target_type: 'thread', target_id: thread.body.id, reason: 'other' },
    ]);
    // Nobody reports their own words.
    const raePage = await phone();
    await openAs(raePage, base, rae, `/threads/${thread.body.id}`);
    await raePage.getByRole('heading', { name: 'Cravings at night', level: 1 }).waitFor();
    expect(await raePage.getByRole('button', { name: /^Report / }).count()).toBe(0);
  });
});
