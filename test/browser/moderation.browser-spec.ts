import type { Browser } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs, recordForeignRequests, openMenu } from '../support/browser';
import { newCrisisAlert, sanctionThroughQueue, TestContext } from '../support/context';

describe('moderation and safety in Chromium', () => {
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

  it('a moderator reads a reported person’s item, claims it and suspends them for an hour; it moves to Resolved', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const reported = await ctx.newMember({ cohort, displayName: 'Stormy Petrel' });
    const reporter = await ctx.newMember({ cohort });
    const moderator = await ctx.newModerator();
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'user', targetId: reported.id, reason: 'harassment', note: 'Keeps sending me cruel messages' },
      reporter.accessToken,
    );
    expect(flag.status).toBe(201);

    const { context, page } = await newPhonePage(browser);
    const foreign = recordForeignRequests(page, base);
    await openAs(page, base, moderator, '/staff/queue');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    expect(await page.title()).toBe('Review queue · Hearth');

    const item = page.getByRole('article', { name: 'Person: Stormy Petrel' });
    await item.waitFor();
    await item.getByText('Harassment × 1').waitFor();
    await item.getByText('Reported by people').waitFor();
    // The reporter's words stay blurred (and out of the accessibility tree) until asked for.
    const text = item.getByText('Keeps sending me cruel messages');
    expect(await text.locator('xpath=ancestor::*[@aria-hidden="true"]').count()).toBe(1);
    await item.getByRole('button', { name: 'Show text' }).click();
    await item.getByRole('button', { name: 'Hide text', expanded: true }).waitFor();
    expect(await text.locator('xpath=ancestor::*[@aria-hidden="true"]').count()).toBe(0);

    await item.getByRole('button', { name: 'Claim' }).click();
    await page.getByRole('status').getByText('You are reviewing: Person: Stormy Petrel.').waitFor();
    await item.getByText('claimed by you').waitFor();
    await item.getByRole('radio', { name: 'Suspend for…' }).check();
    await item.getByRole('radio', { name: '1 h' }).check();
    await item.getByText('Stormy Petrel is told this.').waitFor();
    await item.getByLabel('Reason').fill('Repeated cruel messages to another member, after a warning.');
    await item.getByRole('button', { name: 'Suspend' }).click();
    await page
      .getByRole('status')
      .getByText(/Resolved \(Suspended for 1 h\)/)
      .waitFor();
    await item.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Resolved' }).click();
    const done = page.getByRole('article', { name: 'Person: Stormy Petrel' });
    await done.getByText('Suspended', { exact: true }).waitFor();
    await done.getByText('Reason given: Repeated cruel messages to another member, after a warning.').waitFor();

    const [sanction] = await ctx.t.query(
      `SELECT kind, extract(epoch FROM ends_at - starts_at)::int AS seconds FROM sanctions WHERE user_id = $1`,
      [reported.id],
    );
    expect(sanction).toEqual({ kind: 'suspend', seconds: 3600 });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('a clinician acknowledges a crisis alert, records an outcome, and the audit log shows it', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort });
    const author = await ctx.newMember({ cohort, displayName: 'Quiet Heron' });
    await newCrisisAlert(ctx, { author, cohort });

    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, clinician, '/staff/dashboard');
    // The staff row counts open alerts on every staff page.
    await openMenu(page);
    const staffNav = page.getByRole('navigation', { name: 'Staff' });
    await staffNav.getByRole('link', { name: /^Alerts\W+1 open alert$/ }).waitFor();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText('Not yet acknowledged').waitFor();
    await page
      .getByRole('figure', { name: 'Open review items by reason' })
      .or(page.getByText('The queue is empty.'))
      .waitFor();

    await staffNav.getByRole('link', { name: /^Alerts/ }).click();
    await page.getByRole('heading', { name: 'Crisis alerts' }).waitFor();
    expect(await page.title()).toBe('Alerts · Hearth');
    const alert = page.getByRole('article', { name: 'Quiet Heron' });
    await alert.getByText('Thoughts of suicide').waitFor();
    await alert.getByText(/escalates to all clinicians in/).waitFor();
    // The message itself arrives with the rooms branch; until then the alert says its text is gone.
    await alert.getByText('The text is no longer available.').waitFor();

    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await page
      .getByRole('status')
      .getByText(/You acknowledged the alert about Quiet Heron/)
      .waitFor();
    await alert.getByText(`by ${clinician.displayName}`, { exact: false }).waitFor();
    await alert.getByRole('button', { name: 'Acknowledge' }).waitFor({ state: 'detached' });
    await openMenu(page);
    await staffNav.getByRole('link', { name: 'Alerts', exact: true }).waitFor();
    await page.getByRole('button', { name: /^Menu/ }).click();

    await alert.getByRole('radio', { name: 'I reached out' }).check();
    await alert.getByLabel('Note').fill('Called them; they are safe and seeing their counselor tomorrow.');
    await alert.getByRole('button', { name: 'Record outcome' }).click();
    await page.getByRole('status').getByText('Outcome recorded for the alert about Quiet Heron. Thank you.').waitFor();
    await page.getByText('No open alerts right now.').waitFor();

    await openMenu(page);
    await staffNav.getByRole('link', { name: 'Log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: 'Recorded a crisis outcome' });
    await entry.getByText('I reached out').waitFor();
    // The outcome is in the log; the note's words stay on the alert, with the person's other health data.
    expect(await entry.getByText('Called them; they are safe').count()).toBe(0);
    await page.getByText('Acknowledged a crisis alert').waitFor();
    await context.close();
  });

  it('a clinician going on duty changes what a member of their group sees at home', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort });
    const member = await ctx.newMember({ cohort });

    const memberTab = await newPhonePage(browser);
    await openAs(memberTab.page, base, member, '/');
    const coverage = memberTab.page.getByRole('region', { name: 'Staff coverage' });
    await coverage.getByText('No staff on duty right now').waitFor();
    await coverage.getByRole('link', { name: 'Call 988' }).waitFor();
    await coverage.getByRole('link', { name: 'Call 911' }).waitFor();

    const staffTab = await newPhonePage(browser);
    await openAs(staffTab.page, base, clinician, '/');
    await openMenu(staffTab.page);
    const onDuty = staffTab.page.getByRole('switch', { name: 'On duty' });
    await onDuty.waitFor();
    await staffTab.page.locator('[role="switch"]:not([disabled])').waitFor();
    expect(await onDuty.getAttribute('aria-checked')).toBe('false');
    await onDuty.click();
    await staffTab.page.locator('[role="switch"][aria-checked="true"]:not([disabled])').waitFor();

    await memberTab.page.reload();
    await coverage.getByText('Staff on duty').waitFor();
    expect(await coverage.getByRole('link', { name: 'Call 988' }).count()).toBe(0);

    await onDuty.click();
    await staffTab.page.locator('[role="switch"][aria-checked="false"]:not([disabled])').waitFor();
    await memberTab.page.reload();
    await coverage.getByText('No staff on duty right now').waitFor();
    await memberTab.context.close();
    await staffTab.context.close();
  });

  it('a member sees a restriction with its reason in their moderation history and can appeal it once', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const moderator = await ctx.newModerator();
    await sanctionThroughQueue(ctx, moderator, member, {
      action: 'mute',
      reason: 'Please keep it kind: those messages were hurtful.',
      durationMinutes: 60,
    });

    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, member, '/');
    await page.getByRole('link', { name: 'My moderation history' }).click();
    await page.getByRole('heading', { name: 'My moderation history' }).waitFor();
    expect(await page.title()).toBe('Moderation history · Hearth');
    const entry = page.getByRole('listitem').filter({ hasText: 'Muted' });
    await entry.getByText('Please keep it kind: those messages were hurtful.').waitFor();
    await entry.getByText('In effect').waitFor();
    await entry.getByText(/until/).waitFor();

    await entry.getByRole('button', { name: 'Appeal: Muted' }).click();
    await entry.getByLabel('Why should staff look at this again?').fill('I was quoting someone else, not saying it.');
    await entry.getByRole('button', { name: 'Send appeal' }).click();
    await page
      .getByRole('status')
      .getByText(/Appeal sent/)
      .waitFor();
    await entry.getByText('You appealed. Staff will look at it.').waitFor();
    expect(await page.getByRole('button', { name: /^Appeal/ }).count()).toBe(0);

    const [{ sanctionId }] = await ctx.t.query(`SELECT id AS "sanctionId" FROM sanctions WHERE user_id = $1`, [
      member.id,
    ]);
    const again = await ctx.t.post('/api/appeals', { sanctionId, text: 'Once more' }, member.accessToken);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_appealed');
    await context.close();
  });

  it('a member reports a peer from their group with the keyboard alone, and Escape returns focus to Report', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Wednesday group' });
    const member = await ctx.newMember({ cohort });
    const peer = await ctx.newMember({ cohort, displayName: 'Morning Wren' });

    const { context, page } = await newPhonePage(browser);
    const foreign = recordForeignRequests(page, base);
    await openAs(page, base, member, '/');
    await page.getByRole('region', { name: 'My groups' }).getByRole('link', { name: 'Wednesday group' }).click();
    await page.getByRole('heading', { name: 'Wednesday group' }).waitFor();
    expect(await page.title()).toBe('Group · Hearth');
    // Nobody reports or blocks themselves.
    expect(await page.getByRole('button', { name: `Report ${member.displayName}` }).count()).toBe(0);

    const report = page.getByRole('button', { name: 'Report Morning Wren' });
    await report.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Report Morning Wren' });
    await dialog.waitFor();
    await dialog.getByText('Someone may be in danger').waitFor();
    // Focus starts on the first reason; the arrow key picks the next one.
    expect(await page.locator(':focus').getAttribute('value')).toBe('crisis');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Harassment or bullying' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('They mock people who share.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Send report');
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('status')
      .getByText('Thanks — staff will review this. The person won’t know it was you.')
      .waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Report Morning Wren');

    const flags = await ctx.t.query(`SELECT reason, note FROM flags WHERE target_id = $1`, [peer.id]);
    expect(flags).toEqual([{ reason: 'harassment', note: 'They mock people who share.' }]);

    // A second report of the same person is acknowledged, not duplicated.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('ArrowDown');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('You’ve already reported this. Staff will review it.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Blocking says what it does first, then lists the person under Blocked people.
    await page.getByRole('button', { name: 'Block Morning Wren' }).click();
    const confirm = page.getByRole('dialog', { name: 'Block Morning Wren?' });
    await confirm.getByText(/won’t see each other’s messages or posts/).waitFor();
    await confirm.getByRole('button', { name: 'Block' }).click();
    await page.getByText('You blocked Morning Wren.').waitFor();
    await page.goto(`${base}/settings/blocks`);
    await page.getByRole('button', { name: 'Unblock Morning Wren' }).click();
    await page
      .getByRole('status')
      .getByText(/You unblocked Morning Wren/)
      .waitFor();
    await page.getByText('You haven’t blocked anyone.').waitFor();
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('an admin adds a watched word, is told why an unsafe pattern is refused, and deletes the word after confirming', async () => {
    const base = ctx.t.baseUrl;
    const admin = await ctx.newAdmin();
    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, admin, '/');
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Watched words' }).click();
    await page.getByRole('heading', { name: 'Watched words', level: 1 }).waitFor();
    expect(await page.title()).toBe('Watched words · Hearth');
    await page.getByText('No watched words yet.').waitFor();

    await page.getByLabel('Word or phrase').fill('(a+)+');
    await page.getByRole('checkbox', { name: 'Treat as pattern (regular expression)' }).check();
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByText(/not a safe pattern/).waitFor();
    expect(await page.getByLabel('Word or phrase').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Word or phrase').fill('spoilers');
    await page.getByRole('checkbox', { name: 'Treat as pattern (regular expression)' }).uncheck();
    await page.getByLabel('Action').selectOption('censor');
    await page.getByText('Censor: publish with the word replaced by ***.').waitFor();
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('status').getByText('Added “spoilers”.').waitFor();
    const row = page.getByRole('listitem').filter({ hasText: 'spoilers' });
    await row.getByText(/Censor: publish with the word replaced by \*\*\*/).waitFor();

    await row.getByRole('button', { name: 'Delete spoilers' }).click();
    const confirm = page.getByRole('dialog', { name: 'Stop watching “spoilers”?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText('“spoilers” is no longer watched.').waitFor();
    await page.getByText('No watched words yet.').waitFor();

    // Everyone else is kept out.
    const moderator = await ctx.newModerator();
    await openAs(page, base, moderator, '/admin/watched-words');
    await page.getByRole('heading', { name: 'This page is for administrators' }).waitFor();
    expect(await page.getByRole('link', { name: 'Watched words' }).count()).toBe(0);
    await context.close();
  });
});
